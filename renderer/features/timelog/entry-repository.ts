/**
 * Time entries in the database. Every write is checked (shared/timelog/entry-rules.ts) inside the
 * read-write transaction that stores it, so another tab cannot slip a change in between; a refused
 * write stores nothing and says why. A new entry needs an existing, not archived category (an
 * existing entry keeps its archived one); linked goal areas, activities and projects must exist.
 * The week grid's and the timer's repositories store entries through the same checks.
 */
import { newId } from '../../db/new-id.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { dateProblem, dayFullProblem, entryFieldsOf, noteProblem, withDurationProblem, type Clock, type EntryDraft } from '#shared/timelog/entry-rules.ts';
import type { EntryFields } from '#shared/timelog/fields.ts';
import { refused, type Refused, type TimelogProblem } from '#shared/timelog/problems.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';
import { db } from '../../db/database.ts';

export const systemClock: Clock = () => new Date();


/** The tables an entry's checks read (the grid's and the timer's repositories write within them too). */
export function entryTables() {
  const database = db();
  return [database.timeEntries, database.timeCategories, database.goalAreas, database.activities, database.projects];
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

async function minutesOnDay(date: string, except: readonly string[] = []): Promise<number> {
  const entries = await db().timeEntries.where('date').equals(date).toArray();
  return entries.reduce((sum, entry) => (except.includes(entry.id) ? sum : sum + entry.minutes), 0);
}

/** Inside a transaction over entryTables(): everything wrong with storing these fields. */
export async function entryProblems(fields: EntryFields, options: CheckOptions): Promise<TimelogProblem[]> {
  const date = dateProblem(fields.date, options.now);
  const problems = [...(date ? [date] : []), ...(await rowKeyProblems(fields, options.requireActiveCategory))];
  const note = noteProblem(fields.note);
  if (note) problems.push(note);
  if (!date) {
    const dayFull = dayFullProblem(fields.date, await minutesOnDay(fields.date, options.replacing), fields.minutes);
    if (dayFull) problems.push(dayFull);
  }
  return problems;
}

export type EntryWrite = { ok: true; entry: TimeEntry } | Refused;

export async function addEntry(draft: EntryDraft, now: Clock = systemClock): Promise<EntryWrite> {
  const database = db();
  const { fields, durationProblem } = entryFieldsOf(draft);
  return database.transaction('rw', entryTables(), async (): Promise<EntryWrite> => {
    const problems = withDurationProblem(durationProblem, await entryProblems(fields, { now: now(), requireActiveCategory: true, replacing: [] }));
    if (problems.length > 0) return refused(...problems);
    const entry: TimeEntry = { id: newId(), ...fields };
    await database.timeEntries.add(entry);
    return { ok: true, entry };
  });
}

export async function updateEntry(id: string, draft: EntryDraft, now: Clock = systemClock): Promise<EntryWrite> {
  const database = db();
  const { fields, durationProblem } = entryFieldsOf(draft);
  return database.transaction('rw', entryTables(), async (): Promise<EntryWrite> => {
    const current = await database.timeEntries.get(id);
    if (!current) return refused({ field: 'entry', code: 'notFound' });
    const options = { now: now(), requireActiveCategory: fields.categoryId !== current.categoryId, replacing: [id] };
    const problems = withDurationProblem(durationProblem, await entryProblems(fields, options));
    if (problems.length > 0) return refused(...problems);
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
      const dayFull = dayFullProblem(date, await minutesOnDay(date, entries.map((e) => e.id)), minutes);
      if (dayFull) return refused(dayFull);
    }
    await database.timeEntries.bulkPut([...entries]);
    return { ok: true };
  });
}
