/**
 * The time log in the database: categories, entries and the week grid's cells. Every write is
 * checked inside the read-write transaction that stores it, so another tab cannot slip a change
 * in between; a refused write stores nothing and says why (timelog-problems.ts).
 *
 * Rules: a duration is read with parseDuration; a day holds at most 24 hours over all its
 * entries; a date may lie at most 31 days ahead; a new entry needs an existing, not archived
 * category (an existing entry keeps its archived one); linked goal areas, activities and
 * projects must exist.
 */
import { addDays } from 'date-fns';
import { isoDateSchema } from '../../../shared/domain/common.ts';
import { defaultTimeCategories, TIMER_ID, type TimeCategory, type TimeEntry } from '../../../shared/domain/timelog.ts';
import { parseDuration } from '../../../shared/timelog/duration.ts';
import { previousWeek, toDate, toIsoDate, weekDays, weekKey, type IsoWeek } from '../../../shared/timelog/weeks.ts';
import { defineSaveOperation } from '../../saving/save-operation.ts';
import { localToday } from '../../ui/today.ts';
import { db } from '../../db/database.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { refused, type Refused, type TimelogProblem } from './timelog-problems.ts';
import { planCellChange, rowKeyId, rowKeyOf, sameRow, type CellChange, type RowKey } from './week-grid.ts';
import { browserWeekRowStore, type WeekRowStore } from './week-rows.ts';

/** The clock, injected so tests control "today" and the timer. */
export type Clock = () => Date;
export const systemClock: Clock = () => new Date();

export const newId = (): string => crypto.randomUUID();

/** How far ahead time may be logged (planned leave, a conference booked next month). */
export const MAX_DAYS_AHEAD = 31;
export const NOTE_MAX = 2000;
export const CATEGORY_NAME_MAX = 100;
const DAY_MINUTES = 24 * 60;

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

/** The tables an entry's checks read (the timer repository writes within them too). */
export function entryTables() {
  const database = db();
  return [database.timeEntries, database.timeCategories, database.goalAreas, database.activities, database.projects];
}

// --- categories ---------------------------------------------------------------------------

/**
 * Adds the first categories when there are none, in one transaction (two tabs opening at once add
 * them once): the active template's, or the fixed defaults when no template is stored.
 */
export async function ensureTimeCategories(): Promise<void> {
  const database = db();
  // Read before the transaction, so it locks the categories only; a template made active in between changes nothing that matters here.
  const templateCategories = (await activeTemplate())?.template.timeLog.categories;
  const first: readonly { id: string; name: string }[] = templateCategories && templateCategories.length > 0 ? templateCategories : defaultTimeCategories;
  await database.transaction('rw', database.timeCategories, async () => {
    if ((await database.timeCategories.count()) > 0) return;
    await database.timeCategories.bulkAdd(first.map((c, order) => ({ id: c.id, name: c.name, archived: false, order })));
  });
}

/**
 * The template categories a workbook lacks: a new id, and a name not already in use (the user's own
 * category by that name is the same thing; two with one name could not be told apart).
 */
export function templateCategoriesToAdd(offered: readonly { id: string; name: string }[], categories: readonly TimeCategory[]): { id: string; name: string }[] {
  const result: { id: string; name: string }[] = [];
  const taken = (name: string) => [...categories, ...result].some((c) => collator.compare(c.name, name) === 0);
  for (const { id, name } of offered) {
    if (categories.some((c) => c.id === id) || result.some((c) => c.id === id) || taken(name.trim())) continue;
    result.push({ id, name: name.trim() });
  }
  return result;
}

/** The active template's categories the workbook lacks, to offer them; none without a template. */
export async function missingTemplateCategories(): Promise<{ id: string; name: string }[]> {
  const [active, categories] = await Promise.all([activeTemplate(), db().timeCategories.toArray()]);
  // An empty workbook gets the template's categories from ensureTimeCategories; nothing to offer meanwhile.
  if (categories.length === 0) return [];
  return templateCategoriesToAdd(active?.template.timeLog.categories ?? [], categories);
}

/** Adds the active template's missing categories after the user's own, in one transaction; never removes or renames one. Returns the names added. */
export async function addTemplateCategories(): Promise<string[]> {
  const offered = (await activeTemplate())?.template.timeLog.categories ?? [];
  const database = db();
  return database.transaction('rw', database.timeCategories, async () => {
    const categories = await database.timeCategories.toArray();
    const first = Math.max(-1, ...categories.map((c) => c.order)) + 1;
    const added = templateCategoriesToAdd(offered, categories).map((c, i): TimeCategory => ({ ...c, archived: false, order: first + i }));
    await database.timeCategories.bulkAdd(added);
    return added.map((c) => c.name);
  });
}

export function sortCategories(categories: readonly TimeCategory[]): TimeCategory[] {
  return [...categories].sort((a, b) => a.order - b.order || collator.compare(a.name, b.name));
}

export async function listCategories(): Promise<TimeCategory[]> {
  return sortCategories(await db().timeCategories.toArray());
}

export type CategoryWrite = { ok: true; category: TimeCategory } | Refused;

function nameProblem(name: string, categories: readonly TimeCategory[], exceptId: string | null): TimelogProblem | null {
  if (name === '') return { field: 'name', code: 'required' };
  if (name.length > CATEGORY_NAME_MAX) return { field: 'name', code: 'tooLong', max: CATEGORY_NAME_MAX };
  const twin = categories.find((c) => c.id !== exceptId && collator.compare(c.name, name) === 0);
  return twin ? { field: 'name', code: 'duplicate', name: twin.name } : null;
}

export async function addCategory(name: string): Promise<CategoryWrite> {
  const database = db();
  const trimmed = name.trim();
  return database.transaction('rw', database.timeCategories, async (): Promise<CategoryWrite> => {
    const categories = await database.timeCategories.toArray();
    const problem = nameProblem(trimmed, categories, null);
    if (problem) return refused(problem);
    const category: TimeCategory = { id: newId(), name: trimmed, archived: false, order: Math.max(-1, ...categories.map((c) => c.order)) + 1 };
    await database.timeCategories.add(category);
    return { ok: true, category };
  });
}

async function changeCategory(id: string, change: (category: TimeCategory, all: TimeCategory[]) => TimeCategory | TimelogProblem): Promise<CategoryWrite> {
  const database = db();
  return database.transaction('rw', database.timeCategories, async (): Promise<CategoryWrite> => {
    const categories = await database.timeCategories.toArray();
    const current = categories.find((c) => c.id === id);
    if (!current) return refused({ field: 'category', code: 'notFound' });
    const next = change(current, categories);
    if ('field' in next) return refused(next);
    await database.timeCategories.put(next);
    return { ok: true, category: next };
  });
}

export function renameCategory(id: string, name: string): Promise<CategoryWrite> {
  const trimmed = name.trim();
  return changeCategory(id, (category, all) => nameProblem(trimmed, all, id) ?? { ...category, name: trimmed });
}

/** Archived categories keep their entries but are not offered for new ones. */
export function archiveCategory(id: string): Promise<CategoryWrite> {
  return changeCategory(id, (category) => ({ ...category, archived: true }));
}

export function unarchiveCategory(id: string): Promise<CategoryWrite> {
  return changeCategory(id, (category) => ({ ...category, archived: false }));
}

/** Deletes a category nothing uses; one with entries (or the running timer) is refused: archive it instead. */
export async function deleteCategory(id: string): Promise<{ ok: true } | Refused> {
  const database = db();
  return database.transaction('rw', [database.timeCategories, database.timeEntries, database.timer], async (): Promise<{ ok: true } | Refused> => {
    const category = await database.timeCategories.get(id);
    if (!category) return refused({ field: 'category', code: 'notFound' });
    const count = await database.timeEntries.where('categoryId').equals(id).count();
    const timer = await database.timer.get(TIMER_ID);
    if (count > 0 || timer?.categoryId === id) return refused({ field: 'category', code: 'inUse', name: category.name, count });
    await database.timeCategories.delete(id);
    return { ok: true };
  });
}

// --- checks ---------------------------------------------------------------------------------

/** The last date time may be logged for, `YYYY-MM-DD`. */
export function latestLoggableDate(now: Date): string {
  return toIsoDate(addDays(toDate(localToday(now)), MAX_DAYS_AHEAD));
}

export function dateProblem(date: string, now: Date): TimelogProblem | null {
  if (!isoDateSchema.safeParse(date).success) return { field: 'date', code: 'invalid', text: date };
  const latest = latestLoggableDate(now);
  return date > latest ? { field: 'date', code: 'tooFarAhead', date, latest } : null;
}

export interface EntryFields extends RowKey {
  date: string;
  minutes: number;
  note: string;
}

export interface CheckOptions {
  now: Date;
  /** A new entry (or a changed category) needs a category that is not archived. */
  requireActiveCategory: boolean;
  /** Entries replaced by this write: their minutes do not count towards the day. */
  replacing: readonly string[];
}

/** Inside a transaction over entryTables(): what is wrong with a row's category and links. */
export async function rowKeyProblems(row: RowKey, requireActiveCategory: boolean): Promise<TimelogProblem[]> {
  const database = db();
  const problems: TimelogProblem[] = [];
  if (row.categoryId === '') problems.push({ field: 'category', code: 'required' });
  else {
    const category = await database.timeCategories.get(row.categoryId);
    if (!category) problems.push({ field: 'category', code: 'notFound' });
    else if (category.archived && requireActiveCategory) problems.push({ field: 'category', code: 'archived', name: category.name });
  }
  if (row.goalAreaId !== null && !(await database.goalAreas.get(row.goalAreaId))) problems.push({ field: 'goalArea', code: 'notFound' });
  if (row.activityId !== null && !(await database.activities.get(row.activityId))) problems.push({ field: 'activity', code: 'notFound' });
  if (row.projectId !== null && !(await database.projects.get(row.projectId))) problems.push({ field: 'project', code: 'notFound' });
  return problems;
}

/** Inside a transaction over entryTables(): everything wrong with storing these fields. */
export async function entryProblems(fields: EntryFields, options: CheckOptions): Promise<TimelogProblem[]> {
  const date = dateProblem(fields.date, options.now);
  const problems = [...(date ? [date] : []), ...(await rowKeyProblems(fields, options.requireActiveCategory))];
  if (fields.note.length > NOTE_MAX) problems.push({ field: 'note', code: 'tooLong', max: NOTE_MAX });
  if (!date) {
    const otherMinutes = await minutesOnDay(fields.date, options.replacing);
    if (otherMinutes + fields.minutes > DAY_MINUTES) problems.push({ field: 'duration', code: 'dayFull', date: fields.date, otherMinutes });
  }
  return problems;
}

/** The first and last day of a week, for a range read on the date index. */
export function weekRange(week: IsoWeek): [string, string] {
  const days = weekDays(week.year, week.week);
  return [days[0] ?? '', days[6] ?? ''];
}

async function minutesOnDay(date: string, except: readonly string[] = []): Promise<number> {
  const entries = await db().timeEntries.where('date').equals(date).toArray();
  return entries.reduce((sum, entry) => (except.includes(entry.id) ? sum : sum + entry.minutes), 0);
}

// --- entries --------------------------------------------------------------------------------

/** An entry as typed in the day list's form: the duration as text (`1:30`, `1,5 h`, `90 min`). */
export interface EntryDraft extends RowKey {
  date: string;
  duration: string;
  note: string;
}

export type EntryWrite = { ok: true; entry: TimeEntry } | Refused;

function durationOf(text: string): { minutes: number; problem: null } | { minutes: 0; problem: TimelogProblem } {
  const parsed = parseDuration(text);
  return parsed.ok ? { minutes: parsed.minutes, problem: null } : { minutes: 0, problem: { field: 'duration', code: parsed.code, text } };
}

function fieldsOf(draft: EntryDraft, minutes: number): EntryFields {
  return { ...rowKeyOf(draft), date: draft.date, minutes, note: draft.note.trim() };
}

export async function addEntry(draft: EntryDraft, now: Clock = systemClock): Promise<EntryWrite> {
  const database = db();
  const duration = durationOf(draft.duration);
  const fields = fieldsOf(draft, duration.minutes);
  return database.transaction('rw', entryTables(), async (): Promise<EntryWrite> => {
    const problems = await entryProblems(fields, { now: now(), requireActiveCategory: true, replacing: [] });
    const all = duration.problem ? [duration.problem, ...problems.filter((p) => p.code !== 'dayFull')] : problems;
    if (all.length > 0) return refused(...all);
    const entry: TimeEntry = { id: newId(), ...fields };
    await database.timeEntries.add(entry);
    return { ok: true, entry };
  });
}

export async function updateEntry(id: string, draft: EntryDraft, now: Clock = systemClock): Promise<EntryWrite> {
  const database = db();
  const duration = durationOf(draft.duration);
  const fields = fieldsOf(draft, duration.minutes);
  return database.transaction('rw', entryTables(), async (): Promise<EntryWrite> => {
    const current = await database.timeEntries.get(id);
    if (!current) return refused({ field: 'entry', code: 'notFound' });
    const problems = await entryProblems(fields, { now: now(), requireActiveCategory: fields.categoryId !== current.categoryId, replacing: [id] });
    const all = duration.problem ? [duration.problem, ...problems.filter((p) => p.code !== 'dayFull')] : problems;
    if (all.length > 0) return refused(...all);
    const entry: TimeEntry = { id, ...fields };
    await database.timeEntries.put(entry);
    return { ok: true, entry };
  });
}

export async function deleteEntry(id: string): Promise<{ ok: true; entry: TimeEntry } | Refused> {
  const database = db();
  return database.transaction('rw', database.timeEntries, async (): Promise<{ ok: true; entry: TimeEntry } | Refused> => {
    const entry = await database.timeEntries.get(id);
    if (!entry) return refused({ field: 'entry', code: 'notFound' });
    await database.timeEntries.delete(id);
    return { ok: true, entry };
  });
}

/** *Ångra*: puts removed entries back, unless their days have filled up meanwhile (then none is restored). */
export async function restoreEntries(entries: readonly TimeEntry[]): Promise<{ ok: true } | Refused> {
  const database = db();
  return database.transaction('rw', database.timeEntries, async (): Promise<{ ok: true } | Refused> => {
    const added = new Map<string, number>();
    for (const entry of entries) added.set(entry.date, (added.get(entry.date) ?? 0) + entry.minutes);
    for (const [date, minutes] of added) {
      const otherMinutes = await minutesOnDay(date, entries.map((e) => e.id));
      if (otherMinutes + minutes > DAY_MINUTES) return refused({ field: 'duration', code: 'dayFull', date, otherMinutes });
    }
    await database.timeEntries.bulkPut([...entries]);
    return { ok: true };
  });
}

// --- the week grid --------------------------------------------------------------------------

export type CellWrite = { ok: true; change: CellChange['kind']; removed: TimeEntry[] } | Refused;

/** A cell's text as minutes: empty or 0 clears the cell (null), anything else goes through parseDuration. */
export function cellMinutes(text: string): { ok: true; minutes: number | null } | { ok: false; problem: TimelogProblem } {
  if (text.trim() === '') return { ok: true, minutes: null };
  const parsed = parseDuration(text);
  if (parsed.ok) return { ok: true, minutes: parsed.minutes };
  if (parsed.code === 'zero') return { ok: true, minutes: null };
  return { ok: false, problem: { field: 'duration', code: parsed.code, text } };
}

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
 * A week cell as a journaled operation (see app/autosave.ts journaledWrite): a reload right after
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
