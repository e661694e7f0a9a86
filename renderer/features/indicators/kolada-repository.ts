/**
 * Kolada's data in the workbook: an import (from files now, from Kolada's API later) is compared
 * with what is stored and written in one transaction, all of it or nothing, with a record of what
 * it changed. A value Kolada has since removed (`isdeleted`) is removed here too.
 */
import type { KoladaImport, KoladaValue } from '#shared/kolada/kolada-json.ts';
import { koladaValueId, type KoladaImportRecord, type KoladaKpiSummary, type KoladaValueRecord } from '#shared/domain/kolada.ts';
import { db } from '../../db/database.ts';
import { newId } from '../../db/new-id.ts';

export interface KoladaImportCounts {
  added: number;
  changed: number;
  removed: number;
  unchanged: number;
}

/** A table from kolada.se gives no count: a null count keeps the stored one and is no change. */
const sameAsStored = (incoming: KoladaValue, stored: KoladaValueRecord) =>
  incoming.value === stored.value && incoming.status === stored.status && (incoming.count === null || incoming.count === stored.count) && incoming.areaKind === stored.areaKind;

/** What the import would do to the stored values; the preview shows it before anything is written. */
function countChanges(values: readonly KoladaValue[], stored: readonly (KoladaValueRecord | undefined)[]): KoladaImportCounts & { toPut: number[]; toDelete: string[] } {
  const counts = { added: 0, changed: 0, removed: 0, unchanged: 0, toPut: [] as number[], toDelete: [] as string[] };
  values.forEach((value, index) => {
    const before = stored[index];
    if (value.deleted) {
      if (before) {
        counts.removed += 1;
        counts.toDelete.push(before.id);
      }
      return;
    }
    if (!before) counts.added += 1;
    else if (!sameAsStored(value, before)) counts.changed += 1;
    else {
      counts.unchanged += 1;
      return;
    }
    counts.toPut.push(index);
  });
  return counts;
}

/**
 * The stored values for the import's keys, in the import's order. Read as the values of the import's
 * KPIs (one index range per KPI) rather than one lookup per key: 435 000 lookups in an empty store took
 * longer than writing the values.
 */
async function storedFor(values: readonly KoladaValue[], ids: readonly string[]): Promise<{ stored: (KoladaValueRecord | undefined)[]; all: Map<string, KoladaValueRecord> }> {
  const kpiIds = [...new Set(values.map((v) => v.kpiId))];
  if (kpiIds.length === 0) return { stored: [], all: new Map() };
  const all = new Map((await db().koladaValues.where('kpiId').anyOf(kpiIds).toArray()).map((record) => [record.id, record]));
  return { stored: ids.map((id) => all.get(id)), all };
}

/** What the workbook holds of each KPI, from the keys of its values (`N00914:1880:2023:T`). */
export function summariseKoladaKeys(keys: Iterable<string>): KoladaKpiSummary[] {
  const byKpi = new Map<string, { values: number; areas: Set<string>; years: Set<number> }>();
  for (const key of keys) {
    const [kpiId = '', areaId = '', year = ''] = key.split(':');
    let entry = byKpi.get(kpiId);
    if (!entry) {
      entry = { values: 0, areas: new Set(), years: new Set() };
      byKpi.set(kpiId, entry);
    }
    entry.values += 1;
    entry.areas.add(areaId);
    entry.years.add(Number(year));
  }
  return [...byKpi].map(([kpiId, e]) => {
    const years = [...e.years].sort((a, b) => a - b);
    return { kpiId, values: e.values, areas: e.areas.size, firstYear: years[0] ?? null, lastYear: years.at(-1) ?? null };
  });
}

/** The counts an import would give, read against the workbook as it is now. */
export async function previewKoladaImport(read: KoladaImport): Promise<KoladaImportCounts> {
  const { stored } = await storedFor(read.values, read.values.map(koladaValueId));
  const { added, changed, removed, unchanged } = countChanges(read.values, stored);
  return { added, changed, removed, unchanged };
}

/**
 * Writes an import: new and changed values, removals, the KPIs' and areas' names, and the import's
 * record, in one read-write transaction (a value changed meanwhile in another window is compared as
 * it is at that moment). Returns the record.
 */
export async function applyKoladaImport(read: KoladaImport, source: KoladaImportRecord['source'], from: readonly string[], now: string = new Date().toISOString()): Promise<KoladaImportRecord> {
  const database = db();
  const importId = newId();
  return database.transaction('rw', [database.koladaValues, database.koladaKpis, database.koladaAreas, database.koladaImports], async () => {
    const ids = read.values.map(koladaValueId);
    const { stored, all } = await storedFor(read.values, ids);
    const counts = countChanges(read.values, stored);
    const records: KoladaValueRecord[] = counts.toPut.map((index) => {
      const { kpiId, areaId, areaKind, year, gender, value, status, count } = read.values[index] as KoladaValue;
      return { id: ids[index] as string, kpiId, areaId, areaKind, year, gender, value, status, count: count ?? stored[index]?.count ?? null, importId, importedAt: now };
    });
    await database.koladaValues.bulkPut(records);
    await database.koladaValues.bulkDelete(counts.toDelete);
    await database.koladaKpis.bulkPut(read.kpis.map((kpi) => ({ ...kpi, importedAt: now })));
    await database.koladaAreas.bulkPut(read.areas.map((area) => ({ ...area })));
    const kpiIds = [...new Set([...read.values.map((v) => v.kpiId), ...read.kpis.map((k) => k.id)])].sort();
    // What the touched KPIs hold now: their stored keys, with this import's new ones and without its removals.
    const keys = new Set(all.keys());
    for (const r of records) keys.add(r.id);
    for (const id of counts.toDelete) keys.delete(id);
    const summaries = new Map(summariseKoladaKeys(keys).map((summary) => [summary.kpiId, summary]));
    // Only KPIs whose values this import read or wrote: a file of KPI names alone says nothing of the values stored for them.
    const valueKpis = [...new Set(read.values.map((v) => v.kpiId))].sort();
    const kpiSummaries = valueKpis.map((kpiId) => summaries.get(kpiId) ?? { kpiId, values: 0, areas: 0, firstYear: null, lastYear: null });
    const record: KoladaImportRecord = { id: importId, importedAt: now, source, from: [...from], added: counts.added, changed: counts.changed, removed: counts.removed, unchanged: counts.unchanged, kpiIds, kpiSummaries };
    await database.koladaImports.add(record);
    return record;
  });
}
