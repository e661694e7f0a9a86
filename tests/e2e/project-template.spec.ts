import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { Mandate, TimeCategory } from '#shared/domain/timelog.ts';
import { projectSectionGuidance } from '#shared/project/defaults.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';
import { templateToJson } from '#shared/templates/serialize.ts';
import { isoWeekOf, weekMonday } from '#shared/timelog/weeks.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { ProjectEditorPage } from './pages/project-editor-page.ts';
import { label, storedRecords } from './pages/stored-records.ts';
import { TemplatesPage } from './pages/templates-page.ts';
import { TimelogPage } from './pages/timelog-page.ts';
import { typeInto } from './pages/keyboard.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const goalArea = 'IE Innovationer och entreprenörskap';
const sustainabilityGuidance = 'Hur bidrar projektet till en hållbar utveckling, och hur följs det upp?';
const riskGuidance = 'Kansliets vägledning för risker: tänk särskilt på risker för målgruppen.';

/** The default template's next version: a required section Hållbarhet in the projektplan, and one more time-log category. */
const version2: Template = {
  ...defaultTemplate,
  version: 2,
  projectPlan: {
    sections: [
      ...defaultTemplate.projectPlan.sections.map((s) => (s.kind === 'risks' ? { ...s, guidance: riskGuidance } : s)),
      { key: 'hallbarhet', title: 'Hållbarhet', guidance: sustainabilityGuidance, required: true, kind: 'freeText' },
    ],
  },
  timeLog: { ...defaultTemplate.timeLog, categories: [...defaultTemplate.timeLog.categories, { id: 'larande', name: 'Lärande och kurser' }] },
};

async function importAndSave(page: Page, baseUrl: string, template: Template): Promise<void> {
  const templates = new TemplatesPage(page);
  await templates.open(baseUrl);
  await templates.importFile(`${template.id}-v${template.version}.json`, encode(templateToJson(template)), 'application/json');
  await templates.preview().getByRole('button', { name: 'Spara mallen' }).click();
  await page.getByRole('heading', { name: `${template.name} version ${template.version} är sparad och är nu aktiv mall.` }).waitFor();
}

/** The id of the project open in the editor, from the address. */
function projectIdOf(page: Page): string {
  return decodeURIComponent(new URL(page.url()).hash.replace('#/projekt/', ''));
}

describe('projektplaner följer sin mall', () => {
  const e2e = useBrowser();

  it('visar mallens sektioner med vägledning, och ett äldre projekt behåller sina när mallen får en ny version', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const projects = new ProjectEditorPage(page);

    // A new project on version 1 shows the template's sections with their guidance.
    await projects.openList();
    await projects.create('Företagsakuten', goalArea, '2027-01-01', '2027-12-31');
    const oldId = projectIdOf(page);
    await page.getByText(projectSectionGuidance.sammanfattning).waitFor();
    await page.getByText(projectSectionGuidance.uppfoljning).waitFor();
    expect(await page.getByLabel(/^Hållbarhet/).count()).toBe(0);
    await expectAccessible(page, 'nytt projekt med standardmallens sektioner');

    // Version 2 adds a required section: the old project keeps its own sections.
    await importAndSave(page, baseUrl, version2);
    await page.goto(`${baseUrl}#/projekt/${encodeURIComponent(oldId)}`);
    await page.getByRole('heading', { level: 2, name: 'Företagsakuten' }).waitFor();
    await page.getByText(projectSectionGuidance.sammanfattning).waitFor();
    expect(await page.getByLabel(/^Hållbarhet/).count()).toBe(0);
    expect(await page.locator('details.completeness').innerText()).not.toContain('Hållbarhet');
    expect(await page.getByText(riskGuidance).count()).toBe(0);

    // A new project follows version 2: the section, its guidance, and the completeness list names it.
    await projects.openList();
    await projects.create('Gröna företag', goalArea, '2027-01-01', '2027-12-31');
    await page.getByLabel(label('Hållbarhet')).waitFor();
    await page.getByText(sustainabilityGuidance).waitFor();
    // The template's own guidance for a structured part replaces the app's.
    await page.getByText(riskGuidance).waitFor();
    await page.locator('details.completeness').getByRole('button', { name: 'Avsnittet ”Hållbarhet” saknar text.' }).waitFor();
    await expectAccessible(page, 'nytt projekt med mallens nya sektion');
    const stored = await storedRecords<{ id: string; templateRef: unknown; sections: { key: string }[] }>(page, 'projects');
    const fresh = stored.find((p) => p.id !== oldId);
    expect(fresh?.templateRef).toEqual({ templateId: defaultTemplate.id, version: 2 });
    expect(fresh?.sections.map((s) => s.key)).toContain('hallbarhet');

    // Version 1 is removed: the old project says so and still works with its own sections.
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    await page.getByRole('button', { name: `Ta bort ${defaultTemplate.name} version 1` }).click();
    await page.getByRole('button', { name: 'Ja, ta bort' }).click();
    await page.getByText(`${defaultTemplate.name} version 1 ligger nu i papperskorgen.`, { exact: false }).waitFor();
    await page.goto(`${baseUrl}#/projekt/${encodeURIComponent(oldId)}`);
    await page
      .getByRole('note')
      .filter({ hasText: `Mallversionen som projektet skrevs för (${defaultTemplate.name} version 1) finns inte längre. Projektet visas med sina egna sektioner.` })
      .waitFor();
    const summary = page.getByLabel(label('Sammanfattning'));
    await typeInto(summary, 'Rådgivning för nya företagare.');
    await projects.saved();
    const after = await storedRecords<{ id: string; sections: { key: string; text: string }[] }>(page, 'projects');
    expect(after.find((p) => p.id === oldId)?.sections.find((s) => s.key === 'sammanfattning')?.text).toBe('Rådgivning för nya företagare.');
    await expectAccessible(page, 'projekt vars mallversion är borttagen');
  });
});

describe('tidloggen följer mallen', () => {
  const e2e = useBrowser();

  it('får mallens kategorier i en ny arbetsbok, erbjuder nya kategorier och mallens standardmandat', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    // The active template is version 2 before the time log is first opened.
    await importAndSave(page, baseUrl, version2);
    const timelog = new TimelogPage(page);
    await timelog.open(baseUrl, 'kategorier');
    const table = page.locator('table.categories-table');
    await table.getByRole('rowheader', { name: 'Lärande och kurser' }).waitFor();
    await expect.poll(async () => (await storedRecords<TimeCategory>(page, 'timeCategories')).map((c) => c.id).sort()).toEqual(version2.timeLog.categories.map((c) => c.id).sort());
    expect(await page.getByText('Tidloggen saknar några av mallens kategorier').count()).toBe(0);
    await expectAccessible(page, 'kategorier från mallen');

    // Version 3 has one more category: it is offered, and added only on the click.
    const version3: Template = { ...version2, version: 3, timeLog: { ...version2.timeLog, categories: [...version2.timeLog.categories, { id: 'resor', name: 'Resor' }] } };
    await importAndSave(page, baseUrl, version3);
    await timelog.open(baseUrl, 'kategorier');
    await page.getByText('Tidloggen saknar några av mallens kategorier: Resor.').waitFor();
    await expectAccessible(page, 'mallen har kategorier som saknas');
    await page.getByRole('button', { name: 'Lägg till mallens kategorier', exact: true }).click();
    await table.getByRole('rowheader', { name: 'Resor' }).waitFor();
    await page.getByText('Mallens kategorier lades till: Resor.').waitFor();
    expect(await page.getByText('Tidloggen saknar några av mallens kategorier').count()).toBe(0);

    // No mandate yet: the template's default mandate is offered, never set on its own.
    await timelog.open(baseUrl, 'uppfoljning');
    const offer = page.getByRole('button', { name: 'Använd mallens standardmandat (20 % av heltid, 8 timmar per vecka)' });
    await offer.waitFor();
    expect(await storedRecords<Mandate>(page, 'mandates')).toEqual([]);
    const today = await page.evaluate(() => {
      const now = new Date();
      return `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    });
    const week = isoWeekOf(today);
    const monday = weekMonday(week.year, week.week);
    expect(await page.getByLabel(/^Standardmandatet gäller från/).inputValue()).toBe(monday);
    await expectAccessible(page, 'mallens standardmandat erbjuds');
    await offer.click();
    await page.locator('table.mandate-table').getByRole('rowheader', { name: monday }).waitFor();
    const mandates = await storedRecords<Mandate>(page, 'mandates');
    expect(mandates.map(({ id: _id, ...m }) => m)).toEqual([{ validFrom: monday, percentOfFullTime: 20, fullTimeHoursPerWeek: 40 }]);
    expect(await offer.count()).toBe(0);
    await expectAccessible(page, 'mandatet från mallen');
  });
});
