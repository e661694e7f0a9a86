import { describe, expect, it } from 'vitest';
import { formatPlanPeriod } from '#shared/plan/period-dates.ts';
import { currentPlanIds, periodChoices, planIdsInScope, readPlanScope } from '#shared/plan/plan-scope.ts';

const plan = (id: string, goalAreaId: string, periodStart: number, periodEnd: number, updatedAt = '2026-01-01T00:00:00.000Z') => ({ id, goalAreaId, periodStart, periodEnd, updatedAt });

describe('which plans a list covers', () => {
  const plans = [plan('ie-1', 'ie', 2026, 2028), plan('ie-2', 'ie', 2029, 2031), plan('kb-1', 'kb', 2024, 2025), plan('hf-1', 'hf', 2027, 2027)];

  it('takes the plan whose period holds today, else the latest, once per goal area', () => {
    expect([...currentPlanIds(plans, '2026-12-02')].sort()).toEqual(['hf-1', 'ie-1', 'kb-1']);
    expect([...currentPlanIds(plans, '2030-06-01')].sort()).toEqual(['hf-1', 'ie-2', 'kb-1']);
    expect([...currentPlanIds(plans, '2020-06-01')].sort()).toEqual(['hf-1', 'ie-2', 'kb-1']);
    // Two plans for the same years: the one changed last.
    expect([...currentPlanIds([plan('a', 'x', 2026, 2026, '2026-01-01T00:00:00.000Z'), plan('b', 'x', 2026, 2026, '2026-05-01T00:00:00.000Z')], '2026-03-01')]).toEqual(['b']);
  });

  it('picks one period’s plans, or every plan (null)', () => {
    expect(planIdsInScope(plans, 'all', '2026-12-02')).toBeNull();
    expect([...(planIdsInScope(plans, '2029-2031', '2026-12-02') ?? [])]).toEqual(['ie-2']);
    expect([...(planIdsInScope(plans, '2040-2040', '2026-12-02') ?? [])]).toEqual([]);
  });

  it('offers each period once, earliest first, written as people write it', () => {
    expect(periodChoices([...plans, plan('kb-2', 'kb', 2026, 2028)])).toEqual([
      { scope: '2024-2025', label: '2024–2025' },
      { scope: '2026-2028', label: '2026–2028' },
      { scope: '2027-2027', label: '2027' },
      { scope: '2029-2031', label: '2029–2031' },
    ]);
    expect(formatPlanPeriod({ periodStart: 2027, periodEnd: 2027 })).toBe('2027');
  });

  it('reads a stored choice, and anything unreadable as the current plan', () => {
    expect(readPlanScope('all')).toBe('all');
    expect(readPlanScope('2027-2029')).toBe('2027-2029');
    for (const bad of ['2029-2027', 'alla', 7, null, undefined, '2027–2029']) expect(readPlanScope(bad)).toBe('current');
  });
});
