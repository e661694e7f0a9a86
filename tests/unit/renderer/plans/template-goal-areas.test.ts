import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { addGoalAreaFromTemplate, createGoalArea, templateGoalAreasToAdd } from '../../../../renderer/features/plans/plan-repository.ts';
import { ensureDefaultTemplate } from '../../../../renderer/features/templates/template-repository.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

describe('goal areas from the template', () => {
  it('offers nothing before a template is stored', async () => {
    expect(await templateGoalAreasToAdd()).toBeNull();
  });

  it('offers the template goal areas whose code the workbook lacks, compared without case', async () => {
    await ensureDefaultTemplate();
    const first = defaultTemplate.goalAreas[0];
    if (!first) throw new Error('the default template has goal areas');
    await createGoalArea({ code: first.code.toLowerCase(), name: 'Egen variant', description: '', effectGoals: [], owner: '', reviewers: [] });
    const offered = await templateGoalAreasToAdd();
    expect(offered?.templateName).toBe(defaultTemplate.name);
    expect(offered?.goalAreas.map((g) => g.code)).toEqual(defaultTemplate.goalAreas.slice(1).map((g) => g.code));
  });

  it('adds one with its code, name, description and effect goals, and only once', async () => {
    await ensureDefaultTemplate();
    const goalArea = defaultTemplate.goalAreas[1];
    if (!goalArea) throw new Error('the default template has goal areas');
    const [added, twice] = await Promise.all([addGoalAreaFromTemplate(goalArea, 'Anna Lindqvist'), addGoalAreaFromTemplate(goalArea, 'Anna Lindqvist')]);
    expect([added, twice].filter((g) => g !== null)).toHaveLength(1);
    const stored = await db().goalAreas.toArray();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ code: goalArea.code, name: goalArea.name, description: goalArea.description, effectGoals: goalArea.effectGoals, owner: 'Anna Lindqvist', reviewers: [] });
    expect((await templateGoalAreasToAdd())?.goalAreas.map((g) => g.code)).not.toContain(goalArea.code);
  });
});
