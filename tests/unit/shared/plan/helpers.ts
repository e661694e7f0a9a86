/**
 * Small plans for the plan-logic tests: a tree written as nested objects,
 * rows with realistic Swedish content, the structural invariants every
 * operation must keep, and a seeded PRNG for the random sequences.
 */
import { activitySchema, actionPlanSchema, strategySchema, tacticSchema } from '#shared/domain/plan.ts';
import type { ActionPlan, Activity, Strategy, Tactic } from '#shared/domain/plan.ts';
import { outlineRows } from '#shared/plan/outline.ts';
import type { PlanContent } from '#shared/plan/types.ts';

export const planId = 'plan-1';

export function planRow(overrides: Partial<ActionPlan> = {}): ActionPlan {
  return {
    id: planId,
    goalAreaId: 'ga-ie',
    periodStart: 2026,
    periodEnd: 2028,
    title: 'Handlingsplan Innovationer och entreprenörskap 2026–2028',
    status: 'draft',
    sections: [
      { key: 'sammanfattning', title: 'Sammanfattning', text: 'Rad ett\nRad två 🚀' },
      { key: 'bakgrund', title: 'Bakgrund', text: 'Länet behöver fler företag.' },
    ],
    version: 1,
    updatedAt: '2026-11-20T13:05:00.000Z',
    templateRef: null,
    ...overrides,
  };
}

export function strategyRow(id: string, order: number, overrides: Partial<Strategy> = {}): Strategy {
  return { id, planId, title: `Strategi ${id}`, why: `Varför ${id}`, effectGoal: '', what: `Vad ${id}`, target: '', indicators: [], order, ...overrides };
}

export function tacticRow(id: string, strategyId: string, order: number, overrides: Partial<Tactic> = {}): Tactic {
  return {
    id,
    planId,
    strategyId,
    title: `Taktik ${id}`,
    who: { responsibleContactId: null, partnerContactIds: [], text: 'Ung Företagsamhet' },
    how: `Hur ${id}`,
    perspectives: [],
    order,
    ...overrides,
  };
}

export function activityRow(id: string, tacticId: string, order: number, overrides: Partial<Activity> = {}): Activity {
  return {
    id,
    planId,
    tacticId,
    title: `Aktivitet ${id}`,
    responsible: 'Anna Lindqvist',
    startDate: '2026-09-01',
    endDate: '2026-09-30',
    status: 'planned',
    costOre: 1_250_000,
    projectId: null,
    relatedGoalAreaIds: [],
    notes: `Anteckning ${id}`,
    order,
    ...overrides,
  };
}

/** `{ S1: { T1: ['A1', 'A2'] }, S2: {} }`: ids in reading order, tables written in reading order like a generator would. */
export type Tree = Record<string, Record<string, string[]>>;

export function planFrom(tree: Tree, plan: ActionPlan = planRow()): PlanContent {
  const content: PlanContent = { plan, strategies: [], tactics: [], activities: [] };
  Object.entries(tree).forEach(([s, tactics], si) => {
    content.strategies.push(strategyRow(s, si));
    Object.entries(tactics).forEach(([t, activities], ti) => {
      content.tactics.push(tacticRow(t, s, ti));
      activities.forEach((a, ai) => content.activities.push(activityRow(a, t, ai)));
    });
  });
  return content;
}

/** The outline as indented ids, e.g. `['S1', '  T1', '    A1']`: what the user sees, minus the titles. */
export function shape(content: PlanContent, collapsed?: ReadonlySet<string>): string[] {
  return outlineRows(content, collapsed).map((row) => `${'  '.repeat(row.depth)}${row.id}`);
}

function checkOrders(problems: string[], label: string, rows: readonly { order: number }[]): void {
  const orders = rows.map((r) => r.order).sort((a, b) => a - b);
  if (orders.some((order, i) => order !== i)) problems.push(`${label}: ordningen är ${orders.join(',')}`);
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) groups.set(key(row), [...(groups.get(key(row)) ?? []), row]);
  return groups;
}

/** Everything an outline operation must keep true; an empty list means the plan is sound. */
export function invariantProblems(content: PlanContent): string[] {
  const problems: string[] = [];
  const ids = [...content.strategies, ...content.tactics, ...content.activities].map((r) => r.id);
  if (new Set(ids).size !== ids.length) problems.push('id:n är inte unika över tabellerna');
  const strategyIds = new Set(content.strategies.map((s) => s.id));
  const tacticIds = new Set(content.tactics.map((t) => t.id));
  for (const t of content.tactics) if (!strategyIds.has(t.strategyId)) problems.push(`taktik ${t.id} saknar strategi ${t.strategyId}`);
  for (const a of content.activities) if (!tacticIds.has(a.tacticId)) problems.push(`aktivitet ${a.id} saknar taktik ${a.tacticId}`);
  checkOrders(problems, 'strategier', content.strategies);
  for (const [parent, rows] of groupBy(content.tactics, (t) => t.strategyId)) checkOrders(problems, `taktiker under ${parent}`, rows);
  for (const [parent, rows] of groupBy(content.activities, (a) => a.tacticId)) checkOrders(problems, `aktiviteter under ${parent}`, rows);
  const schemaChecks = [
    actionPlanSchema.safeParse(content.plan),
    ...content.strategies.map((r) => strategySchema.safeParse(r)),
    ...content.tactics.map((r) => tacticSchema.safeParse(r)),
    ...content.activities.map((r) => activitySchema.safeParse(r)),
  ];
  for (const check of schemaChecks) if (!check.success) problems.push(`schemafel: ${check.error.message}`);
  if (outlineRows(content).length !== ids.length) problems.push('dispositionen visar inte varje rad');
  return problems;
}

/** Freezes the whole structure, so an operation that mutates its input throws (tests run as strict ESM). */
export function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null) {
    for (const inner of Object.values(value)) deepFreeze(inner);
    Object.freeze(value);
  }
  return value;
}

/** mulberry32: tiny, fast and deterministic, so a failing seed can be replayed. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
