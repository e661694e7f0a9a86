/**
 * The week grid in the database: a cell's typed hours become entries (shared/timelog/week-grid.ts
 * says how), stored through the entries' checks; rows without hours are kept per week
 * (week-rows.ts).
 */
import { newId } from '../../db/new-id.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import type { Clock } from '#shared/timelog/entry-rules.ts';
import type { EntryFields } from '#shared/timelog/fields.ts';
import { refused, type Refused, type TimelogProblem } from '#shared/timelog/problems.ts';
import { cellMinutes, planCellChange, rowKeyId, rowKeyOf, sameRow, type CellChange, type RowKey } from '#shared/timelog/week-grid.ts';
import { previousWeek, weekKey, weekRange, type IsoWeek } from '#shared/timelog/weeks.ts';
import { defineSaveOperation } from '../../saving/save-operation.ts';
import { db } from '../../db/database.ts';
import { entryProblems, entryTables, rowKeyProblems, systemClock } from './entry-repository.ts';
import { browserWeekRowStore, type WeekRowStore } from './week-rows.ts';

export type CellWrite = { ok: true; change: CellChange['kind']; removed: TimeEntry[] } | Refused;

/**
 * Sets a cell (a date in a row) to a typed value; see planCellChange for what happens to the
 * entries it sums. `removed` holds the entries a clear or merge took away, for *Ångra*.
 */
export async function setCell(date: string, row: RowKey, text: string, now: Clock = systemClock): Promise<CellWrite> {
  const parsed = cellMinutes(text);
  if (!parsed.ok) return refused(parsed.problem);
  const database = db();
  return database.transaction('rw', entryTables(), async (): Promise<CellWrite> => {
    const matching = (await database.timeEntries.where('date').equals(date).toArray()).filter((e) => sameRow(e, row));
    const change = planCellChange(matching, parsed.minutes);
    if (change.kind === 'none') return { ok: true, change: 'none', removed: [] };
    if (change.kind === 'clear') {
      await database.timeEntries.bulkDelete(change.removeIds);
      return { ok: true, change: 'clear', removed: matching };
    }
    const first = matching[0];
    const note = change.kind === 'merge' ? change.note : (first?.note ?? '');
    const fields: EntryFields = { ...rowKeyOf(row), date, minutes: change.minutes, note };
    const problems = await entryProblems(fields, { now: now(), requireActiveCategory: change.kind === 'add', replacing: matching.map((e) => e.id) });
    // A merged note that is too long is the cell's problem: the user typed hours, not a note.
    const shown = problems.map((p): TimelogProblem => (p.field === 'note' ? { field: 'duration', code: 'mergedNoteTooLong' } : p));
    if (shown.length > 0) return refused(...shown);
    if (change.kind === 'add') {
      await database.timeEntries.add({ id: newId(), ...fields });
      return { ok: true, change: 'add', removed: [] };
    }
    const keepId = change.kind === 'merge' ? change.keepId : change.entryId;
    await database.timeEntries.update(keepId, { minutes: change.minutes, note });
    if (change.kind === 'merge') await database.timeEntries.bulkDelete(change.removeIds);
    return { ok: true, change: change.kind, removed: change.kind === 'merge' ? matching : [] };
  });
}

/**
 * A week cell as a journaled operation (see saving/autosave.ts journaledWrite): a reload right after
 * Enter replays it at the next start. One refused by then (the day filled up meanwhile) is dropped.
 */
export const cellEdit = defineSaveOperation('timelog.setCell', async (date: string, row: RowKey, text: string) => {
  const result = await setCell(date, row, text);
  return result.ok ? 'applied' : 'gone';
});

export type RowAdd = { ok: true; added: boolean } | Refused;

/** *Lägg till rad*: an empty row in the week's grid (added: false when the week already shows it). */
export async function addWeekRow(week: IsoWeek, row: RowKey, store: WeekRowStore = browserWeekRowStore): Promise<RowAdd> {
  const database = db();
  const [monday, sunday] = weekRange(week);
  const key = rowKeyOf(row);
  const result = await database.transaction('r', entryTables(), async () => {
    const problems = await rowKeyProblems(key, true);
    if (problems.length > 0) return refused(...problems);
    const entries = await database.timeEntries.where('date').between(monday, sunday, true, true).toArray();
    return { ok: true as const, shown: entries.some((e) => sameRow(e, key)) };
  });
  if (!result.ok) return result;
  const stored = store.read(weekKey(week));
  if (result.shown || stored.some((r) => sameRow(r, key))) return { ok: true, added: false };
  store.write(weekKey(week), [...stored, key]);
  return { ok: true, added: true };
}

export interface RowsCopy {
  /** Rows added to this week, in the order they were found. */
  added: RowKey[];
  /** Rows left out: their category is archived or gone, or a linked record is gone. */
  skipped: number;
}

/** *Kopiera förra veckans rader*: the previous week's rows (not their hours) into this week's grid. */
export async function copyPreviousWeekRows(week: IsoWeek, store: WeekRowStore = browserWeekRowStore): Promise<RowsCopy> {
  const database = db();
  const previous = previousWeek(week);
  const [previousMonday, previousSunday] = weekRange(previous);
  const [monday, sunday] = weekRange(week);
  const copy = await database.transaction('r', entryTables(), async (): Promise<RowsCopy> => {
    const [before, current] = await Promise.all([
      database.timeEntries.where('date').between(previousMonday, previousSunday, true, true).toArray(),
      database.timeEntries.where('date').between(monday, sunday, true, true).toArray(),
    ]);
    const seen = new Set([...current, ...store.read(weekKey(week))].map((r) => rowKeyId(r)));
    const added: RowKey[] = [];
    let skipped = 0;
    for (const candidate of [...before, ...store.read(weekKey(previous))]) {
      const key = rowKeyOf(candidate);
      const id = rowKeyId(key);
      if (seen.has(id)) continue;
      seen.add(id);
      if ((await rowKeyProblems(key, true)).length > 0) skipped += 1;
      else added.push(key);
    }
    return { added, skipped };
  });
  if (copy.added.length > 0) store.write(weekKey(week), [...store.read(weekKey(week)), ...copy.added]);
  return copy;
}

/** Keeps an emptied row on screen (its last cell was cleared) until the user removes empty rows. */
export function keepWeekRow(week: IsoWeek, row: RowKey, store: WeekRowStore = browserWeekRowStore): void {
  const stored = store.read(weekKey(week));
  if (!stored.some((r) => sameRow(r, row))) store.write(weekKey(week), [...stored, rowKeyOf(row)]);
}

/** *Ta bort tomma rader*: rows with hours come from their entries, so forgetting the added rows removes just the empty ones. */
export function removeEmptyWeekRows(week: IsoWeek, store: WeekRowStore = browserWeekRowStore): void {
  store.write(weekKey(week), []);
}
