import { describe, expect, it } from 'vitest';
import { summarise } from '#shared/timelog/summary.ts';
import { timeReportSummary } from '#shared/timelog/time-report.ts';
import { eightHours, entry, twoWeeks, yearMandates } from './entries.ts';

const range = { from: '2026-11-23', to: '2026-12-06', mandates: eightHours };

describe('weekly summary', () => {
  const rows = summarise(twoWeeks, { period: 'week', ...range });

  it('has one row per ISO week with minutes per category, leaving out entries after the range', () => {
    expect(rows.map((r) => [r.key, r.label, r.from, r.to])).toEqual([
      ['2026-W48', 'v. 48', '2026-11-23', '2026-11-29'],
      ['2026-W49', 'v. 49', '2026-11-30', '2026-12-06'],
    ]);
    expect(rows[0]?.minutesByCategory).toEqual({ moa: 420, projektledning: 60, granskning: 30 });
    expect(rows[1]?.minutesByCategory).toEqual({ moa: 600, projektledning: 180 });
    expect(rows.map((r) => r.totalMinutes)).toEqual([510, 780]);
  });

  it('compares MOA time with the mandate, under and over, and keeps running totals', () => {
    expect(rows.map((r) => [r.moaMinutes, r.mandateMinutes, r.moaOverMandateMinutes])).toEqual([
      [420, 480, -60],
      [600, 480, 120],
    ]);
    expect(rows.map((r) => [r.cumulativeMoaMinutes, r.cumulativeMandateMinutes])).toEqual([
      [420, 480],
      [1020, 960],
    ]);
  });

  it('gives the share of project-leader time', () => {
    expect(rows[0]?.projectMinutes).toBe(60);
    expect(rows[0]?.projectShare).toBeCloseTo(60 / 510);
    expect(rows[1]?.projectShare).toBeCloseTo(180 / 780);
  });

  it('counts other categories as project time when asked', () => {
    const custom = summarise(twoWeeks, { period: 'week', ...range, projectCategoryIds: ['projektledning', 'granskning'] });
    expect(custom[0]?.projectMinutes).toBe(90);
  });

  it('keeps empty weeks, with no project share, and returns nothing for a reversed range', () => {
    const empty = summarise([], { period: 'week', ...range });
    expect(empty).toHaveLength(2);
    expect(empty[0]).toMatchObject({ totalMinutes: 0, moaMinutes: 0, mandateMinutes: 480, moaOverMandateMinutes: -480, projectShare: null, minutesByCategory: {} });
    expect(summarise(twoWeeks, { period: 'week', ...range, from: '2026-12-06', to: '2026-11-23' })).toEqual([]);
  });

  it('gives a week cut by the range only the working days inside it', () => {
    // 2026-01-01 is a Thursday in week 1: Thursday and Friday carry 2/5 of the mandate.
    const cut = summarise([], { period: 'week', from: '2026-01-01', to: '2026-01-04', mandates: eightHours });
    expect(cut).toEqual([expect.objectContaining({ key: '2026-W01', from: '2026-01-01', to: '2026-01-04', mandateMinutes: 192 })]);
  });

  it('starts the running totals again in a new ISO year, not on 1 January', () => {
    const newYear = summarise([entry('2027-01-02', 'moa', 100), entry('2027-01-05', 'moa', 50)], { period: 'week', from: '2026-12-28', to: '2027-01-10', mandates: eightHours });
    expect(newYear.map((r) => [r.key, r.year, r.cumulativeMoaMinutes, r.cumulativeMandateMinutes])).toEqual([
      ['2026-W53', 2026, 100, 480],
      ['2027-W01', 2027, 50, 480],
    ]);
  });

  it('follows a mandate change in the middle of the year', () => {
    const summer = summarise([], { period: 'week', from: '2026-06-22', to: '2026-07-12', mandates: yearMandates });
    expect(summer.map((r) => [r.label, r.mandateMinutes])).toEqual([
      ['v. 26', 480],
      // The new mandate starts on Wednesday 1 July: Monday and Tuesday at 8 hours, Wednesday to Friday at 20.
      ['v. 27', 2 * 96 + 3 * 240],
      ['v. 28', 1200],
    ]);
  });
});

describe('monthly, quarterly and yearly summaries', () => {
  it('spreads the weekly mandate over the working days of each month', () => {
    const months = summarise(twoWeeks, { period: 'month', ...range });
    // November holds Mon 23 – Fri 27 and Mon 30: 6 working days of 96 minutes; December Tue 1 – Fri 4.
    expect(months.map((r) => [r.key, r.from, r.to, r.moaMinutes, r.mandateMinutes, r.cumulativeMoaMinutes, r.cumulativeMandateMinutes])).toEqual([
      ['2026-11', '2026-11-23', '2026-11-30', 420, 576, 420, 576],
      ['2026-12', '2026-12-01', '2026-12-06', 600, 384, 1020, 960],
    ]);
  });

  it('uses the mandate in force on each day, even when it starts mid-week', () => {
    const months = summarise([], { period: 'month', from: '2026-06-29', to: '2026-07-12', mandates: yearMandates });
    // 29–30 June under the 8-hour mandate; from Wednesday 1 July the 20-hour one.
    expect(months.map((r) => [r.key, r.mandateMinutes])).toEqual([
      ['2026-06', 192],
      ['2026-07', 3 * 240 + 1200],
    ]);
  });

  it('sums a quarter', () => {
    const quarters = summarise(twoWeeks, { period: 'quarter', ...range });
    expect(quarters).toEqual([
      expect.objectContaining({ key: '2026 K4', label: '2026 K4', totalMinutes: 1290, moaMinutes: 1020, mandateMinutes: 960, moaOverMandateMinutes: 60, projectMinutes: 240 }),
    ]);
  });

  it('lists quarters in order over a whole year', () => {
    const quarters = summarise([entry('2026-02-10', 'moa', 60), entry('2026-08-10', 'kompetens', 30)], { period: 'quarter', from: '2026-01-01', to: '2026-12-31', mandates: yearMandates });
    expect(quarters.map((r) => [r.key, r.totalMinutes])).toEqual([
      ['2026 K1', 60],
      ['2026 K2', 0],
      ['2026 K3', 30],
      ['2026 K4', 0],
    ]);
    expect(quarters[3]?.cumulativeMoaMinutes).toBe(60);
  });

  it('starts calendar years on 1 January and resets the running totals', () => {
    const years = summarise([entry('2027-01-02', 'moa', 100), entry('2027-01-05', 'moa', 50)], { period: 'year', from: '2026-12-28', to: '2027-01-10', mandates: eightHours });
    expect(years.map((r) => [r.key, r.moaMinutes, r.mandateMinutes, r.cumulativeMoaMinutes, r.cumulativeMandateMinutes])).toEqual([
      ['2026', 0, 384, 0, 384],
      ['2027', 150, 576, 150, 576],
    ]);
  });

  it('summarises 50 000 entries without losing a minute', () => {
    const categories = ['moa', 'projektledning', 'granskning', 'moten'];
    const many = Array.from({ length: 50_000 }, (_, i) => entry(`2026-${String((i % 12) + 1).padStart(2, '0')}-${String((i % 28) + 1).padStart(2, '0')}`, categories[i % 4] ?? 'moa', (i % 480) + 1));
    const expected = many.reduce((sum, e) => sum + e.minutes, 0);
    for (const period of ['week', 'month', 'quarter', 'year'] as const) {
      const rows = summarise(many, { period, from: '2026-01-01', to: '2026-12-31', mandates: yearMandates });
      expect(rows.reduce((sum, r) => sum + r.totalMinutes, 0)).toBe(expected);
    }
  });
});

describe('the time report data', () => {
  const report = timeReportSummary(twoWeeks, eightHours, '2026-11-23', '2026-12-06');

  it('totals the period per category, most time first, with MOA time against the mandate', () => {
    expect(report).toMatchObject({
      from: '2026-11-23',
      to: '2026-12-06',
      categoryTotals: [
        { categoryId: 'moa', minutes: 1020 },
        { categoryId: 'projektledning', minutes: 240 },
        { categoryId: 'granskning', minutes: 30 },
      ],
      totalMinutes: 1290,
      moaMinutes: 1020,
      mandateMinutes: 960,
      moaOverMandateMinutes: 60,
      projectMinutes: 240,
    });
    expect(report.projectShare).toBeCloseTo(240 / 1290);
    expect(report.weeks.map((w) => w.label)).toEqual(['v. 48', 'v. 49']);
  });

  it('survives JSON unchanged', () => {
    expect(JSON.parse(JSON.stringify(report))).toEqual(report);
  });

  it('has no project share for an empty period', () => {
    expect(timeReportSummary([], [], '2026-11-23', '2026-11-29')).toMatchObject({ totalMinutes: 0, mandateMinutes: 0, projectShare: null, categoryTotals: [] });
  });
});
