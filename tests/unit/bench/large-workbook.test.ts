import { describe, expect, it } from 'vitest';
import { generateLargeWorkbook, seededRandom } from '../../../bench/large-workbook.ts';
import { actionPlanSchema, activitySchema, contactSchema, goalAreaSchema, strategySchema, tacticSchema } from '#shared/domain/plan.ts';
import { profileSchema } from '#shared/domain/profile.ts';
import { timeEntrySchema } from '#shared/domain/timelog.ts';

describe('the large benchmark workbook', () => {
  const workbook = generateLargeWorkbook();

  it('has the promised size', () => {
    expect(workbook.goalAreas).toHaveLength(10);
    expect(workbook.activities).toHaveLength(10_000);
    expect(workbook.timeEntries).toHaveLength(50_000);
  });

  it('is the same for the same seed and differs for another', () => {
    expect(generateLargeWorkbook().activities.slice(0, 50)).toEqual(workbook.activities.slice(0, 50));
    expect(generateLargeWorkbook(1).activities.slice(0, 50)).not.toEqual(workbook.activities.slice(0, 50));
    const a = seededRandom(7);
    const b = seededRandom(7);
    expect([a(), a(), a()]).toEqual([b(), b(), b()]);
  });

  it('holds only records the domain schemas accept, with unique ids and valid links', () => {
    const check = <T>(rows: T[], schema: { parse: (v: unknown) => unknown }) => rows.forEach((row) => schema.parse(row));
    check(workbook.profile, profileSchema);
    check(workbook.goalAreas, goalAreaSchema);
    check(workbook.actionPlans, actionPlanSchema);
    check(workbook.strategies, strategySchema);
    check(workbook.tactics, tacticSchema);
    check(workbook.contacts, contactSchema);
    check(workbook.activities, activitySchema);
    check(workbook.timeEntries, timeEntrySchema);
    expect(new Set(workbook.activities.map((a) => a.id)).size).toBe(10_000);
    expect(new Set(workbook.timeEntries.map((t) => t.id)).size).toBe(50_000);
    const tacticIds = new Set(workbook.tactics.map((t) => t.id));
    expect(workbook.activities.every((a) => tacticIds.has(a.tacticId))).toBe(true);
  });
});
