import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import {
  createProject,
  getProject,
  layoutFor,
  listProjects,
  projectLayoutOf,
  projectLinks,
  ProjectNotSavedError,
  projectTemplate,
  updateProject,
} from '../../../../renderer/features/projects/project-repository.ts';
import { trashProject } from '../../../../renderer/features/trash/trash-repository.ts';
import { ensureDefaultTemplate, importTemplate, removeTemplate } from '../../../../renderer/features/templates/template-repository.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';

beforeEach(async () => {
  await db().delete();
  await db().open();
});

const draft = { goalAreaId: 'ga-ie', title: 'Unga innovatörer', startDate: '2027-01-01', endDate: '2028-12-31' };

describe('projects in the workbook', () => {
  it('creates a project that is valid and listed by start date', async () => {
    const later = await createProject({ ...draft, title: 'Senare', startDate: '2028-01-01' });
    const first = await createProject(draft);
    expect((await listProjects()).map((p) => p.id)).toEqual([first.id, later.id]);
    expect(first.principles).toHaveLength(4);
    expect(first.sections.map((s) => s.key)).toContain('sammanfattning');
  });

  it('stores a change in one step and stamps it', async () => {
    const project = await createProject(draft);
    const updated = await updateProject(project.id, (p) => ({ ...p, risks: [{ id: 'r1', description: 'Skolorna hinner inte', likelihood: 4, consequence: 5, mitigation: '', responsible: '' }] }));
    expect(updated?.risks).toHaveLength(1);
    expect((await getProject(project.id))?.risks[0]?.likelihood).toBe(4);
    expect(updated && updated.updatedAt >= project.updatedAt).toBe(true);
  });

  it('refuses a change the schema does not allow and keeps what was stored', async () => {
    const project = await createProject(draft);
    await expect(updateProject(project.id, (p) => ({ ...p, risks: [{ id: 'r1', description: 'Risk', likelihood: 7, consequence: 1, mitigation: '', responsible: '' }] }))).rejects.toBeInstanceOf(ProjectNotSavedError);
    await expect(updateProject(project.id, (p) => ({ ...p, endDate: '2026-01-01' }))).rejects.toBeInstanceOf(ProjectNotSavedError);
    await expect(updateProject(project.id, (p) => ({ ...p, financiers: [{ id: 'f', name: '', contactId: null, cash: [], inKind: [] }] }))).rejects.toBeInstanceOf(ProjectNotSavedError);
    expect(await getProject(project.id)).toEqual(project);
  });

  it('answers null for a project that is gone', async () => {
    expect(await updateProject('nothing', (p) => p)).toBeNull();
  });

  it('moves a project to the trash and unlinks, but keeps, the plan activities and time entries that pointed at it', async () => {
    const project = await createProject(draft);
    await db().activities.add({ id: 'a1', planId: 'p', tacticId: 't', title: 'UF-mässa', responsible: '', startDate: '2027-03-01', endDate: '2027-03-01', status: 'planned', costOre: 0, projectId: project.id, relatedGoalAreaIds: [], notes: '', order: 0 });
    await db().timeEntries.add({ id: 'e1', date: '2026-11-27', minutes: 60, categoryId: 'projektledning', goalAreaId: null, activityId: null, projectId: project.id, note: '' });
    expect(await projectLinks(project.id)).toEqual({ activities: 1, timeEntries: 1 });
    await trashProject(project.id);
    expect(await getProject(project.id)).toBeUndefined();
    expect((await db().trash.toArray()).map((e) => e.records.projects?.[0]?.id)).toEqual([project.id]);
    expect((await db().activities.get('a1'))?.projectId).toBeNull();
    expect((await db().timeEntries.get('e1'))?.projectId).toBeNull();
  });
});

describe('projects and their template version', () => {
  const withProjectPlan = (version: number, sections: Template['projectPlan']['sections']): Template => ({ ...defaultTemplate, version, projectPlan: { sections } });
  const required = (key: string, title: string): Template['projectPlan']['sections'][number] => ({ key, title, guidance: `Skriv om ${title.toLowerCase()}.`, required: true, kind: 'freeText' });

  it('gives a new project the active template’s free-text sections and its reference', async () => {
    await ensureDefaultTemplate();
    await importTemplate({ template: withProjectPlan(2, [...defaultTemplate.projectPlan.sections, required('hallbarhet', 'Hållbarhet')]), referenceDocument: null }, 'test.json');
    const project = await createProject(draft);
    expect(project.templateRef).toEqual({ templateId: defaultTemplate.id, version: 2 });
    expect(project.sections.map((s) => s.key)).toEqual(['sammanfattning', 'bakgrund', 'syfte', 'kommunikation', 'uppfoljning', 'hallbarhet']);
    expect(project.sections.every((s) => s.text === '')).toBe(true);
  });

  it('falls back to the default sections without a template', async () => {
    const project = await createProject(draft);
    expect(project.templateRef).toBeNull();
    expect(project.sections.map((s) => s.key)).toEqual(['sammanfattning', 'bakgrund', 'syfte', 'kommunikation', 'uppfoljning']);
    expect(await projectTemplate(project.templateRef)).toEqual({ status: 'none' });
  });

  it("lays an old project out by its own version after a newer one is imported, and says when that version is gone", async () => {
    await ensureDefaultTemplate();
    const old = await createProject(draft);
    await importTemplate({ template: withProjectPlan(2, [...defaultTemplate.projectPlan.sections, required('hallbarhet', 'Hållbarhet')]), referenceDocument: null }, 'test.json');
    const before = await projectLayoutOf(old);
    expect(before.requiredSectionKeys).not.toContain('hallbarhet');
    const fresh = await createProject(draft);
    expect((await projectLayoutOf(fresh)).requiredSectionKeys).toContain('hallbarhet');

    expect(await removeTemplate(`${defaultTemplate.id}@1`)).toEqual({ ok: true });
    const gone = await projectTemplate(old.templateRef);
    expect(gone).toEqual({ status: 'gone', templateId: defaultTemplate.id, version: 1, name: defaultTemplate.name });
    const after = layoutFor(old, gone);
    expect(after.sections.map((s) => s.key)).toEqual(old.sections.map((s) => s.key));
  });
});
