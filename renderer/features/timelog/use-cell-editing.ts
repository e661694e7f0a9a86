/**
 * The week grid's open cell editor. A refused value open in a cell is unsaved input: remembered
 * across view switches (the editor opens again on its cell with the message), counted by the save
 * indicator, and leaving the page asks first.
 */
import { useCallback, useRef, useState, type RefObject } from 'react';
import type { WeekGrid } from '#shared/timelog/week-grid.ts';
import { draftFor, dropDraft, keepDraft } from '../../ui/drafts.ts';
import type { Editing } from './WeekGridRow.tsx';

type EditingUpdate = Editing | null | ((current: Editing | null) => Editing | null);

function rememberedEditing(key: string, grid: WeekGrid): Editing | null {
  const remembered = draftFor(key);
  if (remembered === undefined) return null;
  const editing = JSON.parse(remembered) as Editing;
  return grid.rows.some((row) => row.id === editing.rowId) ? editing : null;
}

/** The editor (or null), a ref that is current between renders, and the setter that remembers a refused value. */
export function useCellEditing(grid: WeekGrid): [Editing | null, RefObject<Editing | null>, (next: EditingUpdate) => void] {
  const draftKey = `week-grid:${grid.days[0] ?? ''}`;
  const [editing, setEditingState] = useState<Editing | null>(() => rememberedEditing(draftKey, grid));
  const editingRef = useRef<Editing | null>(editing);
  const setEditing = useCallback(
    (next: EditingUpdate) => {
      const value = typeof next === 'function' ? next(editingRef.current) : next;
      editingRef.current = value;
      setEditingState(value);
      if (value?.problem) keepDraft(draftKey, JSON.stringify(value));
      else dropDraft(draftKey);
    },
    [draftKey],
  );
  return [editing, editingRef, setEditing];
}
