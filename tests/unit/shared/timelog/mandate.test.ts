import { describe, expect, it } from 'vitest';
import type { MandateInput } from '#shared/timelog/mandate.ts';
import { mandateOn, mandateSchema, mandateWeeklyMinutes, type Mandate } from '#shared/timelog/mandate.ts';

const mandates = [
  // Listed out of order on purpose: the date decides, not the list order.
  { id: 'm-2', validFrom: '2026-07-01', percentOfFullTime: 50 },
  { id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 },
].map((m: MandateInput) => mandateSchema.parse(m));

describe('the mandate schema', () => {
  it('takes hours per week with decimals, or a share of full time that defaults to 40 hours', () => {
    expect(mandateSchema.parse({ id: 'a', validFrom: '2026-01-01', hoursPerWeek: 7.5 })).toEqual({ id: 'a', validFrom: '2026-01-01', hoursPerWeek: 7.5 });
    expect(mandateSchema.parse({ id: 'b', validFrom: '2026-01-01', percentOfFullTime: 20 })).toEqual({ id: 'b', validFrom: '2026-01-01', percentOfFullTime: 20, fullTimeHoursPerWeek: 40 });
  });

  it.each([
    [{ id: 'a', validFrom: '2026-01-01', hoursPerWeek: 61 }],
    [{ id: 'a', validFrom: '2026-01-01', hoursPerWeek: -1 }],
    [{ id: 'a', validFrom: '2026-01-01', percentOfFullTime: 101 }],
    [{ id: 'a', validFrom: '2026-02-30', hoursPerWeek: 8 }],
    [{ id: 'a', validFrom: '2026-01-01' }],
    [{ id: 'a', validFrom: '2026-01-01', hoursPerWeek: 8, percentOfFullTime: 20 }],
  ])('refuses %j', (value) => {
    expect(mandateSchema.safeParse(value).success).toBe(false);
  });
});

describe('the mandate in force', () => {
  it('is none before the first mandate, and follows a change in the middle of the year from its first day', () => {
    expect(mandateOn(mandates, '2025-12-31')).toBeNull();
    expect(mandateWeeklyMinutes(mandateOn(mandates, '2026-06-30') as Mandate)).toBe(480);
    expect(mandateWeeklyMinutes(mandateOn(mandates, '2026-07-01') as Mandate)).toBe(1200);
  });

  it('computes a share of a custom full time', () => {
    const custom = mandateSchema.parse({ id: 'c', validFrom: '2026-01-01', percentOfFullTime: 20, fullTimeHoursPerWeek: 37.5 });
    expect(mandateWeeklyMinutes(custom)).toBe(450);
  });

  it('lets the later of two mandates on the same date win', () => {
    const same = [
      mandateSchema.parse({ id: 'x', validFrom: '2026-01-01', hoursPerWeek: 4 }),
      mandateSchema.parse({ id: 'y', validFrom: '2026-01-01', hoursPerWeek: 6 }),
    ];
    expect(mandateOn(same, '2026-05-05')?.id).toBe('y');
    expect(mandateOn(same, '2025-12-31')).toBeNull();
  });
});
