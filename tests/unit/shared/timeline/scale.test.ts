import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOfDay, dateParts, dayNumber, daysInMonth, isIsoDate } from '#shared/timeline/days.ts';
import {
  barGeometry,
  chartRange,
  createScale,
  milestoneX,
  monthLabel,
  pixelsPerDay,
  quarterLabel,
  scrollLeftFor,
  timelineTicks,
  timelineZooms,
  todayX,
  zoomIn,
  zoomOut,
  type TimelineScale,
} from '#shared/timeline/scale.ts';

const year2026 = { start: '2026-01-01', end: '2026-12-31' };
const year2028 = { start: '2028-01-01', end: '2028-12-31' };

describe('calendar days', () => {
  it('reads only real dates, with 29 February only in leap years', () => {
    expect(isIsoDate('2028-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
    expect(isIsoDate('2026-11-31')).toBe(false);
    expect(isIsoDate('26-11-27')).toBe(false);
    expect(dateParts('2026-11-27')).toEqual({ year: 2026, month: 11, day: 27 });
    expect(daysInMonth(2028, 2)).toBe(29);
    expect(daysInMonth(2026, 2)).toBe(28);
    expect(daysInMonth(2100, 2)).toBe(28);
    expect(() => dayNumber('2026-02-30')).toThrow(/not an ISO date/);
  });

  it('counts days without gaps across month ends, leap days and new year', () => {
    expect(dayNumber('2028-03-01') - dayNumber('2028-02-28')).toBe(2);
    expect(dayNumber('2026-03-01') - dayNumber('2026-02-28')).toBe(1);
    expect(dayNumber('2027-01-01') - dayNumber('2026-12-31')).toBe(1);
    // Summer time starts in Sweden on 2026-03-29: still one day.
    expect(dayNumber('2026-03-30') - dayNumber('2026-03-29')).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: dayNumber('2000-01-01'), max: dayNumber('2100-12-31') }), (day) => {
        expect(dayNumber(dateOfDay(day))).toBe(day);
        expect(dayNumber(dateOfDay(day + 1)) - day).toBe(1);
      }),
    );
  });
});

describe('the scale: date to position', () => {
  it('puts each month at its days times the pixels per day (month zoom, 2026)', () => {
    const scale = createScale(year2026, 'month');
    expect(scale.pxPerDay).toBe(7);
    expect(scale.dateToX('2026-01-01')).toBe(0);
    expect(scale.dateToX('2026-02-01')).toBe(31 * 7);
    expect(scale.dateToX('2026-03-01')).toBe((31 + 28) * 7);
    expect(scale.dateToX('2026-05-01')).toBe((31 + 28 + 31 + 30) * 7);
    expect(scale.dateToX('2026-11-27')).toBe(330 * 7);
    expect(scale.days).toBe(365);
    expect(scale.width).toBe(365 * 7);
  });

  it('gives the leap year 2028 a 29 February and 366 days', () => {
    const scale = createScale(year2028, 'month');
    expect(scale.dateToX('2028-02-29')).toBe(59 * 7);
    expect(scale.dateToX('2028-03-01')).toBe(60 * 7);
    expect(scale.dateToX('2028-12-31')).toBe(365 * 7);
    expect(scale.width).toBe(366 * 7);
    expect(createScale({ start: '2026-01-01', end: '2028-12-31' }, 'year').dateToX('2028-01-01')).toBeCloseTo((365 + 365) * 0.6, 9);
  });

  it('runs on across the year boundary', () => {
    const scale = createScale({ start: '2026-12-01', end: '2027-01-31' }, 'quarter');
    expect(scale.dateToX('2026-12-31')).toBe(30 * 2);
    expect(scale.dateToX('2027-01-01')).toBe(31 * 2);
    expect(scale.dateToX('2027-01-31')).toBe(61 * 2);
    expect(scale.width).toBe(62 * 2);
  });

  it('scales the same dates by the zoom: month 7, quarter 2, year 0.6 pixels a day', () => {
    const widths = timelineZooms.map((zoom) => {
      const scale = createScale(year2026, zoom);
      return [zoom, scale.dateToX('2026-07-01'), scale.width];
    });
    expect(widths).toEqual([
      ['month', 181 * 7, 365 * 7],
      ['quarter', 181 * 2, 365 * 2],
      ['year', 181 * pixelsPerDay.year, 365 * pixelsPerDay.year],
    ]);
  });

  it('gives dates outside the range positions outside the area', () => {
    const scale = createScale(year2026, 'quarter');
    expect(scale.dateToX('2025-12-31')).toBe(-2);
    expect(scale.dateToX('2027-01-01')).toBe(scale.width);
  });

  it('reads a position back as the day under it, at every zoom, and keeps it inside the range', () => {
    for (const zoom of timelineZooms) {
      const scale = createScale({ start: '2026-12-01', end: '2028-03-31' }, zoom);
      fc.assert(
        fc.property(fc.integer({ min: 0, max: scale.days - 1 }), fc.double({ min: 0, max: 0.999, noNaN: true }), (offset, within) => {
          const date = dateOfDay(dayNumber(scale.start) + offset);
          expect(scale.xToDate(scale.dateToX(date))).toBe(date);
          expect(scale.xToDate(scale.dateToX(date) + within * scale.pxPerDay)).toBe(date);
        }),
      );
      expect(scale.xToDate(-50)).toBe('2026-12-01');
      expect(scale.xToDate(scale.width + 50)).toBe('2028-03-31');
    }
  });

  it('keeps later dates to the right, a day apart by exactly the pixels per day', () => {
    const scale = createScale({ start: '2020-01-01', end: '2035-12-31' }, 'year');
    fc.assert(
      fc.property(fc.integer({ min: 0, max: scale.days - 2 }), fc.integer({ min: 1, max: 400 }), (offset, gap) => {
        const a = dateOfDay(dayNumber(scale.start) + offset);
        const b = dateOfDay(dayNumber(a) + gap);
        expect(scale.dateToX(b) - scale.dateToX(a)).toBeCloseTo(gap * scale.pxPerDay, 6);
      }),
    );
  });

  it('refuses a range that ends before it starts', () => {
    expect(() => createScale({ start: '2026-02-01', end: '2026-01-31' }, 'month')).toThrow(/before it starts/);
  });
});

describe('bars, milestones and the today line', () => {
  const scale = createScale(year2026, 'month');

  it('draws a bar from the start of its first day to the end of its last (both included)', () => {
    expect(barGeometry(scale, '2026-03-01', '2026-03-31')).toEqual({ x: 59 * 7, width: 31 * 7, clippedStart: false, clippedEnd: false });
    expect(barGeometry(scale, '2026-11-27', '2026-11-27')).toEqual({ x: 330 * 7, width: 7, clippedStart: false, clippedEnd: false });
    expect(barGeometry(scale, '2026-01-01', '2026-12-31')).toEqual({ x: 0, width: scale.width, clippedStart: false, clippedEnd: false });
  });

  it('cuts a bar partly outside the range at the edge and says which end is cut', () => {
    expect(barGeometry(scale, '2025-12-15', '2026-01-10')).toEqual({ x: 0, width: 10 * 7, clippedStart: true, clippedEnd: false });
    expect(barGeometry(scale, '2026-12-20', '2027-02-01')).toEqual({ x: 353 * 7, width: 12 * 7, clippedStart: false, clippedEnd: true });
    expect(barGeometry(scale, '2025-06-01', '2027-06-01')).toEqual({ x: 0, width: scale.width, clippedStart: true, clippedEnd: true });
  });

  it('draws nothing for an item wholly outside the range', () => {
    expect(barGeometry(scale, '2025-01-01', '2025-12-31')).toBeNull();
    expect(barGeometry(scale, '2027-01-01', '2027-01-01')).toBeNull();
    expect(milestoneX(scale, '2027-01-01')).toBeNull();
    expect(milestoneX(scale, '2025-12-31')).toBeNull();
  });

  it('keeps a one-day bar visible when zoomed out, inside the range', () => {
    const year = createScale(year2026, 'year');
    expect(barGeometry(year, '2026-06-01', '2026-06-01')?.width).toBeCloseTo(0.6, 9);
    expect(barGeometry(year, '2026-06-01', '2026-06-01', 4)).toEqual({ x: 151 * 0.6, width: 4, clippedStart: false, clippedEnd: false });
    const last = barGeometry(year, '2026-12-31', '2026-12-31', 4);
    expect(last?.x).toBeCloseTo(year.width - 4, 9);
    expect(last?.width).toBe(4);
  });

  it('puts a milestone in the middle of its day', () => {
    expect(milestoneX(scale, '2026-06-30')).toBe(180 * 7 + 3.5);
    expect(milestoneX(createScale(year2028, 'quarter'), '2028-02-29')).toBe(59 * 2 + 1);
  });

  it('puts the today line in the middle of today, or nowhere when today is outside', () => {
    expect(todayX(scale, '2026-11-27')).toBe(330 * 7 + 3.5);
    expect(todayX(scale, '2026-12-31')).toBe(364 * 7 + 3.5);
    expect(todayX(scale, '2027-01-01')).toBeNull();
    expect(todayX(scale, '2025-12-31')).toBeNull();
  });

  it('scrolls a date to the asked place of the visible area, within what can scroll', () => {
    expect(scrollLeftFor(scale, '2026-07-01', 600, 0.5)).toBe(Math.round(181 * 7 + 3.5 - 300));
    expect(scrollLeftFor(scale, '2026-01-02', 600, 0.5)).toBe(0);
    expect(scrollLeftFor(scale, '2026-12-31', 600, 0.5)).toBe(scale.width - 600);
    expect(scrollLeftFor(createScale({ start: '2026-11-01', end: '2026-11-30' }, 'year'), '2026-11-15', 600)).toBe(0);
  });
});

describe('ticks: the labelled columns', () => {
  const contiguous = (scale: TimelineScale, ticks: { x: number; width: number }[]) => {
    ticks.forEach((tick, i) => {
      const next = ticks[i + 1];
      if (next) expect(tick.x + tick.width).toBeCloseTo(next.x, 9);
    });
    expect(ticks[0]?.x).toBe(0);
    const last = ticks.at(-1);
    expect((last?.x ?? 0) + (last?.width ?? 0)).toBeCloseTo(scale.width, 9);
  };

  it('month zoom: months as `november 2026`, ISO weeks under them as `v. 48`', () => {
    const scale = createScale({ start: '2026-11-01', end: '2027-01-31' }, 'month');
    const { major, minor } = timelineTicks(scale);
    expect(major.map((t) => t.label)).toEqual(['november 2026', 'december 2026', 'januari 2027']);
    expect(major.map((t) => [t.x, t.width])).toEqual([
      [0, 30 * 7],
      [30 * 7, 31 * 7],
      [61 * 7, 31 * 7],
    ]);
    // 1 November 2026 is a Sunday: the first week column is that one day of v. 44.
    expect(minor[0]).toEqual({ start: '2026-10-26', x: 0, width: 7, label: 'v. 44' });
    expect(minor.find((t) => t.start === '2026-11-23')?.label).toBe('v. 48');
    // 2026 has 53 ISO weeks; week 1 of 2027 starts on 4 January.
    expect(minor.find((t) => t.start === '2026-12-28')?.label).toBe('v. 53');
    expect(minor.find((t) => t.start === '2027-01-04')?.label).toBe('v. 1');
    contiguous(scale, major);
    contiguous(scale, minor);
  });

  it('quarter zoom: quarters as `2026 K4`, months under them', () => {
    const scale = createScale(year2026, 'quarter');
    const { major, minor } = timelineTicks(scale);
    expect(major.map((t) => t.label)).toEqual(['2026 K1', '2026 K2', '2026 K3', '2026 K4']);
    expect(major.map((t) => t.width / 2)).toEqual([90, 91, 92, 92]);
    expect(minor.map((t) => t.label)).toEqual(['jan', 'feb', 'mar', 'apr', 'maj', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'dec']);
    contiguous(scale, major);
    contiguous(scale, minor);
  });

  it('year zoom: years, with quarters under them; the leap year is a day wider', () => {
    const scale = createScale({ start: '2026-01-01', end: '2028-12-31' }, 'year');
    const { major, minor } = timelineTicks(scale);
    expect(major.map((t) => t.label)).toEqual(['2026', '2027', '2028']);
    expect(major.map((t) => Math.round(t.width / 0.6))).toEqual([365, 365, 366]);
    expect(minor.map((t) => t.label)).toEqual(['K1', 'K2', 'K3', 'K4', 'K1', 'K2', 'K3', 'K4', 'K1', 'K2', 'K3', 'K4']);
    expect(minor[4]?.start).toBe('2027-01-01');
    contiguous(scale, major);
    contiguous(scale, minor);
  });

  it('cuts the first and last column to a range that is not whole periods', () => {
    const scale = createScale({ start: '2026-11-15', end: '2027-02-10' }, 'quarter');
    const { major } = timelineTicks(scale);
    expect(major.map((t) => [t.start, t.label, t.x, t.width])).toEqual([
      ['2026-10-01', '2026 K4', 0, 47 * 2],
      ['2027-01-01', '2027 K1', 47 * 2, 41 * 2],
    ]);
  });

  it('speaks English when asked', () => {
    const scale = createScale({ start: '2026-11-01', end: '2026-11-30' }, 'month');
    expect(timelineTicks(scale, 'en').major[0]?.label).toBe('November 2026');
    expect(timelineTicks(scale, 'en').minor.find((t) => t.start === '2026-11-23')?.label).toBe('w. 48');
    expect(timelineTicks(createScale(year2026, 'quarter'), 'en').major[3]?.label).toBe('2026 Q4');
  });

  it('labels months long or short, quarters with K', () => {
    expect(monthLabel(2026, 11, 'long')).toBe('november 2026');
    expect(monthLabel(2026, 11, 'short')).toBe('nov 2026');
    expect(monthLabel(2026, 5, 'short', 'sv', false)).toBe('maj');
    expect(quarterLabel(2026, 4)).toBe('2026 K4');
  });
});

describe('the range the chart shows', () => {
  const spans = [{ start: '2026-03-10', end: '2026-05-02' }];

  it('covers every item and today, widened to whole columns of the zoom', () => {
    expect(chartRange(spans, '2026-11-27', 'month')).toEqual({ start: '2026-03-01', end: '2026-11-30' });
    expect(chartRange(spans, '2026-11-27', 'quarter')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(chartRange(spans, '2027-02-02', 'quarter')).toEqual({ start: '2026-01-01', end: '2027-03-31' });
    expect(chartRange(spans, '2026-11-27', 'year')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(chartRange([], '2026-11-27', 'month')).toEqual({ start: '2026-11-01', end: '2026-11-30' });
  });

  it('grows by whole columns to fill a given width', () => {
    const range = chartRange([], '2026-11-27', 'month', { minWidth: 1000 });
    expect(range).toEqual({ start: '2026-11-01', end: '2027-03-31' });
    expect(createScale(range, 'month').width).toBeGreaterThanOrEqual(1000);
    expect(createScale({ start: range.start, end: '2027-02-28' }, 'month').width).toBeLessThan(1000);
  });

  it('stops a far-off item at the limit instead of stretching without end', () => {
    const range = chartRange([{ start: '1990-01-01', end: '2099-12-31' }], '2026-11-27', 'year');
    expect(range).toEqual({ start: '2016-01-01', end: '2041-12-31' });
    const cut = barGeometry(createScale(range, 'year'), '1990-01-01', '2099-12-31');
    expect(cut?.clippedStart).toBe(true);
    expect(cut?.clippedEnd).toBe(true);
  });

  it('ignores spans whose dates cannot be read', () => {
    expect(chartRange([{ start: 'okänt', end: '2026-01-01' }], '2026-11-27', 'year')).toEqual({ start: '2026-01-01', end: '2026-12-31' });
  });
});

describe('zoom steps', () => {
  it('goes in towards months and out towards years, stopping at the ends', () => {
    expect([zoomIn('year'), zoomIn('quarter'), zoomIn('month')]).toEqual(['quarter', 'month', 'month']);
    expect([zoomOut('month'), zoomOut('quarter'), zoomOut('year')]).toEqual(['quarter', 'year', 'year']);
  });
});
