/**
 * The plan editor's own undo and redo of structural operations (add,
 * remove, indent, outdent, move): each step keeps the change that undoes
 * it and the change that does it again. Text typed into a row ends the
 * steps that would put back an older copy of that row, so undo never
 * throws away typing.
 */
import type { PlanChange } from './types.ts';

export interface UndoStep {
  /** Applied to undo the operation. */
  undo: PlanChange;
  /** Applied to do it again. */
  redo: PlanChange;
  /** The row to focus after undo and after redo. */
  focusAfterUndo: string;
  focusAfterRedo: string;
  /** What the operation did, as announced ("Aktivitet borttagen."). */
  label: string;
}

export interface UndoHistory {
  past: readonly UndoStep[];
  future: readonly UndoStep[];
}

/** Enough for a working session; the oldest steps fall off. */
export const UNDO_LIMIT = 100;

export const emptyHistory: UndoHistory = { past: [], future: [] };

export function touchedIds(change: PlanChange): Set<string> {
  return new Set([
    ...change.put.strategies.map((s) => s.id),
    ...change.put.tactics.map((t) => t.id),
    ...change.put.activities.map((a) => a.id),
    ...change.remove.strategies,
    ...change.remove.tactics,
    ...change.remove.activities,
  ]);
}

const touches = (step: UndoStep, id: string): boolean => touchedIds(step.undo).has(id) || touchedIds(step.redo).has(id);

/** A new operation: it can be undone, and what was undone before can no longer be redone. */
export function recordStep(history: UndoHistory, step: UndoStep): UndoHistory {
  return { past: [...history.past, step].slice(-UNDO_LIMIT), future: [] };
}

/**
 * The user edited a row's text or details: steps that would write an older
 * copy of that row (and every step before them, which they depend on) are
 * dropped, and nothing can be redone.
 */
export function afterEdit(history: UndoHistory, id: string): UndoHistory {
  let newest = -1;
  history.past.forEach((step, index) => {
    if (touches(step, id)) newest = index;
  });
  if (newest === -1 && history.future.length === 0) return history;
  return { past: history.past.slice(newest + 1), future: [] };
}

export function takeUndo(history: UndoHistory): { step: UndoStep; history: UndoHistory } | null {
  const step = history.past.at(-1);
  if (!step) return null;
  return { step, history: { past: history.past.slice(0, -1), future: [...history.future, step] } };
}

export function takeRedo(history: UndoHistory): { step: UndoStep; history: UndoHistory } | null {
  const step = history.future.at(-1);
  if (!step) return null;
  return { step, history: { past: [...history.past, step], future: history.future.slice(0, -1) } };
}
