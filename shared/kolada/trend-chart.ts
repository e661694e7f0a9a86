/**
 * A Kolada indicator over the years as a line chart: the region against chosen municipalities and
 * the national value, optionally women and men, with the plan's baseline and target. The model is
 * plain numbers and path strings, drawn by two renderers: inline SVG in the app (TrendChart.tsx)
 * and a standalone SVG string (`trendChartSvg`) that is rasterised to a PNG for Word documents.
 * Both draw the same model, so the chart in the document is the chart on the screen.
 *
 * Series differ by marker shape and dash pattern as well as colour (WCAG 1.4.1), and every colour
 * has at least 3:1 contrast against white (WCAG 1.4.11).
 */

export interface TrendSeries {
  key: string;
  label: string;
  points: { year: number; value: number | null }[];
}

export interface TrendChartInput {
  /** At most ~8; the first is the main one (the region), drawn on top and thickest. */
  series: TrendSeries[];
  baseline?: { year: number; value: number } | null;
  target?: { year: number; value: number } | null;
  /** The chart's size without the legend (the legend is HTML in the app, below the plot in `trendChartSvg`). */
  width?: number;
  height?: number;
  /** Formats tick values: the caller supplies Swedish decimal comma and unit. */
  formatValue: (n: number) => string;
  /** The words at the baseline and target markers; from the caller's message catalogue. */
  labels?: { target: string; baseline: string };
}

/** Marker shapes of the series, in order, then the two reference markers. */
export const seriesMarkerShapes = ['circle', 'square', 'triangle', 'diamond', 'triangleDown', 'cross', 'plus', 'hexagon'] as const;
export type MarkerShape = (typeof seriesMarkerShapes)[number] | 'star' | 'ring';

/** Series colours, each ≥ 3:1 against white. */
export const trendPalette = ['#1f5fa8', '#b3261e', '#2e7d32', '#6a3d9a', '#8a5a00', '#00707a', '#5c5c5c', '#ad1457'] as const;
/** Dash patterns of the series (null: solid). Butt line caps, so short dashes stay visible. */
export const trendDashes = [null, '8 4', '2 3', '10 3 2 3', '5 5', '14 4', '2 3 2 3 8 3', '6 2 2 2'] as const;
/** Baseline, target and the line between them: the app's ink colour. */
export const referenceColour = '#1b1f24';
export const targetLineDash = '4 3';
/** Axis text (the app's --muted, 7.6:1 on white) and the faint grid. */
export const axisTextColour = '#4a5360';
export const gridColour = '#d5dbe3';
export const axisLineColour = '#6b7684';

export interface TrendPlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface TrendPoint {
  year: number;
  value: number;
  x: number;
  y: number;
}

export interface TrendSeriesModel {
  key: string;
  label: string;
  colour: string;
  /** `stroke-dasharray`, or null for a solid line. */
  dash: string | null;
  strokeWidth: number;
  marker: MarkerShape;
  /** The line: a new `M` after every null value, so a missing year shows as a gap. */
  path: string;
  /** All the series' markers as one path. */
  markers: string;
  /** The points that have a value. */
  points: TrendPoint[];
}

export interface TrendReference {
  year: number;
  value: number;
  x: number;
  y: number;
  label: string;
  marker: MarkerShape;
  /** The marker's outline as a path. */
  markerPath: string;
  labelX: number;
  labelY: number;
  labelAnchor: 'start' | 'middle' | 'end';
  /**
   * Whether the label is written beside the marker. The baseline is a year with values, so its label
   * would sit on the lines; it is named in the legend only. The target usually lies ahead of the data.
   */
  labelInPlot: boolean;
}

/** One line of the legend: a series' look, or the baseline's ring and the target's star. */
export interface TrendLegendEntry extends Pick<TrendSeriesModel, 'key' | 'label' | 'colour' | 'dash' | 'strokeWidth' | 'marker'> {
  kind: 'series' | 'baseline' | 'target';
}

export interface TrendChartModel {
  /** No series has a single value: draw nothing, say so in words. */
  empty: boolean;
  width: number;
  height: number;
  plot: TrendPlotArea;
  xTicks: { year: number; x: number; label: string }[];
  yTicks: { value: number; y: number; label: string }[];
  /** A line at 0 when the y range crosses it; null otherwise. */
  zeroY: number | null;
  /** Faint horizontal lines at the y ticks (decoration). */
  gridPath: string;
  /** The x axis: the plot's bottom edge and a short mark at each labelled year. */
  axisPath: string;
  /** Drawn in this order; the main series is first here and should be drawn last (on top). */
  series: TrendSeriesModel[];
  baseline: TrendReference | null;
  target: TrendReference | null;
  /** Dashed path from the baseline to the target; null without both. */
  targetLine: string | null;
  legend: TrendLegendEntry[];
}

export interface NiceScale {
  min: number;
  max: number;
  step: number;
  ticks: number[];
}

const defaultLabels = { target: 'Mål', baseline: 'Utgångsläge' };
export const trendFontSize = 12;
const markerRadius = 4.5;
/** Markers stay clear of the plot's left and right edges. */
const xInset = 14;

/** One decimal in every coordinate: finer than a pixel, and the same string on every run. */
export const r1 = (n: number): string => String(Math.round(n * 10) / 10);
/** Floating-point noise off (0.30000000000000004 → 0.3), and no -0. */
const clean = (n: number) => Number(n.toPrecision(12)) + 0;
/** A rough width of text in Arial: the charts cannot measure, so margins use a generous estimate. */
export const estimateTextWidth = (text: string, fontSize = trendFontSize) => text.length * fontSize * 0.6;

/** The look of series `index`: colour, dash and marker cycle at offsets, so the first 64 never repeat all three. */
export function seriesStyle(index: number): Pick<TrendSeriesModel, 'colour' | 'dash' | 'marker' | 'strokeWidth'> {
  const cycle = Math.floor(index / trendPalette.length);
  return {
    colour: trendPalette[index % trendPalette.length] ?? trendPalette[0],
    dash: trendDashes[(index + cycle) % trendDashes.length] ?? null,
    marker: seriesMarkerShapes[index % seriesMarkerShapes.length] ?? 'circle',
    strokeWidth: index === 0 ? 2.5 : 1.75,
  };
}

function polygon(x: number, y: number, points: readonly (readonly [number, number])[]): string {
  return `${points.map(([dx, dy], i) => `${i === 0 ? 'M' : 'L'}${r1(x + dx)} ${r1(y + dy)}`).join('')}Z`;
}

const plusArms = (a: number, b: number): [number, number][] => [[-b, -a], [b, -a], [b, -b], [a, -b], [a, b], [b, b], [b, a], [-b, a], [-b, b], [-a, b], [-a, -b], [-b, -b]];
const rotate45 = ([dx, dy]: [number, number]): [number, number] => [(dx - dy) * Math.SQRT1_2, (dx + dy) * Math.SQRT1_2];
const regular = (count: number, radius: (i: number) => number, start: number): [number, number][] =>
  Array.from({ length: count }, (_, i) => {
    const angle = start + (i * 2 * Math.PI) / count;
    return [radius(i) * Math.cos(angle), radius(i) * Math.sin(angle)];
  });

/** The outline of a marker centred on (x, y), as a closed path; `r` is about the radius. */
export function markerPath(shape: MarkerShape, x: number, y: number, r = markerRadius): string {
  switch (shape) {
    case 'circle':
    case 'ring':
      return `M${r1(x - r)} ${r1(y)}a${r1(r)} ${r1(r)} 0 1 0 ${r1(2 * r)} 0a${r1(r)} ${r1(r)} 0 1 0 ${r1(-2 * r)} 0Z`;
    case 'square': {
      const s = r * 0.9;
      return polygon(x, y, [[-s, -s], [s, -s], [s, s], [-s, s]]);
    }
    case 'triangle':
      return polygon(x, y, [[0, -r * 1.25], [r * 1.15, r * 0.85], [-r * 1.15, r * 0.85]]);
    case 'triangleDown':
      return polygon(x, y, [[0, r * 1.25], [-r * 1.15, -r * 0.85], [r * 1.15, -r * 0.85]]);
    case 'diamond':
      return polygon(x, y, [[0, -r * 1.3], [r * 1.3, 0], [0, r * 1.3], [-r * 1.3, 0]]);
    case 'plus':
      return polygon(x, y, plusArms(r * 1.2, r * 0.4));
    case 'cross':
      return polygon(x, y, plusArms(r * 1.3, r * 0.4).map(rotate45));
    case 'hexagon':
      return polygon(x, y, regular(6, () => r * 1.15, 0));
    case 'star':
      return polygon(x, y, regular(10, (i) => (i % 2 === 0 ? r * 1.6 : r * 0.7), -Math.PI / 2));
  }
}

/** How a marker is painted: filled in its colour with a white edge (so it stands out on a line), or a ring. */
export function markerPaint(shape: MarkerShape, colour: string): { fill: string; stroke: string; strokeWidth: number } {
  return shape === 'ring' ? { fill: '#ffffff', stroke: colour, strokeWidth: 2 } : { fill: colour, stroke: '#ffffff', strokeWidth: 1 };
}

const niceBases = [1, 2, 2.5, 5];

/**
 * A y axis over `values` with 4–6 ticks on a step of 1, 2, 2.5 or 5 × 10ⁿ. It starts at 0 when
 * every value is ≥ 0 and the smallest is below a third of the largest (a share that starts far
 * from 0 gets a tight range instead, so its change is visible); likewise it ends at 0 for negative
 * values. One value (or all equal) is shown against 0. Of the steps that fit, the finest whose
 * labels all differ once formatted wins, so a formatter with one decimal never shows 78,9 twice.
 */
export function niceScale(values: readonly number[], formatValue: (n: number) => string = String): NiceScale {
  const finite = values.filter((v) => Number.isFinite(v));
  let lo = finite.length > 0 ? Math.min(...finite) : 0;
  let hi = finite.length > 0 ? Math.max(...finite) : 1;
  if (lo >= 0 && (lo === hi || lo < hi / 3)) lo = 0;
  else if (hi <= 0 && (lo === hi || hi > lo / 3)) hi = 0;
  if (lo === hi) hi = lo + 1;
  const magnitude = Math.floor(Math.log10(hi - lo));
  // Failing 4–6 distinct labels (a formatter coarser than the data), the closest to 5 ticks with distinct labels.
  let best: NiceScale | null = null;
  let bestRank = Number.POSITIVE_INFINITY;
  for (let exponent = magnitude - 2; exponent <= magnitude + 2; exponent += 1) {
    for (const base of niceBases) {
      const step = clean(base * 10 ** exponent);
      const min = clean(Math.floor(lo / step + 1e-9) * step);
      const max = clean(Math.ceil(hi / step - 1e-9) * step);
      const count = Math.round((max - min) / step) + 1;
      const scale = { min, max, step, ticks: Array.from({ length: count }, (_, i) => clean(min + i * step)) };
      const distinct = new Set(scale.ticks.map(formatValue)).size === count;
      if (distinct && count >= 4 && count <= 6) return scale;
      const rank = (distinct ? 0 : 100) + Math.abs(count - 5);
      if (rank < bestRank) {
        best = scale;
        bestRank = rank;
      }
    }
  }
  return best ?? { min: lo, max: hi, step: hi - lo, ticks: [lo, hi] };
}

const yearSteps = [1, 2, 5, 10, 20, 25, 50, 100];

/** Years to label: every year, or every 2nd, 5th … (multiples of the step) so labels ~34 px apart fit. */
export function yearTicks(first: number, last: number, room: number): number[] {
  const maxLabels = Math.max(1, Math.floor(room / 34) + 1);
  const multiples = (step: number) => Math.floor(last / step) - Math.ceil(first / step) + 1;
  const step = yearSteps.find((s) => multiples(s) <= maxLabels) ?? yearSteps[yearSteps.length - 1] ?? 100;
  const years: number[] = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push(year);
  return years;
}

export function trendChartModel(input: TrendChartInput): TrendChartModel {
  const width = input.width ?? 560;
  const height = input.height ?? 260;
  const labels = input.labels ?? defaultLabels;
  const baseline = input.baseline ?? null;
  const target = input.target ?? null;
  const series = input.series.map((s) => ({ ...s, points: [...s.points].sort((a, b) => a.year - b.year) }));
  const seriesValues = series.flatMap((s) => s.points.flatMap((p) => (p.value === null || !Number.isFinite(p.value) ? [] : [p.value])));
  const empty = seriesValues.length === 0;
  const references = [baseline, target].filter((r): r is { year: number; value: number } => r !== null);

  const scale = niceScale(empty ? [] : [...seriesValues, ...references.map((r) => r.value)], input.formatValue);
  const yLabels = scale.ticks.map((v) => input.formatValue(v));
  const left = Math.ceil(10 + Math.max(0, ...yLabels.map((l) => estimateTextWidth(l, 11))) + 8);
  const plot: TrendPlotArea = { left, top: 22, width: Math.max(40, width - left - 18), height: Math.max(40, height - 22 - 30) };
  const bottom = plot.top + plot.height;
  const yOf = (value: number) => bottom - ((value - scale.min) / (scale.max - scale.min)) * plot.height;

  const years = empty ? [] : [...series.flatMap((s) => s.points.map((p) => p.year)), ...references.map((r) => r.year)];
  const firstYear = years.length > 0 ? Math.min(...years) : 0;
  const lastYear = years.length > 0 ? Math.max(...years) : 0;
  const span = plot.width - 2 * xInset;
  const xOf = (year: number) => (lastYear === firstYear ? plot.left + plot.width / 2 : plot.left + xInset + ((year - firstYear) / (lastYear - firstYear)) * span);

  const seriesModels: TrendSeriesModel[] = series.map((s, index) => {
    const style = seriesStyle(index);
    const points: TrendPoint[] = [];
    let path = '';
    let drawing = false;
    for (const p of s.points) {
      if (p.value === null || !Number.isFinite(p.value) || empty) {
        drawing = false;
        continue;
      }
      const point = { year: p.year, value: p.value, x: xOf(p.year), y: yOf(p.value) };
      points.push(point);
      path += `${path === '' ? '' : ' '}${drawing ? 'L' : 'M'}${r1(point.x)} ${r1(point.y)}`;
      drawing = true;
    }
    const markers = points.map((p) => markerPath(style.marker, p.x, p.y)).join('');
    return { key: s.key, label: s.label, ...style, path, markers, points };
  });

  const reference = (ref: { year: number; value: number } | null, label: string, marker: MarkerShape, labelInPlot: boolean): TrendReference | null => {
    if (ref === null || empty) return null;
    const x = xOf(ref.year);
    const y = yOf(ref.value);
    const half = estimateTextWidth(label) / 2;
    const labelAnchor = x + half > width - 4 ? 'end' : x - half < 4 ? 'start' : 'middle';
    const labelX = labelAnchor === 'end' ? x + 6 : labelAnchor === 'start' ? x - 6 : x;
    // Above the marker, unless its capitals (~0.75 em) would leave the chart; then below it.
    const labelY = y - 10 - trendFontSize * 0.75 < 0 ? y + 10 + trendFontSize : y - 10;
    return { year: ref.year, value: ref.value, x, y, label, marker, markerPath: markerPath(marker, x, y), labelX, labelY, labelAnchor, labelInPlot };
  };
  const baselineModel = reference(baseline, labels.baseline, 'ring', false);
  const targetModel = reference(target, labels.target, 'star', true);

  const legend: TrendLegendEntry[] = (empty ? [] : seriesModels).map((s) => ({ kind: 'series', key: s.key, label: s.label, colour: s.colour, dash: s.dash, strokeWidth: s.strokeWidth, marker: s.marker }));
  if (baselineModel) legend.push({ kind: 'baseline', key: 'baseline', label: baselineModel.label, colour: referenceColour, dash: null, strokeWidth: 0, marker: 'ring' });
  if (targetModel) legend.push({ kind: 'target', key: 'target', label: targetModel.label, colour: referenceColour, dash: baselineModel ? targetLineDash : null, strokeWidth: baselineModel ? 1.5 : 0, marker: 'star' });

  const xTicks = empty ? [] : yearTicks(firstYear, lastYear, span).map((year) => ({ year, x: xOf(year), label: String(year) }));
  const yTicks = empty ? [] : scale.ticks.map((value, i) => ({ value, y: yOf(value), label: yLabels[i] ?? '' }));
  const right = plot.left + plot.width;
  return {
    empty,
    width,
    height,
    plot,
    xTicks,
    yTicks,
    zeroY: !empty && scale.min < 0 && scale.max > 0 ? yOf(0) : null,
    gridPath: yTicks.map((t) => `M${r1(plot.left)} ${r1(t.y)}H${r1(right)}`).join(''),
    axisPath: `M${r1(plot.left)} ${r1(bottom)}H${r1(right)}${xTicks.map((t) => `M${r1(t.x)} ${r1(bottom)}v4`).join('')}`,
    series: seriesModels,
    baseline: baselineModel,
    target: targetModel,
    targetLine: baselineModel && targetModel ? `M${r1(baselineModel.x)} ${r1(baselineModel.y)}L${r1(targetModel.x)} ${r1(targetModel.y)}` : null,
    legend,
  };
}

/** Text for XML: the five special characters escaped, characters XML forbids (controls, lone surrogates) left out. */
export function escapeXml(text: string): string {
  let out = '';
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    const forbidden = (code < 0x20 && code !== 0x9 && code !== 0xa && code !== 0xd) || (code >= 0xd800 && code <= 0xdfff) || code === 0xfffe || code === 0xffff;
    if (forbidden) continue;
    out += ch === '&' ? '&amp;' : ch === '<' ? '&lt;' : ch === '>' ? '&gt;' : ch === '"' ? '&quot;' : ch === "'" ? '&apos;' : ch;
  }
  return out;
}

const legendRowHeight = 20;
const legendSwatchWidth = 30;
const legendMargin = 12;

/** The legend below the plot: as many equal columns as the longest label allows, filled row by row. */
function legendLayout(model: TrendChartModel): { items: { entry: TrendLegendEntry; x: number; y: number }[]; height: number } {
  if (model.legend.length === 0) return { items: [], height: 0 };
  const columnWidth = Math.max(...model.legend.map((e) => legendSwatchWidth + 6 + estimateTextWidth(e.label) + 18));
  const columns = Math.max(1, Math.min(model.legend.length, Math.floor((model.width - 2 * legendMargin) / columnWidth)));
  const rows = Math.ceil(model.legend.length / columns);
  const items = model.legend.map((entry, i) => ({ entry, x: legendMargin + (i % columns) * columnWidth, y: model.height + 4 + legendRowHeight / 2 + Math.floor(i / columns) * legendRowHeight }));
  return { items, height: 8 + rows * legendRowHeight };
}

/** The size of the picture `trendChartSvg` draws: the model's size plus the legend below it. */
export function trendChartSvgSize(model: TrendChartModel): { width: number; height: number } {
  return { width: model.width, height: model.height + legendLayout(model).height };
}

const attrs = (pairs: Record<string, string | number | null>) =>
  Object.entries(pairs)
    .filter((pair): pair is [string, string | number] => pair[1] !== null)
    .map(([name, value]) => ` ${name}="${escapeXml(typeof value === 'number' ? r1(value) : value)}"`)
    .join('');

const pathTag = (d: string, paint: Record<string, string | number | null>) => (d === '' ? '' : `<path${attrs({ d, ...paint })}/>`);

function markerTag(d: string, shape: MarkerShape, colour: string): string {
  const paint = markerPaint(shape, colour);
  return pathTag(d, { fill: paint.fill, stroke: paint.stroke, 'stroke-width': paint.strokeWidth });
}

function referenceTags(ref: TrendReference | null): string {
  if (!ref) return '';
  const label = `<text${attrs({ x: ref.labelX, y: ref.labelY, 'text-anchor': ref.labelAnchor, fill: referenceColour, stroke: '#ffffff', 'stroke-width': 3, 'stroke-linejoin': 'round', 'paint-order': 'stroke', 'font-weight': 'bold' })}>${escapeXml(ref.label)}</text>`;
  return markerTag(ref.markerPath, ref.marker, referenceColour) + (ref.labelInPlot ? label : '');
}

/**
 * The chart as a standalone SVG document, legend included below the plot, in Arial (Liberation
 * Sans where Arial is missing) so it rasterises the same on every machine. Draw it on a canvas at
 * `trendChartSvgSize(model)` (times a scale for print) to get a PNG for a Word document.
 */
export function trendChartSvg(model: TrendChartModel, options: { title: string; description: string }): string {
  const size = trendChartSvgSize(model);
  const { plot } = model;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg"${attrs({ width: size.width, height: size.height, viewBox: `0 0 ${r1(size.width)} ${r1(size.height)}`, 'font-family': 'Arial, Liberation Sans, Helvetica, sans-serif', 'font-size': trendFontSize })}>`,
    `<title>${escapeXml(options.title)}</title>`,
    `<desc>${escapeXml(options.description)}</desc>`,
    `<rect${attrs({ width: size.width, height: size.height, fill: '#ffffff' })}/>`,
    pathTag(model.gridPath, { fill: 'none', stroke: gridColour, 'stroke-width': 1 }),
    model.zeroY === null ? '' : pathTag(`M${r1(plot.left)} ${r1(model.zeroY)}H${r1(plot.left + plot.width)}`, { fill: 'none', stroke: axisLineColour, 'stroke-width': 1 }),
    pathTag(model.axisPath, { fill: 'none', stroke: axisLineColour, 'stroke-width': 1 }),
    `<g${attrs({ fill: axisTextColour, 'font-size': 11 })}>`,
    ...model.yTicks.map((t) => `<text${attrs({ x: plot.left - 8, y: t.y + 4, 'text-anchor': 'end' })}>${escapeXml(t.label)}</text>`),
    ...model.xTicks.map((t) => `<text${attrs({ x: t.x, y: plot.top + plot.height + 18, 'text-anchor': 'middle' })}>${escapeXml(t.label)}</text>`),
    '</g>',
    model.targetLine === null ? '' : pathTag(model.targetLine, { fill: 'none', stroke: referenceColour, 'stroke-width': 1.5, 'stroke-dasharray': targetLineDash }),
    // The main series last, so it lies on top.
    ...[...model.series].reverse().map((s) => pathTag(s.path, { fill: 'none', stroke: s.colour, 'stroke-width': s.strokeWidth, 'stroke-dasharray': s.dash, 'stroke-linejoin': 'round' }) + markerTag(s.markers, s.marker, s.colour)),
    referenceTags(model.baseline),
    referenceTags(model.target),
    ...legendLayout(model).items.map(({ entry, x, y }) => {
      const line = entry.strokeWidth > 0 ? pathTag(`M${r1(x)} ${r1(y)}h${legendSwatchWidth}`, { fill: 'none', stroke: entry.colour, 'stroke-width': entry.strokeWidth, 'stroke-dasharray': entry.dash }) : '';
      const text = `<text${attrs({ x: x + legendSwatchWidth + 6, y: y + 4, fill: referenceColour })}>${escapeXml(entry.label)}</text>`;
      return line + markerTag(markerPath(entry.marker, x + legendSwatchWidth / 2, y), entry.marker, entry.colour) + text;
    }),
    '</svg>',
  ];
  return parts.join('');
}
