/**
 * The app's own judgement of an indicator (issue: Indikatorer): is the value heading for the plan's
 * target? Worked out from Kolada's values, never stored and never credited to Kolada: whoever shows
 * it says it is the app's calculation on Kolada's data.
 *
 * The rule, in plain words so the MOA can check it:
 * - the trend is the straight line that fits the latest values best (least squares), from the
 *   baseline year on when there is one, at most the last `TREND_YEARS` years with a value;
 * - fewer than `MIN_VALUES` values, or no target, and there is nothing to judge;
 * - a latest value at or beyond the target (in the direction the target lies from the baseline)
 *   has reached it; a target year that has its own value is judged by that value alone (reached or
 *   missed); a target year past without a value, and the latest value short of the target, is missed;
 * - a target equal to the baseline (hold the level) is reached within 1 % of it;
 * - a trend away from the target goes the wrong way; a trend that, continued to the target year,
 *   reaches the target is on its way; one that goes the right way but would not get there is too
 *   slow; a trend that changes less than 1 % of the distance left over the years left stands still.
 */

export const TREND_YEARS = 5;
export const MIN_VALUES = 3;

export type VerdictKind = 'reached' | 'missed' | 'onTrack' | 'tooSlow' | 'standingStill' | 'wrongWay' | 'tooLittleData' | 'noTarget';

export interface VerdictInput {
  /** Values per year (the region's total); null where Kolada has no value. */
  points: readonly { year: number; value: number | null }[];
  baseline: { year: number | null; value: number | null };
  target: { year: number | null; value: number | null };
}

export interface Verdict {
  kind: VerdictKind;
  /** The latest year with a value and that value. */
  latest: { year: number; value: number } | null;
  /** Change per year along the trend line, when one was fitted. */
  slope: number | null;
  /** The years the trend was fitted on. */
  trendYears: { from: number; to: number } | null;
  /** Where the trend line is in the target year, when there is one. */
  projected: { year: number; value: number } | null;
}

function leastSquaresSlope(points: readonly { year: number; value: number }[]): { slope: number; intercept: number } {
  const n = points.length;
  const meanX = points.reduce((s, p) => s + p.year, 0) / n;
  const meanY = points.reduce((s, p) => s + p.value, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.year - meanX) ** 2;
    sxy += (p.year - meanX) * (p.value - meanY);
  }
  const slope = sxx === 0 ? 0 : sxy / sxx;
  return { slope, intercept: meanY - slope * meanX };
}

export function indicatorVerdict(input: VerdictInput): Verdict {
  const known = input.points
    .filter((p): p is { year: number; value: number } => p.value !== null && Number.isFinite(p.value))
    .sort((a, b) => a.year - b.year);
  const last = known.at(-1);
  const latest = last ? { year: last.year, value: last.value } : null;
  const fromBaseline = input.baseline.year === null ? known : known.filter((p) => p.year >= (input.baseline.year ?? 0));
  const window = fromBaseline.slice(-TREND_YEARS);
  const base: Omit<Verdict, 'kind'> = { latest, slope: null, trendYears: null, projected: null };
  if (input.target.value === null) return { ...base, kind: 'noTarget' };
  if (window.length < MIN_VALUES || latest === null) return { ...base, kind: 'tooLittleData' };

  const { slope, intercept } = leastSquaresSlope(window);
  const first = window[0] as { year: number; value: number };
  const trendYears = { from: first.year, to: latest.year };
  const targetYear = input.target.year !== null && input.target.year > latest.year ? input.target.year : null;
  const projected = targetYear === null ? null : { year: targetYear, value: slope * targetYear + intercept };
  const judged = { ...base, slope, trendYears, projected };

  const target = input.target.value;
  // Which way is better: from the baseline (or the first value judged) toward the target.
  const reference = input.baseline.value ?? first.value;
  const direction = Math.sign(target - reference);
  // The target year has come and has its value: that value decides, whatever came after.
  const inTargetYear = input.target.year === null ? undefined : known.find((p) => p.year === input.target.year);
  if (direction === 0) {
    // The target is to hold the level: reached while the value stays within 1 % of it.
    const held = (value: number) => Math.abs(value - target) <= 0.01 * Math.max(Math.abs(target), Number.EPSILON);
    if (inTargetYear) return { ...judged, kind: held(inTargetYear.value) ? 'reached' : 'missed' };
    if (held(latest.value)) return { ...judged, kind: 'reached' };
    const toward = Math.sign(target - latest.value) * slope;
    return { ...judged, kind: Math.abs(slope) * TREND_YEARS < 0.01 * Math.abs(target - latest.value) ? 'standingStill' : toward > 0 ? 'onTrack' : 'wrongWay' };
  }
  if (inTargetYear) return { ...judged, kind: (inTargetYear.value - target) * direction >= 0 ? 'reached' : 'missed' };
  if ((latest.value - target) * direction >= 0) return { ...judged, kind: 'reached' };
  // The target year has passed without its own value, and the latest value is short of the target.
  if (input.target.year !== null && input.target.year <= latest.year) return { ...judged, kind: 'missed' };
  const left = Math.abs(target - latest.value);
  const yearsLeft = Math.max(1, (targetYear ?? latest.year + TREND_YEARS) - latest.year);
  if (Math.abs(slope) * yearsLeft < 0.01 * left) return { ...judged, kind: 'standingStill' };
  if (slope * direction < 0) return { ...judged, kind: 'wrongWay' };
  if (projected === null) return { ...judged, kind: 'onTrack' };
  return { ...judged, kind: (projected.value - target) * direction >= 0 ? 'onTrack' : 'tooSlow' };
}
