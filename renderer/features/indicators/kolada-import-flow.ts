/**
 * Reading the files a user picked for a Kolada import: answers saved from Kolada's API (.json)
 * and tables exported from kolada.se (.csv, .xlsx), together. Nothing is written here: the result
 * is the import and what it would change, for the preview; or the problems, and then nothing at all
 * is imported.
 */
import { readKoladaJsonFiles, type KoladaImport, type KoladaValue } from '#shared/kolada/kolada-json.ts';
import { readKoladaTable, type KoladaTableMapping } from '#shared/kolada/kolada-table.ts';
import { tableRowsFromCsv, tableRowsFromXlsx } from '#shared/kolada/table-files.ts';
import { koladaValueId } from '#shared/domain/kolada.ts';
import { db } from '../../db/database.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { previewKoladaImport, type KoladaImportCounts } from './kolada-repository.ts';

const koladaFileExtensions: readonly string[] = ['json', 'csv', 'xlsx'];

export interface KoladaTableSummary {
  name: string;
  mapping: KoladaTableMapping;
  rows: number;
}

export type KoladaPick =
  | { ok: true; read: KoladaImport; tables: KoladaTableSummary[]; counts: KoladaImportCounts; from: string[] }
  | { ok: false; problems: string[] };

const extensionOf = (name: string) => name.slice(name.lastIndexOf('.') + 1).toLowerCase();

export async function readKoladaFiles(files: readonly { name: string; bytes: Uint8Array }[]): Promise<KoladaPick> {
  const problems: string[] = [];
  const json = files.filter((f) => extensionOf(f.name) === 'json');
  const tables = files.filter((f) => extensionOf(f.name) === 'csv' || extensionOf(f.name) === 'xlsx');
  for (const file of files) if (!koladaFileExtensions.includes(extensionOf(file.name))) problems.push(`«${file.name}»: filtypen läses inte; välj .json från Koladas API eller en tabell som .csv eller .xlsx.`);

  const read: KoladaImport = { values: [], kpis: [], areas: [], files: [] };
  if (json.length > 0) {
    const fromJson = readKoladaJsonFiles(json);
    if (fromJson.ok) Object.assign(read, fromJson.read);
    else problems.push(...fromJson.problems);
  }

  const summaries: KoladaTableSummary[] = [];
  if (tables.length > 0) {
    // Names in a table are matched against the template's indicators, the KPIs and areas read before, and those in the same pick.
    const [template, kpis, areas] = await Promise.all([activeTemplate(), db().koladaKpis.toArray(), db().koladaAreas.toArray()]);
    const names = {
      kpis: [...kpis, ...read.kpis, ...(template?.template.indicatorCatalogue ?? []).flatMap((i) => (i.koladaKpiId ? [{ id: i.koladaKpiId, title: i.name }] : []))],
      areas: [...areas, ...read.areas],
    };
    for (const file of tables) {
      const rows = extensionOf(file.name) === 'csv' ? tableRowsFromCsv(file.name, file.bytes) : await tableRowsFromXlsx(file.name, file.bytes);
      if (!rows.ok) {
        problems.push(rows.problem);
        continue;
      }
      const table = readKoladaTable(file.name, rows.rows, names);
      if (!table.ok) {
        problems.push(...table.problems);
        continue;
      }
      summaries.push({ name: file.name, mapping: table.read.mapping, rows: table.read.rows });
      read.values.push(...table.read.values);
    }
  }

  // A value given twice (a table and an answer saved from the API) must agree.
  const byKey = new Map<string, KoladaValue>();
  const merged: KoladaValue[] = [];
  for (const value of read.values) {
    const key = koladaValueId(value);
    const earlier = byKey.get(key);
    if (!earlier) {
      byKey.set(key, value);
      merged.push(value);
    } else if (earlier.value !== value.value) problems.push(`${value.kpiId} för ${value.areaId} år ${value.year} (${value.gender}) har olika värden i de valda filerna. Läs in dem var för sig.`);
  }
  if (problems.length > 0) return { ok: false, problems: problems.length > 21 ? [...problems.slice(0, 20), `… och ${problems.length - 20} problem till.`] : problems };
  read.values = merged;
  if (read.values.length === 0 && read.kpis.length === 0 && read.areas.length === 0) return { ok: false, problems: ['Filerna innehåller inga värden, nyckeltal eller kommuner från Kolada.'] };
  return { ok: true, read, tables: summaries, counts: await previewKoladaImport(read), from: files.map((f) => f.name) };
}
