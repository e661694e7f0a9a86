/**
 * The plan as sibling groups: every row belongs to the group of its parent
 * (strategies to the plan's root group), kept in reading order. Outline
 * operations, the outline view, completeness and the diff all walk this one
 * structure, so they agree on what "reading order" means, orphans included.
 */
import type { Activity, Strategy, Tactic } from '../domain/plan.ts';
import type { NodeKind, PlanContent } from './types.ts';

/** A row together with the table it lives in. */
export type AnyNode = { kind: 'strategy'; row: Strategy } | { kind: 'tactic'; row: Tactic } | { kind: 'activity'; row: Activity };

export type ParentKind = 'strategy' | 'tactic';

/** The group of strategies; other groups are keyed `strategy:<id>` (its tactics) and `tactic:<id>` (its activities). */
export const rootKey = 'root';

export function childKey(parentKind: ParentKind, parentId: string): string {
  return `${parentKind}:${parentId}`;
}

export type GroupInfo =
  | { childKind: 'strategy'; parentKind: null; parentId: null }
  | { childKind: 'tactic'; parentKind: 'strategy'; parentId: string }
  | { childKind: 'activity'; parentKind: 'tactic'; parentId: string };

export function parseGroupKey(key: string): GroupInfo {
  if (key === rootKey) return { childKind: 'strategy', parentKind: null, parentId: null };
  const colon = key.indexOf(':');
  const prefix = key.slice(0, colon);
  const parentId = key.slice(colon + 1);
  if (prefix === 'strategy') return { childKind: 'tactic', parentKind: 'strategy', parentId };
  if (prefix === 'tactic') return { childKind: 'activity', parentKind: 'tactic', parentId };
  throw new Error(`okänd gruppnyckel: ${key}`);
}

export function parentIdOf(node: AnyNode): string | null {
  switch (node.kind) {
    case 'strategy':
      return null;
    case 'tactic':
      return node.row.strategyId;
    case 'activity':
      return node.row.tacticId;
  }
}

export function groupKeyOf(node: AnyNode): string {
  switch (node.kind) {
    case 'strategy':
      return rootKey;
    case 'tactic':
      return childKey('strategy', node.row.strategyId);
    case 'activity':
      return childKey('tactic', node.row.tacticId);
  }
}

/** The kind one level down, or null below activities. */
export function childKindOf(kind: NodeKind): 'tactic' | 'activity' | null {
  return kind === 'strategy' ? 'tactic' : kind === 'tactic' ? 'activity' : null;
}

export const depthOf = { strategy: 0, tactic: 1, activity: 2 } as const;

/** Siblings by `order`, ties by id (plain code-unit comparison, so the result never depends on a locale). */
export function compareSiblings(a: { order: number; id: string }, b: { order: number; id: string }): number {
  if (a.order !== b.order) return a.order - b.order;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

export interface Forest {
  nodes: Map<string, AnyNode>;
  /** Ids per group key in sibling order; a group with no rows may be missing. */
  groups: Map<string, string[]>;
}

export function buildForest(content: Pick<PlanContent, 'strategies' | 'tactics' | 'activities'>): Forest {
  const nodes = new Map<string, AnyNode>();
  for (const row of content.strategies) nodes.set(row.id, { kind: 'strategy', row });
  for (const row of content.tactics) nodes.set(row.id, { kind: 'tactic', row });
  for (const row of content.activities) nodes.set(row.id, { kind: 'activity', row });
  const members = new Map<string, { order: number; id: string }[]>();
  for (const node of nodes.values()) {
    const key = groupKeyOf(node);
    const list = members.get(key);
    if (list) list.push(node.row);
    else members.set(key, [node.row]);
  }
  const groups = new Map<string, string[]>();
  for (const [key, rows] of members) groups.set(key, rows.sort(compareSiblings).map((r) => r.id));
  return { nodes, groups };
}

export function hasChildren(forest: Forest, id: string, kind: NodeKind): boolean {
  if (kind === 'activity') return false;
  return (forest.groups.get(childKey(kind, id))?.length ?? 0) > 0;
}

export interface Visit {
  id: string;
  kind: NodeKind;
  depth: 0 | 1 | 2;
  parentId: string | null;
  hasChildren: boolean;
}

function parentExists(forest: Forest, info: GroupInfo): boolean {
  if (info.parentId === null) return true;
  return forest.nodes.get(info.parentId)?.kind === info.parentKind;
}

/**
 * Every row once, in reading order. Rows whose parent is missing (orphans,
 * e.g. from an import or a half-synced file) come last, tactics before
 * activities, each with its own children, so nothing a user wrote disappears.
 */
export function readingOrder(forest: Forest, collapsed?: ReadonlySet<string>): Visit[] {
  const out: Visit[] = [];
  const visitGroup = (key: string): void => {
    const ids = forest.groups.get(key);
    if (!ids) return;
    const info = parseGroupKey(key);
    for (const id of ids) {
      const children = info.childKind === 'activity' ? undefined : forest.groups.get(childKey(info.childKind, id));
      const withChildren = (children?.length ?? 0) > 0;
      out.push({ id, kind: info.childKind, depth: depthOf[info.childKind], parentId: info.parentId, hasChildren: withChildren });
      if (withChildren && info.childKind !== 'activity' && !collapsed?.has(id)) visitGroup(childKey(info.childKind, id));
    }
  };
  visitGroup(rootKey);
  // `strategy:` sorts before `tactic:`, so orphan tactics come before orphan activities.
  const orphanKeys = [...forest.groups.keys()].filter((key) => key !== rootKey && !parentExists(forest, parseGroupKey(key))).sort();
  for (const key of orphanKeys) visitGroup(key);
  return out;
}
