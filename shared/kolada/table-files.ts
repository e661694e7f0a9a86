/**
 * A table file's rows: CSV (any of ; , tab or | as separator, UTF-8 or the Windows-1252 that
 * Excel in Swedish saves) with Papa Parse, and .xlsx (the first sheet) with read-excel-file,
 * after our own zip reader has checked the package (entry count, sizes, compression ratio)
 * so that a zip bomb is refused before the library inflates anything.
 */
import Papa from 'papaparse';
import { readSheet } from 'read-excel-file/universal';
import { formatInteger } from '../format.ts';
import { looksLikeZip, openZip } from '../templates/safe-zip.ts';
import type { ZipLimits } from '../templates/limits.ts';
import type { TableCell } from './kolada-table.ts';

const MiB = 1024 * 1024;
export const tableFileLimits = {
  maxFileBytes: 64 * MiB,
  maxRows: 1_000_000,
  zip: { maxEntries: 2000, maxEntryBytes: 256 * MiB, maxTotalBytes: 512 * MiB, maxRatio: 200, ratioFloorBytes: MiB } satisfies ZipLimits,
} as const;

export type TableRows = { ok: true; rows: TableCell[][] } | { ok: false; problem: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const windows1252 = new TextDecoder('windows-1252');

/** The text of a CSV file: UTF-8 (with or without BOM), else Windows-1252. */
export function csvText(bytes: Uint8Array): string {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return utf8.decode(body);
  } catch {
    return windows1252.decode(body);
  }
}

const separators = [';', '\t', ',', '|'] as const;

/**
 * The separator that splits the most of the first 50 lines into the same number of fields (two
 * or more). Papa Parse's own guess was misled by decimal commas ("80,3;79,1") and by a title
 * line above the table; on a tie the order above decides (semicolon first, as Swedish Excel).
 */
export function guessSeparator(text: string): string {
  let best: { separator: string; rows: number } = { separator: ';', rows: 0 };
  for (const separator of separators) {
    const { data } = Papa.parse<string[]>(text, { delimiter: separator, preview: 50, skipEmptyLines: true });
    const counts = new Map<number, number>();
    for (const row of data) if (row.length > 1) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
    const rows = Math.max(0, ...counts.values());
    if (rows > best.rows) best = { separator, rows };
  }
  return best.separator;
}

export function tableRowsFromCsv(name: string, bytes: Uint8Array): TableRows {
  if (bytes.byteLength > tableFileLimits.maxFileBytes) return { ok: false, problem: `«${name}»: filen är för stor (högst ${formatInteger(tableFileLimits.maxFileBytes / MiB)} MB).` };
  const text = csvText(bytes);
  if (text.trim() === '') return { ok: false, problem: `«${name}»: filen är tom.` };
  const parsed = Papa.parse<string[]>(text, { delimiter: guessSeparator(text), skipEmptyLines: false });
  const fatal = parsed.errors.find((error) => error.type === 'Quotes');
  if (fatal) return { ok: false, problem: `«${name}»: rad ${formatInteger((fatal.row ?? 0) + 1)} har ett citattecken som aldrig avslutas; spara tabellen som CSV igen.` };
  if (parsed.data.length > tableFileLimits.maxRows) return { ok: false, problem: `«${name}»: tabellen har fler än ${formatInteger(tableFileLimits.maxRows)} rader.` };
  return { ok: true, rows: parsed.data };
}

export async function tableRowsFromXlsx(name: string, bytes: Uint8Array): Promise<TableRows> {
  const refuse = (problem: string): TableRows => ({ ok: false, problem: `«${name}»: ${problem}` });
  if (bytes.byteLength > tableFileLimits.maxFileBytes) return refuse(`filen är för stor (högst ${formatInteger(tableFileLimits.maxFileBytes / MiB)} MB).`);
  if (!looksLikeZip(bytes)) return refuse('filen är ingen Excel-arbetsbok (.xlsx). Spara den som .xlsx eller .csv och försök igen.');
  // The zip reader's messages name the file by this label.
  const opened = openZip(bytes, tableFileLimits.zip, `Excel-arbetsboken «${name}»`);
  if (!opened.ok) return { ok: false, problem: opened.problem.message };
  if (!opened.zip.find('xl/workbook.xml')) return refuse('filen är en zip men ingen Excel-arbetsbok (.xlsx). En .xls från äldre Excel går att spara om som .xlsx.');
  // Every entry once through the checked reader: nothing inflates beyond what it declares, within the limits.
  for (const entry of opened.zip.entries) {
    const read = opened.zip.read(entry);
    if (!read.ok) return { ok: false, problem: read.problem.message };
  }
  try {
    const copy = bytes.slice().buffer;
    const sheet = await readSheet(copy);
    if (sheet.length > tableFileLimits.maxRows) return refuse(`tabellen har fler än ${formatInteger(tableFileLimits.maxRows)} rader.`);
    return { ok: true, rows: sheet.map((row) => row.map((cell) => cell as TableCell)) };
  } catch (error) {
    return refuse(`arbetsboken gick inte att läsa (${error instanceof Error ? error.message : String(error)}).`);
  }
}
