import { describe, expect, it } from 'vitest';
import { indicatorSeries, regionPoints } from '#shared/kolada/indicator-series.ts';

const v = (areaId: string, year: number, gender: 'T' | 'K' | 'M', value: number | null) => ({ areaId, year, gender, value });
const titles: Record<string, string> = { '0018': 'Region Örebro län', '1881': 'Kumla', '0000': 'Riket' };
const options = { regionId: '0018', compareIds: ['1881'], dividedByGender: true, areaTitle: (id: string) => titles[id] ?? id, words: { women: 'kvinnor', men: 'män' } };

describe('indicatorSeries', () => {
  const values = [
    v('0000', 2022, 'T', 79.9),
    v('0018', 2023, 'T', 80.4),
    v('0018', 2022, 'T', 80.3),
    v('0018', 2022, 'K', 79.1),
    v('0018', 2022, 'M', 81.4),
    v('1881', 2023, 'T', 80.7),
    v('1880', 2023, 'T', 79.7),
  ];

  it('draws the region (total, women, men), then the compared areas, then the country, over every year any of them has', () => {
    const series = indicatorSeries(values, options);
    expect(series.map((s) => s.label)).toEqual(['Region Örebro län', 'Region Örebro län, kvinnor', 'Region Örebro län, män', 'Kumla', 'Riket']);
    expect(series[0]?.points).toEqual([
      { year: 2022, value: 80.3 },
      { year: 2023, value: 80.4 },
    ]);
    // A year without a value is a gap, not a zero.
    expect(series[1]?.points).toEqual([
      { year: 2022, value: 79.1 },
      { year: 2023, value: null },
    ]);
    // An area that is not chosen (1880) is not drawn even when its values are at hand.
    expect(series.some((s) => s.key.startsWith('1880'))).toBe(false);
  });

  it('leaves out women and men when the KPI is not divided by gender, and lines without any value', () => {
    expect(indicatorSeries(values, { ...options, dividedByGender: false }).map((s) => s.key)).toEqual(['0018:T', '1881:T', '0000:T']);
    expect(indicatorSeries(values.filter((x) => x.areaId !== '0000'), options).map((s) => s.key)).not.toContain('0000:T');
  });

  it('without a region draws only the compared areas and the country', () => {
    expect(indicatorSeries(values, { ...options, regionId: null }).map((s) => s.key)).toEqual(['1881:T', '0000:T']);
  });

  it('gives the verdict the region’s totals in year order', () => {
    expect(regionPoints(values, '0018')).toEqual([
      { year: 2022, value: 80.3 },
      { year: 2023, value: 80.4 },
    ]);
    expect(regionPoints(values, null)).toEqual([]);
  });
});
