/**
 * The week grid's model: rows are "row keys" (a category plus the optional goal area, plan
 * activity and project an entry is linked to), columns the seven days, a cell the sum of the
 * matching entries. Pure, so the cell rules are tested without a database.
 */
import type { TimeEntry } from '../domain/timelog.ts';
import { parseDuration } from './duration.ts';
import type { TimelogProblem } from './problems.ts';

/** What makes entries belong to the same grid row. */
export interface RowKey {
  categoryId: string;
  goalAreaId: string | null;
  activityId: string | null;
  projectId: string | null;
}

/** Just the row-key fields of an entry, timer or draft. */
export function rowKeyOf(source: RowKey): RowKey {
  return { categoryId: source.categoryId, goalAreaId: source.goalAreaId, activityId: source.activityId, projectId: source.projectId };
}

/** A stable text id for a row key; JSON, because record ids may hold any character. */
export function rowKeyId(key: RowKey): string {
  return JSON.stringify([key.categoryId, key.goalAreaId, key.activityId, key.projectId]);
}

export function sameRow(a: RowKey, b: RowKey): boolean {
  return a.categoryId === b.categoryId && a.goalAreaId === b.goalAreaId && a.activityId === b.activityId && a.projectId === b.projectId;
}

export interface WeekGridCell {
  date: string;
  minutes: number;
  /** How many entries the cell sums; more than one is merged by an edit (see planCellChange). */
  entryCount: number;
}

export interface WeekGridRow {
  id: string;
  key: RowKey;
  cells: WeekGridCell[];
  totalMinutes: number;
}

export interface WeekGrid {
  days: string[];
  rows: WeekGridRow[];
  dayTotals: number[];
  totalMinutes: number;
}

/**
 * The grid for a week: one row per row key found in the week's entries or added by the user
 * (extraRows), sorted by `compare`. Entries outside `days` are left out.
 */
export function buildWeekGrid(days: readonly string[], entries: readonly TimeEntry[], extraRows: readonly RowKey[], compare: (a: RowKey, b: RowKey) => number): WeekGrid {
  const dayIndex = new Map(days.map((day, i) => [day, i]));
  const rows = new Map<string, WeekGridRow>();
  const rowFor = (key: RowKey): WeekGridRow => {
    const id = rowKeyId(key);
    let row = rows.get(id);
    if (!row) {
      row = { id, key: rowKeyOf(key), cells: days.map((date) => ({ date, minutes: 0, entryCount: 0 })), totalMinutes: 0 };
      rows.set(id, row);
    }
    return row;
  };
  const dayTotals = days.map(() => 0);
  let totalMinutes = 0;
  for (const entry of entries) {
    const index = dayIndex.get(entry.date);
    if (index === undefined) continue;
    const row = rowFor(entry);
    const cell = row.cells[index];
    if (!cell) continue;
    cell.minutes += entry.minutes;
    cell.entryCount += 1;
    row.totalMinutes += entry.minutes;
    dayTotals[index] = (dayTotals[index] ?? 0) + entry.minutes;
    totalMinutes += entry.minutes;
  }
  for (const key of extraRows) rowFor(key);
  const sorted = [...rows.values()].sort((a, b) => compare(a.key, b.key) || a.id.localeCompare(b.id));
  return { days: [...days], rows: sorted, dayTotals, totalMinutes };
}

/**
 * What typing a value into a cell does to the entries it sums:
 * - no entry: one is added;
 * - one entry: its minutes change;
 * - several: they are merged into the first (its id, date and links kept), holding the new value
 *   and every distinct note on a line of its own. Merging rather than nudging one of them keeps
 *   the result predictable: the cell then holds exactly one entry with exactly the typed value.
 * - null (empty or 0): every matching entry is removed.
 * A value equal to the current sum changes nothing, so several entries are not merged by accident.
 */
export type CellChange =
  | { kind: 'none' }
  | { kind: 'add'; minutes: number }
  | { kind: 'update'; entryId: string; minutes: number }
  | { kind: 'merge'; keepId: string; removeIds: string[]; minutes: number; note: string }
  | { kind: 'clear'; removeIds: string[] };

export function planCellChange(matching: readonly TimeEntry[], minutes: number | null): CellChange {
  const current = matching.reduce((sum, entry) => sum + entry.minutes, 0);
  if (minutes === null) return matching.length === 0 ? { kind: 'none' } : { kind: 'clear', removeIds: matching.map((e) => e.id) };
  if (minutes === current && matching.length > 0) return { kind: 'none' };
  const [first, ...rest] = matching;
  if (!first) return { kind: 'add', minutes };
  if (rest.length === 0) return { kind: 'update', entryId: first.id, minutes };
  const notes = [...new Set(matching.map((e) => e.note.trim()).filter((n) => n !== ''))];
  return { kind: 'merge', keepId: first.id, removeIds: rest.map((e) => e.id), minutes, note: notes.join('\n') };
}

/** A cell's text as minutes: empty or 0 clears the cell (null), anything else goes through parseDuration. */
export function cellMinutes(text: string): { ok: true; minutes: number | null } | { ok: false; problem: TimelogProblem } {
  if (text.trim() === '') return { ok: true, minutes: null };
  const parsed = parseDuration(text);
  if (parsed.ok) return { ok: true, minutes: parsed.minutes };
  if (parsed.code === 'zero') return { ok: true, minutes: null };
  return { ok: false, problem: { field: 'duration', code: parsed.code, text } };
}
