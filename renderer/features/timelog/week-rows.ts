/**
 * Rows a week's grid shows before any hours are in them ("Lägg till rad", "Kopiera förra veckans
 * rader"). A row with hours is found from its entries; an empty one has no record in the
 * workbook's tables, so its key is kept per week in localStorage (ids only, no personal data).
 * Losing it loses nothing but an empty row.
 */
import { useMemo, useSyncExternalStore } from 'react';
import { rowKeyId, type RowKey } from '#shared/timelog/week-grid.ts';

export interface WeekRowStore {
  read(weekKey: string): RowKey[];
  write(weekKey: string, rows: readonly RowKey[]): void;
}

const PREFIX = 'moa.timelog.weekRows.';

function isRowKey(value: unknown): value is RowKey {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  const idOrNull = (x: unknown) => x === null || (typeof x === 'string' && x !== '');
  return typeof v.categoryId === 'string' && v.categoryId !== '' && idOrNull(v.goalAreaId) && idOrNull(v.activityId) && idOrNull(v.projectId);
}

/** Parses a stored list, dropping anything that is not a row key (an older or hand-edited value must not break the grid). */
export function parseRows(text: string | null): RowKey[] {
  if (text === null) return [];
  try {
    const parsed: unknown = JSON.parse(text);
    return Array.isArray(parsed) ? parsed.filter(isRowKey) : [];
  } catch {
    return [];
  }
}

const listeners = new Set<() => void>();
const notify = () => {
  for (const listener of listeners) listener();
};

/** The store the app uses: localStorage, shared by the app's tabs. */
export const browserWeekRowStore: WeekRowStore = {
  read: (weekKey) => parseRows(localStorage.getItem(PREFIX + weekKey)),
  write: (weekKey, rows) => {
    const unique = [...new Map(rows.map((row) => [rowKeyId(row), row])).values()];
    if (unique.length === 0) localStorage.removeItem(PREFIX + weekKey);
    else localStorage.setItem(PREFIX + weekKey, JSON.stringify(unique));
    notify();
  },
};

/** A store in memory, for tests. */
export function memoryWeekRowStore(): WeekRowStore {
  const rows = new Map<string, RowKey[]>();
  return {
    read: (weekKey) => [...(rows.get(weekKey) ?? [])],
    write: (weekKey, next) => {
      rows.set(weekKey, [...new Map(next.map((row) => [rowKeyId(row), row])).values()]);
    },
  };
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  // Another tab's change arrives as a storage event.
  const onStorage = (event: StorageEvent) => {
    if (event.key === null || event.key.startsWith(PREFIX)) listener();
  };
  window.addEventListener('storage', onStorage);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', onStorage);
  };
}

/** The week's extra rows, live across this app's tabs. */
export function useWeekRows(weekKey: string): RowKey[] {
  // The snapshot must be stable between changes: the stored text is, and it is parsed again only when it changes.
  const text = useSyncExternalStore(subscribe, () => localStorage.getItem(PREFIX + weekKey));
  return useMemo(() => parseRows(text), [text]);
}
