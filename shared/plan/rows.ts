/**
 * New empty rows and conversions between kinds (indent/outdent). A row keeps
 * its id and title when it changes kind; its main text travels along
 * strategy.what ↔ tactic.how ↔ activity.notes, the fields that say what is
 * to be done at each level. Everything else starts over from the defaults.
 */
import type { ActionPlan, Activity, Strategy, Tactic } from '../domain/plan.ts';
import type { AnyNode } from './forest.ts';
import type { NodeDefaults, NodeKind } from './types.ts';

/** `today` moved into the plan's period, so a new activity never starts outside it. */
export function dateInPeriod(today: string, plan: Pick<ActionPlan, 'periodStart' | 'periodEnd'>): string {
  const first = `${plan.periodStart}-01-01`;
  const last = `${plan.periodEnd}-12-31`;
  // ISO dates compare correctly as strings.
  if (today < first) return first;
  if (today > last) return last;
  return today;
}

interface NewRow {
  planId: string;
  id: string;
  title: string;
  text: string;
  order: number;
}

function strategyRow(r: NewRow): Strategy {
  return { id: r.id, planId: r.planId, title: r.title, why: '', effectGoal: '', what: r.text, target: '', indicators: [], order: r.order };
}

function tacticRow(r: NewRow, strategyId: string): Tactic {
  return {
    id: r.id,
    planId: r.planId,
    strategyId,
    title: r.title,
    who: { responsibleContactId: null, partnerContactIds: [], text: '' },
    how: r.text,
    perspectives: [],
    order: r.order,
  };
}

/**
 * A new activity: what it holds before anyone has filled it in, with the
 * given fields set. The one place that lists an activity's starting values,
 * so a new field gets its empty value here and nowhere else.
 */
export function newActivity(fields: Pick<Activity, 'id' | 'planId' | 'tacticId' | 'startDate' | 'endDate' | 'order'> & Partial<Activity>): Activity {
  return {
    title: '',
    responsible: '',
    status: 'planned',
    costOre: 0,
    projectId: null,
    relatedGoalAreaIds: [],
    notes: '',
    ...fields,
  };
}

function activityRow(r: NewRow, tacticId: string, plan: ActionPlan, defaults: NodeDefaults): Activity {
  const date = dateInPeriod(defaults.today, plan);
  return newActivity({ id: r.id, planId: r.planId, tacticId, title: r.title, startDate: date, endDate: date, notes: r.text, order: r.order });
}

function build(kind: NodeKind, r: NewRow, parentId: string | null, plan: ActionPlan, defaults: NodeDefaults): AnyNode {
  switch (kind) {
    case 'strategy':
      return { kind, row: strategyRow(r) };
    case 'tactic':
      return { kind, row: tacticRow(r, requireParent(parentId)) };
    case 'activity':
      return { kind, row: activityRow(r, requireParent(parentId), plan, defaults) };
  }
}

export function requireParent(parentId: string | null): string {
  if (parentId === null) throw new Error('en taktik eller aktivitet saknar förälder');
  return parentId;
}

export function newNode(kind: NodeKind, id: string, parentId: string | null, plan: ActionPlan, defaults: NodeDefaults): AnyNode {
  return build(kind, { planId: plan.id, id, title: '', text: '', order: 0 }, parentId, plan, defaults);
}

function mainText(node: AnyNode): string {
  switch (node.kind) {
    case 'strategy':
      return node.row.what;
    case 'tactic':
      return node.row.how;
    case 'activity':
      return node.row.notes;
  }
}

/** The same id and title as a row of another kind; order is set when the row is placed. */
export function convertNode(node: AnyNode, kind: NodeKind, parentId: string | null, plan: ActionPlan, defaults: NodeDefaults): AnyNode {
  const r: NewRow = { planId: node.row.planId, id: node.row.id, title: node.row.title, text: mainText(node), order: node.row.order };
  return build(kind, r, parentId, plan, defaults);
}

/** The row at its place among its siblings: parent reference and order set. */
export function placeNode(node: AnyNode, parentId: string | null, order: number): AnyNode {
  switch (node.kind) {
    case 'strategy':
      return { kind: 'strategy', row: { ...node.row, order } };
    case 'tactic':
      return { kind: 'tactic', row: { ...node.row, strategyId: requireParent(parentId), order } };
    case 'activity':
      return { kind: 'activity', row: { ...node.row, tacticId: requireParent(parentId), order } };
  }
}
