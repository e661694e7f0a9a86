import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { KoladaImportRecord } from '#shared/domain/kolada.ts';
import { koladaFetchedAt } from '../../../../renderer/features/indicators/indicator-queries.ts';

const record = (importedAt: string, kpiIds: string[], valueKpis?: string[]): KoladaImportRecord => ({
  id: importedAt,
  importedAt,
  source: 'file',
  from: ['fil.json'],
  added: 0,
  changed: 0,
  removed: 0,
  unchanged: 1,
  kpiIds,
  ...(valueKpis ? { kpiSummaries: valueKpis.map((kpiId) => ({ kpiId, values: 1, areas: 1, firstYear: 2023, lastYear: 2023 })) } : {}),
});

describe('när en KPI:s värden hämtades (”Källa: Kolada, hämtat …”)', () => {
  it('är den senaste inläsningen som gav värdena, också när inget ändrades, men inte en fil med bara namn', () => {
    const imports = [
      record('2027-01-10T09:00:00.000Z', ['N00914', 'N01951'], ['N00914', 'N01951']),
      // Read again in March, all unchanged: the values keep January as their own date, but they were fetched in March.
      record('2027-03-02T09:00:00.000Z', ['N00914'], ['N00914']),
      // KPI names alone in April: no values fetched.
      record('2027-04-01T09:00:00.000Z', ['N00914', 'N01951'], []),
    ];
    expect(koladaFetchedAt(imports, ['N00914', 'N01951', 'N99999'])).toEqual(
      new Map([
        ['N00914', '2027-03-02T09:00:00.000Z'],
        ['N01951', '2027-01-10T09:00:00.000Z'],
      ]),
    );
  });

  it('räknar en inläsning från före sammanfattningarna efter dess lista av nyckeltal', () => {
    expect(koladaFetchedAt([record('2026-12-01T09:00:00.000Z', ['N00914'])], ['N00914']).get('N00914')).toBe('2026-12-01T09:00:00.000Z');
  });
});
