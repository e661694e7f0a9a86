import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { removeContact } from '../../../../renderer/features/contacts/contact-repository.ts';
import { emptyTrash, goalAreaRemovalCounts, listTrash, planRemovalCounts, purgeExpiredTrash, restoreFromTrash, trashGoalArea, trashPlan, trashProject } from '../../../../renderer/features/trash/trash-repository.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { fixturesByVersion } from '../db/fixtures.ts';

/** The format 3 fixture: goal area IE with plan-1 (a strategy, a tactic, an activity, a submitted version), project proj-1, a contact, a time entry. */
const fixture = fixturesByVersion[3] ?? {};

function only<T>(rows: T[] | undefined): T {
  const row = rows?.[0];
  if (row === undefined) throw new Error('ingen post');
  return row;
}

async function everything(): Promise<Record<string, unknown[]>> {
  const tables = workbookTableNames.filter((name) => name !== 'trash');
  return Object.fromEntries(await Promise.all(tables.map(async (name) => [name, (await db().table(name).toArray()).sort((a: { id: string }, b: { id: string }) => a.id.localeCompare(b.id))] as const)));
}

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
  await database.transaction('rw', Object.keys(fixture), async () => {
    for (const [table, rows] of Object.entries(fixture)) await database.table(table).bulkAdd(rows);
  });
  // A second plan in another goal area whose activity carries out proj-1, and a time entry on the project.
  await database.goalAreas.add({ id: 'ga-kl', code: 'KL', name: 'Kunskapslyft', description: '', effectGoals: [], owner: '', reviewers: [] });
  await database.actionPlans.add({ ...(await database.actionPlans.get('plan-1'))!, id: 'plan-kl', goalAreaId: 'ga-kl', title: 'Handlingsplan KL' });
  await database.activities.add({ ...(await database.activities.get('act-1'))!, id: 'act-kl', planId: 'plan-kl', projectId: 'proj-1' });
  await database.timeEntries.add({ id: 't-proj', date: '2026-11-24', minutes: 30, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: 'proj-1', note: '' });
});

describe('the papperskorg', () => {
  it('moves a plan with everything under it and its submitted versions in one entry, and restores it exactly', async () => {
    const before = await everything();
    expect(await planRemovalCounts('plan-1')).toMatchObject({ actionPlans: 1, strategies: 1, tactics: 1, activities: 1, planVersions: 1 });
    const removed = await trashPlan('plan-1', new Date('2026-11-27T09:00:00.000Z'));
    expect(removed.ok).toBe(true);
    expect(await db().actionPlans.get('plan-1')).toBeUndefined();
    expect(await db().strategies.where('planId').equals('plan-1').count()).toBe(0);
    expect(await db().planVersions.where('planId').equals('plan-1').count()).toBe(0);
    const [entry] = await listTrash();
    expect(entry).toMatchObject({ kind: 'plan', title: 'Handlingsplan Innovationer och entreprenörskap 2026–2028', removedAt: '2026-11-27T09:00:00.000Z' });
    expect(entry?.records.planVersions?.map((v) => v.id)).toEqual(['pv-1']);

    expect(await restoreFromTrash(entry?.id ?? '')).toMatchObject({ ok: true });
    expect(await everything()).toEqual(before);
    expect(await db().trash.count()).toBe(0);
  });

  it('moves a goal area with its plans and projects, cuts the links others had to its projects, and puts all back', async () => {
    const before = await everything();
    expect(await goalAreaRemovalCounts('ga-ie')).toMatchObject({ goalAreas: 1, actionPlans: 1, activities: 1, planVersions: 1, projects: 1 });
    const removed = await trashGoalArea('ga-ie');
    expect(removed.ok).toBe(true);
    expect(await db().goalAreas.get('ga-ie')).toBeUndefined();
    expect(await db().projects.get('proj-1')).toBeUndefined();
    expect((await db().activities.get('act-kl'))?.projectId).toBeNull();
    expect((await db().timeEntries.get('t-proj'))?.projectId).toBeNull();
    // Time logged on the goal area stays: it is what was done.
    expect(await db().timeEntries.get('t-1')).toBeDefined();
    if (!removed.ok) return;
    expect(removed.entry.cutLinks).toEqual({ activities: [{ id: 'act-kl', projectId: 'proj-1' }], timeEntries: [{ id: 't-proj', projectId: 'proj-1' }] });

    expect((await restoreFromTrash(removed.entry.id)).ok).toBe(true);
    expect(await everything()).toEqual(before);
  });

  it('refuses to restore a plan whose goal area is in the trash, naming it, and changes nothing; the goal area first, then the plan works', async () => {
    const plan = await trashPlan('plan-1');
    const goalArea = await trashGoalArea('ga-ie');
    if (!plan.ok || !goalArea.ok) throw new Error('borttagningen misslyckades');
    const before = await everything();
    expect(await restoreFromTrash(plan.entry.id)).toEqual({ ok: false, problem: { reason: 'goalAreaMissing', goalAreaName: 'IE Innovationer och entreprenörskap' } });
    expect(await everything()).toEqual(before);
    expect(await db().trash.count()).toBe(2);
    expect((await restoreFromTrash(goalArea.entry.id)).ok).toBe(true);
    expect((await restoreFromTrash(plan.entry.id)).ok).toBe(true);
    expect(await db().actionPlans.count()).toBe(2);
  });

  it('refuses to restore a goal area whose code another goal area has taken since', async () => {
    const removed = await trashGoalArea('ga-ie');
    if (!removed.ok) throw new Error('borttagningen misslyckades');
    await db().goalAreas.add({ id: 'ga-new', code: 'IE', name: 'Ny', description: '', effectGoals: [], owner: '', reviewers: [] });
    expect(await restoreFromTrash(removed.entry.id)).toEqual({ ok: false, problem: { reason: 'codeTaken', code: 'IE' } });
    expect(await db().actionPlans.get('plan-1')).toBeUndefined();
  });

  it('relinks a restored project only to what is still unlinked', async () => {
    const removed = await trashProject('proj-1');
    if (!removed.ok) throw new Error('borttagningen misslyckades');
    await db().projects.add({ ...only(removed.entry.records.projects), id: 'proj-2' });
    await db().timeEntries.update('t-proj', { projectId: 'proj-2' });
    expect((await restoreFromTrash(removed.entry.id)).ok).toBe(true);
    expect((await db().activities.get('act-kl'))?.projectId).toBe('proj-1');
    expect((await db().timeEntries.get('t-proj'))?.projectId).toBe('proj-2');
  });

  it('refuses to restore a contact whose id is in use again', async () => {
    await db().tactics.clear();
    expect(await removeContact('c-1')).toEqual({ ok: true });
    const [entry] = await listTrash();
    expect(entry).toMatchObject({ kind: 'contact', title: 'Ung Företagsamhet Örebro län' });
    await db().contacts.add({ ...only(entry?.records.contacts), name: 'Samma id' });
    expect(await restoreFromTrash(entry?.id ?? '')).toEqual({ ok: false, problem: { reason: 'idTaken', table: 'contacts', name: 'Ung Företagsamhet Örebro län' } });
  });

  it('purges entries older than 30 days and empties on request', async () => {
    await trashPlan('plan-1', new Date('2026-10-01T08:00:00.000Z'));
    await trashProject('proj-1', new Date('2026-11-20T08:00:00.000Z'));
    expect(await purgeExpiredTrash(new Date('2026-11-27T08:00:00.000Z'))).toBe(1);
    expect((await listTrash()).map((e) => e.kind)).toEqual(['project']);
    expect(await emptyTrash()).toBe(1);
    expect(await db().trash.count()).toBe(0);
  });
});
