import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { band, labelStep, linePoints, niceTicks, pathOf, spreadLabels, stackBars, yScale, type PlotArea } from '../../../../../renderer/features/timelog/follow-up/chart-geometry.ts';

const area: PlotArea = { left: 50, top: 20, width: 500, height: 200 };
const bottom = area.top + area.height;

describe('niceTicks', () => {
  it.each<[number, number, number[]]>([
    [38, 5, [0, 10, 20, 30, 40]],
    [40, 5, [0, 10, 20, 30, 40]],
    [41, 5, [0, 10, 20, 30, 40, 50]],
    [7.5, 5, [0, 2, 4, 6, 8]],
    [1234, 5, [0, 250, 500, 750, 1000, 1250]],
    [0.3, 5, [0, 0.1, 0.2, 0.3]],
    [728, 5, [0, 200, 400, 600, 800]],
  ])('ticks for a maximum of %s in at most %s steps: %j', (max, intervals, expected) => {
    const ticks = niceTicks(max, intervals);
    expect(ticks.values).toEqual(expected);
    expect(ticks.max).toBe(expected[expected.length - 1]);
  });

  it('gives an empty chart an axis from 0 to 1', () => {
    expect(niceTicks(0).values).toEqual([0, 0.2, 0.4, 0.6, 0.8, 1]);
    expect(niceTicks(Number.NaN).max).toBe(1);
  });

  it('always reaches the largest value within one step, on a 1-2-2,5-5 step, in at most the asked intervals', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.01, max: 1e6, noNaN: true }), fc.integer({ min: 2, max: 10 }), (max, intervals) => {
        const ticks = niceTicks(max, intervals);
        expect(ticks.max).toBeGreaterThanOrEqual(max * (1 - 1e-9));
        expect(ticks.max - ticks.step).toBeLessThan(max);
        expect(ticks.values.length - 1).toBeLessThanOrEqual(intervals);
        expect(ticks.values[0]).toBe(0);
        const mantissa = ticks.step / 10 ** Math.floor(Math.log10(ticks.step));
        expect([1, 2, 2.5, 5].some((nice) => Math.abs(mantissa - nice) < 1e-6)).toBe(true);
      }),
    );
  });
});

describe('scales and bands', () => {
  it('puts 0 on the bottom edge and the maximum on the top edge', () => {
    const y = yScale(area, 40);
    expect(y(0)).toBe(bottom);
    expect(y(40)).toBe(area.top);
    expect(y(10)).toBe(bottom - 50);
  });

  it('lays out bands side by side inside the plot, each with its gap', () => {
    const bands = Array.from({ length: 4 }, (_, i) => band(i, 4, area, 0.2));
    expect(bands[0]).toEqual({ x: 62.5, width: 100, centre: 112.5 });
    expect(bands[3]?.x).toBe(437.5);
    for (let i = 1; i < bands.length; i += 1) expect(bands[i]!.x).toBeGreaterThanOrEqual(bands[i - 1]!.x + bands[i - 1]!.width);
    expect(bands[3]!.x + bands[3]!.width).toBeLessThanOrEqual(area.left + area.width);
  });
});

describe('stackBars', () => {
  const bars = stackBars(
    [
      { key: 'w1', label: 'v. 1', values: { moa: 8, projektledning: 12, granskning: 0 } },
      { key: 'w2', label: 'v. 2', values: { granskning: 4, okand: 6, moa: 2 } },
    ],
    ['moa', 'projektledning', 'granskning', 'okand'],
    area,
    40,
  );

  it('stacks in series order from the bottom, leaving out series with nothing', () => {
    expect(bars.map((b) => b.segments.map((s) => s.seriesId))).toEqual([
      ['moa', 'projektledning'],
      ['moa', 'granskning', 'okand'],
    ]);
    expect(bars.map((b) => b.total)).toEqual([20, 12]);
  });

  it('lets the segments meet exactly, the first on the axis and the top at the total', () => {
    const y = yScale(area, 40);
    for (const bar of bars) {
      const [first] = bar.segments;
      expect(first!.y + first!.height).toBeCloseTo(bottom, 9);
      for (let i = 1; i < bar.segments.length; i += 1) expect(bar.segments[i]!.y + bar.segments[i]!.height).toBeCloseTo(bar.segments[i - 1]!.y, 9);
      expect(bar.segments[bar.segments.length - 1]!.y).toBeCloseTo(y(bar.total), 9);
    }
    expect(bars[0]!.segments[0]!.height).toBeCloseTo(40, 9); // 8 of 40 hours on a 200-unit axis
  });

  it('gives every segment of a bar the bar’s band', () => {
    for (const bar of bars) for (const segment of bar.segments) expect([segment.x, segment.width]).toEqual([bar.band.x, bar.band.width]);
  });

  it('does not read an object’s prototype as a series value', () => {
    const [bar] = stackBars([{ key: 'w', label: 'v. 1', values: {} }], ['toString', 'constructor'], area, 10);
    expect(bar!.segments).toEqual([]);
  });
});

describe('lines', () => {
  it('puts points on the slot centres and stops where the values stop', () => {
    const points = linePoints([0, 20, 40], 4, area, 40);
    expect(points).toEqual([
      { x: 112.5, y: bottom },
      { x: 237.5, y: 120 },
      { x: 362.5, y: area.top },
    ]);
  });

  it('writes a path through the points, rounded to hundredths', () => {
    expect(pathOf([{ x: 10, y: 20.004 }, { x: 30.456, y: 40 }])).toBe('M10 20 L30.46 40');
    expect(pathOf([])).toBe('');
  });
});

describe('labels', () => {
  it.each([
    [53, 14, 4],
    [52, 14, 4],
    [10, 14, 1],
    [20, 14, 2],
    [260, 14, 26],
  ])('labels every n-th of %s slots for at most %s labels: %s', (count, max, step) => {
    expect(labelStep(count, max)).toBe(step);
  });

  it('moves labels apart, keeps them inside the bounds and in the given order', () => {
    expect(spreadLabels([100, 105], 18, 0, 300)).toEqual([100, 118]);
    expect(spreadLabels([105, 100], 18, 0, 300)).toEqual([118, 100]);
    expect(spreadLabels([195, 200], 18, 0, 200)).toEqual([182, 200]);
    expect(spreadLabels([50, 150], 18, 0, 200)).toEqual([50, 150]);
  });
});
