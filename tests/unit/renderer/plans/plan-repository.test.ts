import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import {
  applyPlanChange,
  listPlanVersions,
  loadExample,
  loadPlanContent,
  startNewPeriod,
  submitPlan,
  updateNode,
} from '../../../../renderer/features/plans/plan-repository.ts';
import { removeNode } from '#shared/plan/outline.ts';
import type { PlanChange } from '#shared/plan/types.ts';

async function content(planId: string) {
  const loaded = await loadPlanContent(planId);
  if (!loaded) throw new Error('planen saknas');
  return loaded;
}

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

describe('plan repository', () => {
  it('loads the example as one plan with everything under it', async () => {
    const planId = await loadExample('Anna Lindqvist');
    const loaded = await content(planId);
    expect(loaded.goalArea?.name).toBe('Innovationer och entreprenörskap');
    expect(loaded.strategies).toHaveLength(3);
    expect(loaded.activities).toHaveLength(12);
    // Loading it twice gives the second goal area its own code.
    await loadExample('Anna Lindqvist');
    const codes = (await db().goalAreas.toArray()).map((g) => g.code).sort();
    expect(codes).toEqual(['IE', 'IE2']);
  });

  it('removes a strategy with everything under it and restores it exactly with undo', async () => {
    const planId = await loadExample('Anna');
    const before = await content(planId);
    const strategy = before.strategies.find((s) => s.order === 1);
    if (!strategy) throw new Error('strategi 2 saknas');
    const removal = removeNode(before, strategy.id);
    if (!removal.ok) throw new Error(removal.reason);
    await applyPlanChange(planId, removal.change);
    const after = await content(planId);
    expect(after.strategies).toHaveLength(2);
    expect(after.activities).toHaveLength(9);
    await applyPlanChange(planId, removal.undo);
    const restored = await content(planId);
    const byId = <T extends { id: string }>(rows: T[]) => [...rows].sort((a, b) => a.id.localeCompare(b.id));
    expect(byId(restored.strategies)).toEqual(byId(before.strategies));
    expect(byId(restored.tactics)).toEqual(byId(before.tactics));
    expect(byId(restored.activities)).toEqual(byId(before.activities));
  });

  it('changes nothing when a change fails half-way', async () => {
    const planId = await loadExample('Anna');
    const before = await content(planId);
    const first = before.activities[0];
    if (!first) throw new Error('ingen aktivitet');
    const broken: PlanChange = {
      put: { strategies: [], tactics: [], activities: [{ ...first, title: 'Ändrad' }, { ...first, id: undefined as unknown as string }] },
      remove: { strategies: [], tactics: [], activities: [before.activities[1]?.id ?? ''] },
    };
    await expect(applyPlanChange(planId, broken)).rejects.toThrow();
    const after = await content(planId);
    expect(after.activities).toHaveLength(12);
    expect(after.activities.find((a) => a.id === first.id)?.title).toBe(first.title);
    expect(after.plan).toEqual(before.plan);
  });

  it('freezes a submitted version, and the next edit starts the next version', async () => {
    const planId = await loadExample('Anna');
    const version = await submitPlan(planId);
    expect(version.version).toBe(1);
    expect((await content(planId)).plan).toMatchObject({ status: 'submitted', version: 1 });
    const activity = (await content(planId)).activities[0];
    if (!activity) throw new Error('ingen aktivitet');
    await updateNode(planId, 'activity', activity.id, { title: 'Ny titel' });
    expect((await content(planId)).plan).toMatchObject({ status: 'draft', version: 2 });
    const versions = await listPlanVersions(planId);
    expect(versions).toHaveLength(1);
    expect(versions[0]?.snapshot.activities.find((a) => a.id === activity.id)?.title).toBe(activity.title);
  });

  it('starts a new period with the activities that are not done or cancelled', async () => {
    const planId = await loadExample('Anna');
    const old = await content(planId);
    const next = await startNewPeriod(planId, '2026-11-27', { moveDates: false });
    const copy = await content(next.id);
    expect(copy.plan).toMatchObject({ periodStart: old.plan.periodEnd + 1, status: 'draft', version: 1 });
    expect(copy.activities).toHaveLength(9);
    expect(copy.activities.every((a) => a.status !== 'done' && a.status !== 'cancelled')).toBe(true);
    expect((await content(planId)).activities).toHaveLength(12);
  });
});
