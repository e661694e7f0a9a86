/**
 * The all-activities table's rows are kept in memory between visits
 * (activity-queries.ts `activityTable`). These tests change the workbook
 * elsewhere — the plan editor's repository, a direct write, a restored
 * backup — and check the kept rows follow, and that a stale value is never
 * handed out as current.
 */
import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

// The backup repository never reaches the host here; the mock keeps '#host' (a bundler alias) out of node.
vi.mock('#host', () => ({ platform: {} }));

const { db } = await import('../../../../renderer/db/database.ts');
const { activityTable, activityTitles, loadActivityRows } = await import('../../../../renderer/features/activities/activity-queries.ts');
const { updateNode } = await import('../../../../renderer/features/plans/plan-repository.ts');
const { exportWorkbook, restoreWorkbook } = await import('../../../../renderer/features/backup/backup-repository.ts');

async function fillWorkbook(): Promise<void> {
  const database = db();
  const w = activityWorkbook();
  await database.transaction('rw', database.tables, async () => {
    await Promise.all(database.tables.map((table) => table.clear()));
    await database.goalAreas.bulkAdd(w.goalAreas);
    await database.actionPlans.bulkAdd(w.actionPlans);
    await database.strategies.bulkAdd(w.strategies);
    await database.tactics.bulkAdd(w.tactics);
    await database.activities.bulkAdd(w.activities);
  });
}

const titleOf = async (id: string) => (await activityTable.get()).rows.find((row) => row.activity.id === id)?.activity.title;

beforeEach(fillWorkbook);

describe('the activity rows kept in memory', () => {
  it('holds what the database holds, and answers a second read from memory', async () => {
    const first = await activityTable.get();
    expect(first.rows).toEqual(await loadActivityRows());
    expect(first.plans.map((p) => p.id).sort()).toEqual(activityWorkbook().actionPlans.map((p) => p.id).sort());
    expect(activityTable.current()).toBe(first);
    expect(await activityTable.get()).toBe(first);
  });

  it('follows an edit made in the plan editor, and never hands out the rows from before it', async () => {
    const before = await activityTable.get();
    await updateNode('plan-ie', 'activity', 'a-1', { title: 'Ändrad i planeditorn' });
    // The write has committed: the rows read before it are no longer current.
    expect(activityTable.current()).toBeUndefined();
    expect(activityTable.latest()).toBe(before);
    expect(await titleOf('a-1')).toBe('Ändrad i planeditorn');
    expect((await activityTitles()).get('a-1')).toBe('Ändrad i planeditorn');
  });

  it('reads again at once and tells a view showing the rows when a change is made elsewhere', async () => {
    await activityTable.get();
    let told = 0;
    const stop = activityTable.subscribe(() => (told += 1));
    try {
      await updateNode('plan-ie', 'activity', 'a-1', { title: 'Ändrad medan tabellen visas' });
      await vi.waitFor(() => expect(activityTable.current()?.rows.find((row) => row.activity.id === 'a-1')?.activity.title).toBe('Ändrad medan tabellen visas'));
      expect(told).toBeGreaterThan(0);
    } finally {
      stop();
    }
  });

  it('follows a change to a name the rows join in (a tactic renamed)', async () => {
    await activityTable.get();
    const tacticId = activityWorkbook().activities.find((a) => a.id === 'a-1')?.tacticId ?? '';
    await updateNode('plan-ie', 'tactic', tacticId, { title: 'Ny taktik' });
    expect((await activityTable.get()).rows.find((row) => row.activity.id === 'a-1')?.tacticTitle).toBe('Ny taktik');
  });

  it('follows deletions and a new activity', async () => {
    await activityTable.get();
    const extra = { ...activityWorkbook().activities[0]!, id: 'a-new', title: 'Helt ny' };
    await db().transaction('rw', db().activities, async () => {
      await db().activities.delete('a-2');
      await db().activities.add(extra);
    });
    const ids = (await activityTable.get()).rows.map((row) => row.activity.id);
    expect(ids).toContain('a-new');
    expect(ids).not.toContain('a-2');
  });

  it('follows a restored backup', async () => {
    const original = await titleOf('a-1');
    const bytes = await exportWorkbook(() => new Date('2026-11-27T10:00:00.000Z'));
    await updateNode('plan-ie', 'activity', 'a-1', { title: 'Efter säkerhetskopian' });
    expect(await titleOf('a-1')).toBe('Efter säkerhetskopian');
    const result = await restoreWorkbook(bytes, { replace: true });
    expect(result.status).toBe('restored');
    expect(await titleOf('a-1')).toBe(original);
    expect((await activityTitles()).get('a-1')).toBe(original);
  });

  it('is not disturbed by changes to tables it does not read', async () => {
    const rows = await activityTable.get();
    await db().contacts.clear();
    expect(activityTable.current()).toBe(rows);
  });
});
