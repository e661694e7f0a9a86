/** An indicator's Kolada values as the documents take them: the same series and verdict as the Indikatorer view, and the chart's SVG in the document's language. */
import { describe, expect, it } from 'vitest';
import { documentChartSize, koladaFigures, type KoladaFiguresInput } from '#shared/documents/kolada-figures.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { n00914Indicator, n00914Values, sampleAreaTitles } from '../../../fixtures/kolada/document-figures.ts';

const sv = documentWords('sv');
const en = documentWords('en');

function input(overrides: Partial<KoladaFiguresInput> = {}): KoladaFiguresInput {
  const { values, kpi } = n00914Values();
  return {
    strategyId: 's1',
    index: 2,
    indicator: n00914Indicator,
    kpi,
    values: values.filter((v) => ['0018', '1881', '0000'].includes(v.areaId)),
    regionId: '0018',
    compareIds: ['1881'],
    areaTitle: (id) => sampleAreaTitles[id] ?? id,
    dayOf: (moment) => moment.slice(0, 10),
    ...overrides,
  };
}

describe('koladaFigures', () => {
  it('gives the region’s verdict, the series in the view’s order, Kolada’s decimals and the day of the latest import', () => {
    const later = input().values.map((v, i) => (i === 3 ? { ...v, importedAt: '2027-03-05T07:00:00.000Z' } : v));
    const found = koladaFigures(input({ values: later }), sv);
    expect(found?.figures).toMatchObject({ strategyId: 's1', index: 2, kpiId: 'N00914', kpiTitle: 'Invånare 20-64 år som förvärvsarbetar, andel (%)', regionTitle: 'Region Örebro län', decimals: 1, importedOn: '2027-03-05' });
    expect(found?.figures.verdict).toMatchObject({ kind: 'onTrack', latest: { year: 2023, value: 80.3 } });
    expect(found?.figures.series.map((s) => s.label)).toEqual(['Region Örebro län', 'Region Örebro län, kvinnor', 'Region Örebro län, män', 'Kumla', 'Riket']);
    expect(found?.figures.series[0]?.points).toHaveLength(10);
  });

  it('draws the chart at the documents’ size, its legend and labels in the document’s language', () => {
    const chart = koladaFigures(input(), en)?.chart;
    expect(chart?.width).toBe(documentChartSize.width);
    expect(chart?.height).toBeGreaterThan(documentChartSize.height);
    expect(chart?.svg).toContain('>Region Örebro län, women<');
    expect(chart?.svg).toContain('>Baseline<');
    expect(chart?.svg).toContain('<title>Förvärvsarbetande 20–64 år, 2014–2023</title>');
    expect(koladaFigures(input(), sv)?.chart?.svg).toContain('>Utgångsläge<');
  });

  it('has nothing to show without a KPI or without a single value in the chosen areas', () => {
    const { koladaKpiId: _id, ...unlinked } = n00914Indicator;
    expect(koladaFigures(input({ indicator: unlinked }), sv)).toBeNull();
    expect(koladaFigures(input({ values: [] }), sv)).toBeNull();
    expect(koladaFigures(input({ values: input().values.map((v) => ({ ...v, value: null })) }), sv)).toBeNull();
  });

  it('without a region shows the compared areas and the country but judges nothing', () => {
    const found = koladaFigures(input({ regionId: null }), sv);
    expect(found?.figures.regionTitle).toBeNull();
    expect(found?.figures.verdict.kind).toBe('tooLittleData');
    expect(found?.figures.series.map((s) => s.label)).toEqual(['Kumla', 'Riket']);
  });
});
