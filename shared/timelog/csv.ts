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

/** The byte-order mark and the header line. */
function csvHeader(header: readonly string[]): string {
  return `${bom}${header.map(csvText).join(separator)}${lineEnd}`;
}

function csvDocument(header: readonly string[], records: readonly string[][]): string {
  return csvHeader(header) + records.map((cells) => cells.join(separator) + lineEnd).join('');
}

/** Display names for the ids an entry refers to; undefined means unknown, and the id is shown instead. */
export interface EntryLookups {
  categoryName(id: string): string | undefined;
  goalAreaName(id: string): string | undefined;
  activityTitle(id: string): string | undefined;
  projectName(id: string): string | undefined;
}

/** One record per entry, in the order given: Datum; Vecka; Timmar; Kategori; Målområde; Aktivitet; Projekt; Anteckning. */
export function entriesCsv(entries: readonly TimeEntry[], lookups: EntryLookups): string {
  // A year's 16 000 entries fall on a few hundred dates, a few dozen durations and a few thousand ids:
  // each date's two cells, each duration and each id's quoted name are made once, and the records are
  // appended to one string.
  const dateCells = new Map<string, string>();
  const hourCells = new Map<number, string>();
  const nameCells = (lookup: (id: string) => string | undefined) => {
    const cells = new Map<string, string>();
    return (id: string | null): string => {
      if (id === null) return '';
      let cell = cells.get(id);
      if (cell === undefined) {
        cell = csvText(lookup(id) ?? id);
        cells.set(id, cell);
      }
      return cell;
    };
  };
  const category = nameCells((id) => lookups.categoryName(id));
  const goalArea = nameCells((id) => lookups.goalAreaName(id));
  const activity = nameCells((id) => lookups.activityTitle(id));
  const project = nameCells((id) => lookups.projectName(id));
  let text = csvHeader(['Datum', 'Vecka', 'Timmar', 'Kategori', 'Målområde', 'Aktivitet', 'Projekt', 'Anteckning']);
  for (const entry of entries) {
    let dateCell = dateCells.get(entry.date);
    if (dateCell === undefined) {
      dateCell = `${csvText(entry.date)}${separator}${isoWeekOf(entry.date).week}`;
      dateCells.set(entry.date, dateCell);
    }
    let hours = hourCells.get(entry.minutes);
    if (hours === undefined) {
      hours = formatDuration(entry.minutes, 'hours');
      hourCells.set(entry.minutes, hours);
    }
    text += `${dateCell}${separator}${hours}${separator}${category(entry.categoryId)}${separator}${goalArea(entry.goalAreaId)}${separator}${activity(entry.activityId)}${separator}${project(entry.projectId)}${separator}${entry.note === '' ? '' : csvText(entry.note)}${lineEnd}`;
  }
  return text;
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
