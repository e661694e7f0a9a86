import { describe, expect, it } from 'vitest';
import { indicatorVerdict, type VerdictInput } from '#shared/kolada/verdict.ts';

const series = (from: number, values: (number | null)[]) => values.map((value, i) => ({ year: from + i, value }));
const input = (points: VerdictInput['points'], baseline: [number | null, number | null], target: [number | null, number | null]): VerdictInput => ({
  points,
  baseline: { year: baseline[0], value: baseline[1] },
  target: { year: target[0], value: target[1] },
});

describe('indicatorVerdict', () => {
  it('is on track when the trend continued reaches a higher target in the target year', () => {
    const v = indicatorVerdict(input(series(2019, [70, 71, 72, 73, 74]), [2019, 70], [2030, 80]));
    expect(v.kind).toBe('onTrack');
    expect(v.slope).toBeCloseTo(1);
    expect(v.latest).toEqual({ year: 2023, value: 74 });
    expect(v.projected?.year).toBe(2030);
    expect(v.projected?.value).toBeCloseTo(81);
    expect(v.trendYears).toEqual({ from: 2019, to: 2023 });
  });

  it('is too slow when the right direction would not get there in time', () => {
    expect(indicatorVerdict(input(series(2019, [70, 70.2, 70.4, 70.6, 70.8]), [2019, 70], [2030, 80])).kind).toBe('tooSlow');
  });

  it('goes the wrong way when the trend moves away from the target', () => {
    expect(indicatorVerdict(input(series(2019, [74, 73, 72.5, 71, 70]), [2019, 74], [2030, 80])).kind).toBe('wrongWay');
  });

  it('judges a lower target (fewer is better) the other way round', () => {
    expect(indicatorVerdict(input(series(2019, [12, 11, 10, 9]), [2019, 12], [2026, 5])).kind).toBe('onTrack');
    expect(indicatorVerdict(input(series(2019, [12, 12.5, 13, 14]), [2019, 12], [2026, 5])).kind).toBe('wrongWay');
  });

  it('has reached the target when the latest value is at or beyond it', () => {
    expect(indicatorVerdict(input(series(2020, [70, 75, 80]), [2020, 70], [2030, 80])).kind).toBe('reached');
    expect(indicatorVerdict(input(series(2020, [12, 6, 4]), [2020, 12], [2030, 5])).kind).toBe('reached');
  });

  it('has missed the target when the target year has a value short of it', () => {
    expect(indicatorVerdict(input(series(2020, [70, 72, 74, 76]), [2020, 70], [2022, 80])).kind).toBe('missed');
  });

  it('stands still when the trend barely moves', () => {
    expect(indicatorVerdict(input(series(2019, [70, 70.01, 70, 70.01, 70]), [2019, 70], [2030, 80])).kind).toBe('standingStill');
  });

  it('needs three values from the baseline year on, skipping years without a value', () => {
    expect(indicatorVerdict(input(series(2019, [70, null, 72]), [2019, 70], [2030, 80])).kind).toBe('tooLittleData');
    expect(indicatorVerdict(input(series(2015, [60, 61, 62, 70, 71]), [2018, 70], [2030, 80])).kind).toBe('tooLittleData');
    expect(indicatorVerdict(input(series(2019, [70, null, 72, 73]), [2019, 70], [2030, 80])).kind).toBe('onTrack');
    expect(indicatorVerdict(input([], [null, null], [2030, 80])).kind).toBe('tooLittleData');
  });

  it('has nothing to judge without a target value, but still tells the latest value', () => {
    const v = indicatorVerdict(input(series(2019, [70, 71, 72]), [2019, 70], [2030, null]));
    expect(v.kind).toBe('noTarget');
    expect(v.latest).toEqual({ year: 2021, value: 72 });
  });

  it('fits the trend on the last five values only', () => {
    // Falling for years, then rising for the last five: the trend is the recent one.
    const v = indicatorVerdict(input(series(2010, [90, 85, 80, 75, 70, 65, 66, 67, 68, 69]), [null, null], [2030, 80]));
    expect(v.trendYears).toEqual({ from: 2015, to: 2019 });
    expect(v.slope).toBeCloseTo(1);
    expect(v.kind).toBe('onTrack');
  });

  it('uses the first value judged as the reference when there is no baseline, and has no deadline without a target year', () => {
    expect(indicatorVerdict(input(series(2019, [70, 71, 72]), [null, null], [null, 80])).kind).toBe('onTrack');
    expect(indicatorVerdict(input(series(2019, [70, 69, 68]), [null, null], [null, 80])).kind).toBe('wrongWay');
  });
});

describe('indicatorVerdict, målåret och att hålla nivån', () => {
  it('låter målårets eget värde avgöra, också när värdet sjunkit efteråt', () => {
    expect(indicatorVerdict(input(series(2020, [70, 75, 80, 78]), [2020, 70], [2022, 80])).kind).toBe('reached');
    expect(indicatorVerdict(input(series(2020, [70, 75, 79, 82]), [2020, 70], [2022, 80])).kind).toBe('missed');
  });

  it('når ett mål att hålla nivån inom 1 %, och står still när inget händer', () => {
    expect(indicatorVerdict(input(series(2020, [80, 80.2, 80.05]), [2020, 80], [2030, 80])).kind).toBe('reached');
    expect(indicatorVerdict(input(series(2020, [75, 75, 75]), [2020, 80], [2030, 80])).kind).toBe('standingStill');
    expect(indicatorVerdict(input(series(2020, [75, 74, 73]), [2020, 80], [2030, 80])).kind).toBe('wrongWay');
  });
});
