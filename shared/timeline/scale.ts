/**
 * The timeline's horizontal axis: which dates it covers, how many pixels a day is at each zoom,
 * where a date, a bar or a milestone goes, and the labelled columns above the chart. Pure: today
 * is a parameter, so the same call gives the same answer in a test, in Node and in the renderer.
 */
import type { Locale } from '../format.ts';
import { dateOfDay, dayNumber, dayNumberOf, isIsoDate, partsOfDay, weekdayOfDay } from './days.ts';
import { monthName } from '../locale.ts';

export const timelineZooms = ['month', 'quarter', 'year'] as const;
export type TimelineZoom = (typeof timelineZooms)[number];

/**
 * Pixels per day: wide enough at each zoom that a column's label fits in it (a month ≈ 210 px
 * for `september 2026`, a week 49 px for `v. 48`; a quarter ≈ 180 px, a month in it ≈ 60 px;
 * a year ≈ 220 px, a quarter in it ≈ 55 px).
 */
export const pixelsPerDay: Readonly<Record<TimelineZoom, number>> = { month: 7, quarter: 2, year: 0.6 };

/** One step closer (year → quarter → month); the closest stays. */
export function zoomIn(zoom: TimelineZoom): TimelineZoom {
  return zoom === 'year' ? 'quarter' : 'month';
}

/** One step further out (month → quarter → year); the furthest stays. */
export function zoomOut(zoom: TimelineZoom): TimelineZoom {
  return zoom === 'month' ? 'quarter' : 'year';
}

/** First and last day shown, both inclusive. */
export interface TimelineRange {
  start: string;
  end: string;
}

export interface TimelineScale {
  readonly zoom: TimelineZoom;
  readonly start: string;
  readonly end: string;
  readonly pxPerDay: number;
  /** Days in the range, both ends counted. */
  readonly days: number;
  /** The width of the time area in pixels. */
  readonly width: number;
  /** The left edge of a day; dates outside the range give positions outside [0, width]. */
  dateToX(date: string): number;
  /** The day under a position, kept inside the range. */
  xToDate(x: number): string;
}

export function createScale(range: TimelineRange, zoom: TimelineZoom): TimelineScale {
  const first = dayNumber(range.start);
  const last = dayNumber(range.end);
  if (last < first) throw new Error(`createScale: the range ends (${range.end}) before it starts (${range.start})`);
  const pxPerDay = pixelsPerDay[zoom];
  const days = last - first + 1;
  return {
    zoom,
    start: range.start,
    end: range.end,
    pxPerDay,
    days,
    width: days * pxPerDay,
    dateToX: (date) => (dayNumber(date) - first) * pxPerDay,
    // The small tolerance: 57 × 0.6 / 0.6 is 56.999… in floating point, and must still be day 57.
    xToDate: (x) => dateOfDay(first + Math.min(days - 1, Math.max(0, Math.floor(x / pxPerDay + 1e-9)))),
  };
}

/** Where a bar for [start, end] (both days included) goes; null when it lies wholly outside the range. */
export interface BarGeometry {
  x: number;
  width: number;
  /** The item starts before the range: the bar is cut at the left edge. */
  clippedStart: boolean;
  /** The item ends after the range: the bar is cut at the right edge. */
  clippedEnd: boolean;
}

/**
 * A bar from the start of its first day to the end of its last. `minWidth` keeps a one-day item
 * visible when zoomed out (a day is 0.6 px at year zoom); the bar then grows to the right, or to
 * the left at the range's end, but never out of the range.
 */
export function barGeometry(scale: TimelineScale, start: string, end: string, minWidth = 0): BarGeometry | null {
  const first = dayNumber(scale.start);
  const last = dayNumber(scale.end);
  const from = dayNumber(start);
  const to = Math.max(from, dayNumber(end));
  if (to < first || from > last) return null;
  const clippedStart = from < first;
  const clippedEnd = to > last;
  let x = (Math.max(from, first) - first) * scale.pxPerDay;
  const right = (Math.min(to, last) - first + 1) * scale.pxPerDay;
  const width = Math.min(scale.width, Math.max(right - x, minWidth));
  if (x + width > scale.width) x = scale.width - width;
  return { x, width, clippedStart, clippedEnd };
}

/** A milestone is a point: the middle of its day. Null when the day is outside the range. */
export function milestoneX(scale: TimelineScale, date: string): number | null {
  return dayCentre(scale, date);
}

/** The today line: the middle of today's day, or null when today is outside the range. */
export function todayX(scale: TimelineScale, today: string): number | null {
  return dayCentre(scale, today);
}

function dayCentre(scale: TimelineScale, date: string): number | null {
  const x = scale.dateToX(date);
  return x < 0 || x >= scale.width ? null : x + scale.pxPerDay / 2;
}

/**
 * The scroll position that puts a date at a fraction of the visible time area (0 left edge,
 * 0.5 middle), kept within what the area can scroll.
 */
export function scrollLeftFor(scale: TimelineScale, date: string, viewWidth: number, at = 0.5): number {
  const x = scale.dateToX(date) + scale.pxPerDay / 2 - viewWidth * at;
  return Math.round(Math.min(Math.max(0, scale.width - viewWidth), Math.max(0, x)));
}

// --- periods ---------------------------------------------------------------------------------

type PeriodUnit = 'week' | 'month' | 'quarter' | 'year';

/** The unit of the labelled columns (major) and of the finer lines and labels under them (minor). */
const units: Readonly<Record<TimelineZoom, { major: PeriodUnit; minor: PeriodUnit }>> = {
  month: { major: 'month', minor: 'week' },
  quarter: { major: 'quarter', minor: 'month' },
  year: { major: 'year', minor: 'quarter' },
};

function periodStart(day: number, unit: PeriodUnit): number {
  if (unit === 'week') return day - weekdayOfDay(day);
  const { year, month } = partsOfDay(day);
  if (unit === 'month') return dayNumberOf(year, month, 1);
  if (unit === 'quarter') return dayNumberOf(year, month - ((month - 1) % 3), 1);
  return dayNumberOf(year, 1, 1);
}

/** The first day of the period after the one starting on `start`. */
function nextPeriod(start: number, unit: PeriodUnit): number {
  if (unit === 'week') return start + 7;
  const { year, month } = partsOfDay(start);
  if (unit === 'month') return dayNumberOf(year, month + 1, 1);
  if (unit === 'quarter') return dayNumberOf(year, month + 3, 1);
  return dayNumberOf(year + 1, 1, 1);
}

/**
 * The range the chart shows: every item and today, widened to whole columns of the zoom (whole
 * months, quarters or years) and, when given, to at least `minWidth` pixels. An item years away
 * does not stretch the chart without end: the range stops `yearsBefore`/`yearsAfter` whole years
 * from today's year and such items are drawn cut at the edge (barGeometry).
 */
export function chartRange(
  spans: readonly { start: string; end: string }[],
  today: string,
  zoom: TimelineZoom,
  { minWidth = 0, yearsBefore = 10, yearsAfter = 15 }: { minWidth?: number; yearsBefore?: number; yearsAfter?: number } = {},
): TimelineRange {
  const todayDay = dayNumber(today);
  // ISO dates sort as text, so the extremes are found by comparing strings (10 000 rows, no parsing);
  // should an extreme be unreadable, the slow way leaves such spans out.
  let first = today;
  let last = today;
  for (const span of spans) {
    if (span.start < first) first = span.start;
    if (span.end > last) last = span.end;
    if (span.start > last) last = span.start;
  }
  if (!isIsoDate(first) || !isIsoDate(last)) {
    const readable = spans.filter((span) => isIsoDate(span.start) && isIsoDate(span.end));
    if (readable.length < spans.length) return chartRange(readable, today, zoom, { minWidth, yearsBefore, yearsAfter });
  }
  let lo = Math.min(todayDay, dayNumber(first));
  let hi = Math.max(todayDay, dayNumber(last));
  const todayYear = partsOfDay(todayDay).year;
  const earliest = dayNumberOf(todayYear - yearsBefore, 1, 1);
  const latest = dayNumberOf(todayYear + yearsAfter, 12, 31);
  lo = Math.max(lo, earliest);
  hi = Math.min(hi, latest);
  const unit = units[zoom].major;
  const start = periodStart(lo, unit);
  let end = nextPeriod(periodStart(hi, unit), unit) - 1;
  const pxPerDay = pixelsPerDay[zoom];
  while ((end - start + 1) * pxPerDay < minWidth) end = nextPeriod(end + 1, unit) - 1;
  return { start: dateOfDay(start), end: dateOfDay(end) };
}

// --- ticks -----------------------------------------------------------------------------------

/** A labelled column of the axis, cut to the range at both ends. */
export interface TimelineTick {
  /** The period's first day (also when the column is cut at the range's start). */
  start: string;
  x: number;
  width: number;
  label: string;
}

export interface TimelineTicks {
  /** The columns: months (`november 2026`), quarters (`2026 K4`) or years (`2026`). */
  major: TimelineTick[];
  /** The finer division under them: weeks (`v. 48`), months (`nov`) or quarters (`K4`). */
  minor: TimelineTick[];
}

const quarterLetter: Readonly<Record<Locale, string>> = { sv: 'K', en: 'Q' };
const weekPrefix: Readonly<Record<Locale, string>> = { sv: 'v.', en: 'w.' };

/** `november 2026` (long) or `nov 2026` (short); without the year when `withYear` is false. */
export function monthLabel(year: number, month: number, style: 'long' | 'short', locale: Locale = 'sv', withYear = true): string {
  const name = monthName(month, locale);
  const shown = style === 'long' ? name : name.slice(0, 3);
  return withYear ? `${shown} ${year}` : shown;
}

/** `2026 K4` (Swedish: kvartal) or `2026 Q4`. */
export function quarterLabel(year: number, quarter: number, locale: Locale = 'sv'): string {
  return `${year} ${quarterLetter[locale]}${quarter}`;
}

/** The ISO week (Monday first, week 1 holds the year's first Thursday) of the week starting on a Monday. */
function isoWeekOfMonday(monday: number): number {
  const thursday = monday + 3;
  return Math.floor((thursday - dayNumberOf(partsOfDay(thursday).year, 1, 1)) / 7) + 1;
}

function tickLabel(start: number, unit: PeriodUnit, role: 'major' | 'minor', locale: Locale): string {
  const { year, month } = partsOfDay(start);
  const quarter = Math.floor((month - 1) / 3) + 1;
  switch (unit) {
    case 'week':
      return `${weekPrefix[locale]} ${isoWeekOfMonday(start)}`;
    case 'month':
      return role === 'major' ? monthLabel(year, month, 'long', locale) : monthLabel(year, month, 'short', locale, false);
    case 'quarter':
      return role === 'major' ? quarterLabel(year, quarter, locale) : `${quarterLetter[locale]}${quarter}`;
    case 'year':
      return String(year);
  }
}

function ticksOf(scale: TimelineScale, unit: PeriodUnit, role: 'major' | 'minor', locale: Locale): TimelineTick[] {
  const first = dayNumber(scale.start);
  const last = dayNumber(scale.end);
  const ticks: TimelineTick[] = [];
  for (let start = periodStart(first, unit); start <= last; start = nextPeriod(start, unit)) {
    const from = Math.max(start, first);
    const to = Math.min(nextPeriod(start, unit) - 1, last);
    ticks.push({
      start: dateOfDay(start),
      x: (from - first) * scale.pxPerDay,
      width: (to - from + 1) * scale.pxPerDay,
      label: tickLabel(start, unit, role, locale),
    });
  }
  return ticks;
}

/** The axis's columns for the scale's zoom, labelled in Swedish (or English). */
export function timelineTicks(scale: TimelineScale, locale: Locale = 'sv'): TimelineTicks {
  const { major, minor } = units[scale.zoom];
  return { major: ticksOf(scale, major, 'major', locale), minor: ticksOf(scale, minor, 'minor', locale) };
}
