import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { saveOperations } from '../../../../renderer/app/save-operations.ts';
import { db } from '../../../../renderer/db/database.ts';
import * as plans from '../../../../renderer/features/plans/plan-repository.ts';
import * as projects from '../../../../renderer/features/projects/project-repository.ts';
import * as categories from '../../../../renderer/features/timelog/category-repository.ts';
import * as entries from '../../../../renderer/features/timelog/entry-repository.ts';
import * as grid from '../../../../renderer/features/timelog/week-grid-repository.ts';
import * as timer from '../../../../renderer/features/timelog/timer-repository.ts';
import * as goalAreas from '../../../../renderer/features/goal-areas/goal-area-repository.ts';
import * as meetings from '../../../../renderer/features/meetings/meeting-repository.ts';
import * as reviews from '../../../../renderer/features/review/review-repository.ts';
import { trashProject } from '../../../../renderer/features/trash/trash-repository.ts';

beforeEach(async () => {
  await db().delete();
  await db().open();
});

/** Runs an operation as a replay does: its arguments read back from the journal's JSON. */
function replay(op: { name: string; args: readonly unknown[] }) {
  const { name, args } = JSON.parse(JSON.stringify(op)) as typeof op;
  const definition = saveOperations.find((d) => d.name === name);
  if (!definition) throw new Error(`${name} saknas i registret`);
  return definition.run(args);
}

describe('the registry of save operations', () => {
  it('holds every operation the repositories define, each under its own name', () => {
    const isDefinition = (value: unknown) => typeof value === 'object' && value !== null && 'op' in value && 'run' in value && 'name' in value;
    const defined = [plans, projects, timer, categories, entries, grid, goalAreas, meetings, reviews].flatMap((module) => Object.values(module).filter(isDefinition));
    expect(defined.length).toBeGreaterThanOrEqual(7);
    for (const definition of defined) expect(saveOperations).toContain(definition);
    expect(new Set(saveOperations.map((d) => d.name)).size).toBe(saveOperations.length);
  });

  it('stores a plan node edit, and drops one for a node deleted meanwhile', async () => {
    const planId = await plans.loadExample('Anna Lindqvist');
    const strategy = (await db().strategies.where('planId').equals(planId).first())!;
    expect(await replay(plans.nodeEdit.op(planId, 'strategy', strategy.id, { title: 'Fler unga företagare i länet' }))).toBe('applied');
    expect((await db().strategies.get(strategy.id))?.title).toBe('Fler unga företagare i länet');
    expect(await replay(plans.nodeEdit.op(planId, 'strategy', 'borttagen', { title: 'x' }))).toBe('gone');
    expect(await replay(plans.planSectionEdit.op('borttagen-plan', 'sammanfattning', 'x', 'Sammanfattning'))).toBe('gone');
  });

  it('stores a project edit, and drops one for a risk or a project removed meanwhile', async () => {
    const project = await projects.createProject({ goalAreaId: 'ga-ie', title: 'Unga innovatörer', startDate: '2027-01-01', endDate: '2028-12-31' });
    expect(await replay(projects.projectEdit.op(project.id, [{ path: ['targetGroups', 'primary'], value: 'Elever' }]))).toBe('applied');
    expect((await projects.getProject(project.id))?.targetGroups.primary).toBe('Elever');
    expect(await replay(projects.projectEdit.op(project.id, [{ path: ['risks', { id: 'r-borttagen' }, 'mitigation'], value: 'x' }]))).toBe('gone');
    await trashProject(project.id);
    expect(await replay(projects.projectEdit.op(project.id, [{ path: ['title'], value: 'x' }]))).toBe('gone');
  });

  it('refuses a project edit that breaks the schema: an error, kept for the user to see', async () => {
    const project = await projects.createProject({ goalAreaId: 'ga-ie', title: 'Unga innovatörer', startDate: '2027-01-01', endDate: '2028-12-31' });
    await expect(replay(projects.projectEdit.op(project.id, [{ path: ['title'], value: '' }]))).rejects.toThrow(projects.ProjectNotSavedError);
  });

  it('stores a week cell typed just before a reload, and drops one the day no longer has room for', async () => {
    const row = { categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null };
    await categories.ensureTimeCategories();
    expect(await replay(grid.cellEdit.op('2026-11-24', row, '1:30'))).toBe('applied');
    expect((await db().timeEntries.where('date').equals('2026-11-24').toArray()).map((e) => e.minutes)).toEqual([90]);
    expect(await replay(grid.cellEdit.op('2026-11-24', row, '25'))).toBe('gone');
    expect((await db().timeEntries.where('date').equals('2026-11-24').toArray()).map((e) => e.minutes)).toEqual([90]);
  });

  it('drops a timer note once the timer has been stopped', async () => {
    expect(await replay(timer.timerNoteEdit.op('Möte med Almi'))).toBe('gone');
  });
});
