import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook } from '../../../../bench/large-workbook.ts';
import { buildActivityRows, quarterOf, quarterParts, shortenText } from '../../../../renderer/features/activities/activity-rows.ts';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

const records = () => {
  const w = activityWorkbook();
  return { goalAreas: w.goalAreas, plans: w.actionPlans, strategies: w.strategies, tactics: w.tactics, activities: w.activities };
};

describe('quarter of a start date', () => {
  it('names the calendar quarter the date falls in', () => {
    expect(quarterOf('2026-01-01')).toBe('2026 K1');
    expect(quarterOf('2026-03-31')).toBe('2026 K1');
    expect(quarterOf('2026-04-01')).toBe('2026 K2');
    expect(quarterOf('2026-08-14')).toBe('2026 K3');
    expect(quarterOf('2026-11-27')).toBe('2026 K4');
    expect(quarterOf('2026-12-31')).toBe('2026 K4');
    expect(quarterParts('2027-07-01')).toEqual({ year: 2027, quarter: 3 });
  });

  it('is empty for a date it cannot read', () => {
    expect(quarterOf('')).toBe('');
    expect(quarterOf('27/11/2026')).toBe('');
    expect(quarterOf('2026-13-01')).toBe('');
  });

  it('sorts chronologically as text', () => {
    const quarters = ['2027 K1', '2026 K4', '2026 K1', '2026 K2'];
    expect([...quarters].sort()).toEqual(['2026 K1', '2026 K2', '2026 K4', '2027 K1']);
  });
});

describe('shortening a text for a missing title', () => {
  it('keeps a short text and cuts a long one at a word', () => {
    expect(shortenText('  Fler unga\n företagare ')).toBe('Fler unga företagare');
    const short = shortenText('Stärka innovationsstödet i hela länet genom samverkan mellan universitet, kommuner och Almi', 40);
    expect(short.length).toBeLessThanOrEqual(40);
    expect(short).toBe('Stärka innovationsstödet i hela länet…');
  });
});

describe('activity rows', () => {
  const rows = buildActivityRows(records());

  it('joins each activity with its goal area, plan, strategy and tactic', () => {
    const row = rows.find((r) => r.activity.id === 'a-6');
    expect(row).toMatchObject({
      goalAreaId: 'ga-kb',
      goalAreaName: 'Kunskapslyft för barn och unga',
      planTitle: 'Handlingsplan Kunskapslyft 2026–2027',
      strategyId: 's-kb-1',
      strategyTitle: 'Höjda skolresultat',
      tacticTitle: 'Läxhjälp och sommarskola',
      quarter: '2026 K1',
    });
  });

  it("uses the strategy's what, shortened, while its title is empty", () => {
    const row = rows.find((r) => r.activity.id === 'a-4');
    expect(row?.strategyTitle.startsWith('Stärka innovationsstödet')).toBe(true);
    expect(row?.strategyTitle.endsWith('…')).toBe(true);
  });

  it('puts the rows in the plans’ reading order: goal area code, strategy, tactic, activity order', () => {
    expect(rows.map((r) => r.activity.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8']);
    expect(rows.map((r) => r.outlineIndex)).toEqual([0, 1, 2, 3, 4, 5, 6, 7]);
  });

  it('prepares lower-case search text from every shown field', () => {
    const row = rows.find((r) => r.activity.id === 'a-5');
    expect(row?.searchText).toContain('dialogmöte med almi');
    expect(row?.searchText).toContain('boka lokal på kilsbergen');
    expect(row?.searchText).toContain('innovationer och entreprenörskap');
    expect(row?.searchText).toContain('2026-11-27');
  });

  it('keeps an activity whose tactic or plan is gone, with empty names', () => {
    const broken = records();
    broken.tactics = broken.tactics.filter((t) => t.id !== 't-kb-1');
    broken.plans = broken.plans.filter((p) => p.id !== 'plan-kb');
    const orphans = buildActivityRows(broken).filter((r) => r.goalAreaId === '');
    expect(orphans.map((r) => r.activity.id).sort()).toEqual(['a-6', 'a-7', 'a-8']);
    expect(orphans[0]).toMatchObject({ goalAreaName: '', planTitle: '', strategyTitle: '', tacticTitle: '' });
  });

  it('joins the large workbook of 10 000 activities', () => {
    const w = generateLargeWorkbook();
    const large = buildActivityRows({ goalAreas: w.goalAreas, plans: w.actionPlans, strategies: w.strategies, tactics: w.tactics, activities: w.activities });
    expect(large).toHaveLength(10_000);
    expect(large[0]?.goalAreaName).toBe('Innovationer och entreprenörskap');
    // Speed is measured by npm run bench (activity table), not here.
  });
});
