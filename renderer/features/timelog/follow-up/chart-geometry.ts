/**
 * The geometry of the follow-up charts, as plain numbers: nice axis ticks, a linear scale, bands
 * for bars, stacked bar segments, line points and label placement. The SVG components only draw
 * what these return, so the arithmetic is tested without a browser.
 */

/** The rectangle the data is drawn in, in SVG user units (y grows downwards). */
export interface PlotArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

export interface Ticks {
  /** The axis maximum: the last tick, at or above the largest value. */
  max: number;
  step: number;
  /** 0, step, 2 × step … max. */
  values: number[];
}

const niceSteps = [1, 2, 2.5, 5, 10];

/** Floating-point noise off: 0.30000000000000004 → 0.3. */
const clean = (value: number) => Number(value.toFixed(9));

/** Two decimals are finer than a pixel; shorter SVG text. */
export const px = (value: number) => Math.round(value * 100) / 100;

/**
 * Axis ticks from 0 on a step of 1, 2, 2,5 or 5 × 10ⁿ, at most `maxIntervals` intervals, ending at or
 * above `maxValue`. An empty chart (max 0) still gets an axis from 0 to 1.
 */
export function niceTicks(maxValue: number, maxIntervals = 5): Ticks {
  const top = Number.isFinite(maxValue) && maxValue > 0 ? maxValue : 1;
  const intervals = Math.max(1, Math.floor(maxIntervals));
  const raw = top / intervals;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = clean((niceSteps.find((nice) => nice * magnitude >= raw * (1 - 1e-9)) ?? 10) * magnitude);
  const count = Math.max(1, Math.ceil(clean(top / step) - 1e-9));
  const values = Array.from({ length: count + 1 }, (_, i) => clean(i * step));
  return { max: values[values.length - 1] ?? step, step, values };
}

/** Maps 0 … domainMax onto the plot's height: 0 at the bottom edge, domainMax at the top. */
export function yScale(area: PlotArea, domainMax: number): (value: number) => number {
  const bottom = area.top + area.height;
  const max = domainMax > 0 ? domainMax : 1;
  return (value) => bottom - (value / max) * area.height;
}

export interface Band {
  x: number;
  width: number;
  centre: number;
}

/** The slot of item `index` of `count` across the plot's width; `gap` is the share of each slot left empty. */
export function band(index: number, count: number, area: PlotArea, gap = 0.25): Band {
  const slot = area.width / Math.max(1, count);
  const width = slot * (1 - gap);
  const x = area.left + index * slot + (slot - width) / 2;
  return { x, width, centre: x + width / 2 };
}

export interface BarInput {
  key: string;
  label: string;
  /** Value per series id; missing ids are 0. */
  values: Readonly<Record<string, number>>;
}

export interface BarSegment {
  seriesId: string;
  value: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface StackedBar {
  key: string;
  label: string;
  total: number;
  band: Band;
  /** Bottom to top, in the order of `seriesOrder`; series with nothing are left out. */
  segments: BarSegment[];
}

/**
 * Stacks each bar's values bottom-up in `seriesOrder`. Each segment's edges come from the running
 * sum, so the segments meet exactly and the top of the stack is the bar's total.
 */
export function stackBars(bars: readonly BarInput[], seriesOrder: readonly string[], area: PlotArea, domainMax: number, gap = 0.25): StackedBar[] {
  const y = yScale(area, domainMax);
  return bars.map((bar, index) => {
    const slot = band(index, bars.length, area, gap);
    const segments: BarSegment[] = [];
    let sum = 0;
    for (const seriesId of seriesOrder) {
      const value = Object.hasOwn(bar.values, seriesId) ? (bar.values[seriesId] ?? 0) : 0;
      if (value <= 0) continue;
      const bottom = y(sum);
      sum += value;
      const top = y(sum);
      segments.push({ seriesId, value, x: slot.x, y: top, width: slot.width, height: bottom - top });
    }
    return { key: bar.key, label: bar.label, total: sum, band: slot, segments };
  });
}

export interface Point {
  x: number;
  y: number;
}

/** A line through the centres of the first `values.length` of `count` slots. */
export function linePoints(values: readonly number[], count: number, area: PlotArea, domainMax: number): Point[] {
  const y = yScale(area, domainMax);
  return values.map((value, index) => ({ x: band(index, count, area, 0).centre, y: y(value) }));
}

/** An SVG path through the points: `M x y L x y …`; empty for no points. */
export function pathOf(points: readonly Point[]): string {
  return points.map((p, i) => `${i === 0 ? 'M' : 'L'}${px(p.x)} ${px(p.y)}`).join(' ');
}

const labelSteps = [1, 2, 4, 5, 10, 13, 26, 52];

/** Label every n-th slot so at most `maxLabels` labels fit: 53 weeks and 14 labels → every 4th week. */
export function labelStep(count: number, maxLabels: number): number {
  const needed = Math.ceil(count / Math.max(1, maxLabels));
  return labelSteps.find((step) => step >= needed) ?? needed;
}

/**
 * Moves label positions apart so no two are closer than `gap`, keeping them between `min` and
 * `max` and as close as possible to where they wanted to be. Returns them in the order given.
 */
export function spreadLabels(wanted: readonly number[], gap: number, min: number, max: number): number[] {
  const order = wanted.map((y, index) => ({ y: Math.min(max, Math.max(min, y)), index })).sort((a, b) => a.y - b.y || a.index - b.index);
  for (let i = 1; i < order.length; i += 1) {
    const previous = order[i - 1];
    const current = order[i];
    if (previous && current && current.y - previous.y < gap) current.y = previous.y + gap;
  }
  // Pushed past the bottom: walk back up from the last one.
  for (let i = order.length - 1; i >= 0; i -= 1) {
    const current = order[i];
    const next = order[i + 1];
    if (!current) continue;
    const limit = next ? next.y - gap : max;
    if (current.y > limit) current.y = limit;
  }
  const placed: number[] = [];
  for (const { y, index } of order) placed[index] = y;
  return placed;
}
