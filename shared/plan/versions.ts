/**
 * Versions of a plan: handing one in (inlämnad) freezes a snapshot; the
 * first edit after that starts the next version as a draft. Also the copy
 * for the next period (Ny period).
 */
import type { ActionPlan, Activity, PlanSnapshot, PlanVersion, Strategy, Tactic } from '../domain/plan.ts';
import { compareSiblings } from './forest.ts';
import { formatPlanPeriod, shiftActivityDates } from './period-dates.ts';
import { yearLimits } from './validation.ts';
import type { PlanContent } from './types.ts';

export { comparePlans, kronorText, proseFields, type DiffEntry, type FieldChange, type PlanDiff } from './diff.ts';

function copyPlan(plan: ActionPlan): ActionPlan {
  return { ...plan, sections: plan.sections.map((section) => ({ ...section })) };
}

function copyStrategy(strategy: Strategy): Strategy {
  return { ...strategy, indicators: strategy.indicators.map((indicator) => ({ ...indicator })) };
}

function copyTactic(tactic: Tactic): Tactic {
  return {
    ...tactic,
    who: { ...tactic.who, partnerContactIds: [...tactic.who.partnerContactIds] },
    perspectives: tactic.perspectives.map((perspective) => ({ ...perspective })),
  };
}

function copyActivity(activity: Activity): Activity {
  return { ...activity, relatedGoalAreaIds: [...activity.relatedGoalAreaIds] };
}

/** A deep copy, so later edits of the working plan never reach a frozen version. */
export function snapshotPlan(content: PlanContent): PlanSnapshot {
  return {
    plan: copyPlan(content.plan),
    strategies: content.strategies.map(copyStrategy),
    tactics: content.tactics.map(copyTactic),
    activities: content.activities.map(copyActivity),
  };
}

/**
 * Hands the plan in: the plan becomes 'submitted' with the same version
 * number, and the version holds a snapshot showing it so.
 */
export function submitPlan(content: PlanContent, versionId: string, now: string): { version: PlanVersion; plan: ActionPlan } {
  const plan: ActionPlan = { ...content.plan, status: 'submitted', updatedAt: now };
  const version: PlanVersion = {
    id: versionId,
    planId: plan.id,
    version: plan.version,
    submittedAt: now,
    snapshot: snapshotPlan({ ...content, plan }),
  };
  return { version, plan: copyPlan(plan) };
}

/** The plan as it must be stored with any edit: an edit after submission or adoption starts the next version as a draft. */
export function planAfterEdit(plan: ActionPlan): ActionPlan {
  if (plan.status === 'draft') return plan;
  return { ...plan, status: 'draft', version: plan.version + 1 };
}

function shiftPeriodInTitle(title: string, from: ActionPlan, start: number, end: number): string {
  if (from.periodStart === from.periodEnd) {
    return title.replace(new RegExp(`(?<!\\d)${from.periodStart}(?!\\d)`, 'u'), formatPlanPeriod({ periodStart: start, periodEnd: end }));
  }
  const range = new RegExp(`(?<!\\d)${from.periodStart}(\\s*[–-]\\s*)${from.periodEnd}(?!\\d)`, 'u');
  return title.replace(range, (_match, dash: string) => (start === end ? String(start) : `${start}${dash}${end}`));
}

/** The period that follows the plan's, of the same length; it stops at 2100, the last year the schema allows. */
export function nextPeriod(plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>): { periodStart: number; periodEnd: number } {
  const length = plan.periodEnd - plan.periodStart;
  const periodStart = Math.min(plan.periodEnd + 1, yearLimits.max);
  return { periodStart, periodEnd: Math.min(periodStart + length, yearLimits.max) };
}

/** Activities still open (not done, not cancelled) come along to the next period. */
export function isCarriedToNextPeriod(activity: Pick<Activity, 'status'>): boolean {
  return activity.status !== 'done' && activity.status !== 'cancelled';
}

/** What *Ny period* would do, for the confirmation before it is done. */
export interface NewPeriodPreview {
  periodStart: number;
  periodEnd: number;
  /** Activities that come along (not done, not cancelled). */
  carried: number;
  /** Activities that stay behind in the old plan (done or cancelled). */
  leftBehind: number;
  /** Whole years the carried activities' dates move when the user asks for it. */
  shiftYears: number;
}

export function previewNewPeriod(content: PlanContent): NewPeriodPreview {
  const next = nextPeriod(content.plan);
  const carried = content.activities.filter(isCarriedToNextPeriod).length;
  return { ...next, carried, leftBehind: content.activities.length - carried, shiftYears: next.periodStart - content.plan.periodStart };
}

export interface NewPeriodOptions {
  /**
   * Move the carried activities' dates by as many years as the period
   * moves (its length, short of 2100), so they lie in the new period.
   * Off, they keep last period's dates and the completeness list flags them.
   */
  moveDates: boolean;
}

/**
 * Ny period: the plan copied for the period that follows (same length), as
 * draft version 1 with new ids. Strategies and tactics come along; of the
 * activities only those still open (not done, not cancelled), with their
 * status, and their dates moved into the new period when `options.moveDates`.
 * `newId` is called once per old id, so it may hand out random ids.
 */
export function newPeriod(
  content: PlanContent,
  ids: { planId: string; newId: (oldId: string) => string },
  today: string,
  options: NewPeriodOptions = { moveDates: false },
): PlanContent {
  const old = content.plan;
  const { periodStart, periodEnd, shiftYears } = previewNewPeriod(content);
  const mapped = new Map<string, string>();
  const idFor = (oldId: string): string => {
    let id = mapped.get(oldId);
    if (id === undefined) {
      id = ids.newId(oldId);
      mapped.set(oldId, id);
    }
    return id;
  };
  const plan: ActionPlan = {
    ...copyPlan(old),
    id: ids.planId,
    periodStart,
    periodEnd,
    title: shiftPeriodInTitle(old.title, old, periodStart, periodEnd),
    status: 'draft',
    version: 1,
    // updatedAt is a datetime; a bare date from the caller means the start of that day (UTC).
    updatedAt: /^\d{4}-\d{2}-\d{2}$/u.test(today) ? `${today}T00:00:00.000Z` : today,
  };
  const strategies = content.strategies.map((s) => ({ ...copyStrategy(s), id: idFor(s.id), planId: plan.id }));
  const tactics = content.tactics.map((t) => ({ ...copyTactic(t), id: idFor(t.id), planId: plan.id, strategyId: idFor(t.strategyId) }));
  const open = content.activities.filter(isCarriedToNextPeriod);
  // Closed activities leave gaps; number each tactic's remaining activities 0..n-1 in their old order.
  const byTactic = new Map<string, Activity[]>();
  for (const a of open) {
    const list = byTactic.get(a.tacticId);
    if (list) list.push(a);
    else byTactic.set(a.tacticId, [a]);
  }
  const newOrder = new Map<string, number>();
  for (const list of byTactic.values()) list.sort(compareSiblings).forEach((a, i) => newOrder.set(a.id, i));
  const activities = open.map((a) => ({
    ...(options.moveDates ? shiftActivityDates(copyActivity(a), shiftYears) : copyActivity(a)),
    id: idFor(a.id),
    planId: plan.id,
    tacticId: idFor(a.tacticId),
    order: newOrder.get(a.id) ?? a.order,
  }));
  return { plan, strategies, tactics, activities };
}
