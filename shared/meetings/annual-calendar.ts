/**
 * The Årscykel calendar: the template's annual-cycle events and the MOA's meetings of one year, as
 * one chronological set of items, laid out by month (the year's overview), by ISO week and day (a
 * month's grid) or as a plain list. Pure: dates are ISO strings compared as text, no clock is read.
 */
import { addDays, endOfISOWeek, startOfISOWeek } from 'date-fns';
import type { Meeting } from '../domain/meeting.ts';
import { collator, localeTags } from '../locale.ts';
import type { Language } from '../settings.ts';
import { upcomingCycleEvents } from '../templates/annual-cycle.ts';
import type { CycleEvent } from '../templates/schema.ts';
import { dateParts, daysInMonth, dayNumber, dateOfDay } from '../timeline/days.ts';
import { isoWeekOf, toDate, toIsoDate, type IsoWeek } from '../timelog/weeks.ts';

/** What the calendar needs of a meeting. */
export type CalendarMeeting = Pick<Meeting, 'id' | 'title' | 'kind' | 'startDate' | 'endDate' | 'startTime' | 'endTime' | 'cycleEventId'>;

interface ItemBase {
  /** Unique among a year's items (for React keys). */
  key: string;
  /** The first and last day (the same for a one-day item). */
  start: string;
  end: string;
}

/** A meeting; `event` is the annual cycle's event it is (it then stands in for that event's entry). */
export interface MeetingItem extends ItemBase {
  kind: 'meeting';
  meeting: CalendarMeeting;
  event: CycleEvent | null;
}

/** An event of the template's annual cycle; `monthOnly` when the template gives its month, not its day. */
export interface CycleEventItem extends ItemBase {
  kind: 'cycleEvent';
  event: CycleEvent;
  monthOnly: boolean;
}

export type CalendarItem = MeetingItem | CycleEventItem;

/** The years the calendar shows; an address outside them is not a calendar page. */
export const CALENDAR_YEARS = { min: 1900, max: 2200 } as const;

const pad = (n: number) => String(n).padStart(2, '0');
const firstOfMonth = (year: number, month: number) => `${year}-${pad(month)}-01`;
const lastOfMonth = (year: number, month: number) => `${year}-${pad(month)}-${pad(daysInMonth(year, month))}`;

/**
 * The start dates to read meetings between for a year: from 1 December the year before, so a
 * meeting that starts then and runs into January is found (longer ones across a new year are rare
 * enough to miss), to the year's last day.
 */
export function meetingStartRange(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-01`, to: `${year}-12-31` };
}

/** Whether an item is on any day from `from` to `to` (both included). */
export function overlaps(item: Pick<ItemBase, 'start' | 'end'>, from: string, to: string): boolean {
  return item.start <= to && item.end >= from;
}

/** Same day: the month-only entries first (they stand for the whole month), then all-day, then by time. */
function rank(item: CalendarItem): string {
  if (item.kind === 'cycleEvent') return item.monthOnly ? '0' : '1';
  return item.meeting.startTime === null ? '1' : `2${item.meeting.startTime}`;
}

const titleOf = (item: CalendarItem): string => (item.kind === 'meeting' ? item.meeting.title : item.event.name);

/** Calendar order: by first day, then as `rank` says, then by title as Swedes sort. */
export function compareItems(a: CalendarItem, b: CalendarItem): number {
  return a.start.localeCompare(b.start) || rank(a).localeCompare(rank(b)) || collator('text').compare(titleOf(a), titleOf(b)) || a.key.localeCompare(b.key);
}

/**
 * Everything on the calendar of `year`, in calendar order: each annual-cycle event's occurrence that
 * year (a month event every year, a dated event on its days) and each meeting on a day of the year.
 * A meeting whose `cycleEventId` names an event is that event's occurrence of the year it starts in:
 * it replaces the event's entry (the meeting's own days win, also when they differ from the
 * template's), so the event is never listed twice. A meeting naming an event the template does not
 * have is an ordinary meeting.
 */
export function calendarYearItems(year: number, events: readonly CycleEvent[], meetings: readonly CalendarMeeting[]): CalendarItem[] {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  const byId = new Map(events.map((e) => [e.id, e]));
  // Events held by a meeting, per the year the meeting starts in: `${year}:${eventId}`.
  const held = new Set<string>();
  const items: CalendarItem[] = [];
  for (const meeting of meetings) {
    const event = meeting.cycleEventId === null ? undefined : byId.get(meeting.cycleEventId);
    if (event) held.add(`${meeting.startDate.slice(0, 4)}:${event.id}`);
    if (meeting.startDate <= to && meeting.endDate >= from) {
      items.push({ kind: 'meeting', key: `m:${meeting.id}`, start: meeting.startDate, end: meeting.endDate, meeting, event: event ?? null });
    }
  }
  // From 1 January with twelve months ahead, the shared rule gives exactly this year's occurrences.
  for (const occurrence of upcomingCycleEvents(events, from, 12)) {
    if (held.has(`${occurrence.start.slice(0, 4)}:${occurrence.event.id}`)) continue;
    items.push({ kind: 'cycleEvent', key: `e:${occurrence.event.id}:${occurrence.start}`, start: occurrence.start, end: occurrence.end, event: occurrence.event, monthOnly: occurrence.month !== null });
  }
  return items.sort(compareItems);
}

/** The items on any day of a month (1–12), in calendar order. */
export function itemsInMonth(items: readonly CalendarItem[], year: number, month: number): CalendarItem[] {
  const from = firstOfMonth(year, month);
  const to = lastOfMonth(year, month);
  return items.filter((item) => overlaps(item, from, to));
}

/** The twelve months of a year, each with the items on any of its days (an item over a month's end is in both). */
export function itemsByMonth(items: readonly CalendarItem[], year: number): CalendarItem[][] {
  return Array.from({ length: 12 }, (_, i) => itemsInMonth(items, year, i + 1));
}

/** One row of a month's grid: its ISO week and its seven days, Monday first; null for a day of another month. */
export interface GridWeek {
  week: IsoWeek;
  days: (string | null)[];
}

/** A month's grid by ISO weeks (Monday first): 4 to 6 rows, days outside the month left empty. 2027-03-01 is in v. 9. */
export function monthGrid(year: number, month: number): GridWeek[] {
  const first = firstOfMonth(year, month);
  const last = lastOfMonth(year, month);
  const weeks: GridWeek[] = [];
  const end = toIsoDate(endOfISOWeek(toDate(last)));
  for (let monday = startOfISOWeek(toDate(first)); toIsoDate(monday) <= end; monday = addDays(monday, 7)) {
    const days = Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(monday, i)));
    weeks.push({ week: isoWeekOf(days[0] ?? first), days: days.map((d) => (d >= first && d <= last ? d : null)) });
  }
  return weeks;
}

/**
 * The items of each day of a month that have days (month-only events have none), by date: an item
 * of several days is on each of them. Items keep their calendar order.
 */
export function itemsByDay(items: readonly CalendarItem[], year: number, month: number): Map<string, CalendarItem[]> {
  const first = dayNumber(firstOfMonth(year, month));
  const last = dayNumber(lastOfMonth(year, month));
  const days = new Map<string, CalendarItem[]>();
  for (const item of items) {
    if (item.kind === 'cycleEvent' && item.monthOnly) continue;
    const from = Math.max(first, dayNumber(item.start));
    const to = Math.min(last, dayNumber(item.end));
    for (let day = from; day <= to; day++) {
      const date = dateOfDay(day);
      const list = days.get(date);
      if (list) list.push(item);
      else days.set(date, [item]);
    }
  }
  return days;
}

/** Which day of an item `date` is, and of how many: 2 of 3 for the middle day of a three-day meeting. */
export function dayOfItem(item: Pick<ItemBase, 'start' | 'end'>, date: string): { day: number; days: number } {
  const start = dayNumber(item.start);
  return { day: dayNumber(date) - start + 1, days: dayNumber(item.end) - start + 1 };
}

/** What the calendar shows: a year, or one month of it; `list` for the list instead of the grid. */
export interface CalendarPage {
  year: number;
  /** 1–12 for a month, null for the whole year. */
  month: number | null;
  list: boolean;
}

const LIST_SEGMENT = 'lista';

/**
 * The page an address's segments after `arscykel` name: `[]` (this year), `['2027']`,
 * `['2027-03']`, each optionally followed by `lista`. Null for anything else, so the view can say
 * that the address was not understood.
 */
export function parseCalendarPath(segments: readonly string[], today: string): CalendarPage | null {
  const thisYear = Number(today.slice(0, 4));
  if (segments.length === 0) return { year: thisYear, month: null, list: false };
  const [period = '', flag, ...rest] = segments;
  if (rest.length > 0 || (flag !== undefined && flag !== LIST_SEGMENT)) return null;
  const match = /^(\d{4})(?:-(\d{2}))?$/u.exec(period);
  if (!match) return null;
  const year = Number(match[1]);
  const month = match[2] === undefined ? null : Number(match[2]);
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max || (month !== null && (month < 1 || month > 12))) return null;
  return { year, month, list: flag === LIST_SEGMENT };
}

/** The address of a calendar page: `#/moten/arscykel/2027-03/lista`. */
export function calendarHref(page: CalendarPage): string {
  const period = page.month === null ? String(page.year) : `${page.year}-${pad(page.month)}`;
  return `#/moten/arscykel/${period}${page.list ? `/${LIST_SEGMENT}` : ''}`;
}

/** The page before (-1) or after (+1): the year next to a year, the month next to a month (over a new year); null beyond the years shown. */
export function neighbourPage(page: CalendarPage, step: -1 | 1): CalendarPage | null {
  if (page.month === null) {
    const year = page.year + step;
    return year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max ? null : { ...page, year };
  }
  const index = page.year * 12 + (page.month - 1) + step;
  const year = Math.floor(index / 12);
  if (year < CALENDAR_YEARS.min || year > CALENDAR_YEARS.max) return null;
  return { ...page, year, month: (index % 12) + 1 };
}

const dayMonthFormats = new Map<Language, Intl.DateTimeFormat>();

/** "14 maj", "14 May". */
export function dayAndMonth(isoDate: string, language: Language): string {
  let format = dayMonthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTags[language], { day: 'numeric', month: 'long', timeZone: 'UTC' });
    dayMonthFormats.set(language, format);
  }
  const parts = dateParts(isoDate);
  return parts ? format.format(new Date(Date.UTC(parts.year, parts.month - 1, parts.day))) : isoDate;
}

/** An item's days for the year's overview: "14 maj", "14–16 maj", "30 mars – 2 april", "30 december 2026 – 2 januari 2027". */
export function daySpanText(item: Pick<ItemBase, 'start' | 'end'>, language: Language): string {
  if (item.start === item.end) return dayAndMonth(item.start, language);
  if (item.start.slice(0, 7) === item.end.slice(0, 7)) {
    const startDay = String(Number(item.start.slice(8, 10)));
    // "14–16 maj": the end's text with the first day in front (the day comes first in both languages).
    return `${startDay}–${dayAndMonth(item.end, language)}`;
  }
  if (item.start.slice(0, 4) === item.end.slice(0, 4)) return `${dayAndMonth(item.start, language)} – ${dayAndMonth(item.end, language)}`;
  // Over a new year the years are said, or January would seem to come before December.
  return `${dayAndMonth(item.start, language)} ${item.start.slice(0, 4)} – ${dayAndMonth(item.end, language)} ${item.end.slice(0, 4)}`;
}
