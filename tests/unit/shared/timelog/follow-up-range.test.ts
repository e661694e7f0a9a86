import { describe, expect, it } from 'vitest';
import {
  calendarYear,
  entriesFileName,
  entriesRange,
  isoWeekYear,
  readRange,
  summaryRange,
  validateRange,
  weeklyFileName,
  weeklyRange,
  yearsOffered,
} from '#shared/timelog/follow-up-range.ts';

describe('the dates a choice covers', () => {
  it.each([
    [2026, '2025-12-29', '2027-01-03'], // 2026 starts on a Thursday: 53 weeks, v. 1 starts in December
    [2027, '2027-01-04', '2028-01-02'], // 2027-01-01 is in v. 53 of 2026
    [2021, '2021-01-04', '2022-01-02'],
    [2024, '2024-01-01', '2024-12-29'],
  ])('the ISO week-numbering year %s runs %s to %s', (year, from, to) => {
    expect(isoWeekYear(year)).toEqual({ from, to });
  });

  it('uses ISO weeks for a weekly table of a year, and the calendar year for months, quarters and the year', () => {
    const year = { kind: 'year', year: 2026 } as const;
    expect(summaryRange(year, 'week')).toEqual({ from: '2025-12-29', to: '2027-01-03' });
    for (const period of ['month', 'quarter', 'year'] as const) expect(summaryRange(year, period)).toEqual(calendarYear(2026));
    expect(weeklyRange(year)).toEqual({ from: '2025-12-29', to: '2027-01-03' });
    expect(entriesRange(year)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(readRange(year)).toEqual({ from: '2025-12-29', to: '2027-01-03' });
    expect(readRange({ kind: 'year', year: 2027 })).toEqual({ from: '2027-01-01', to: '2028-01-02' });
  });

  it('uses a custom range as typed everywhere', () => {
    const custom = { kind: 'custom', from: '2026-03-04', to: '2026-05-31' } as const;
    for (const range of [summaryRange(custom, 'week'), summaryRange(custom, 'month'), weeklyRange(custom), entriesRange(custom), readRange(custom)]) expect(range).toEqual({ from: '2026-03-04', to: '2026-05-31' });
  });

  it('names the files after what they hold', () => {
    expect(entriesFileName(calendarYear(2026))).toBe('Tidlogg_2026-01-01_2026-12-31.csv');
    expect(weeklyFileName({ kind: 'year', year: 2026 })).toBe('Tidlogg_veckor_2026.csv');
    expect(weeklyFileName({ kind: 'custom', from: '2026-03-01', to: '2026-05-31' })).toBe('Tidlogg_veckor_2026-03-01_2026-05-31.csv');
  });
});

describe('yearsOffered', () => {
  it('offers this year and the next when nothing is logged', () => {
    expect(yearsOffered(undefined, undefined, '2026-11-27')).toEqual([2026, 2027]);
  });

  it('reaches back to the first logged year and on to the last', () => {
    expect(yearsOffered('2023-05-02', '2026-01-10', '2026-11-27')).toEqual([2023, 2024, 2025, 2026, 2027]);
    expect(yearsOffered('2026-02-01', '2029-03-01', '2026-11-27')).toEqual([2026, 2027, 2028, 2029]);
  });

  it('stays within the years the data model allows', () => {
    expect(yearsOffered('1999-12-31', undefined, '2000-06-01')).toEqual([2000, 2001]);
  });
});

describe('validateRange', () => {
  it('accepts a range of one day up to five years', () => {
    expect(validateRange('2026-11-27', '2026-11-27')).toEqual([]);
    expect(validateRange('2022-01-01', '2026-12-31')).toEqual([]);
  });

  it.each([
    ['', '2026-12-31', [{ field: 'from', code: 'required' }]],
    ['2026-02-30', '2026-12-31', [{ field: 'from', code: 'invalidDate' }]],
    ['2026-01-01', '31/12/2026', [{ field: 'to', code: 'invalidDate' }]],
    ['1999-01-01', '2026-12-31', [{ field: 'from', code: 'invalidDate' }]],
    ['2026-12-31', '2026-01-01', [{ field: 'to', code: 'beforeFrom' }]],
    ['2020-01-01', '2026-12-31', [{ field: 'to', code: 'tooLong' }]],
    ['', '', [{ field: 'from', code: 'required' }, { field: 'to', code: 'required' }]],
  ])('refuses from %j to %j', (from, to, problems) => {
    expect(validateRange(from, to)).toEqual(problems);
  });
});
