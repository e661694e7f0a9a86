/**
 * Everything the follow-up view shows, computed from the entries once per change: the summary
 * per chosen period, the weekly rows behind the charts, the categories to show and the totals.
 * Pure: the summary itself is shared/timelog/summary.ts.
 */
import type { TimeCategory, TimeEntry } from '../../../../shared/domain/timelog.ts';
import { mandateOn, type Mandate } from '../../../../shared/timelog/mandate.ts';
import { summarise, type SummaryPeriod, type SummaryRow } from '../../../../shared/timelog/summary.ts';
import { followUpCategories, minutesPerCategory, type FollowUpCategory } from './follow-up-categories.ts';
import { summaryRange, weeklyRange, type DateRange, type FollowUpScope } from './follow-up-range.ts';

export const moaCategoryId = 'moa';
export const projectCategoryIds = ['projektledning'] as const;

export interface FollowUpTotals {
  minutesByCategory: Record<string, number>;
  totalMinutes: number;
  moaMinutes: number;
  mandateMinutes: number;
  moaOverMandateMinutes: number;
  projectShare: number | null;
}

export interface FollowUpModel {
  range: DateRange;
  weeksRange: DateRange;
  /** One row per chosen period. */
  rows: SummaryRow[];
  /** One row per week, for the charts (the same rows when the period is the week). */
  weeks: SummaryRow[];
  categories: FollowUpCategory[];
  totals: FollowUpTotals;
  /** Whether a mandate has been given for any part of the range (one of 0 hours counts). */
  hasMandate: boolean;
}

export function totalsOf(rows: readonly SummaryRow[]): FollowUpTotals {
  const minutesByCategory = Object.fromEntries(minutesPerCategory(rows));
  let totalMinutes = 0;
  let moaMinutes = 0;
  let mandateMinutes = 0;
  let projectMinutes = 0;
  for (const row of rows) {
    totalMinutes += row.totalMinutes;
    moaMinutes += row.moaMinutes;
    mandateMinutes += row.mandateMinutes;
    projectMinutes += row.projectMinutes;
  }
  return { minutesByCategory, totalMinutes, moaMinutes, mandateMinutes, moaOverMandateMinutes: moaMinutes - mandateMinutes, projectShare: totalMinutes === 0 ? null : projectMinutes / totalMinutes };
}

export function buildFollowUp(entries: readonly TimeEntry[], mandates: readonly Mandate[], storedCategories: readonly TimeCategory[], scope: FollowUpScope, period: SummaryPeriod): FollowUpModel {
  const range = summaryRange(scope, period);
  const weeksRange = weeklyRange(scope);
  const options = { mandates, moaCategoryId, projectCategoryIds };
  const rows = summarise(entries, { ...options, period, ...range });
  const sameWeeks = period === 'week' && range.from === weeksRange.from && range.to === weeksRange.to;
  const weeks = sameWeeks ? rows : summarise(entries, { ...options, period: 'week', ...weeksRange });
  // Categories with time anywhere on screen (table or charts) are shown.
  const minutes = minutesPerCategory([...rows, ...(sameWeeks ? [] : weeks)]);
  return {
    range,
    weeksRange,
    rows,
    weeks,
    categories: followUpCategories(storedCategories, minutes),
    totals: totalsOf(rows),
    hasMandate: mandateOn(mandates, range.to) !== null,
  };
}
