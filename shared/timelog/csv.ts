/**
 * CSV for Excel in Sweden: `;` between fields, decimal comma, CRLF after every record, and a BOM so
 * Excel reads UTF-8. Returns a string; the caller encodes it as UTF-8.
 */
import type { TimeEntry } from '../domain/timelog.ts';
import { formatDuration } from './duration.ts';
import type { SummaryRow } from './summary.ts';
import { isoWeekOf } from './weeks.ts';

const bom = '\uFEFF';
const separator = ';';
const lineEnd = '\r\n';

/** A text cell, guarded against formula injection and quoted when needed. */
export function csvText(value: string): string {
  // A cell starting with = + - @ is run as a formula by Excel; a leading apostrophe keeps it text.
  const guarded = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return csvField(guarded);
}

/** A field quoted when it holds a separator, a quote, a line break or edge spaces; quotes are doubled. */
function csvField(value: string): string {
  return /[;"\r\n]|^\s|\s$/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}

function csvDocument(header: readonly string[], records: readonly string[][]): string {
  const lines = [header.map(csvText).join(separator), ...records.map((cells) => cells.join(separator))];
  return bom + lines.map((line) => line + lineEnd).join('');
}

/** Display names for the ids an entry refers to; undefined means unknown, and the id is shown instead. */
export interface EntryLookups {
  categoryName(id: string): string | undefined;
  goalAreaName(id: string): string | undefined;
  activityTitle(id: string): string | undefined;
  projectName(id: string): string | undefined;
}

function named(id: string | null, lookup: (id: string) => string | undefined): string {
  return id === null ? '' : (lookup(id) ?? id);
}

/** One record per entry, in the order given: Datum; Vecka; Timmar; Kategori; Målområde; Aktivitet; Projekt; Anteckning. */
export function entriesCsv(entries: readonly TimeEntry[], lookups: EntryLookups): string {
  const weekOfDate = new Map<string, number>();
  const records = entries.map((entry) => {
    let week = weekOfDate.get(entry.date);
    if (week === undefined) {
      week = isoWeekOf(entry.date).week;
      weekOfDate.set(entry.date, week);
    }
    return [
      csvText(entry.date),
      String(week),
      formatDuration(entry.minutes, 'hours'),
      csvText(named(entry.categoryId, (id) => lookups.categoryName(id))),
      csvText(named(entry.goalAreaId, (id) => lookups.goalAreaName(id))),
      csvText(named(entry.activityId, (id) => lookups.activityTitle(id))),
      csvText(named(entry.projectId, (id) => lookups.projectName(id))),
      csvText(entry.note),
    ];
  });
  return csvDocument(['Datum', 'Vecka', 'Timmar', 'Kategori', 'Målområde', 'Aktivitet', 'Projekt', 'Anteckning'], records);
}

/** A category and its display name, in the order the export lists them. */
export interface CategoryName {
  id: string;
  name: string;
}

/**
 * From weekly summary rows (`summarise` with period `'week'`), one record per week and category: År; Vecka; Från; Kategori; Timmar. Every named category gets a
 * record each week (0 when empty) so pivot tables see them all; other categories with time follow by id.
 */
export function weeklySummaryCsv(summaryRows: readonly SummaryRow[], categoryNames: readonly CategoryName[]): string {
  const named = new Set(categoryNames.map((c) => c.id));
  const records: string[][] = [];
  for (const row of summaryRows) {
    const week = String(isoWeekOf(row.from).week);
    const others = Object.keys(row.minutesByCategory)
      .filter((id) => !named.has(id))
      .sort()
      .map((id) => ({ id, name: id }));
    for (const category of [...categoryNames, ...others]) {
      // hasOwn: a category id such as `toString` must not read the object's prototype.
      const minutes = Object.hasOwn(row.minutesByCategory, category.id) ? (row.minutesByCategory[category.id] ?? 0) : 0;
      records.push([String(row.year), week, csvText(row.from), csvText(category.name), formatDuration(minutes, 'hours')]);
    }
  }
  return csvDocument(['År', 'Vecka', 'Från', 'Kategori', 'Timmar'], records);
}
