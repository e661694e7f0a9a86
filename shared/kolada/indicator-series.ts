/**
 * One indicator's Kolada values as the lines of its chart and the columns of its table: the
 * region first (total, then women and men when the KPI is divided by gender), then the areas it is
 * compared with, then the country. Used by the Indikatorer view and by the documents, so both show
 * the same figures.
 */
import type { KoladaValueRecord } from '../domain/kolada.ts';
import { COUNTRY_AREA_ID } from './areas.ts';
import type { TrendSeries } from './trend-chart.ts';

export interface SeriesOptions {
  regionId: string | null;
  compareIds: readonly string[];
  /** Draw women and men (where there are values for them); callers that lack the KPI's metadata pass true, so values Kolada divided are not hidden. */
  dividedByGender: boolean;
  areaTitle: (id: string) => string;
  words: { women: string; men: string };
}

type Value = Pick<KoladaValueRecord, 'areaId' | 'year' | 'gender' | 'value'>;

/** The lines to draw, each over every year any of them has, with null where Kolada has no value. */
export function indicatorSeries(values: readonly Value[], options: SeriesOptions): TrendSeries[] {
  const years = [...new Set(values.map((v) => v.year))].sort((a, b) => a - b);
  const byKey = new Map<string, number | null>();
  for (const v of values) byKey.set(`${v.areaId}:${v.gender}`, null);
  const at = new Map(values.map((v) => [`${v.areaId}:${v.gender}:${v.year}`, v.value]));
  const line = (areaId: string, gender: 'T' | 'K' | 'M', label: string): TrendSeries | null =>
    byKey.has(`${areaId}:${gender}`) ? { key: `${areaId}:${gender}`, label, points: years.map((year) => ({ year, value: at.get(`${areaId}:${gender}:${year}`) ?? null })) } : null;

  const wanted: [string, 'T' | 'K' | 'M', string][] = [];
  if (options.regionId !== null) {
    const region = options.areaTitle(options.regionId);
    wanted.push([options.regionId, 'T', region]);
    if (options.dividedByGender) {
      wanted.push([options.regionId, 'K', `${region}, ${options.words.women}`]);
      wanted.push([options.regionId, 'M', `${region}, ${options.words.men}`]);
    }
  }
  for (const id of options.compareIds) if (id !== options.regionId && id !== COUNTRY_AREA_ID) wanted.push([id, 'T', options.areaTitle(id)]);
  if (options.regionId !== COUNTRY_AREA_ID) wanted.push([COUNTRY_AREA_ID, 'T', options.areaTitle(COUNTRY_AREA_ID)]);
  return wanted.flatMap(([id, gender, label]) => line(id, gender, label) ?? []);
}

/** The region's total per year: what the verdict judges. */
export function regionPoints(values: readonly Value[], regionId: string | null): { year: number; value: number | null }[] {
  if (regionId === null) return [];
  return values
    .filter((v) => v.areaId === regionId && v.gender === 'T')
    .map((v) => ({ year: v.year, value: v.value }))
    .sort((a, b) => a.year - b.year);
}

/**
 * How many decimals Kolada gives the KPI's values (0–2): its figures are shown with that many in
 * every cell, 77,0 beside 75,7 rather than 77.
 */
export function koladaDecimals(values: readonly { value: number | null }[]): number {
  let most = 0;
  for (const v of values) {
    if (v.value === null) continue;
    const text = String(v.value);
    const dot = text.indexOf('.');
    if (dot >= 0) most = Math.max(most, Math.min(2, text.length - dot - 1));
    if (most === 2) break;
  }
  return most;
}
