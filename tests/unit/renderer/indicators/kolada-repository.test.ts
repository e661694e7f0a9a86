import 'fake-indexeddb/auto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { readKoladaJsonFiles, type KoladaImport } from '#shared/kolada/kolada-json.ts';
import { koladaValueSchema } from '#shared/domain/kolada.ts';
import { db } from '../../../../renderer/db/database.ts';
import { applyKoladaImport, previewKoladaImport } from '../../../../renderer/features/indicators/kolada-repository.ts';

function imported(...names: string[]): KoladaImport {
  const read = readKoladaJsonFiles(names.map((name) => ({ name, bytes: new Uint8Array(readFileSync(new URL(`../../../fixtures/kolada/${name}`, import.meta.url))) })));
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.read;
}

beforeEach(async () => {
  await Promise.all([db().koladaValues.clear(), db().koladaKpis.clear(), db().koladaAreas.clear(), db().koladaImports.clear()]);
});

describe('Kolada-värden i arbetsboken', () => {
  it('lägger till värden, nyckeltal och områden, och skriver vad inläsningen gjorde', async () => {
    const read = imported('data-N00914-page1.json', 'kpi-N00914-N01951.json', 'municipality-orebro-lan.json');
    expect(await previewKoladaImport(read)).toEqual({ added: 9, changed: 0, removed: 0, unchanged: 0 });
    const record = await applyKoladaImport(read, 'file', ['data-N00914-page1.json', 'kpi-N00914-N01951.json', 'municipality-orebro-lan.json'], '2027-03-02T09:00:00.000Z');
    expect(record).toMatchObject({ source: 'file', added: 9, changed: 0, removed: 0, unchanged: 0, kpiIds: ['N00914', 'N01951'], importedAt: '2027-03-02T09:00:00.000Z' });
    // What the workbook holds per KPI afterwards, for the list of KPIs (a KPI with only its title holds nothing).
    expect(record.kpiSummaries).toEqual([{ kpiId: 'N00914', values: 9, areas: 2, firstYear: 2022, lastYear: 2023 }]);
    // A file of KPI names alone leaves what is known of their values as it was.
    const names = await applyKoladaImport(imported('kpi-N00914-N01951.json'), 'file', ['kpi-N00914-N01951.json']);
    expect(names.kpiSummaries).toEqual([]);
    const values = await db().koladaValues.toArray();
    expect(values).toHaveLength(9);
    // What is stored is what the workbook file accepts.
    for (const value of values) expect(koladaValueSchema.safeParse(value).success).toBe(true);
    expect(await db().koladaValues.get('N00914:0018:2023:K')).toMatchObject({ value: 79.6, status: null, importId: record.id });
    expect((await db().koladaKpis.get('N00914'))?.dividedByGender).toBe(true);
    expect((await db().koladaAreas.get('0018'))?.title).toBe('Region Örebro län');
    expect(await db().koladaImports.count()).toBe(2);
  });

  it('läser samma svar igen utan att ändra något, och en nyare sida ändrar och tar bort det Kolada ändrat', async () => {
    await applyKoladaImport(imported('data-N00914-page1.json', 'data-N00914-page2.json'), 'file', ['sidor 1–2']);
    const again = await applyKoladaImport(imported('data-N00914-page1.json', 'data-N00914-page2.json'), 'file', ['sidor 1–2']);
    // Page 2's total for 2023 is marked deleted: it was never stored, so there is nothing to remove.
    expect(again).toMatchObject({ added: 0, changed: 0, removed: 0, unchanged: 11 });

    const revised = imported('data-N00914-page1.json');
    const first = revised.values.find((v) => v.areaId === '0018' && v.year === 2022 && v.gender === 'T');
    if (!first) throw new Error('värdet saknas i fixturen');
    first.value = 80.5;
    const gone = revised.values.find((v) => v.areaId === '1880' && v.year === 2022 && v.gender === 'M');
    if (!gone) throw new Error('värdet saknas i fixturen');
    gone.deleted = true;
    expect(await previewKoladaImport(revised)).toEqual({ added: 0, changed: 1, removed: 1, unchanged: 7 });
    const record = await applyKoladaImport(revised, 'file', ['reviderad.json']);
    expect(record).toMatchObject({ added: 0, changed: 1, removed: 1, unchanged: 7 });
    // The summary counts what is stored after the import: page 2's value stays, the removed one is gone.
    expect(record.kpiSummaries).toEqual([{ kpiId: 'N00914', values: 10, areas: 2, firstYear: 2022, lastYear: 2023 }]);
    expect(await db().koladaValues.count()).toBe(10);
    expect((await db().koladaValues.get('N00914:0018:2022:T'))?.value).toBe(80.5);
    expect(await db().koladaValues.get('N00914:1880:2022:M')).toBeUndefined();
    expect(await db().koladaImports.count()).toBe(3);
  });
});
