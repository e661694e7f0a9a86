/**
 * "What needs me now", for the overview: activities that are late or start within two weeks, this
 * week's MOA hours against the mandate, and plans not yet submitted although their period begins
 * soon or has begun (the annual cycle's next events are shared/templates/annual-cycle.ts). Pure: `today` is passed in, so tests fix it.
 *
 * Only plans that still count are read: a plan is left out once a later plan of its goal area has
 * begun (after *Ny period* the old plan's unfinished activities live on in the new one).
 */
import { addDays, differenceInCalendarDays, format, parseISO } from 'date-fns';
import type { ActionPlan, Activity, GoalArea } from '../domain/plan.ts';
import type { TimeEntry } from '../domain/timelog.ts';
import { mandateOn, mandateWeeklyMinutes, type Mandate } from '../timelog/mandate.ts';
import { isoWeekOf, weekDays, type IsoWeek } from '../timelog/weeks.ts';
import { collator } from '../locale.ts';

/** How far ahead an activity's start counts as soon. */
export const STARTING_SOON_DAYS = 14;
/** How long before its period begins a plan not yet submitted is mentioned. */
export const SUBMIT_AHEAD_DAYS = 8 * 7;

export interface AttentionInput {
  /** `YYYY-MM-DD`, the user's local day. */
  today: string;
  goalAreas: readonly Pick<GoalArea, 'id' | 'name'>[];
  plans: readonly Pick<ActionPlan, 'id' | 'goalAreaId' | 'title' | 'periodStart' | 'periodEnd' | 'status' | 'version'>[];
  activities: readonly Pick<Activity, 'id' | 'planId' | 'title' | 'startDate' | 'endDate' | 'status'>[];
  /** Time entries of (at least) this week; others are ignored. */
  timeEntries: readonly Pick<TimeEntry, 'date' | 'minutes' | 'categoryId'>[];
  mandates: readonly Mandate[];
  /** The category that is the MOA assignment. */
  moaCategoryId: string;
}

export interface AttentionActivity {
  activityId: string;
  planId: string;
  title: string;
  planTitle: string;
  goalAreaName: string;
  startDate: string;
  endDate: string;
  status: Activity['status'];
  /** Late: days since the end date. Starting soon: days until the start (0 is today). */
  days: number;
}

export interface AttentionPlan {
  planId: string;
  title: string;
  goalAreaName: string;
  periodStart: number;
  periodEnd: number;
  version: number;
  /** The day it should be submitted by: the first day of its period. */
  deadline: string;
  /** Days until the deadline; negative once it has passed. */
  daysLeft: number;
}

export interface AttentionWeek {
  week: IsoWeek;
  monday: string;
  sunday: string;
  moaMinutes: number;
  /** All time logged this week, MOA or not. */
  totalMinutes: number;
  /** What the mandate in force today gives per week; null without a mandate. */
  mandateMinutes: number | null;
}

export interface NeedsAttention {
  late: AttentionActivity[];
  startingSoon: AttentionActivity[];
  plansToSubmit: AttentionPlan[];
  week: AttentionWeek;
}

const shiftDays = (date: string, days: number) => format(addDays(parseISO(date), days), 'yyyy-MM-dd');
const daysBetween = (from: string, to: string) => differenceInCalendarDays(parseISO(to), parseISO(from));
const nameOrder = collator('names');

/** The plans that still count: none of their goal area's later plans has begun by `today`. */
export function currentPlans<P extends Pick<ActionPlan, 'goalAreaId' | 'periodStart'>>(plans: readonly P[], today: string): P[] {
  const year = Number(today.slice(0, 4));
  return plans.filter((plan) => !plans.some((other) => other.goalAreaId === plan.goalAreaId && other.periodStart > plan.periodStart && other.periodStart <= year));
}

export function needsAttention(input: AttentionInput): NeedsAttention {
  const { today } = input;
  const goalAreaName = new Map(input.goalAreas.map((g) => [g.id, g.name]));
  const plans = currentPlans(input.plans, today);
  const planById = new Map(plans.map((p) => [p.id, p]));
  const soonUntil = shiftDays(today, STARTING_SOON_DAYS);

  const late: AttentionActivity[] = [];
  const startingSoon: AttentionActivity[] = [];
  for (const activity of input.activities) {
    const plan = planById.get(activity.planId);
    if (!plan || activity.status === 'done' || activity.status === 'cancelled') continue;
    const item = (days: number): AttentionActivity => ({
      activityId: activity.id,
      planId: plan.id,
      title: activity.title,
      planTitle: plan.title,
      goalAreaName: goalAreaName.get(plan.goalAreaId) ?? '',
      startDate: activity.startDate,
      endDate: activity.endDate,
      status: activity.status,
      days,
    });
    if (activity.endDate < today) late.push(item(daysBetween(activity.endDate, today)));
    // Already going on is not "starting": only what has not begun yet.
    else if (activity.status !== 'ongoing' && activity.startDate >= today && activity.startDate <= soonUntil) startingSoon.push(item(daysBetween(today, activity.startDate)));
  }
  late.sort((a, b) => a.endDate.localeCompare(b.endDate) || nameOrder.compare(a.title, b.title));
  startingSoon.sort((a, b) => a.startDate.localeCompare(b.startDate) || nameOrder.compare(a.title, b.title));

  const submitBy = shiftDays(today, SUBMIT_AHEAD_DAYS);
  const plansToSubmit = plans
    .filter((plan) => plan.status === 'draft')
    .map((plan): AttentionPlan => {
      const deadline = `${String(plan.periodStart).padStart(4, '0')}-01-01`;
      return { planId: plan.id, title: plan.title, goalAreaName: goalAreaName.get(plan.goalAreaId) ?? '', periodStart: plan.periodStart, periodEnd: plan.periodEnd, version: plan.version, deadline, daysLeft: daysBetween(today, deadline) };
    })
    // A plan whose period has ended is history, not something to hand in now.
    .filter((plan) => plan.deadline <= submitBy && `${plan.periodEnd}-12-31` >= today)
    .sort((a, b) => a.deadline.localeCompare(b.deadline) || nameOrder.compare(a.title, b.title));

  const week = isoWeekOf(today);
  const days = weekDays(week.year, week.week);
  const monday = days[0] ?? today;
  const sunday = days[6] ?? today;
  let moaMinutes = 0;
  let totalMinutes = 0;
  for (const entry of input.timeEntries) {
    if (entry.date < monday || entry.date > sunday) continue;
    totalMinutes += entry.minutes;
    if (entry.categoryId === input.moaCategoryId) moaMinutes += entry.minutes;
  }
  const mandate = mandateOn(input.mandates, today);

  return {
    late,
    startingSoon,
    plansToSubmit,
    week: { week, monday, sunday, moaMinutes, totalMinutes, mandateMinutes: mandate ? mandateWeeklyMinutes(mandate) : null },
  };
}
