/**
 * An indicator's Kolada values as a Word document shows them: the region's latest value, the app's
 * verdict, the values per year and area (the same series, in the same order, as the Indikatorer
 * view's chart and table, ../kolada/indicator-series.ts), the day they were imported, and the
 * chart as a standalone SVG for the renderer to rasterise. Pure: what the builders get is
 * `KoladaIndicatorFigures`, the PNG bytes included, never a DOM object.
 */
import type { KoladaKpiRecord, KoladaValueRecord } from '../domain/kolada.ts';
import type { Strategy } from '../domain/plan.ts';
import { formatNumber } from '../format.ts';
import { numberFormat } from '../locale.ts';
import { indicatorSeries, koladaDecimals, regionPoints } from '../kolada/indicator-series.ts';
import { trendChartModel, trendChartSvg, trendChartSvgSize } from '../kolada/trend-chart.ts';
import { indicatorVerdict, type Verdict } from '../kolada/verdict.ts';
import type { DocumentWords } from './words/index.ts';

export type PlanIndicator = Strategy['indicators'][number];

/** The chart as a picture: PNG bytes drawn at a multiple of its size, and the size to print it at. */
export interface KoladaChartPicture {
  png: Uint8Array;
  /** The printed size in CSS pixels (96 to the inch), as docx takes it. */
  width: number;
  height: number;
}

/** One series of values: a column of the table and a line of the chart. */
export interface KoladaSeries {
  label: string;
  points: readonly { year: number; value: number | null }[];
}

/** What a document shows of one plan indicator's Kolada values. */
export interface KoladaIndicatorFigures {
  /** The indicator: its strategy and its place among the strategy's indicators. */
  strategyId: string;
  index: number;
  kpiId: string;
  /** The KPI's title as Kolada gives it, when its metadata was imported. */
  kpiTitle: string | null;
  /** The region the latest value and the verdict are for, by Kolada's name; null when none is chosen. */
  regionTitle: string | null;
  /** The app's verdict on the region's values against the indicator's target; `verdict.latest` is the region's latest value. */
  verdict: Verdict;
  /** Region (total, then women and men when Kolada divides the KPI by gender), the compared areas, the country; labels in the document's language. */
  series: readonly KoladaSeries[];
  /** As many decimals as Kolada gives the KPI (0–2), in every cell. */
  decimals: number;
  /** The day the values shown were last imported, `YYYY-MM-DD`. */
  importedOn: string;
  /** The chart, or null when it could not be drawn (the table still has every value). */
  chart: KoladaChartPicture | null;
}

/** The chart as the renderer gets it to rasterise: the SVG and its size in CSS pixels. */
export interface KoladaChartSvg {
  svg: string;
  width: number;
  height: number;
}

/**
 * The chart's size in the documents: across most of a portrait A4 line (17 cm = 642 px), so its
 * 12 px text prints at 9 pt, and low enough that the chart, its heading and the facts share a page.
 */
export const documentChartSize = { width: 600, height: 230 } as const;

export interface KoladaFiguresInput {
  strategyId: string;
  index: number;
  indicator: PlanIndicator;
  kpi: Pick<KoladaKpiRecord, 'title' | 'dividedByGender'> | undefined;
  /** The KPI's values in the goal area's region, its compared areas and the country. */
  values: readonly Pick<KoladaValueRecord, 'areaId' | 'year' | 'gender' | 'value' | 'importedAt'>[];
  regionId: string | null;
  compareIds: readonly string[];
  areaTitle: (id: string) => string;
  /** When the KPI's values were last read in (the newest import that brought them); without it, the newest value's own date. */
  fetchedAt?: string;
  /** The local day of an import's moment (`importedAt`, ISO 8601), `YYYY-MM-DD`. */
  dayOf: (isoDateTime: string) => string;
}

/** `1 234,5 %`: a figure with the indicator's unit after a no-break space. */
export function withUnit(figures: string, unit: string): string {
  return unit.trim() === '' ? figures : `${figures}\u00a0${unit.trim()}`;
}

/** `2014–2023`, or one year. */
export function yearSpan(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

/** A value as Kolada gives it, with the KPI's decimals: `80,3`, `77,0`; `–` for none. */
export function koladaValue(words: DocumentWords, value: number | null, decimals: number): string {
  if (value === null) return '–';
  return numberFormat(words.language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(value);
}

/** `78,5 % (2019)`, `82 %`, `–`: a plan value (as the MOA typed it, up to two decimals) with its year. */
export function planValueInYear(words: DocumentWords, value: number | null, year: number | null, unit: string): string {
  if (value === null) return '–';
  const shown = withUnit(formatNumber(value, words.language), unit);
  return year === null ? shown : words.kolada.valueInYear(shown, year);
}

/**
 * The figures of one indicator and its chart's SVG (without the PNG, which the renderer draws), or
 * null when Kolada has no value for it in the chosen areas: the document then says so in words.
 */
export function koladaFigures(input: KoladaFiguresInput, words: DocumentWords): { figures: Omit<KoladaIndicatorFigures, 'chart'>; chart: KoladaChartSvg | null } | null {
  const { indicator, values } = input;
  const kpiId = indicator.koladaKpiId;
  if (kpiId === undefined || !values.some((v) => v.value !== null)) return null;
  const series = indicatorSeries(values, {
    regionId: input.regionId,
    compareIds: input.compareIds,
    dividedByGender: input.kpi?.dividedByGender ?? true,
    areaTitle: input.areaTitle,
    words: { women: words.kolada.women, men: words.kolada.men },
  });
  const verdict = indicatorVerdict({
    points: regionPoints(values, input.regionId),
    baseline: { year: indicator.baselineYear, value: indicator.baselineValue },
    target: { year: indicator.targetYear, value: indicator.targetValue },
  });
  const importedAt = input.fetchedAt ?? values.reduce((latest, v) => (v.importedAt > latest ? v.importedAt : latest), '');
  const figures: Omit<KoladaIndicatorFigures, 'chart'> = {
    strategyId: input.strategyId,
    index: input.index,
    kpiId,
    kpiTitle: input.kpi?.title ?? null,
    regionTitle: input.regionId === null ? null : input.areaTitle(input.regionId),
    verdict,
    series,
    decimals: koladaDecimals(values),
    importedOn: input.dayOf(importedAt),
  };
  const baseline = indicator.baselineYear !== null && indicator.baselineValue !== null ? { year: indicator.baselineYear, value: indicator.baselineValue } : null;
  const target = indicator.targetYear !== null && indicator.targetValue !== null ? { year: indicator.targetYear, value: indicator.targetValue } : null;
  const model = trendChartModel({
    series,
    baseline,
    target,
    ...documentChartSize,
    formatValue: (n) => formatNumber(n, words.language),
    labels: { target: words.kolada.target, baseline: words.kolada.baseline },
  });
  if (model.empty) return { figures, chart: null };
  const svg = trendChartSvg(model, { title: chartTitle(words, indicator, series), description: chartDescription(words, indicator, figures) });
  return { figures, chart: { svg, ...trendChartSvgSize(model) } };
}

/** The chart's title: the indicator and its years, `Förvärvsarbetande 20–64 år, 2014–2023`. */
export function chartTitle(words: DocumentWords, indicator: PlanIndicator, series: readonly KoladaSeries[]): string {
  return words.kolada.chartTitle(indicator.name, yearSpan(series[0]?.points.map((p) => p.year) ?? []));
}

/** The chart in words, for its alternative text: the lines, the latest value, baseline, target and verdict. */
export function chartDescription(words: DocumentWords, indicator: PlanIndicator, figures: Pick<KoladaIndicatorFigures, 'series' | 'verdict' | 'decimals' | 'regionTitle'>): string {
  const k = words.kolada;
  const latest = figures.verdict.latest;
  return k.chartDescription(
    figures.series.map((s) => s.label).join(', '),
    latest ? k.valueInYear(withUnit(koladaValue(words, latest.value, figures.decimals), indicator.unit), latest.year) : '–',
    planValueInYear(words, indicator.baselineValue, indicator.baselineYear, indicator.unit),
    planValueInYear(words, indicator.targetValue, indicator.targetYear, indicator.unit),
    figures.regionTitle === null ? k.noRegion : k.verdict.label[figures.verdict.kind],
  );
}
