/**
 * The annual cycle's next occurrences, for the overview. An event with a
 * month recurs every year (the day is not set); an event with a date
 * happens on that date (and to its end date) only. Dates are ISO strings
 * compared as text, so no time zone enters.
 */
import type { CycleEvent } from './schema.ts';
import { collator } from '../locale.ts';

export interface CycleOccurrence {
  event: CycleEvent;
  /** The first day: the event's date, or the first of its month. */
  start: string;
  /** The last day: the end date, the date, or the last of the month. */
  end: string;
  /** Set for an event whose day is not set: the year and month it falls in. */
  month: { year: number; month: number } | null;
}

const pad = (n: number) => String(n).padStart(2, '0');
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Each event's next occurrence that has not ended by `today` (ISO date), in date order; within `monthsAhead` months counting this one. */
export function upcomingCycleEvents(events: readonly CycleEvent[], today: string, monthsAhead = 12): CycleOccurrence[] {
  const [year = 0, month = 1] = today.split('-').map(Number);
  // This month counts as the first of the `monthsAhead`.
  const horizonYear = year + Math.floor((month - 2 + monthsAhead) / 12);
  const horizonMonth = ((month - 2 + monthsAhead) % 12) + 1;
  const horizon = `${horizonYear}-${pad(horizonMonth)}-${pad(lastDayOf(horizonYear, horizonMonth))}`;
  const found: CycleOccurrence[] = [];
  for (const event of events) {
    if (event.date !== undefined) {
      const end = event.endDate ?? event.date;
      if (end >= today && event.date <= horizon) found.push({ event, start: event.date, end, month: null });
    } else if (event.month !== undefined) {
      // This year's month if it has not ended, else next year's.
      const thisYearEnd = `${year}-${pad(event.month)}-${pad(lastDayOf(year, event.month))}`;
      const at = thisYearEnd >= today ? year : year + 1;
      const start = `${at}-${pad(event.month)}-01`;
      if (start <= horizon) found.push({ event, start, end: `${at}-${pad(event.month)}-${pad(lastDayOf(at, event.month))}`, month: { year: at, month: event.month } });
    }
  }
  return found.sort((a, b) => a.start.localeCompare(b.start) || collator('text').compare(a.event.name, b.event.name));
}
