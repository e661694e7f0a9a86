/**
 * Which action plans a list of activities covers. *Ny period* copies a plan
 * with its open activities, so the old and the new plan hold the same
 * activities; a list over "every plan" shows each carried activity twice.
 * Lists and documents therefore default to the current plan of each goal
 * area, and let the user pick one period or every plan instead.
 */
import type { ActionPlan } from '../domain/plan.ts';
import { formatPlanPeriod } from './period-dates.ts';

type PlanPeriod = Pick<ActionPlan, 'periodStart' | 'periodEnd'>;

/**
 * The plans a list covers: `current` the current plan of each goal area,
 * `all` every plan, or a period `2027-2029` (start and end year): the plans
 * with exactly that period.
 */
export type PlanScope = 'current' | 'all' | `${number}-${number}`;

const periodKeyPattern = /^(\d{4})-(\d{4})$/u;

/** A stored or chosen value read as a scope; anything else is `current`, the default. */
export function readPlanScope(value: unknown): PlanScope {
  if (value === 'current' || value === 'all') return value;
  if (typeof value === 'string') {
    const match = periodKeyPattern.exec(value);
    if (match && Number(match[2]) >= Number(match[1])) return `${Number(match[1])}-${Number(match[2])}`;
  }
  return 'current';
}

/** The scope that picks plans of this period: `2027-2029`. */
export function periodKey(plan: PlanPeriod): PlanScope {
  return `${plan.periodStart}-${plan.periodEnd}`;
}

/** The plan by its title, with its period unless the title already says it: `Handlingsplan IE 2027–2029`, `Handlingsplan IE (2027–2029)`. */
export function planName(plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd'>): string {
  const label = formatPlanPeriod(plan);
  const title = plan.title.trim() === '' ? '(utan namn)' : plan.title;
  return title.includes(label) ? title : `${title} (${label})`;
}

/** The period of a period scope, or null for `current` and `all`. */
export function scopePeriod(scope: PlanScope): PlanPeriod | null {
  const match = periodKeyPattern.exec(scope);
  return match ? { periodStart: Number(match[1]), periodEnd: Number(match[2]) } : null;
}

/**
 * The current plan of each goal area: the one whose period holds today's
 * year; when none does, the latest. Among several of either kind, the one
 * that ends last, then starts last, then was changed last.
 */
export function currentPlanIds(plans: readonly Pick<ActionPlan, 'id' | 'goalAreaId' | 'periodStart' | 'periodEnd' | 'updatedAt'>[], today: string): Set<string> {
  const year = Number(today.slice(0, 4));
  const best = new Map<string, (typeof plans)[number]>();
  const holdsToday = (p: (typeof plans)[number]): number => (p.periodStart <= year && year <= p.periodEnd ? 1 : 0);
  const better = (a: (typeof plans)[number], b: (typeof plans)[number]): boolean => {
    const order = holdsToday(a) - holdsToday(b) || a.periodEnd - b.periodEnd || a.periodStart - b.periodStart;
    if (order !== 0) return order > 0;
    if (a.updatedAt !== b.updatedAt) return a.updatedAt > b.updatedAt;
    return a.id < b.id;
  };
  for (const plan of plans) {
    const held = best.get(plan.goalAreaId);
    if (!held || better(plan, held)) best.set(plan.goalAreaId, plan);
  }
  return new Set([...best.values()].map((p) => p.id));
}

/** The ids of the plans in scope, or null when every plan is. */
export function planIdsInScope(plans: Parameters<typeof currentPlanIds>[0], scope: PlanScope, today: string): Set<string> | null {
  if (scope === 'all') return null;
  if (scope === 'current') return currentPlanIds(plans, today);
  return new Set(plans.filter((p) => periodKey(p) === scope).map((p) => p.id));
}

/** The periods the plans have, earliest first, each once: the choices of a period filter. */
export function periodChoices(plans: readonly PlanPeriod[]): { scope: PlanScope; label: string }[] {
  const seen = new Map<string, PlanPeriod>();
  for (const plan of plans) if (!seen.has(periodKey(plan))) seen.set(periodKey(plan), plan);
  return [...seen.values()]
    .sort((a, b) => a.periodStart - b.periodStart || a.periodEnd - b.periodEnd)
    .map((p) => ({ scope: periodKey(p), label: formatPlanPeriod(p) }));
}
