import { describe, expect, it } from 'vitest';
import {
  calendarHref,
  calendarYearItems,
  dayOfItem,
  daySpanText,
  itemsByDay,
  itemsByMonth,
  itemsInMonth,
  meetingStartRange,
  monthGrid,
  neighbourPage,
  parseCalendarPath,
  type CalendarItem,
  type CalendarMeeting,
} from '#shared/meetings/annual-calendar.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { CycleEvent } from '#shared/templates/schema.ts';

const events: CycleEvent[] = [
  { id: 'utvarderingsforum', name: 'Utvärderingsforum', description: 'Hur går det för regionen?', month: 5 },
  { id: 'handlingsplan', name: 'Handlingsplanen lämnas in', description: 'Handlingsplanen för nästa period till kansliet.', date: '2027-03-15' },
  { id: 'loka', name: 'Loka-dagar', description: '', date: '2027-08-30', endDate: '2027-09-01' },
  { id: 'nyar', name: 'Över nyår', description: '', date: '2026-12-30', endDate: '2027-01-02' },
  { id: 'forra', name: 'Förra året', description: '', date: '2026-06-01' },
];

const meeting = (id: string, startDate: string, more: Partial<CalendarMeeting> = {}): CalendarMeeting => ({
  id,
  title: `Möte ${id}`,
  kind: 'dialogue',
  startDate,
  endDate: startDate,
  startTime: '09:00',
  endTime: '11:00',
  cycleEventId: null,
  ...more,
});

const keys = (items: readonly CalendarItem[]) => items.map((i) => i.key);

describe('calendarYearItems', () => {
  it("puts the year's events and meetings in one calendar order, month events every year, dated ones on their days only", () => {
    const items = calendarYearItems(2027, events, [
      meeting('a', '2027-05-03'),
      meeting('b', '2027-03-15', { startTime: null, endTime: null }),
      meeting('c', '2027-03-15', { startTime: '08:00', endTime: '09:00' }),
      meeting('old', '2026-11-02'),
      meeting('next', '2028-01-03'),
    ]);
    expect(keys(items)).toEqual([
      'e:nyar:2026-12-30',
      // On one day: the template's event (all day) and the all-day meeting by title, then by time.
      'e:handlingsplan:2027-03-15',
      'm:b',
      'm:c',
      // A month event stands first in its month: it starts on the 1st.
      'e:utvarderingsforum:2027-05-01',
      'm:a',
      'e:loka:2027-08-30',
    ]);
    const may = items.find((i) => i.key === 'e:utvarderingsforum:2027-05-01');
    expect(may).toMatchObject({ kind: 'cycleEvent', start: '2027-05-01', end: '2027-05-31', monthOnly: true });
    expect(items.find((i) => i.key === 'e:handlingsplan:2027-03-15')).toMatchObject({ monthOnly: false, end: '2027-03-15' });
  });

  it("lets a meeting that is an event's occurrence replace the event's entry, where the meeting is", () => {
    const items = calendarYearItems(2027, events, [
      meeting('forum', '2027-05-12', { kind: 'cycleEvent', cycleEventId: 'utvarderingsforum' }),
      meeting('plan', '2027-03-16', { cycleEventId: 'handlingsplan' }),
      meeting('unknown', '2027-04-01', { cycleEventId: 'finns-inte' }),
    ]);
    expect(keys(items)).toEqual(['e:nyar:2026-12-30', 'm:plan', 'm:unknown', 'm:forum', 'e:loka:2027-08-30']);
    const forum = items.find((i) => i.key === 'm:forum');
    expect(forum?.kind === 'meeting' && forum.event?.name).toBe('Utvärderingsforum');
    const unknown = items.find((i) => i.key === 'm:unknown');
    expect(unknown?.kind === 'meeting' && unknown.event).toBeNull();
  });

  it("replaces only the occurrence of the meeting's own year: last year's forum leaves this year's in place", () => {
    const items = calendarYearItems(2027, events, [meeting('forum2026', '2026-05-12', { cycleEventId: 'utvarderingsforum' })]);
    expect(keys(items)).toContain('e:utvarderingsforum:2027-05-01');
    expect(keys(items)).not.toContain('m:forum2026');
  });

  it('shows a meeting that started in December and runs into the year', () => {
    const items = calendarYearItems(2027, [], [meeting('over', '2026-12-30', { endDate: '2027-01-02' })]);
    expect(keys(items)).toEqual(['m:over']);
    expect(meetingStartRange(2027)).toEqual({ from: '2026-12-01', to: '2027-12-31' });
  });

  it("shows the default template's cycle every year", () => {
    const items = calendarYearItems(2030, defaultTemplate.annualCycle, []);
    expect(items.map((i) => [i.start, i.kind === 'cycleEvent' && i.event.name])).toEqual([
      ['2030-05-01', 'Utvärderingsforum'],
      ['2030-08-01', 'Loka-dagar'],
      ['2030-09-01', 'RUS-forum'],
    ]);
  });
});

describe('by month and by day', () => {
  const items = calendarYearItems(2027, events, [meeting('lang', '2027-03-30', { endDate: '2027-04-02', startTime: '13:00', endTime: '12:00' })]);

  it('lists an item in every month it is in, twelve months in all', () => {
    const months = itemsByMonth(items, 2027);
    expect(months).toHaveLength(12);
    expect(keys(months[0] ?? [])).toEqual(['e:nyar:2026-12-30']);
    expect(keys(months[2] ?? [])).toEqual(['e:handlingsplan:2027-03-15', 'm:lang']);
    expect(keys(months[3] ?? [])).toEqual(['m:lang']);
    expect(keys(months[7] ?? [])).toEqual(['e:loka:2027-08-30']);
    expect(keys(months[8] ?? [])).toEqual(['e:loka:2027-08-30']);
    expect(months[11]).toEqual([]);
    expect(itemsInMonth(items, 2027, 5).map((i) => i.key)).toEqual(['e:utvarderingsforum:2027-05-01']);
  });

  it('puts an item of several days on each of its days in the month, and leaves month events out of the days', () => {
    const march = itemsByDay(items, 2027, 3);
    expect([...march.keys()]).toEqual(['2027-03-15', '2027-03-30', '2027-03-31']);
    const april = itemsByDay(items, 2027, 4);
    expect([...april.keys()]).toEqual(['2027-04-01', '2027-04-02']);
    expect(itemsByDay(items, 2027, 5).size).toBe(0);
    const lang = items.find((i) => i.key === 'm:lang');
    if (!lang) throw new Error('the long meeting is in the calendar');
    expect(dayOfItem(lang, '2027-04-01')).toEqual({ day: 3, days: 4 });
  });

  it('clips an item from last year to the days of January', () => {
    expect([...itemsByDay(items, 2027, 1).keys()]).toEqual(['2027-01-01', '2027-01-02']);
  });
});

describe('monthGrid', () => {
  it('gives March 2027 its ISO weeks, Monday first: 1 March is the Monday of v. 9', () => {
    const grid = monthGrid(2027, 3);
    expect(grid.map((w) => w.week.week)).toEqual([9, 10, 11, 12, 13]);
    expect(grid[0]?.days).toEqual(['2027-03-01', '2027-03-02', '2027-03-03', '2027-03-04', '2027-03-05', '2027-03-06', '2027-03-07']);
    expect(grid[4]?.days).toEqual(['2027-03-29', '2027-03-30', '2027-03-31', null, null, null, null]);
  });

  it('counts weeks over a new year as ISO does: 1 January 2027 (a Friday) is in v. 53 of 2026', () => {
    const grid = monthGrid(2027, 1);
    expect(grid[0]?.week).toEqual({ year: 2026, week: 53 });
    expect(grid[0]?.days).toEqual([null, null, null, null, '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(grid.map((w) => w.week.week)).toEqual([53, 1, 2, 3, 4]);
    const december = monthGrid(2024, 12);
    expect(december.at(-1)?.week).toEqual({ year: 2025, week: 1 });
  });

  it('has four rows for a February that fits and six for a month that spreads', () => {
    expect(monthGrid(2027, 2)).toHaveLength(4);
    expect(monthGrid(2026, 8)).toHaveLength(6);
  });
});

describe('addresses', () => {
  it('reads the year, the month and the list choice from the address, this year without one', () => {
    expect(parseCalendarPath([], '2026-11-27')).toEqual({ year: 2026, month: null, list: false });
    expect(parseCalendarPath(['2027'], '2026-11-27')).toEqual({ year: 2027, month: null, list: false });
    expect(parseCalendarPath(['2027-03', 'lista'], '2026-11-27')).toEqual({ year: 2027, month: 3, list: true });
    for (const wrong of [['2027-13'], ['2027-3'], ['27'], ['2027', 'x'], ['2027', 'lista', 'x'], ['3000'], ['mars']]) {
      expect(parseCalendarPath(wrong, '2026-11-27'), wrong.join('/')).toBeNull();
    }
  });

  it('writes the addresses it reads', () => {
    for (const page of [
      { year: 2027, month: null, list: false },
      { year: 2027, month: 3, list: true },
      { year: 2027, month: 12, list: false },
    ]) {
      const href = calendarHref(page);
      expect(parseCalendarPath(href.split('/').slice(3), '2026-01-01')).toEqual(page);
    }
    expect(calendarHref({ year: 2027, month: 3, list: true })).toBe('#/moten/arscykel/2027-03/lista');
  });

  it('steps a year or a month, over a new year, and keeps the list choice', () => {
    expect(neighbourPage({ year: 2027, month: null, list: true }, -1)).toEqual({ year: 2026, month: null, list: true });
    expect(neighbourPage({ year: 2027, month: 12, list: false }, 1)).toEqual({ year: 2028, month: 1, list: false });
    expect(neighbourPage({ year: 2027, month: 1, list: false }, -1)).toEqual({ year: 2026, month: 12, list: false });
    expect(neighbourPage({ year: 2200, month: 12, list: false }, 1)).toBeNull();
    expect(neighbourPage({ year: 1900, month: null, list: false }, -1)).toBeNull();
  });
});

describe('daySpanText', () => {
  it('says the days as a Swede reads them', () => {
    expect(daySpanText({ start: '2027-05-14', end: '2027-05-14' }, 'sv')).toBe('14 maj');
    expect(daySpanText({ start: '2027-05-14', end: '2027-05-16' }, 'sv')).toBe('14–16 maj');
    expect(daySpanText({ start: '2027-03-30', end: '2027-04-02' }, 'sv')).toBe('30 mars – 2 april');
    expect(daySpanText({ start: '2026-12-30', end: '2027-01-02' }, 'sv')).toBe('30 december 2026 – 2 januari 2027');
    expect(daySpanText({ start: '2027-05-14', end: '2027-05-16' }, 'en')).toBe('14–16 May');
  });
});
