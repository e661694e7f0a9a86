/**
 * Values typed into week cells that the live query has not brought back yet. A typed value shows
 * until its save is stored and a grid read after that arrives: a grid from a read that started
 * earlier (another cell's save) may not have it yet, and showing that grid's value would flicker.
 */
import { useLayoutEffect, useMemo, useRef, useState } from 'react';
import type { WeekGrid } from '#shared/timelog/week-grid.ts';

interface PendingValue {
  minutes: number;
  /** Which save it is, so an earlier save of the same cell does not settle a later one. */
  seq: number;
  /** The grid shown when the save was stored; null while it is being stored. */
  storedOn: WeekGrid | null;
}

export const cellKey = (rowId: string, day: number) => `${rowId}#${day}`;

export interface PendingCells {
  /** Minutes to show instead of the grid's, by cell key. */
  values: ReadonlyMap<string, number>;
  /** The same per row (by day), so a row's props change only when its own values do. */
  byRow: ReadonlyMap<string, ReadonlyMap<number, number>>;
  /** A save of `minutes` into the cell begins; returns the save's number for `settle`. */
  begin: (key: string, minutes: number) => number;
  /** The save ended: stored (the next grid read has it) or not (the stored value shows again). */
  settle: (key: string, seq: number, stored: boolean) => void;
}

export function usePendingCells(grid: WeekGrid): PendingCells {
  const [pending, setPending] = useState<ReadonlyMap<string, PendingValue>>(() => new Map());
  const gridRef = useRef(grid);
  const saveSeq = useRef(0);
  useLayoutEffect(() => {
    gridRef.current = grid;
  });

  const values = useMemo(() => {
    const shown = new Map<string, number>();
    for (const [key, value] of pending) if (value.storedOn === null || value.storedOn === grid) shown.set(key, value.minutes);
    return shown;
  }, [pending, grid]);

  const byRow = useMemo(() => {
    const rows = new Map<string, Map<number, number>>();
    for (const [key, minutes] of values) {
      const at = key.lastIndexOf('#');
      const rowId = key.slice(0, at);
      const days = rows.get(rowId) ?? new Map<number, number>();
      days.set(Number(key.slice(at + 1)), minutes);
      rows.set(rowId, days);
    }
    return rows;
  }, [values]);

  const actions = useMemo(
    () => ({
      begin: (key: string, minutes: number): number => {
        saveSeq.current += 1;
        const seq = saveSeq.current;
        setPending((p) => {
          // Values whose save has shown up in a later grid are done with.
          const next = new Map([...p].filter(([, value]) => value.storedOn === null || value.storedOn === gridRef.current));
          next.set(key, { minutes, seq, storedOn: null });
          return next;
        });
        return seq;
      },
      settle: (key: string, seq: number, stored: boolean): void => {
        setPending((p) => {
          const value = p.get(key);
          if (!value || value.seq !== seq) return p;
          const next = new Map(p);
          if (stored) next.set(key, { ...value, storedOn: gridRef.current });
          else next.delete(key);
          return next;
        });
      },
    }),
    [],
  );

  return { values, byRow, ...actions };
}
