/**
 * Which dates the follow-up covers for the user's choice. A whole year is read two ways: weeks
 * follow the ISO week-numbering year (v. 1 may start in late December), so every week is whole and
 * its mandate is counted in full; months, quarters, the year and the list of entries follow the
 * calendar year.
 */
import { addDays, differenceInCalendarDays } from 'date-fns';
import { isoDateSchema } from '../domain/common.ts';
import type { SummaryPeriod } from './summary.ts';
import { toDate, toIsoDate, weekMonday } from './weeks.ts';

// A type, not an interface: it then fits `Record<string, string>`, e.g. as message variables.
export type DateRange = {
  /** First date included, `YYYY-MM-DD`. */
  from: string;
  /** Last date included, `YYYY-MM-DD`. */
  to: string;
};

/** A whole year, or a range the user typed. */
export type FollowUpScope = { kind: 'year'; year: number } | ({ kind: 'custom' } & DateRange);

export const followUpPeriods = ['week', 'month', 'quarter', 'year'] as const satisfies readonly SummaryPeriod[];

/** The years a user can pick among, as in the data model: 2000 to 2100. */
export const firstYear = 2000;
export const lastYear = 2100;

/** A custom range longer than this is refused: a chart of hundreds of weeks says nothing. */
export const maxRangeDays = 5 * 366;

export function calendarYear(year: number): DateRange {
  return { from: `${year}-01-01`, to: `${year}-12-31` };
}

/** Monday of v. 1 to the Sunday of the year's last week (52 or 53 weeks). */
export function isoWeekYear(year: number): DateRange {
  return { from: weekMonday(year, 1), to: toIsoDate(addDays(toDate(weekMonday(year + 1, 1)), -1)) };
}

/** The dates the summary table covers. */
export function summaryRange(scope: FollowUpScope, period: SummaryPeriod): DateRange {
  if (scope.kind === 'custom') return { from: scope.from, to: scope.to };
  return period === 'week' ? isoWeekYear(scope.year) : calendarYear(scope.year);
}

/** The dates of the weekly charts and the weekly CSV. */
export function weeklyRange(scope: FollowUpScope): DateRange {
  return scope.kind === 'custom' ? { from: scope.from, to: scope.to } : isoWeekYear(scope.year);
}

/** The dates of the entries CSV: the calendar year, or the custom range. */
export function entriesRange(scope: FollowUpScope): DateRange {
  return scope.kind === 'custom' ? { from: scope.from, to: scope.to } : calendarYear(scope.year);
}

/** Every date any part of the view needs, so the entries are read once. */
export function readRange(scope: FollowUpScope): DateRange {
  if (scope.kind === 'custom') return { from: scope.from, to: scope.to };
  const calendar = calendarYear(scope.year);
  const weeks = isoWeekYear(scope.year);
  return { from: weeks.from < calendar.from ? weeks.from : calendar.from, to: weeks.to > calendar.to ? weeks.to : calendar.to };
}

/**
 * The years offered: every year from the first logged entry (or this year) to the last one (or
 * next year), so the current year, the next and every year with time are always there.
 */
export function yearsOffered(firstDate: string | undefined, lastDate: string | undefined, today: string): number[] {
  const thisYear = Number(today.slice(0, 4));
  const clamp = (year: number) => Math.min(lastYear, Math.max(firstYear, year));
  const start = clamp(Math.min(thisYear, firstDate ? Number(firstDate.slice(0, 4)) : thisYear));
  const end = clamp(Math.max(thisYear + 1, lastDate ? Number(lastDate.slice(0, 4)) : thisYear));
  return Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

export type RangeField = 'from' | 'to';
export type RangeProblemCode = 'required' | 'invalidDate' | 'beforeFrom' | 'tooLong';
export interface RangeProblem {
  field: RangeField;
  code: RangeProblemCode;
}

function dateProblem(field: RangeField, value: string): RangeProblem | null {
  if (value.trim() === '') return { field, code: 'required' };
  if (!isoDateSchema.safeParse(value).success) return { field, code: 'invalidDate' };
  const year = Number(value.slice(0, 4));
  return year < firstYear || year > lastYear ? { field, code: 'invalidDate' } : null;
}

/** What is wrong with a typed range; empty when it can be shown. */
export function validateRange(from: string, to: string): RangeProblem[] {
  const problems = [dateProblem('from', from), dateProblem('to', to)].filter((p): p is RangeProblem => p !== null);
  if (problems.length > 0) return problems;
  if (to < from) return [{ field: 'to', code: 'beforeFrom' }];
  if (differenceInCalendarDays(toDate(to), toDate(from)) + 1 > maxRangeDays) return [{ field: 'to', code: 'tooLong' }];
  return [];
}

/** `Tidlogg_2026-01-01_2026-12-31.csv`. */
export function entriesFileName(range: DateRange): string {
  return `Tidlogg_${range.from}_${range.to}.csv`;
}

/** `Tidlogg_veckor_2026.csv` for a year, `Tidlogg_veckor_2026-03-01_2026-05-31.csv` for a custom range. */
export function weeklyFileName(scope: FollowUpScope): string {
  return scope.kind === 'year' ? `Tidlogg_veckor_${scope.year}.csv` : `Tidlogg_veckor_${scope.from}_${scope.to}.csv`;
}
