/**
 * ISO weeks (Monday first, week 1 holds the year's first Thursday), months and quarters for dates
 * stored as `YYYY-MM-DD`. Dates are handled as local calendar days; no clock is read.
 */
import { addDays, addWeeks, format, getISODay, getISOWeek, getISOWeekYear, getQuarter, parseISO, startOfISOWeekYear } from 'date-fns';

/** A week in the ISO week-numbering year, which differs from the calendar year around new year. */
export interface IsoWeek {
  year: number;
  week: number;
}

/** A `YYYY-MM-DD` string as a local date. */
export function toDate(isoDate: string): Date {
  return parseISO(isoDate);
}

/** A local date as `YYYY-MM-DD`. */
export function toIsoDate(date: Date): string {
  return format(date, 'yyyy-MM-dd');
}

/** The ISO week a date falls in: 2027-01-01 is week 53 of 2026. */
export function isoWeekOf(isoDate: string): IsoWeek {
  const date = toDate(isoDate);
  return { year: getISOWeekYear(date), week: getISOWeek(date) };
}

/** The day of the week: Monday 1 … Sunday 7. */
export function isoWeekday(isoDate: string): number {
  return getISODay(toDate(isoDate));
}

/** The Swedish label for a week: `v. 48`. */
export function weekLabel(week: IsoWeek | number): string {
  return `v. ${typeof week === 'number' ? week : week.week}`;
}

/** A sortable key for a week: `2026-W08`. */
export function weekKey({ year, week }: IsoWeek): string {
  return `${year}-W${String(week).padStart(2, '0')}`;
}

function mondayOf(isoYear: number, week: number): Date {
  // 4 January is always in week 1 of its ISO year.
  return addWeeks(startOfISOWeekYear(new Date(isoYear, 0, 4)), week - 1);
}

/** The Monday that starts a week, as `YYYY-MM-DD`. */
export function weekMonday(isoYear: number, week: number): string {
  return toIsoDate(mondayOf(isoYear, week));
}

/** The seven dates of a week, Monday to Sunday. */
export function weekDays(isoYear: number, week: number): string[] {
  const monday = mondayOf(isoYear, week);
  return Array.from({ length: 7 }, (_, i) => toIsoDate(addDays(monday, i)));
}

/** The first and last day of a week, for a range read on the date index. */
export function weekRange(week: IsoWeek): [string, string] {
  const days = weekDays(week.year, week.week);
  return [days[0] ?? '', days[6] ?? ''];
}

/** `2026-W48` as a week, or null when it is not a real ISO week (2027-W53 is not: 2027 has 52 weeks). */
export function parseWeekKey(text: string | undefined): IsoWeek | null {
  const match = /^(\d{4})-W(\d{2})$/.exec(text ?? '');
  if (!match) return null;
  const week = { year: Number(match[1]), week: Number(match[2]) };
  if (week.week < 1) return null;
  // A week that does not come back from its own Monday does not exist.
  return weekKey(isoWeekOf(weekMonday(week.year, week.week))) === text ? week : null;
}

/** The week before, across new year when needed. */
export function previousWeek({ year, week }: IsoWeek): IsoWeek {
  return isoWeekOf(toIsoDate(addWeeks(mondayOf(year, week), -1)));
}

/** The week after, across new year when needed. */
export function nextWeek({ year, week }: IsoWeek): IsoWeek {
  return isoWeekOf(toIsoDate(addWeeks(mondayOf(year, week), 1)));
}

/** The calendar quarter in Swedish form: `2026 K4`. */
export function quarterOf(isoDate: string): string {
  return `${isoDate.slice(0, 4)} K${getQuarter(toDate(isoDate))}`;
}

/** The calendar month: `2026-11`. */
export function monthOf(isoDate: string): string {
  return isoDate.slice(0, 7);
}
