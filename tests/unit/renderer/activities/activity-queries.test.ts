import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { ActivityNotFoundError, loadActivityRows, updateActivity } from '../../../../renderer/features/activities/activity-queries.ts';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

beforeEach(async () => {
  const database = db();
  const w = activityWorkbook();
  await database.transaction('rw', [database.goalAreas, database.actionPlans, database.strategies, database.tactics, database.activities], async () => {
    await Promise.all([database.goalAreas.clear(), database.actionPlans.clear(), database.strategies.clear(), database.tactics.clear(), database.activities.clear()]);
    await database.goalAreas.bulkAdd(w.goalAreas);
    await database.actionPlans.bulkAdd(w.actionPlans);
    await database.strategies.bulkAdd(w.strategies);
    await database.tactics.bulkAdd(w.tactics);
    await database.activities.bulkAdd(w.activities);
  });
});

describe('reading the activities', () => {
  it('loads every activity with the names it hangs under, in reading order', async () => {
    const rows = await loadActivityRows();
    expect(rows.map((r) => r.activity.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8']);
    expect(rows[0]).toMatchObject({ goalAreaName: 'Innovationer och entreprenörskap', strategyTitle: 'Fler unga företagare', tacticTitle: 'UF i alla kommuner', quarter: '2026 K1' });
  });

  it('is empty for an empty workbook', async () => {
    await db().activities.clear();
    expect(await loadActivityRows()).toEqual([]);
  });
});

describe('editing an activity', () => {
  it('stores a valid change and marks the plan as changed', async () => {
    const problems = await updateActivity('a-1', { costOre: 1_250_000 }, () => '2026-11-27T09:00:00.000Z');
    expect(problems).toEqual([]);
    expect((await db().activities.get('a-1'))?.costOre).toBe(1_250_000);
    expect((await db().actionPlans.get('plan-ie'))?.updatedAt).toBe('2026-11-27T09:00:00.000Z');
  });

  it('starts the next version of a submitted plan', async () => {
    await db().actionPlans.update('plan-kb', { status: 'submitted' });
    await updateActivity('a-6', { status: 'done' });
    expect(await db().actionPlans.get('plan-kb')).toMatchObject({ status: 'draft', version: 2 });
  });

  it('refuses an invalid change and stores nothing', async () => {
    const before = await db().activities.get('a-4');
    const planBefore = await db().actionPlans.get('plan-ie');
    expect(await updateActivity('a-4', { costOre: -500 })).toEqual([{ field: 'costOre', code: 'negative' }]);
    expect(await updateActivity('a-4', { title: '   ' })).toEqual([{ field: 'title', code: 'required' }]);
    expect(await updateActivity('a-4', { endDate: '2026-03-01' })).toEqual([{ field: 'endDate', code: 'endBeforeStart' }]);
    expect(await updateActivity('a-4', { startDate: '2026-02-30' })).toEqual([{ field: 'startDate', code: 'invalidDate' }]);
    expect(await db().activities.get('a-4')).toEqual(before);
    expect(await db().actionPlans.get('plan-ie')).toEqual(planBefore);
  });

  it('says so when the activity is gone', async () => {
    await expect(updateActivity('a-404', { title: 'X' })).rejects.toBeInstanceOf(ActivityNotFoundError);
  });
});
