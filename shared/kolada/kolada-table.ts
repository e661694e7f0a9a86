/**
 * A table of Kolada values as people have it: exported from kolada.se's web interface
 * (Excel or CSV; its exact columns are not documented), or put together by hand. One header
 * row somewhere near the top names the columns: the KPI (id or title), the municipality or
 * region (id or name), the year, and the values: one column per gender (total, women, men)
 * or one value column with a gender column beside it. The header row, the columns and the
 * Swedish number format are found here; the preview shows the mapping found. An empty value cell
 * gives no value; `..` or `-` (Kolada's marks) give a missing one.
 *
 * All or nothing, as the JSON import: any row that cannot be read refuses the table, with
 * its row number (as the spreadsheet counts) and column.
 */
import { formatInteger } from '../format.ts';
import { koladaValueId } from '../domain/kolada.ts';
import type { KoladaArea, KoladaGender, KoladaKpi, KoladaValue } from './kolada-json.ts';

export type TableCell = string | number | boolean | Date | null | undefined;

/** What each column was taken to mean, by its header text (for the preview). */
export interface KoladaTableMapping {
  /** The header row, counted from 1 as the spreadsheet does. */
  headerRow: number;
  kpi: string;
  area: string;
  year: string;
  /** The value columns by gender, or one value column and the column saying the gender. */
  values: { gender: KoladaGender; header: string }[] | { value: string; gender: string };
}

export interface KoladaTableRead {
  values: KoladaValue[];
  mapping: KoladaTableMapping;
  rows: number;
}

export type KoladaTableResult = { ok: true; read: KoladaTableRead } | { ok: false; problems: string[] };

/** What the table's names are matched against: KPIs and areas known from the template, earlier imports and the municipality list. */
export interface KoladaNames {
  kpis: readonly Pick<KoladaKpi, 'id' | 'title'>[];
  areas: readonly Pick<KoladaArea, 'id' | 'title'>[];
}

const MAX_HEADER_SEARCH = 30;
const MAX_PROBLEMS = 20;

const normal = (text: string) => text.normalize('NFC').toLocaleLowerCase('sv').replace(/\s+/gu, ' ').trim();

const cellText = (cell: TableCell): string => {
  if (cell === null || cell === undefined) return '';
  if (cell instanceof Date) return cell.toISOString().slice(0, 10);
  return String(cell).trim();
};

type Role = 'kpi' | 'kpiId' | 'area' | 'areaId' | 'year' | 'gender' | 'value' | KoladaGender;

/** A header's role; the first matching rule wins. */
function roleOf(header: string): Role | null {
  const h = normal(header);
  if (h === '') return null;
  if (/^(kpi[ -]?id|nyckeltals?[ -]?id|id för nyckeltal)$/u.test(h)) return 'kpiId';
  if (/^(kpi|nyckeltal|nyckeltalets? namn|titel)$/u.test(h)) return 'kpi';
  if (/^(kommun[ -]?id|kommunkod|region[ -]?id|områdes?[ -]?id|municipality[ -]?id|kod)$/u.test(h)) return 'areaId';
  if (/^(kommun|region|område|kommun\/region|organisation|municipality|area|län)$/u.test(h)) return 'area';
  if (/^(år|period|year|tid|årtal)$/u.test(h)) return 'year';
  if (/^(kön|gender|kon)$/u.test(h)) return 'gender';
  if (/^(totalt|total|alla|båda könen|t|värde totalt)$/u.test(h)) return 'T';
  if (/^(kvinnor|kvinna|women|k|flickor)$/u.test(h)) return 'K';
  if (/^(män|man|men|m|pojkar)$/u.test(h)) return 'M';
  if (/^(värde|value|värden)$/u.test(h)) return 'value';
  return null;
}

interface Columns {
  kpi: number;
  kpiIsId: boolean;
  area: number;
  areaIsId: boolean;
  year: number;
  byGender: { gender: KoladaGender; column: number }[];
  value: number;
  gender: number;
}

function columnsOf(header: readonly TableCell[]): Columns | null {
  const roles = header.map((cell) => roleOf(cellText(cell)));
  const first = (...wanted: Role[]) => roles.findIndex((role) => role !== null && wanted.includes(role));
  const kpiId = first('kpiId');
  const kpi = kpiId >= 0 ? kpiId : first('kpi');
  const areaId = first('areaId');
  const area = areaId >= 0 ? areaId : first('area');
  const year = first('year');
  const byGender = (['T', 'K', 'M'] as const).map((gender) => ({ gender, column: first(gender) })).filter((c) => c.column >= 0);
  const value = first('value');
  const gender = first('gender');
  if (kpi < 0 || area < 0 || year < 0) return null;
  if (byGender.length === 0 && value < 0) return null;
  return { kpi, kpiIsId: kpiId >= 0, area, areaIsId: areaId >= 0, year, byGender, value, gender };
}

/**
 * A number as Swedish tables write it: `1 234,5`, `80,3`, `−1,2` (a true minus), `12.5`; empty,
 * `..`, `-` and `–` mean no value. Returns undefined for text that is not a number.
 */
export function parseTableNumber(cell: TableCell): number | null | undefined {
  if (typeof cell === 'number') return Number.isFinite(cell) ? cell : undefined;
  const text = cellText(cell);
  if (text === '' || /^(\.\.|-|–|—|x|n\/a)$/iu.test(text)) return null;
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '').replace(/^[−–]/u, '-');
  if (/^-?\d+(,\d+)?$/u.test(compact)) return Number(compact.replace(',', '.'));
  if (/^-?\d+(\.\d+)?$/u.test(compact)) return Number(compact);
  return undefined;
}

function genderOf(text: string): KoladaGender | null {
  const t = normal(text);
  if (/^(t|totalt|total|alla|båda könen)$/u.test(t)) return 'T';
  if (/^(k|kvinnor|kvinna|women|flickor)$/u.test(t)) return 'K';
  if (/^(m|män|man|men|pojkar)$/u.test(t)) return 'M';
  return null;
}

function columnName(index: number): string {
  let name = '';
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  return name;
}

/**
 * Reads Kolada values from a table's rows (`rows[0]` is the spreadsheet's row 1). `names` maps
 * KPI titles and area names to Kolada's ids; ids in the table are taken as they are.
 */
export function readKoladaTable(fileName: string, rows: readonly (readonly TableCell[])[], names: KoladaNames): KoladaTableResult {
  const refuse = (problem: string): KoladaTableResult => ({ ok: false, problems: [`«${fileName}»: ${problem}`] });
  if (rows.length === 0) return refuse('tabellen är tom.');
  let headerIndex = -1;
  let columns: Columns | null = null;
  for (let index = 0; index < Math.min(rows.length, MAX_HEADER_SEARCH); index += 1) {
    columns = columnsOf(rows[index] ?? []);
    if (columns) {
      headerIndex = index;
      break;
    }
  }
  if (!columns || headerIndex < 0)
    return refuse(
      `hittade ingen rubrikrad bland de första ${MAX_HEADER_SEARCH} raderna. Tabellen behöver kolumner för nyckeltal (id eller namn), kommun eller region (id eller namn), år och värde (Totalt, Kvinnor, Män, eller Värde med en kolumn Kön).`,
    );
  const header = rows[headerIndex] ?? [];
  const headerText = (column: number) => cellText(header[column]);

  const kpiByTitle = new Map(names.kpis.map((k) => [normal(k.title), k.id]));
  const areaByName = new Map<string, string>([['riket', '0000'], ['hela landet', '0000'], ['sverige', '0000']]);
  for (const a of names.areas) areaByName.set(normal(a.title), a.id);

  const problems: string[] = [];
  let problemCount = 0;
  const problem = (text: string) => {
    problemCount += 1;
    if (problems.length < MAX_PROBLEMS) problems.push(text);
  };
  const values = new Map<string, KoladaValue>();
  let dataRows = 0;

  for (let index = headerIndex + 1; index < rows.length; index += 1) {
    const row = rows[index] ?? [];
    if (row.every((cell) => cellText(cell) === '')) continue;
    dataRows += 1;
    const where = (column: number) => `«${fileName}», rad ${formatInteger(index + 1)}, kolumn ${columnName(column)} (${headerText(column)})`;
    const kpiText = cellText(row[columns.kpi]);
    const kpiId = /^[A-Z]\d{5}$/u.test(kpiText) ? kpiText : columns.kpiIsId ? undefined : kpiByTitle.get(normal(kpiText));
    if (kpiId === undefined) {
      problem(
        kpiText === ''
          ? `${where(columns.kpi)}: nyckeltal saknas.`
          : columns.kpiIsId
            ? `${where(columns.kpi)}: "${kpiText}" är inget Kolada-id (en versal och fem siffror, t.ex. N00914).`
            : `${where(columns.kpi)}: nyckeltalet "${kpiText}" finns inte i mallens indikatorer eller bland nyckeltal som lästs in tidigare. Skriv dess Kolada-id i stället, eller läs in nyckeltalen från Kolada först.`,
      );
      continue;
    }
    const areaText = cellText(row[columns.area]);
    const areaId = /^\d{4}$/u.test(areaText) ? areaText : columns.areaIsId ? undefined : areaByName.get(normal(areaText));
    if (areaId === undefined) {
      problem(areaText === '' ? `${where(columns.area)}: kommun eller region saknas.` : `${where(columns.area)}: "${areaText}" är ingen känd kommun eller region; skriv dess kod med fyra siffror (t.ex. 1880) i stället.`);
      continue;
    }
    const yearCell = row[columns.year];
    const year = typeof yearCell === 'number' ? yearCell : Number(cellText(yearCell));
    if (!Number.isInteger(year) || year < 1900 || year > 2100) {
      problem(`${where(columns.year)}: "${cellText(yearCell)}" är inget årtal (t.ex. 2024).`);
      continue;
    }
    const cells: { gender: KoladaGender; column: number }[] = [];
    if (columns.byGender.length > 0) cells.push(...columns.byGender);
    else if (columns.gender >= 0) {
      const gender = genderOf(cellText(row[columns.gender]));
      if (!gender) {
        problem(`${where(columns.gender)}: "${cellText(row[columns.gender])}" är inget kön; skriv Totalt, Kvinnor eller Män (eller T, K, M).`);
        continue;
      }
      cells.push({ gender, column: columns.value });
    } else cells.push({ gender: 'T', column: columns.value });
    for (const { gender, column } of cells) {
      // An empty cell gives no value (a KPI not divided by gender has no women's and men's columns filled);
      // Kolada's own marks for a missing value (`..`, `-`) store the value as missing.
      if (cellText(row[column]) === '') continue;
      const value = parseTableNumber(row[column]);
      if (value === undefined) {
        problem(`${where(column)}: "${cellText(row[column])}" är inget tal; skriv t.ex. 80,3 eller 1 234 (tomt eller .. för saknat värde).`);
        continue;
      }
      const key = koladaValueId({ kpiId, areaId, year, gender });
      const earlier = values.get(key);
      if (earlier && earlier.value !== value) {
        problem(`${where(column)}: ${kpiId} för ${areaId} år ${year} (${gender}) står redan på en tidigare rad med ett annat värde.`);
        continue;
      }
      values.set(key, { kpiId, areaId, areaKind: 'municipality', year, gender, value, status: value === null ? 'Missing' : null, count: null, deleted: false });
    }
  }
  if (problemCount > problems.length) problems.push(`… och ${formatInteger(problemCount - problems.length)} problem till.`);
  if (problems.length > 0) return { ok: false, problems };
  if (dataRows === 0) return refuse(`tabellen har en rubrikrad (rad ${headerIndex + 1}) men inga rader med värden under den.`);
  const mapping: KoladaTableMapping = {
    headerRow: headerIndex + 1,
    kpi: headerText(columns.kpi),
    area: headerText(columns.area),
    year: headerText(columns.year),
    values: columns.byGender.length > 0 ? columns.byGender.map(({ gender, column }) => ({ gender, header: headerText(column) })) : { value: headerText(columns.value), gender: columns.gender >= 0 ? headerText(columns.gender) : '' },
  };
  return { ok: true, read: { values: [...values.values()], mapping, rows: dataRows } };
}
