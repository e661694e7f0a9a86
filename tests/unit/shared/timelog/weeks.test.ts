import { describe, expect, it } from 'vitest';
import { isoWeekday, isoWeekOf, monthOf, nextWeek, parseWeekKey, previousWeek, quarterOf, weekDays, weekKey, weekLabel, weekRange } from '#shared/timelog/weeks.ts';

describe('ISO weeks around new year', () => {
  it.each([
    ['2026-11-27', 2026, 48],
    ['2026-12-31', 2026, 53],
    ['2027-01-01', 2026, 53],
    ['2027-01-03', 2026, 53],
    ['2027-01-04', 2027, 1],
    ['2024-12-29', 2024, 52],
    ['2024-12-30', 2025, 1],
    ['2019-12-30', 2020, 1],
    ['2021-01-03', 2020, 53],
    ['2021-01-04', 2021, 1],
    ['2022-01-02', 2021, 52],
    ['2023-01-01', 2022, 52],
    ['2023-01-02', 2023, 1],
    ['2032-12-31', 2032, 53],
  ])('%s is in week %i-%i', (date, year, week) => {
    expect(isoWeekOf(date)).toEqual({ year, week });
  });

  it('labels and keys weeks', () => {
    expect(weekLabel({ year: 2026, week: 48 })).toBe('v. 48');
    expect(weekLabel(7)).toBe('v. 7');
    expect(weekKey({ year: 2026, week: 7 })).toBe('2026-W07');
  });

  it('lists a week Monday to Sunday, across new year', () => {
    expect(weekDays(2026, 53)).toEqual(['2026-12-28', '2026-12-29', '2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02', '2027-01-03']);
    expect(weekDays(2025, 1)).toEqual(['2024-12-30', '2024-12-31', '2025-01-01', '2025-01-02', '2025-01-03', '2025-01-04', '2025-01-05']);
    expect(weekDays(2026, 48)[0]).toBe('2026-11-23');
  });

  it('steps between weeks across new year, in years of 52 and 53 weeks', () => {
    expect(nextWeek({ year: 2026, week: 53 })).toEqual({ year: 2027, week: 1 });
    expect(previousWeek({ year: 2027, week: 1 })).toEqual({ year: 2026, week: 53 });
    expect(nextWeek({ year: 2024, week: 52 })).toEqual({ year: 2025, week: 1 });
    expect(previousWeek({ year: 2021, week: 1 })).toEqual({ year: 2020, week: 53 });
    expect(nextWeek({ year: 2026, week: 47 })).toEqual({ year: 2026, week: 48 });
  });
});

describe('months and quarters', () => {
  it.each([
    ['2026-11-27', '2026 K4', '2026-11'],
    ['2026-01-01', '2026 K1', '2026-01'],
    ['2026-03-31', '2026 K1', '2026-03'],
    ['2026-04-01', '2026 K2', '2026-04'],
    ['2026-09-30', '2026 K3', '2026-09'],
  ])('%s is in %s and %s', (date, quarter, month) => {
    expect(quarterOf(date)).toBe(quarter);
    expect(monthOf(date)).toBe(month);
  });
});

describe('week keys and ranges', () => {
  it('reads real ISO weeks only, 53-week years included', () => {
    expect(parseWeekKey('2026-W48')).toEqual({ year: 2026, week: 48 });
    expect(parseWeekKey('2026-W53')).toEqual({ year: 2026, week: 53 });
    expect(parseWeekKey('2027-W53')).toBeNull();
    expect(parseWeekKey('2026-W00')).toBeNull();
    expect(parseWeekKey('2026-48')).toBeNull();
    expect(parseWeekKey(undefined)).toBeNull();
  });

  it('numbers the days of the week from Monday 1 to Sunday 7', () => {
    expect(['2026-11-23', '2026-11-27', '2026-11-29'].map(isoWeekday)).toEqual([1, 5, 7]);
  });

  it('gives the Monday and Sunday of a week, across new year', () => {
    expect(weekRange({ year: 2026, week: 53 })).toEqual(['2026-12-28', '2027-01-03']);
  });
});
