import { describe, expect, it } from 'vitest';
import { upcomingCycleEvents } from '#shared/templates/annual-cycle.ts';
import type { CycleEvent } from '#shared/templates/schema.ts';

const events: CycleEvent[] = [
  { id: 'utvarderingsforum', name: 'Utvärderingsforum', description: '', month: 5 },
  { id: 'rus-forum', name: 'RUS-forum', description: '', month: 11 },
  { id: 'fredagsakademi', name: 'Fredagsakademi', description: '', date: '2026-12-04' },
  { id: 'loka', name: 'Loka-dagar', description: '', date: '2026-11-26', endDate: '2026-11-27' },
  { id: 'forra', name: 'Förra årets forum', description: '', date: '2025-10-01' },
  { id: 'langt-bort', name: 'Om två år', description: '', date: '2028-06-01' },
];

describe('upcomingCycleEvents', () => {
  it('gives each event its next occurrence in date order, leaving out what has ended and what is far off', () => {
    const found = upcomingCycleEvents(events, '2026-11-27');
    expect(found.map((o) => [o.event.id, o.start, o.end])).toEqual([
      ['rus-forum', '2026-11-01', '2026-11-30'],
      ['loka', '2026-11-26', '2026-11-27'],
      ['fredagsakademi', '2026-12-04', '2026-12-04'],
      ['utvarderingsforum', '2027-05-01', '2027-05-31'],
    ]);
    expect(found[0]?.month).toEqual({ year: 2026, month: 11 });
    expect(found[1]?.month).toBeNull();
  });

  it('moves a month event to next year once its month has ended, with the right last day', () => {
    expect(upcomingCycleEvents([{ id: 'feb', name: 'Februari', description: '', month: 2 }], '2027-03-01').map((o) => [o.start, o.end])).toEqual([['2028-02-01', '2028-02-29']]);
    expect(upcomingCycleEvents([{ id: 'feb', name: 'Februari', description: '', month: 2 }], '2027-02-28').map((o) => o.end)).toEqual(['2027-02-28']);
  });

  it('takes the horizon across a new year', () => {
    const found = upcomingCycleEvents([{ id: 'a', name: 'A', description: '', date: '2027-02-28' }, { id: 'b', name: 'B', description: '', date: '2027-03-01' }], '2026-12-15', 3);
    expect(found.map((o) => o.event.id)).toEqual(['a']);
  });

  it('counts this month as the first of the twelve', () => {
    const found = upcomingCycleEvents([{ id: 'nov', name: 'November', description: '', month: 11 }, { id: 'okt', name: 'Oktober', description: '', date: '2027-10-31' }, { id: 'nov27', name: 'Nästa november', description: '', date: '2027-11-01' }], '2026-11-27');
    expect(found.map((o) => o.event.id)).toEqual(['nov', 'okt']);
  });

  it('is empty without events', () => {
    expect(upcomingCycleEvents([], '2026-11-27')).toEqual([]);
  });
});
