/**
 * The plan as an outline, edited from the keyboard: Enter adds a sibling,
 * Tab/Shift+Tab change level (and so kind), Alt+↑/↓ move. Each operation is
 * pure and answers with the rows to store (one transaction) or a refusal the
 * renderer can explain. After any operation the touched sibling groups are
 * numbered 0..n-1, and only rows whose values changed are put.
 */
import { applyChange, invertChange, putNode, removeRow, sameValue } from './change.ts';
import {
  buildForest,
  childKey,
  childKindOf,
  groupKeyOf,
  hasChildren,
  parentIdOf,
  parseGroupKey,
  readingOrder,
  rootKey,
  type AnyNode,
  type Forest,
} from './forest.ts';
import { convertNode, newNode, placeNode } from './rows.ts';
import { emptyChange, type NodeDefaults, type NodeKind, type OutlineRow, type PlanChange, type PlanContent } from './types.ts';

export { applyChange, invertChange } from './change.ts';

export type OutlineRefusal = 'noPreviousSibling' | 'tooDeep' | 'topLevel' | 'atEdge' | 'notFound';

export type OutlineResult = { ok: true; change: PlanChange; focusId: string } | { ok: false; reason: OutlineRefusal };

export type RemoveResult =
  | { ok: true; change: PlanChange; undo: PlanChange; focusId: string | null; removedCount: number }
  | { ok: false; reason: 'notFound' };

/** The rows to show, in reading order; children of collapsed rows are left out, orphans come last. */
export function outlineRows(content: PlanContent, collapsed?: ReadonlySet<string>): OutlineRow[] {
  const forest = buildForest(content);
  return readingOrder(forest, collapsed).map((visit) => ({
    id: visit.id,
    kind: visit.kind,
    depth: visit.depth,
    parentId: visit.parentId,
    title: forest.nodes.get(visit.id)?.row.title ?? '',
    hasChildren: visit.hasChildren,
  }));
}

/** One operation's working copy: the forest is rebuilt per call, so mutating it never touches the input. */
interface Session {
  content: PlanContent;
  forest: Forest;
  before: ReadonlyMap<string, AnyNode>;
  dirty: Set<string>;
  removed: Set<string>;
}

interface Located {
  node: AnyNode;
  key: string;
  siblings: string[];
  index: number;
}

function open(content: PlanContent): Session {
  const forest = buildForest(content);
  return { content, forest, before: new Map(forest.nodes), dirty: new Set(), removed: new Set() };
}

function group(s: Session, key: string): string[] {
  let ids = s.forest.groups.get(key);
  if (!ids) {
    ids = [];
    s.forest.groups.set(key, ids);
  }
  return ids;
}

function locate(s: Session, id: string): Located | null {
  const node = s.forest.nodes.get(id);
  if (!node) return null;
  const key = groupKeyOf(node);
  const siblings = group(s, key);
  return { node, key, siblings, index: siblings.indexOf(id) };
}

function insert(s: Session, key: string, index: number, id: string): void {
  group(s, key).splice(index, 0, id);
  s.dirty.add(key);
}

function take(s: Session, at: Located): void {
  at.siblings.splice(at.index, 1);
  s.dirty.add(at.key);
}

/** Every touched group numbered 0..n-1 with its parent set; unchanged rows left out; converted rows leave their old table. */
function finish(s: Session): PlanChange {
  const change = emptyChange();
  for (const key of s.dirty) {
    const info = parseGroupKey(key);
    (s.forest.groups.get(key) ?? []).forEach((id, order) => {
      const current = s.forest.nodes.get(id);
      if (!current || current.kind !== info.childKind) throw new Error(`rad ${id} hör inte hemma i ${key}`);
      const placed = placeNode(current, info.parentId, order);
      const previous = s.before.get(id);
      if (previous && previous.kind === placed.kind && sameValue(previous.row, placed.row)) return;
      putNode(change, placed);
      if (previous && previous.kind !== placed.kind) removeRow(change, previous.kind, id);
    });
  }
  for (const id of s.removed) {
    const previous = s.before.get(id);
    if (previous) removeRow(change, previous.kind, id);
  }
  return change;
}

function done(s: Session, focusId: string): OutlineResult {
  return { ok: true, change: finish(s), focusId };
}

function refuse(reason: OutlineRefusal): OutlineResult {
  return { ok: false, reason };
}

function assertNewId(s: Session, id: string): void {
  // A colliding id is a caller bug (ids come from crypto.randomUUID), not something a user can cause.
  if (s.forest.nodes.has(id)) throw new Error(`id ${id} finns redan i planen`);
}

/** Enter: a new empty row of the same kind right after `nodeId`, under the same parent. */
export function addSibling(content: PlanContent, nodeId: string, newId: string, defaults: NodeDefaults): OutlineResult {
  const s = open(content);
  const at = locate(s, nodeId);
  if (!at) return refuse('notFound');
  assertNewId(s, newId);
  s.forest.nodes.set(newId, newNode(at.node.kind, newId, parentIdOf(at.node), content.plan, defaults));
  insert(s, at.key, at.index + 1, newId);
  return done(s, newId);
}

/** A new row as the last child of `parentId` (or the last strategy when `kind` is 'strategy' and `parentId` null). */
export function addFirst(content: PlanContent, kind: NodeKind, parentId: string | null, newId: string, defaults: NodeDefaults): OutlineResult {
  const s = open(content);
  let key = rootKey;
  if (kind === 'strategy') {
    if (parentId !== null) return refuse('notFound');
  } else {
    const parentKind = kind === 'tactic' ? 'strategy' : 'tactic';
    if (parentId === null || s.forest.nodes.get(parentId)?.kind !== parentKind) return refuse('notFound');
    key = childKey(parentKind, parentId);
  }
  assertNewId(s, newId);
  s.forest.nodes.set(newId, newNode(kind, newId, parentId, content.plan, defaults));
  insert(s, key, group(s, key).length, newId);
  return done(s, newId);
}

/**
 * Tab: the row becomes the last child of its previous sibling, one kind
 * down. Only childless rows move down: converting a whole subtree would
 * push activities below the deepest level or silently change many rows.
 */
export function indent(content: PlanContent, nodeId: string, defaults: NodeDefaults): OutlineResult {
  const s = open(content);
  const at = locate(s, nodeId);
  if (!at) return refuse('notFound');
  const kind = at.node.kind;
  const childKind = childKindOf(kind);
  if (kind === 'activity' || childKind === null || hasChildren(s.forest, nodeId, kind)) return refuse('tooDeep');
  const previous = at.siblings[at.index - 1];
  if (previous === undefined) return refuse('noPreviousSibling');
  take(s, at);
  s.forest.nodes.set(nodeId, convertNode(at.node, childKind, previous, content.plan, defaults));
  const key = childKey(kind, previous);
  insert(s, key, group(s, key).length, nodeId);
  return done(s, nodeId);
}

/**
 * Shift+Tab: the row becomes the sibling right after its parent, one kind
 * up; its children come along one kind up too (a tactic's activities become
 * the new strategy's tactics), so the depth never grows.
 */
export function outdent(content: PlanContent, nodeId: string, defaults: NodeDefaults): OutlineResult {
  const s = open(content);
  const at = locate(s, nodeId);
  if (!at) return refuse('notFound');
  const node = at.node;
  if (node.kind === 'strategy') return refuse('topLevel');
  const parent = s.forest.nodes.get(parentIdOf(node) ?? '');
  const upKind = node.kind === 'tactic' ? 'strategy' : 'tactic';
  let targetKey: string;
  let targetIndex: number;
  let newParentId: string | null;
  if (parent && parent.kind === upKind) {
    const parentAt = locate(s, parent.row.id);
    if (!parentAt) return refuse('notFound');
    targetKey = parentAt.key;
    targetIndex = parentAt.index + 1;
    newParentId = parentIdOf(parent);
  } else if (node.kind === 'tactic') {
    // An orphan tactic has no strategy to follow; as a strategy it goes last, where the outline shows orphans.
    targetKey = rootKey;
    targetIndex = group(s, rootKey).length;
    newParentId = null;
  } else {
    // An orphan activity has no tactic, so no strategy to place a new tactic under.
    return refuse('notFound');
  }
  take(s, at);
  s.forest.nodes.set(nodeId, convertNode(node, upKind, newParentId, content.plan, defaults));
  insert(s, targetKey, targetIndex, nodeId);
  if (node.kind === 'tactic') {
    const oldKey = childKey('tactic', nodeId);
    const children = s.forest.groups.get(oldKey) ?? [];
    if (children.length > 0) {
      s.forest.groups.delete(oldKey);
      for (const childId of children) {
        const child = s.forest.nodes.get(childId);
        if (child) s.forest.nodes.set(childId, convertNode(child, 'tactic', nodeId, content.plan, defaults));
      }
      const newKey = childKey('strategy', nodeId);
      group(s, newKey).push(...children);
      s.dirty.add(newKey);
    }
  }
  return done(s, nodeId);
}

function move(content: PlanContent, nodeId: string, step: -1 | 1): OutlineResult {
  const s = open(content);
  const at = locate(s, nodeId);
  if (!at) return refuse('notFound');
  const target = at.index + step;
  const other = at.siblings[target];
  if (other !== undefined) {
    at.siblings[target] = nodeId;
    at.siblings[at.index] = other;
    s.dirty.add(at.key);
    return done(s, nodeId);
  }
  // At the edge of its parent: over to the neighbouring parent of the same kind, in reading order.
  const parentKind = at.node.kind === 'activity' ? 'tactic' : at.node.kind === 'tactic' ? 'strategy' : null;
  const parentId = parentIdOf(at.node);
  if (parentKind === null || parentId === null) return refuse('atEdge');
  const parents = readingOrder(s.forest)
    .filter((visit) => visit.kind === parentKind)
    .map((visit) => visit.id);
  const here = parents.indexOf(parentId);
  const neighbour = here < 0 ? undefined : parents[here + step];
  if (neighbour === undefined) return refuse('atEdge');
  take(s, at);
  const key = childKey(parentKind, neighbour);
  insert(s, key, step < 0 ? group(s, key).length : 0, nodeId);
  return done(s, nodeId);
}

/** Alt+↑: swap with the previous sibling, or go to the end of the previous parent's children. */
export function moveUp(content: PlanContent, nodeId: string): OutlineResult {
  return move(content, nodeId, -1);
}

/** Alt+↓: swap with the next sibling, or go to the start of the next parent's children. */
export function moveDown(content: PlanContent, nodeId: string): OutlineResult {
  return move(content, nodeId, 1);
}

/**
 * Removes the row and everything under it. `undo` restores exactly the
 * removed rows and the siblings' orders. Focus goes to the row shown before
 * it (pass the same `collapsed` set as the outline), else after it, else its parent.
 */
export function removeNode(content: PlanContent, nodeId: string, collapsed?: ReadonlySet<string>): RemoveResult {
  const s = open(content);
  const at = locate(s, nodeId);
  if (!at) return { ok: false, reason: 'notFound' };
  const visible = readingOrder(s.forest, collapsed);
  const rows = visible.some((visit) => visit.id === nodeId) ? visible : readingOrder(s.forest);
  const stack = [at.node];
  for (let node = stack.pop(); node; node = stack.pop()) {
    s.removed.add(node.row.id);
    if (node.kind === 'activity') continue;
    for (const childId of s.forest.groups.get(childKey(node.kind, node.row.id)) ?? []) {
      const child = s.forest.nodes.get(childId);
      if (child) stack.push(child);
    }
  }
  take(s, at);
  const index = rows.findIndex((visit) => visit.id === nodeId);
  const before = rows[index - 1]?.id;
  const after = rows.slice(index + 1).find((visit) => !s.removed.has(visit.id))?.id;
  const change = finish(s);
  return {
    ok: true,
    change,
    undo: invertChange(content, change),
    focusId: before ?? after ?? parentIdOf(at.node),
    removedCount: s.removed.size,
  };
}

/** Convenience for callers that keep content in memory (the renderer's optimistic view, tests). */
export function applyResult(content: PlanContent, result: OutlineResult): PlanContent {
  return result.ok ? applyChange(content, result.change) : content;
}
