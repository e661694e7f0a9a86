import { describe, expect, it } from 'vitest';
import { endKeepingLength, formatPlanPeriod, isOutsidePeriod, periodDates, shiftActivityDates, shiftDateByYears } from '#shared/plan/period-dates.ts';
import { planFrom } from './helpers.ts';

describe('endKeepingLength: a start moved past the end takes the end along', () => {
  it('keeps the number of days, across month ends and a leap day', () => {
    expect(endKeepingLength({ startDate: '2027-01-01', endDate: '2027-01-08' }, '2027-02-25')).toEqual({ endDate: '2027-03-04', days: 7 });
    expect(endKeepingLength({ startDate: '2028-02-20', endDate: '2028-02-22' }, '2028-02-28')).toEqual({ endDate: '2028-03-01', days: 2 });
    expect(endKeepingLength({ startDate: '2027-05-01', endDate: '2027-05-01' }, '2027-06-15')).toEqual({ endDate: '2027-06-15', days: 0 });
  });

  it('moves nothing when the start is not after the end, or a date is not real', () => {
    expect(endKeepingLength({ startDate: '2027-01-01', endDate: '2027-01-08' }, '2027-01-08')).toBeNull();
    expect(endKeepingLength({ startDate: '2027-01-01', endDate: '2027-01-08' }, '0202-04-15')).toBeNull();
    expect(endKeepingLength({ startDate: '2027-01-01', endDate: '2027-01-08' }, '2027-02-30')).toBeNull();
  });
});

describe('shiftDateByYears', () => {
  it.each([
    ['2027-01-31', 1, '2028-01-31'],
    ['2028-02-29', 1, '2029-02-28'],
    ['2028-02-29', 4, '2032-02-29'],
    ['2027-02-28', 1, '2028-02-28'],
    ['2026-12-31', 3, '2029-12-31'],
    ['2026-01-01', 3, '2029-01-01'],
    ['2026-03-29', 1, '2027-03-29'],
    ['2099-06-30', 1, '2100-06-30'],
    ['2026-09-01', 0, '2026-09-01'],
  ])('%s + %i år = %s', (date, years, expected) => {
    expect(shiftDateByYears(date, years)).toBe(expected);
  });

  it('keeps the day whatever the time zone (date-only strings never pass through UTC)', () => {
    // The run's TZ is whatever the machine has; a date that crossed midnight would show here as a day off.
    for (let month = 1; month <= 12; month += 1) {
      const date = `2026-${String(month).padStart(2, '0')}-15`;
      expect(shiftDateByYears(date, 2)).toBe(`2028-${String(month).padStart(2, '0')}-15`);
    }
  });
});

describe('shiftActivityDates', () => {
  it('moves both dates and keeps everything else', () => {
    const [activity] = planFrom({ S1: { T1: ['A1'] } }).activities;
    if (!activity) throw new Error('no activity');
    const moved = shiftActivityDates({ ...activity, startDate: '2027-01-31', endDate: '2028-02-29' }, 1);
    expect(moved).toEqual({ ...activity, startDate: '2028-01-31', endDate: '2029-02-28' });
  });
});

describe('isOutsidePeriod', () => {
  const plan = { periodStart: 2027, periodEnd: 2028 };
  it('spans whole years, first and last day included', () => {
    expect(periodDates(plan)).toEqual({ first: '2027-01-01', last: '2028-12-31' });
    expect(isOutsidePeriod({ startDate: '2027-01-01', endDate: '2028-12-31' }, plan)).toBe(false);
  });
  it.each([
    ['2026-12-31', '2027-01-05'],
    ['2028-12-01', '2029-01-01'],
    ['2026-01-01', '2026-02-01'],
    ['2029-01-01', '2029-01-01'],
    ['2026-06-01', '2029-06-01'],
  ])('%s – %s is outside 2027–2028', (startDate, endDate) => {
    expect(isOutsidePeriod({ startDate, endDate }, plan)).toBe(true);
  });
});

describe('formatPlanPeriod: the one way a plan\'s period is written', () => {
  it('writes one calendar year as the year alone, never "2027–2027"', () => {
    expect(formatPlanPeriod({ periodStart: 2027, periodEnd: 2027 })).toBe('2027');
  });

  it('writes several years with an en dash', () => {
    expect(formatPlanPeriod({ periodStart: 2027, periodEnd: 2029 })).toBe('2027–2029');
    expect(formatPlanPeriod({ periodStart: 2026, periodEnd: 2027 })).toBe('2026–2027');
  });
});
