import { describe, expect, it } from 'vitest';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import { actionPlanSchema, activitySchema, contactSchema, goalAreaSchema, strategySchema, tacticSchema } from '#shared/domain/plan.ts';

describe('the example workbook (Läs in exempel)', () => {
  let n = 0;
  const example = buildExampleWorkbook(() => `id-${(n += 1)}`, '2026-11-27T08:00:00.000Z', 'Anna Lindqvist');

  it('is a realistic plan: one goal area, three strategies, a dozen activities, contacts and reviewers', () => {
    expect(example.goalAreas).toHaveLength(1);
    expect(example.goalAreas[0]?.name).toBe('Innovationer och entreprenörskap');
    expect(example.goalAreas[0]?.reviewers.length).toBeGreaterThanOrEqual(3);
    expect(example.strategies).toHaveLength(3);
    expect(example.activities).toHaveLength(12);
    expect(example.contacts.length).toBeGreaterThanOrEqual(5);
    expect(example.actionPlans[0]).toMatchObject({ periodStart: 2026, periodEnd: 2028, status: 'draft', version: 1 });
  });

  it('holds only valid records with unique ids and working links', () => {
    example.goalAreas.forEach((r) => goalAreaSchema.parse(r));
    example.actionPlans.forEach((r) => actionPlanSchema.parse(r));
    example.strategies.forEach((r) => strategySchema.parse(r));
    example.tactics.forEach((r) => tacticSchema.parse(r));
    example.activities.forEach((r) => activitySchema.parse(r));
    example.contacts.forEach((r) => contactSchema.parse(r));
    const all = [...example.goalAreas, ...example.actionPlans, ...example.strategies, ...example.tactics, ...example.activities, ...example.contacts];
    expect(new Set(all.map((r) => r.id)).size).toBe(all.length);
    const contactIds = new Set(example.contacts.map((c) => c.id));
    for (const tactic of example.tactics) {
      expect(tactic.who.responsibleContactId === null || contactIds.has(tactic.who.responsibleContactId)).toBe(true);
      tactic.who.partnerContactIds.forEach((id) => expect(contactIds.has(id)).toBe(true));
    }
  });

  it('follows the year it is loaded in', () => {
    const later = buildExampleWorkbook(() => `x-${(n += 1)}`, '2031-02-01T08:00:00.000Z', 'Anna');
    expect(later.actionPlans[0]).toMatchObject({ periodStart: 2031, periodEnd: 2033 });
    expect(later.activities.every((a) => a.startDate >= '2030-01-01')).toBe(true);
  });
});
