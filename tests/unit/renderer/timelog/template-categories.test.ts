import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { createMandate, listMandates } from '../../../../renderer/features/timelog/follow-up/mandate-repository.ts';
import { templateMandateForm } from '#shared/timelog/mandate-form.ts';
import {
  addCategory,
  addTemplateCategories,
  ensureTimeCategories,
  listCategories,
  missingTemplateCategories,
  renameCategory,
} from '../../../../renderer/features/timelog/category-repository.ts';
import { ensureDefaultTemplate, importTemplate } from '../../../../renderer/features/templates/template-repository.ts';
import { defaultTimeCategories } from '#shared/domain/timelog.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';

const ownCategories = [
  { id: 'moa', name: 'Uppdraget' },
  { id: 'resor', name: 'Resor' },
  { id: 'natverk', name: 'Nätverk' },
];
const withCategories = (version: number, categories: Template['timeLog']['categories']): Template => ({ ...defaultTemplate, version, timeLog: { ...defaultTemplate.timeLog, categories } });

beforeEach(async () => {
  await db().delete();
  await db().open();
});

describe('the first categories', () => {
  it('are the active template’s when a template is stored', async () => {
    await ensureDefaultTemplate();
    await importTemplate({ template: withCategories(2, ownCategories), referenceDocument: null }, 'mall.json');
    await Promise.all([ensureTimeCategories(), ensureTimeCategories()]);
    expect((await listCategories()).map((c) => [c.id, c.name, c.order])).toEqual([
      ['moa', 'Uppdraget', 0],
      ['resor', 'Resor', 1],
      ['natverk', 'Nätverk', 2],
    ]);
  });

  it('are the fixed defaults without a template', async () => {
    await ensureTimeCategories();
    expect((await listCategories()).map((c) => c.id)).toEqual(defaultTimeCategories.map((c) => c.id));
    expect(await missingTemplateCategories()).toEqual([]);
  });
});

describe('template categories offered later', () => {
  it('lists the ones whose id is new and adds them after the user’s own, never renaming or removing', async () => {
    await ensureDefaultTemplate();
    await ensureTimeCategories();
    await renameCategory('moa', 'Mitt uppdrag');
    const own = await addCategory('Resor');
    await importTemplate({ template: withCategories(2, ownCategories), referenceDocument: null }, 'mall.json');
    // Resor is the user's own under another id: the same name is not offered twice.
    expect(await missingTemplateCategories()).toEqual([{ id: 'natverk', name: 'Nätverk' }]);
    expect(await addTemplateCategories()).toEqual(['Nätverk']);
    const after = await listCategories();
    expect(after.find((c) => c.id === 'moa')?.name).toBe('Mitt uppdrag');
    expect(after.map((c) => c.id)).toEqual([...defaultTimeCategories.map((c) => c.id), own.ok ? own.category.id : '', 'natverk']);
    expect(await missingTemplateCategories()).toEqual([]);
    expect(await addTemplateCategories()).toEqual([]);
  });
});

describe('the default mandate', () => {
  it('is stored through the form’s checks from the template, hours or percent', async () => {
    expect(templateMandateForm({ percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }, '2026-11-23')).toEqual({ validFrom: '2026-11-23', kind: 'percent', hoursPerWeek: '', percentOfFullTime: '20', fullTimeHoursPerWeek: '40' });
    expect(templateMandateForm({ hoursPerWeek: 7.5 }, '2026-11-23')).toMatchObject({ kind: 'hours', hoursPerWeek: '7,5' });
    const stored = await createMandate(templateMandateForm(defaultTemplate.timeLog.defaultMandate, '2026-11-23'));
    expect(stored.ok).toBe(true);
    expect((await listMandates()).map(({ id: _id, ...m }) => m)).toEqual([{ validFrom: '2026-11-23', percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }]);
  });
});
