/**
 * Dates against a plan's period (whole calendar years): moving an
 * activity's dates into the next period, and telling which activities lie
 * outside their plan's period.
 */
import { addDays, addYears, differenceInCalendarDays, format, parseISO } from 'date-fns';
import { isPlausibleIsoDate } from './validation.ts';
import type { ActionPlan, Activity } from '../domain/plan.ts';

/**
 * `YYYY-MM-DD` moved by whole years. A day the target year lacks (29
 * February) becomes the month's last day, as date-fns' addYears does, so a
 * date never spills into the next month.
 */
export function shiftDateByYears(date: string, years: number): string {
  // parseISO of a bare date is local midnight, and format reads it back in local time: no time zone can move the day.
  return format(addYears(parseISO(date), years), 'yyyy-MM-dd');
}

/** The activity with both dates moved by `years`; its length may lose a day only across 29 February. */
export function shiftActivityDates(activity: Activity, years: number): Activity {
  return { ...activity, startDate: shiftDateByYears(activity.startDate, years), endDate: shiftDateByYears(activity.endDate, years) };
}

/**
 * The plan's period as people write it: `2027` when it is one calendar year,
 * `2027–2029` (en dash) when it spans several. Every view and document shows
 * a plan's period through this one function.
 */
export function formatPlanPeriod(plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>): string {
  return plan.periodStart === plan.periodEnd ? String(plan.periodStart) : `${plan.periodStart}–${plan.periodEnd}`;
}

/** The plan's period as the dates it spans, first and last day included. */
export function periodDates(plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>): { first: string; last: string } {
  return { first: `${String(plan.periodStart).padStart(4, '0')}-01-01`, last: `${String(plan.periodEnd).padStart(4, '0')}-12-31` };
}

/** True when the activity starts before the plan's period or ends after it (ISO dates compare as text). */
export function isOutsidePeriod(activity: Pick<Activity, 'startDate' | 'endDate'>, plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>): boolean {
  const { first, last } = periodDates(plan);
  return activity.startDate < first || activity.endDate > last;
}

/**
 * A start moved past the end, as calendars do it: the end moves along by
 * the same number of days, so the activity keeps its length. Null when the
 * new start is not after the end (nothing to move) or a date is not real.
 */
export function endKeepingLength(activity: Pick<Activity, 'startDate' | 'endDate'>, newStart: string): { endDate: string; days: number } | null {
  if (!isPlausibleIsoDate(newStart) || !isPlausibleIsoDate(activity.startDate) || !isPlausibleIsoDate(activity.endDate)) return null;
  if (newStart <= activity.endDate) return null;
  const days = Math.max(0, differenceInCalendarDays(parseISO(activity.endDate), parseISO(activity.startDate)));
  const endDate = format(addDays(parseISO(newStart), days), 'yyyy-MM-dd');
  return isPlausibleIsoDate(endDate) ? { endDate, days } : null;
}
