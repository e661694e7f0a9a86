/**
 * Time-log summaries per week, month, quarter or year: minutes per category, MOA time against the
 * mandate, running totals over the year and the share of project-leader time.
 *
 * Mandate time for a period is spread over working days: each Monday-to-Friday day carries a fifth
 * of the weekly mandate in force on that day. So a full week gets exactly its mandate, and
 * a month or a range cut mid-week gets the working days it holds. Public holidays are not removed.
 */
import { addDays, getISODay, getISOWeek, getISOWeekYear, getQuarter } from 'date-fns';
import type { TimeEntry } from '../domain/timelog.ts';
import type { Mandate } from './mandate.ts';
import { mandateWeeklyMinutes, sortMandates } from './mandate.ts';
import { monthOf, toDate, weekKey, weekLabel } from './weeks.ts';

export type SummaryPeriod = 'week' | 'month' | 'quarter' | 'year';

export interface SummaryOptions {
  period: SummaryPeriod;
  /** First date included, `YYYY-MM-DD`. */
  from: string;
  /** Last date included, `YYYY-MM-DD`. */
  to: string;
  mandates: readonly Mandate[];
  moaCategoryId?: string;
  projectCategoryIds?: readonly string[];
}

/** One period of the summary. Plain data, safe to pass through JSON. */
export interface SummaryRow {
  /** Sortable key: `2026-W48`, `2026-11`, `2026 K4` or `2026`. */
  key: string;
  /** What the user sees: `v. 48`, `2026-11`, `2026 K4` or `2026`. */
  label: string;
  /** The year the running totals belong to: the ISO week-numbering year for weeks, else the calendar year. */
  year: number;
  /** First and last date of the period inside the requested range. */
  from: string;
  to: string;
  minutesByCategory: Record<string, number>;
  totalMinutes: number;
  moaMinutes: number;
  mandateMinutes: number;
  /** MOA minutes minus mandate minutes: positive is over the mandate, negative under. */
  moaOverMandateMinutes: number;
  cumulativeMoaMinutes: number;
  cumulativeMandateMinutes: number;
  projectMinutes: number;
  /** Project minutes / all minutes, or null when no time was logged. */
  projectShare: number | null;
}

interface PeriodOfDay {
  key: string;
  label: string;
  year: number;
}

function periodOfDay(day: Date, isoDate: string, period: SummaryPeriod): PeriodOfDay {
  switch (period) {
    case 'week': {
      const week = { year: getISOWeekYear(day), week: getISOWeek(day) };
      return { key: weekKey(week), label: weekLabel(week), year: week.year };
    }
    case 'month': {
      const key = monthOf(isoDate);
      return { key, label: key, year: Number(isoDate.slice(0, 4)) };
    }
    case 'quarter': {
      const key = `${isoDate.slice(0, 4)} K${getQuarter(day)}`;
      return { key, label: key, year: Number(isoDate.slice(0, 4)) };
    }
    case 'year': {
      const key = isoDate.slice(0, 4);
      return { key, label: key, year: Number(key) };
    }
  }
}

/** `YYYY-MM-DD` from a local date; by hand because it runs once per day of the range. */
function isoDateOf(day: Date): string {
  return `${String(day.getFullYear()).padStart(4, '0')}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
}

interface Accumulator {
  period: PeriodOfDay;
  from: string;
  to: string;
  byCategory: Map<string, number>;
  total: number;
  moa: number;
  project: number;
  /** Unrounded: a working day carries a fifth of a weekly mandate. */
  mandateExact: number;
}

/** Summarises entries per period. Every period touching the range gets a row, empty or not; entries outside the range are left out. */
export function summarise(entries: readonly TimeEntry[], options: SummaryOptions): SummaryRow[] {
  const { period, from, to, mandates, moaCategoryId = 'moa', projectCategoryIds = ['projektledning'] } = options;
  if (from > to) return [];
  const projectCategories = new Set(projectCategoryIds);
  const sortedMandates = sortMandates(mandates);

  // One walk over the days builds the periods and a date → period lookup, so each entry costs one Map read.
  const accumulators: Accumulator[] = [];
  const periodIndexOfDate = new Map<string, number>();
  let mandateIndex = -1;
  let weeklyMandate = 0;
  for (let day = toDate(from), date = from; date <= to; day = addDays(day, 1), date = isoDateOf(day)) {
    const dayPeriod = periodOfDay(day, date, period);
    let current = accumulators[accumulators.length - 1];
    if (!current || current.period.key !== dayPeriod.key) {
      current = { period: dayPeriod, from: date, to: date, byCategory: new Map(), total: 0, moa: 0, project: 0, mandateExact: 0 };
      accumulators.push(current);
    }
    current.to = date;
    periodIndexOfDate.set(date, accumulators.length - 1);

    // The mandate in force on the day itself, so one that starts on a Thursday counts from that Thursday.
    const isoDay = getISODay(day);
    if (mandateIndex + 1 < sortedMandates.length && (sortedMandates[mandateIndex + 1]?.validFrom ?? '') <= date) {
      while (mandateIndex + 1 < sortedMandates.length && (sortedMandates[mandateIndex + 1]?.validFrom ?? '') <= date) mandateIndex += 1;
      const mandate = sortedMandates[mandateIndex];
      weeklyMandate = mandate ? mandateWeeklyMinutes(mandate) : 0;
    }
    if (isoDay <= 5) current.mandateExact += weeklyMandate / 5;
  }

  for (const entry of entries) {
    const index = periodIndexOfDate.get(entry.date);
    if (index === undefined) continue;
    const accumulator = accumulators[index];
    if (!accumulator) continue;
    accumulator.byCategory.set(entry.categoryId, (accumulator.byCategory.get(entry.categoryId) ?? 0) + entry.minutes);
    accumulator.total += entry.minutes;
    if (entry.categoryId === moaCategoryId) accumulator.moa += entry.minutes;
    if (projectCategories.has(entry.categoryId)) accumulator.project += entry.minutes;
  }

  const rows: SummaryRow[] = [];
  let year = Number.NaN;
  let cumulativeMoa = 0;
  let cumulativeMandateExact = 0;
  for (const a of accumulators) {
    if (a.period.year !== year) {
      year = a.period.year;
      cumulativeMoa = 0;
      cumulativeMandateExact = 0;
    }
    cumulativeMoa += a.moa;
    cumulativeMandateExact += a.mandateExact;
    const mandateMinutes = Math.round(a.mandateExact);
    rows.push({
      key: a.period.key,
      label: a.period.label,
      year: a.period.year,
      from: a.from,
      to: a.to,
      minutesByCategory: Object.fromEntries(a.byCategory),
      totalMinutes: a.total,
      moaMinutes: a.moa,
      mandateMinutes,
      moaOverMandateMinutes: a.moa - mandateMinutes,
      cumulativeMoaMinutes: cumulativeMoa,
      cumulativeMandateMinutes: Math.round(cumulativeMandateExact),
      projectMinutes: a.project,
      projectShare: a.total === 0 ? null : a.project / a.total,
    });
  }
  return rows;
}
