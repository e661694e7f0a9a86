/**
 * What the follow-up reads from the database. Entries are read by a range on the `date` index,
 * never the whole table. Each read is timed as a User Timing measure, so the benchmark can set the
 * view's work against the time Dexie alone needs for the same entries.
 */
import type { TimeCategory, TimeEntry } from '#shared/domain/timelog.ts';
import { db } from '../../../db/database.ts';
import type { DateRange } from '#shared/timelog/follow-up-range.ts';

/** Measure names read by bench/suites/timelog-follow-up.ts. */
export const measures = {
  viewRead: 'moa:follow-up:read',
  csvRead: 'moa:follow-up:csv-read',
  csvExport: 'moa:follow-up:csv-export',
} as const;

/** Records one duration under `name`, replacing the previous one, so the timeline does not grow with every read. */
export function measureSince(name: string, start: number): void {
  performance.clearMeasures(name);
  performance.measure(name, { start, end: performance.now() });
}

/** The entries dated within the range (both ends included), in date order. */
export async function entriesBetween(range: DateRange, measure: string = measures.viewRead): Promise<TimeEntry[]> {
  const start = performance.now();
  const entries = await db().timeEntries.where('date').between(range.from, range.to, true, true).toArray();
  measureSince(measure, start);
  return entries;
}

export function listTimeCategories(): Promise<TimeCategory[]> {
  return db().timeCategories.toArray();
}

/** The first and last logged dates, from the ends of the date index. */
export async function loggedDateSpan(): Promise<{ first: string | undefined; last: string | undefined }> {
  const entries = db().timeEntries;
  const [first, last] = await Promise.all([entries.orderBy('date').first(), entries.orderBy('date').last()]);
  return { first: first?.date, last: last?.date };
}
