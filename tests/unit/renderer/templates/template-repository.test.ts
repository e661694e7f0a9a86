import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('#host', () => ({ platform: { saveFile: vi.fn(), openFile: vi.fn() } }));

const { db } = await import('../../../../renderer/db/database.ts');
const repository = await import('../../../../renderer/features/templates/template-repository.ts');
const { defaultTemplate } = await import('#shared/templates/default-template.ts');
const { buildExampleWorkbook } = await import('#shared/examples/example-workbook.ts');
const { newProject } = await import('#shared/project/defaults.ts');
const { defaultReferenceTemplate } = await import('#shared/documents/reference-styles.ts');
const { WORKBOOK_SETTINGS_ID } = await import('#shared/domain/template-store.ts');
const { importRefusedText } = await import('../../../../renderer/features/templates/import-flow.ts');
const { translator } = await import('../../../../renderer/i18n/i18n.tsx');
import type { Template } from '#shared/templates/schema.ts';

const { ensureDefaultTemplate, importTemplate, listTemplates, activeTemplate, setActiveTemplate, removeTemplate, movePlansToTemplate, countOnVersion, templateUsage } = repository;

const v1 = { templateId: defaultTemplate.id, version: 1 };

function version2(): Template {
  const [first, ...rest] = defaultTemplate.actionPlan.sections;
  return {
    ...defaultTemplate,
    version: 2,
    actionPlan: { sections: [{ ...(first as Template['actionPlan']['sections'][number]), title: 'Sammanfattning av planen' }, ...rest] },
    timeLog: { ...defaultTemplate.timeLog, categories: [...defaultTemplate.timeLog.categories, { id: 'larande', name: 'Lärande' }] },
  };
}

let ids = 0;
const newId = () => `id-${(ids += 1)}`;

/** One plan and one project written for version 1, one plan written without a template. */
async function seedPlans() {
  const workbook = buildExampleWorkbook(newId, '2026-11-27T09:00:00.000Z', 'Anna');
  const [plan] = workbook.actionPlans;
  if (!plan) throw new Error('exempelplanen saknas');
  const project = newProject({ id: 'proj-1', goalAreaId: plan.goalAreaId, title: 'Unga innovatörer', startDate: '2027-01-01', endDate: '2027-12-31', now: '2026-11-27T09:00:00.000Z', templateRef: v1 });
  await db().goalAreas.bulkAdd(workbook.goalAreas);
  await db().actionPlans.bulkAdd([{ ...plan, templateRef: v1 }, { ...plan, id: 'plan-utan-mall', templateRef: null }]);
  await db().projects.add(project);
  return { planId: plan.id };
}

beforeEach(async () => {
  await db().open();
  await Promise.all(db().tables.map((table) => table.clear()));
});

describe('the default template', () => {
  it('is installed once, as Standardmall, and made active', async () => {
    await ensureDefaultTemplate();
    await ensureDefaultTemplate();
    const stored = await listTemplates();
    expect(stored.map((t) => [t.id, t.source])).toEqual([[`${defaultTemplate.id}@1`, 'Standardmall']]);
    expect((await activeTemplate())?.template).toEqual(defaultTemplate);
  });

  it('is not put back into a workbook that has another template', async () => {
    await importTemplate({ template: { ...defaultTemplate, id: 'annan-mall', name: 'Annan mall' }, referenceDocument: null }, 'annan.json');
    await ensureDefaultTemplate();
    expect((await listTemplates()).map((t) => t.id)).toEqual(['annan-mall@1']);
    expect((await activeTemplate())?.id).toBe('annan-mall@1');
  });
});

describe('importing', () => {
  it('refuses a version that is already stored and changes nothing', async () => {
    await ensureDefaultTemplate();
    const changed = await importTemplate({ template: { ...defaultTemplate, name: 'Ändrad utan ny version' }, referenceDocument: null }, 'mall.json');
    expect(changed).toMatchObject({ ok: false, reason: 'alreadyStored' });
    expect(changed.ok ? '' : importRefusedText(translator('sv'), changed.reason, defaultTemplate)).toContain('högre versionsnummer');
    expect(changed.ok ? '' : importRefusedText(translator('en'), changed.reason, defaultTemplate)).toContain('higher version number');
    const same = await importTemplate({ template: defaultTemplate, referenceDocument: null }, 'mall.json');
    expect(same).toMatchObject({ ok: false, reason: 'identical' });
    const stored = await listTemplates();
    expect(stored).toHaveLength(1);
    expect(stored[0]?.template.name).toBe(defaultTemplate.name);
  });

  it('is all or nothing: a failure inside the transaction leaves no template and no new active one', async () => {
    await ensureDefaultTemplate();
    const put = vi.spyOn(db().workbookSettings, 'put').mockRejectedValueOnce(new Error('disken är full'));
    await expect(importTemplate({ template: version2(), referenceDocument: null }, 'mall-v2.json')).rejects.toThrow('disken är full');
    put.mockRestore();
    expect((await listTemplates()).map((t) => t.id)).toEqual([`${defaultTemplate.id}@1`]);
    expect((await activeTemplate())?.version).toBe(1);
  });

  it('stores the styles of a readable reference document, and the template without one that cannot be read', async () => {
    const docx = await defaultReferenceTemplate();
    const withStyles = await importTemplate({ template: defaultTemplate, referenceDocument: { fileName: 'kansliet.dotx', bytes: docx } }, 'paket.zip');
    expect(withStyles.ok && withStyles.reference.status).toBe('read');
    expect((await activeTemplate())?.referenceStylesXml).toContain('w:styles');
    const broken = await importTemplate({ template: version2(), referenceDocument: { fileName: 'trasig.docx', bytes: new TextEncoder().encode('inte ett Word-dokument') } }, 'paket2.zip');
    expect(broken.ok && broken.reference.status).toBe('refused');
    const stored = await db().templates.get(`${defaultTemplate.id}@2`);
    expect(stored?.referenceStylesXml).toBeNull();
  });
});

describe('a newer version', () => {
  it('becomes active, and moving plans points the plans and projects of the older version at it', async () => {
    await ensureDefaultTemplate();
    const { planId } = await seedPlans();
    const result = await importTemplate({ template: version2(), referenceDocument: null }, 'mall-v2.json');
    expect(result).toMatchObject({ ok: true, madeActive: true });
    expect((await activeTemplate())?.version).toBe(2);
    expect(await countOnVersion(v1)).toEqual({ plans: 1, projects: 1 });
    expect(await movePlansToTemplate(v1, `${defaultTemplate.id}@2`)).toEqual({ ok: true, plans: 1, projects: 1 });
    expect((await db().actionPlans.get(planId))?.templateRef).toEqual({ templateId: defaultTemplate.id, version: 2 });
    expect((await db().projects.get('proj-1'))?.templateRef).toEqual({ templateId: defaultTemplate.id, version: 2 });
    expect((await db().actionPlans.get('plan-utan-mall'))?.templateRef).toBeNull();
  });

  it('cannot be moved to when it is not stored', async () => {
    await seedPlans();
    expect(await movePlansToTemplate(v1, 'finns-inte@9')).toEqual({ ok: false, reason: 'notFound' });
    expect(await countOnVersion(v1)).toEqual({ plans: 1, projects: 1 });
  });
});

describe('removing a version', () => {
  it('refuses the active one', async () => {
    await ensureDefaultTemplate();
    expect(await removeTemplate(`${defaultTemplate.id}@1`)).toEqual({ ok: false, reason: 'active' });
    expect(await listTemplates()).toHaveLength(1);
  });

  it('leaves the plans and projects that refer to it as they were, and says the version is gone', async () => {
    await ensureDefaultTemplate();
    const { planId } = await seedPlans();
    const before = await db().actionPlans.get(planId);
    await importTemplate({ template: version2(), referenceDocument: null }, 'mall-v2.json');
    expect(await removeTemplate(`${defaultTemplate.id}@1`)).toEqual({ ok: true });
    expect(await db().actionPlans.get(planId)).toEqual(before);
    expect((await db().projects.get('proj-1'))?.templateRef).toEqual(v1);
    expect(await templateUsage()).toEqual([{ templateId: defaultTemplate.id, version: 1, plans: 1, projects: 1, stored: false }]);
    // The version waits in the papperskorg, whole.
    const [entry] = await db().trash.toArray();
    expect(entry).toMatchObject({ kind: 'templateVersion', title: `${defaultTemplate.name} v1` });
    expect(entry?.records.templates?.map((t) => t.id)).toEqual([`${defaultTemplate.id}@1`]);
  });

  it('lets another version be made active first', async () => {
    await ensureDefaultTemplate();
    await importTemplate({ template: { ...defaultTemplate, id: 'annan-mall' }, referenceDocument: null }, 'annan.json');
    expect(await setActiveTemplate('annan-mall@1')).toBe(true);
    expect(await setActiveTemplate('finns-inte@1')).toBe(false);
    expect((await db().workbookSettings.get(WORKBOOK_SETTINGS_ID))?.activeTemplateId).toBe('annan-mall@1');
    expect(await removeTemplate(`${defaultTemplate.id}@1`)).toEqual({ ok: true });
  });
});
