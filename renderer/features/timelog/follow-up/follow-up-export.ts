/**
 * The two CSV files of the follow-up, built from the database: every entry of the range with
 * names looked up, and the weekly summary per category. Only the bytes are made here; saving goes
 * through the host (save-csv.ts).
 */
import { entriesCsv, weeklySummaryCsv, type EntryLookups } from '#shared/timelog/csv.ts';
import { summarise } from '#shared/timelog/summary.ts';
import { db } from '../../../db/database.ts';
import { categoryNameLookup, minutesPerCategory, moaCategoryId, projectCategoryIds } from '#shared/timelog/follow-up.ts';
import { followUpCategories } from './follow-up-categories.ts';
import { entriesBetween, listTimeCategories, measures } from './follow-up-data.ts';
import { entriesFileName, entriesRange, weeklyFileName, weeklyRange, type FollowUpScope } from '#shared/timelog/follow-up-range.ts';
import { listMandates } from './mandate-repository.ts';
import { activityTitles } from '../../activities/activity-queries.ts';

export const CSV_MIME = 'text/csv;charset=utf-8';

export interface CsvFile {
  name: string;
  /** UTF-8, starting with the byte-order mark Excel needs. */
  bytes: Uint8Array;
  /** Records after the header. */
  records: number;
  /** What the file holds, for the export log: `Tidlogg, poster 2026-01-01 – 2026-12-31`. */
  subject: string;
}

/**
 * Names for the ids the entries use. The small tables are read whole (one request each, where
 * fetching thousands of ids would be a request each). Activity titles come from the activity
 * rows kept in memory and followed after every change (activities/activity-queries.ts), so an
 * export after the first reads no activities at all. Nothing here depends on the entries, so it
 * runs alongside their read.
 */
async function entryLookups(): Promise<EntryLookups> {
  const database = db();
  const [categories, goalAreas, projects, activityTitleMap] = await Promise.all([listTimeCategories(), database.goalAreas.toArray(), database.projects.toArray(), activityTitles()]);
  const goalAreaNames = new Map(goalAreas.map((g) => [g.id, g.name]));
  const projectNames = new Map(projects.map((p) => [p.id, p.title]));
  return {
    categoryName: categoryNameLookup(categories),
    goalAreaName: (id) => goalAreaNames.get(id),
    activityTitle: (id) => activityTitleMap.get(id),
    projectName: (id) => projectNames.get(id),
  };
}

const encoder = new TextEncoder();

/** Every entry of the chosen range (the calendar year, or the custom range), in date order. */
export async function entriesCsvFile(scope: FollowUpScope): Promise<CsvFile> {
  const range = entriesRange(scope);
  const [entries, lookups] = await Promise.all([entriesBetween(range, measures.csvRead), entryLookups()]);
  return { name: entriesFileName(range), bytes: encoder.encode(entriesCsv(entries, lookups)), records: entries.length, subject: `Tidlogg, poster ${range.from} – ${range.to}` };
}

/** Hours per ISO week and category: the weeks of the chosen year, or of the custom range. */
export async function weeklyCsvFile(scope: FollowUpScope): Promise<CsvFile> {
  const range = weeklyRange(scope);
  const [entries, mandates, stored] = await Promise.all([entriesBetween(range, measures.csvRead), listMandates(), listTimeCategories()]);
  const rows = summarise(entries, { period: 'week', ...range, mandates, moaCategoryId, projectCategoryIds });
  const categories = followUpCategories(stored, minutesPerCategory(rows));
  const csv = weeklySummaryCsv(rows, categories.map((c) => ({ id: c.id, name: c.name })));
  return { name: weeklyFileName(scope), bytes: encoder.encode(csv), records: rows.length * categories.length, subject: `Tidlogg, veckosammanställning ${range.from} – ${range.to}` };
}
