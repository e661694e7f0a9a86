import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { createGoalArea, createPlan, setSupportRequest, updatePlanSection } from '../../../../renderer/features/plans/plan-repository.ts';
import { defaultPlanSections } from '../../../../renderer/features/plans/plan-defaults.ts';
import { ensureDefaultTemplate, importTemplate, templateForRef } from '../../../../renderer/features/templates/template-repository.ts';
import { actionPlanSchema } from '#shared/domain/plan.ts';
import { planTemplateView } from '#shared/plan/template-sections.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

let codes = 0;
async function newPlan() {
  codes += 1;
  const goalArea = await createGoalArea({ code: `IE${codes}`, name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: '', reviewers: [] });
  return createPlan({ goalAreaId: goalArea.id, title: 'Handlingsplan 2027', periodStart: 2027, periodEnd: 2029 });
}

const stored = async (id: string) => {
  const plan = await db().actionPlans.get(id);
  if (!plan) throw new Error('planen saknas');
  return actionPlanSchema.parse(plan);
};

/** The default template's next version: the summary renamed, a section added before follow-up. */
const version2: Template = {
  ...defaultTemplate,
  version: 2,
  actionPlan: {
    sections: [
      ...defaultTemplate.actionPlan.sections.map((s) => (s.key === 'sammanfattning' ? { ...s, title: 'Planens sammanfattning' } : s)).filter((s) => s.key !== 'uppfoljning'),
      { key: 'larande', title: 'Lärande och spridning', guidance: 'Hur sprids det ni lär er?', required: true, kind: 'freeText' },
      ...defaultTemplate.actionPlan.sections.filter((s) => s.key === 'uppfoljning'),
    ],
  },
};

describe('plans and their template', () => {
  it('gives a new plan the active template text sections and its reference', async () => {
    await ensureDefaultTemplate();
    const plan = await newPlan();
    expect(plan.templateRef).toEqual({ templateId: defaultTemplate.id, version: 1 });
    expect(plan.sections.map((s) => s.key)).toEqual(['sammanfattning', 'nulage', 'stod', 'uppfoljning']);
    expect(plan.sections.every((s) => s.text === '')).toBe(true);
  });

  it('gives a new plan the newer version sections while an older plan keeps its own version', async () => {
    await ensureDefaultTemplate();
    const old = await newPlan();
    const result = await importTemplate({ template: version2, referenceDocument: null }, 'v2.json');
    expect(result.ok).toBe(true);
    const fresh = await newPlan();
    expect(fresh.templateRef).toEqual({ templateId: defaultTemplate.id, version: 2 });
    expect(fresh.sections.map((s) => s.title)).toEqual(['Planens sammanfattning', 'Nuläge och omvärld', 'Behov av stöd från kansliet', 'Lärande och spridning', 'Uppföljning']);
    const oldTemplate = await templateForRef(old.templateRef);
    expect(planTemplateView(old, oldTemplate?.template).textSections.map((s) => s.title)).toEqual(['Sammanfattning', 'Nuläge och omvärld', 'Behov av stöd från kansliet', 'Uppföljning']);
  });

  it('falls back to the sections from before templates when none is stored', async () => {
    const plan = await newPlan();
    expect(plan.templateRef).toBeNull();
    expect(plan.sections).toEqual(defaultPlanSections());
  });

  it('adds a template section the plan does not hold on its first edit, and edits a held one in place', async () => {
    await ensureDefaultTemplate();
    const plan = await newPlan();
    await updatePlanSection(plan.id, 'larande', 'Vi sprider resultaten.', 'Lärande och spridning');
    await updatePlanSection(plan.id, 'nulage', 'Nuläget.');
    const after = await stored(plan.id);
    expect(after.sections.map((s) => [s.key, s.title, s.text])).toEqual([
      ['sammanfattning', 'Sammanfattning', ''],
      ['nulage', 'Nuläge och omvärld', 'Nuläget.'],
      ['stod', 'Behov av stöd från kansliet', ''],
      ['uppfoljning', 'Uppföljning', ''],
      ['larande', 'Lärande och spridning', 'Vi sprider resultaten.'],
    ]);
  });

  it('stores ticked support offers on the plan, once each, and unticks them', async () => {
    await ensureDefaultTemplate();
    const plan = await newPlan();
    expect((await stored(plan.id)).supportRequests).toBeUndefined();
    await Promise.all([setSupportRequest(plan.id, 'analys', true), setSupportRequest(plan.id, 'dialogmoten', true), setSupportRequest(plan.id, 'analys', true)]);
    expect([...((await stored(plan.id)).supportRequests ?? [])].sort()).toEqual(['analys', 'dialogmoten']);
    await setSupportRequest(plan.id, 'analys', false);
    expect((await stored(plan.id)).supportRequests).toEqual(['dialogmoten']);
    await expect(setSupportRequest('finns-inte', 'analys', true)).rejects.toThrow('finns inte');
  });
});
