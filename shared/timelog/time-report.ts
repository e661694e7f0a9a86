/** The data a time report (tidrapport) document needs, built from the weekly summary. Plain JSON. */
import type { TimeEntry } from '../domain/timelog.ts';
import type { Mandate } from './mandate.ts';
import type { SummaryRow } from './summary.ts';
import { summarise } from './summary.ts';

export interface CategoryTotal {
  categoryId: string;
  minutes: number;
}

export interface TimeReportSummary {
  from: string;
  to: string;
  /** Categories with time, most time first (ties by id). */
  categoryTotals: CategoryTotal[];
  totalMinutes: number;
  moaMinutes: number;
  mandateMinutes: number;
  /** Positive is over the mandate, negative under. */
  moaOverMandateMinutes: number;
  projectMinutes: number;
  projectShare: number | null;
  /** One row per ISO week touching the period. */
  weeks: SummaryRow[];
}

export interface TimeReportOptions {
  moaCategoryId?: string;
  projectCategoryIds?: readonly string[];
}

/** Totals per category, MOA time against the mandate, and the weekly table for the period from..to. */
export function timeReportSummary(
  entries: readonly TimeEntry[],
  mandates: readonly Mandate[],
  from: string,
  to: string,
  options: TimeReportOptions = {},
): TimeReportSummary {
  const weeks = summarise(entries, { period: 'week', from, to, mandates, ...options });
  const byCategory = new Map<string, number>();
  let totalMinutes = 0;
  let moaMinutes = 0;
  let mandateMinutes = 0;
  let projectMinutes = 0;
  for (const week of weeks) {
    for (const [categoryId, minutes] of Object.entries(week.minutesByCategory)) {
      byCategory.set(categoryId, (byCategory.get(categoryId) ?? 0) + minutes);
    }
    totalMinutes += week.totalMinutes;
    moaMinutes += week.moaMinutes;
    mandateMinutes += week.mandateMinutes;
    projectMinutes += week.projectMinutes;
  }
  const categoryTotals = [...byCategory]
    .map(([categoryId, minutes]) => ({ categoryId, minutes }))
    .sort((a, b) => b.minutes - a.minutes || (a.categoryId < b.categoryId ? -1 : a.categoryId > b.categoryId ? 1 : 0));
  return {
    from,
    to,
    categoryTotals,
    totalMinutes,
    moaMinutes,
    mandateMinutes,
    moaOverMandateMinutes: moaMinutes - mandateMinutes,
    projectMinutes,
    projectShare: totalMinutes === 0 ? null : projectMinutes / totalMinutes,
    weeks,
  };
}
