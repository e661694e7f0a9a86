/**
 * The flat rows of the all-activities table: each activity with the names
 * of the plan, strategy, tactic and goal area it hangs under. Pure, so the
 * join is tested without a database and runs once per read, not per cell.
 */
import type { Activity, ActionPlan, GoalArea, Strategy, Tactic } from '#shared/domain/plan.ts';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { collator } from '#shared/locale.ts';

export interface ActivityRow {
  activity: Activity;
  goalAreaId: string;
  goalAreaName: string;
  planTitle: string;
  /** The plan's id, empty when the plan is gone: the plan filter's key. */
  planId: string;
  /** `2027–2029` (or `2027`): the plan's period, which tells a carried activity's two rows apart; empty when the plan is gone. */
  planPeriod: string;
  /** The period's first and last year as one number (start × 10 000 + end), for sorting by period. */
  planPeriodOrder: number;
  strategyId: string;
  /** The strategy's short title, or its *vad* shortened while the title is empty. */
  strategyTitle: string;
  tacticTitle: string;
  /** `2026 K3`: the calendar quarter the activity starts in; empty for an unreadable date. */
  quarter: string;
  /** Position in the plans' reading order (goal area, plan, strategy, tactic, activity): the table's default order and the order of groups. */
  outlineIndex: number;
  /** Lower-case text the search box looks in, built once per read so a keystroke only runs `includes`. */
  searchText: string;
  /**
   * A cache filled by the table's sort functions: each text column's Swedish
   * collation rank among this read's rows, so sorting compares integers
   * (activity-columns.ts). Rows are rebuilt on every read, and the cache with them.
   */
  sortRank: Record<string, number>;
}

export interface PlanRecords {
  goalAreas: readonly GoalArea[];
  plans: readonly ActionPlan[];
  strategies: readonly Strategy[];
  tactics: readonly Tactic[];
  activities: readonly Activity[];
}

const isoDate = /^(\d{4})-(\d{2})-(\d{2})$/;

/** The year and quarter (1–4) of an ISO date, or null when it is not one. */
export function quarterParts(date: string): { year: number; quarter: number } | null {
  const match = isoDate.exec(date);
  if (!match) return null;
  const month = Number(match[2]);
  if (month < 1 || month > 12) return null;
  return { year: Number(match[1]), quarter: Math.floor((month - 1) / 3) + 1 };
}

/** `2026-08-14` → `2026 K3`; empty for a date that cannot be read. Sorts chronologically as text. */
export function quarterOf(date: string): string {
  const parts = quarterParts(date);
  return parts ? `${parts.year} K${parts.quarter}` : '';
}

/** The first words of a longer text, for a title that is still empty: at most `max` characters, cut at a word. */
export function shortenText(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const cut = flat.slice(0, max - 1);
  const lastSpace = cut.lastIndexOf(' ');
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).trimEnd()}…`;
}

const textOrder = collator('text');

/**
 * Joins the five tables in memory with Maps: O(n log n) for the reading
 * order, no lookups per activity beyond Map gets. Records whose parent is
 * missing (a half-deleted plan) still appear, with empty names.
 */
export function buildActivityRows(records: PlanRecords): ActivityRow[] {
  const goalAreas = new Map(records.goalAreas.map((g) => [g.id, g]));
  const plans = new Map(records.plans.map((p) => [p.id, p]));
  const strategies = new Map(records.strategies.map((s) => [s.id, s]));
  const tactics = new Map(records.tactics.map((t) => [t.id, t]));

  // Ranks give each parent a number in reading order, so activities sort by plain integers.
  const goalAreaRank = rankBy(records.goalAreas, (a, b) => textOrder.compare(a.code, b.code) || textOrder.compare(a.name, b.name));
  const planRank = rankBy(
    records.plans,
    (a, b) => (goalAreaRank.get(a.goalAreaId) ?? Infinity) - (goalAreaRank.get(b.goalAreaId) ?? Infinity) || a.periodStart - b.periodStart || textOrder.compare(a.title, b.title),
  );
  const strategyRank = rankBy(records.strategies, (a, b) => (planRank.get(a.planId) ?? Infinity) - (planRank.get(b.planId) ?? Infinity) || a.order - b.order);
  const tacticRank = rankBy(records.tactics, (a, b) => (strategyRank.get(a.strategyId) ?? Infinity) - (strategyRank.get(b.strategyId) ?? Infinity) || a.order - b.order);

  const unordered = records.activities.map((activity) => {
    const tactic = tactics.get(activity.tacticId);
    const strategy = tactic ? strategies.get(tactic.strategyId) : undefined;
    const plan = plans.get(activity.planId) ?? (tactic ? plans.get(tactic.planId) : undefined);
    const goalArea = plan ? goalAreas.get(plan.goalAreaId) : undefined;
    const strategyTitle = strategy ? strategy.title.trim() || shortenText(strategy.what) : '';
    const tacticTitle = tactic ? tactic.title.trim() || shortenText(tactic.how) : '';
    const goalAreaName = goalArea?.name ?? '';
    const planTitle = plan?.title ?? '';
    const planPeriod = plan ? formatPlanPeriod(plan) : '';
    const row: ActivityRow = {
      activity,
      goalAreaId: goalArea?.id ?? '',
      goalAreaName,
      planTitle,
      planId: plan?.id ?? '',
      planPeriod,
      planPeriodOrder: plan ? plan.periodStart * 10_000 + plan.periodEnd : 0,
      strategyId: strategy?.id ?? '',
      strategyTitle,
      tacticTitle,
      quarter: quarterOf(activity.startDate),
      outlineIndex: 0,
      sortRank: {},
      searchText: [activity.title, goalAreaName, goalArea?.code ?? '', planTitle, planPeriod, strategyTitle, tacticTitle, activity.responsible, activity.startDate, activity.endDate, activity.notes]
        .join('\n')
        .toLowerCase(),
    };
    return { row, tactic: tacticRank.get(activity.tacticId) ?? Infinity, order: activity.order };
  });
  unordered.sort((a, b) => a.tactic - b.tactic || a.order - b.order || (a.row.activity.id < b.row.activity.id ? -1 : 1));
  return unordered.map((entry, index) => {
    entry.row.outlineIndex = index;
    return entry.row;
  });
}

function rankBy<T extends { id: string }>(items: readonly T[], compare: (a: T, b: T) => number): Map<string, number> {
  const sorted = [...items].sort(compare);
  return new Map(sorted.map((item, index) => [item.id, index]));
}
