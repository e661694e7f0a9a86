/**
 * The working shapes of plan logic: a plan's content as plain arrays, and
 * a change as rows to put and ids to delete per table, so the renderer can
 * store any outline operation in one Dexie transaction.
 */
import type { Activity, ActionPlan, Strategy, Tactic } from '../domain/plan.ts';

export type NodeKind = 'strategy' | 'tactic' | 'activity';

export interface PlanContent {
  plan: ActionPlan;
  strategies: Strategy[];
  tactics: Tactic[];
  activities: Activity[];
}

export interface PlanChange {
  put: { strategies: Strategy[]; tactics: Tactic[]; activities: Activity[] };
  remove: { strategies: string[]; tactics: string[]; activities: string[] };
}

/** A row of the outline as shown: depth 0 strategy, 1 tactic, 2 activity, in reading order. */
export interface OutlineRow {
  id: string;
  kind: NodeKind;
  depth: 0 | 1 | 2;
  parentId: string | null;
  title: string;
  hasChildren: boolean;
}

export function emptyChange(): PlanChange {
  return { put: { strategies: [], tactics: [], activities: [] }, remove: { strategies: [], tactics: [], activities: [] } };
}

/** What a new or converted row needs from the caller, since shared/ never reads the clock. */
export interface NodeDefaults {
  /** Today's date, `YYYY-MM-DD`; new activities start and end on it (clamped into the plan's period). */
  today: string;
}
