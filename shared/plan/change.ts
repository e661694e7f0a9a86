/**
 * PlanChange in memory: applying one (what the database does in one
 * transaction), inverting one (undo), and structural equality of rows.
 */
import { buildForest, readingOrder, type AnyNode } from './forest.ts';
import { emptyChange, type NodeKind, type PlanChange, type PlanContent } from './types.ts';

export type TableName = keyof PlanChange['put'];

export const tableOf = { strategy: 'strategies', tactic: 'tactics', activity: 'activities' } as const satisfies Record<NodeKind, TableName>;

/** Structural equality of plain data (rows are JSON-like: no dates, maps or classes). */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a === 'number' && typeof b === 'number') return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false;
    for (let i = 0; i < a.length; i++) if (!sameValue(a[i], b[i])) return false;
    return true;
  }
  if (!isRecord(a) || !isRecord(b)) return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((key) => Object.hasOwn(b, key) && sameValue(a[key], b[key]));
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

export function putNode(change: PlanChange, node: AnyNode): void {
  switch (node.kind) {
    case 'strategy':
      change.put.strategies.push(node.row);
      return;
    case 'tactic':
      change.put.tactics.push(node.row);
      return;
    case 'activity':
      change.put.activities.push(node.row);
      return;
  }
}

export function removeRow(change: PlanChange, kind: NodeKind, id: string): void {
  change.remove[tableOf[kind]].push(id);
}

interface Applied<T> {
  rows: T[];
  added: T[];
}

/** Removes first, then puts (as one transaction would): a row both removed and put keeps its place. */
function keepAndReplace<T extends { id: string }>(rows: readonly T[], puts: readonly T[], removes: readonly string[]): Applied<T> {
  const putById = new Map(puts.map((row) => [row.id, row]));
  const removed = new Set(removes);
  const kept: T[] = [];
  for (const row of rows) {
    const replacement = putById.get(row.id);
    if (replacement) {
      kept.push(replacement);
      putById.delete(row.id);
    } else if (!removed.has(row.id)) {
      kept.push(row);
    }
  }
  return { rows: kept, added: [...putById.values()] };
}

function isSorted<T>(rows: readonly T[], compare: (a: T, b: T) => number): boolean {
  let previous: T | undefined;
  for (const row of rows) {
    if (previous !== undefined && compare(previous, row) > 0) return false;
    previous = row;
  }
  return true;
}

const byId = (a: { id: string }, b: { id: string }): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

type Tables = Pick<PlanContent, 'strategies' | 'tactics' | 'activities'>;

/** Reading position of every row, keyed `kind:id` (ids are unique across tables, kinds make sure). */
function positions(tables: Tables): (kind: NodeKind) => (row: { id: string }) => number {
  const index = new Map<string, number>();
  readingOrder(buildForest(tables)).forEach((visit, i) => index.set(`${visit.kind}:${visit.id}`, i));
  return (kind) => (row) => index.get(`${kind}:${row.id}`) ?? Number.MAX_SAFE_INTEGER;
}

type Ordering = 'reading' | 'id' | 'none';

function orderingOf<T extends { id: string }>(rows: readonly T[], position: (row: T) => number): Ordering {
  if (isSorted(rows, (a, b) => position(a) - position(b))) return 'reading';
  return isSorted(rows, byId) ? 'id' : 'none';
}

/**
 * A table keeps the ordering it came in: reading order (how fixtures and
 * generators write tables) stays reading order, id order (how a database
 * table comes back by primary key) stays id order; otherwise rows keep
 * their places and new ones are appended. So a change followed by its
 * inverse gives back the very same arrays.
 */
function arrange<T extends { id: string }>(applied: Applied<T>, ordering: Ordering, position: (row: T) => number): T[] {
  const byPosition = (a: T, b: T): number => position(a) - position(b);
  if (ordering === 'reading') return [...applied.rows, ...applied.added].sort(byPosition);
  if (ordering === 'id') return [...applied.rows, ...applied.added].sort(byId);
  return [...applied.rows, ...[...applied.added].sort(byPosition)];
}

/** The content after `change`, as the database would hold it; the input is left as it was. */
export function applyChange(content: PlanContent, change: PlanChange): PlanContent {
  const strategies = keepAndReplace(content.strategies, change.put.strategies, change.remove.strategies);
  const tactics = keepAndReplace(content.tactics, change.put.tactics, change.remove.tactics);
  const activities = keepAndReplace(content.activities, change.put.activities, change.remove.activities);
  const before = positions(content);
  const after = positions({
    strategies: [...strategies.rows, ...strategies.added],
    tactics: [...tactics.rows, ...tactics.added],
    activities: [...activities.rows, ...activities.added],
  });
  return {
    plan: content.plan,
    strategies: arrange(strategies, orderingOf(content.strategies, before('strategy')), after('strategy')),
    tactics: arrange(tactics, orderingOf(content.tactics, before('tactic')), after('tactic')),
    activities: arrange(activities, orderingOf(content.activities, before('activity')), after('activity')),
  };
}

/** The change that takes `applyChange(content, change)` back to `content` (undo). */
export function invertChange(content: PlanContent, change: PlanChange): PlanChange {
  const undo = emptyChange();
  const invert = <T extends { id: string }>(rows: readonly T[], puts: readonly T[], removes: readonly string[], undoPut: T[], undoRemove: string[]): void => {
    const before = new Map(rows.map((row) => [row.id, row]));
    const restored = new Set<string>();
    for (const row of puts) {
      const original = before.get(row.id);
      if (!original) undoRemove.push(row.id);
      else if (!restored.has(row.id)) {
        undoPut.push(original);
        restored.add(row.id);
      }
    }
    for (const id of removes) {
      const original = before.get(id);
      if (original && !restored.has(id)) {
        undoPut.push(original);
        restored.add(id);
      }
    }
  };
  invert(content.strategies, change.put.strategies, change.remove.strategies, undo.put.strategies, undo.remove.strategies);
  invert(content.tactics, change.put.tactics, change.remove.tactics, undo.put.tactics, undo.remove.tactics);
  invert(content.activities, change.put.activities, change.remove.activities, undo.put.activities, undo.remove.activities);
  return undo;
}
