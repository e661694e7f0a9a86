/**
 * Everything the follow-up view shows, computed from the entries once per change: the summary
 * per chosen period, the weekly rows behind the charts, the categories to show and the totals.
 * Pure: the sums are shared/timelog/summary.ts and follow-up.ts; this adds the charts' styles.
 */
import type { TimeCategory, TimeEntry } from '#shared/domain/timelog.ts';
import { mandateOn, type Mandate } from '#shared/timelog/mandate.ts';
import { summarise, type SummaryPeriod, type SummaryRow } from '#shared/timelog/summary.ts';
import { minutesPerCategory, moaCategoryId, projectCategoryIds, totalsOf, type FollowUpTotals } from '#shared/timelog/follow-up.ts';
import { summaryRange, weeklyRange, type DateRange, type FollowUpScope } from '#shared/timelog/follow-up-range.ts';
import { followUpCategories, type FollowUpCategory } from './follow-up-categories.ts';

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
