import { copyFile, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import type { Locator } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { secretariatTemplate, secretariatWordTemplate } from '../fixtures/secretariat-word-template.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { convertToPdf, findSoffice } from './harness/libreoffice.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { label, storedRecords } from './pages/stored-records.ts';
import { TemplatesPage } from './pages/templates-page.ts';

/** The italic words of the help a control is tied to with aria-describedby. */
async function emphasised(control: Locator): Promise<string[]> {
  return control.evaluate((element) =>
    (element.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .flatMap((id) => [...(document.getElementById(id)?.querySelectorAll('em') ?? [])].map((em) => em.textContent ?? '')),
  );
}

/** PDF text with runs of spaces and no-break spaces made single. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ');

describe('Word-mall från kansliet', () => {
  const e2e = useBrowser();
  let soffice = '';
  beforeAll(() => {
    soffice = findSoffice();
  });

  it('vägrar en .docx som inte är ett Word-dokument så fort den väljs, och säger varför', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);

    await templates.importFile('Kansliets mall 2027.docx', strToU8('Det här är en textfil med fel ändelse.'));
    await templates.problems().getByRole('heading', { name: 'Filen Kansliets mall 2027.docx går inte att läsa in som mall' }).waitFor();
    expect(await templates.items(templates.problems().locator('ul'))).toEqual([
      'Kansliets mall 2027.docx är inget Word-dokument: en .docx-fil är ett zip-paket, och den här filen är inget zip-paket (den kan ha fått fel filändelse eller vara skadad). Öppna filen i Word och spara den som Word-dokument (.docx) eller Word-mall (.dotx), och välj den sedan igen.',
    ]);
    // Refused before the form: no form to fill in first.
    expect(await page.locator('section.template-word').count()).toBe(0);
    await expectAccessible(page, 'en .docx som inte är Word');
    await templates.problems().getByRole('button', { name: 'Stäng' }).click();

    await templates.importFile('mall.dotx', zipSync({ 'mall.json': strToU8('{}') }));
    await templates.problems().getByText('mall.dotx är inget Word-dokument: det är ett zip-paket utan word/document.xml', { exact: false }).waitFor();
    expect(await page.locator('section.template-word').count()).toBe(0);
    const stored = await storedRecords<StoredTemplate>(page, 'templates');
    expect(stored.map((s) => s.id)).toEqual([`${defaultTemplate.id}@1`]);
  });

  it('läser in numrerade rubriker som planens delar, föreslår namn och period, behåller kursiv vägledning och exporterar utan dubbla rubriker', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);

    await templates.importFile(secretariatTemplate.fileName, await secretariatWordTemplate());
    const form = page.locator('section.template-word');
    // The name from the document's core title, the id from the name, the period from its text.
    expect(await form.getByLabel(/^Namn/).inputValue()).toBe('RUS handlingsplan 2027');
    expect(await form.getByLabel(/^Mallens id/).inputValue()).toBe('rus-handlingsplan-2027');
    expect(await form.getByLabel(/^Gäller från/).inputValue()).toBe('2027-01-01');
    expect(await form.getByLabel(/^Gäller till/).inputValue()).toBe('2027-12-31');
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();

    const preview = templates.preview();
    const parts = preview.locator('section.heading-parts');
    await parts.getByRole('heading', { name: 'Rubrikerna i Word-dokumentet' }).waitFor();
    const select = (heading: string) => parts.getByRole('combobox', { name: `Blir i mallen ${heading}` });
    const shown = async (heading: string) => select(heading).evaluate((element) => (element as HTMLSelectElement).selectedOptions[0]?.textContent ?? '');
    const [, , strategies, , cooperation, perspectives, indicators, support] = secretariatTemplate.headings;
    expect(await parts.getByRole('rowheader').allInnerTexts()).toEqual(secretariatTemplate.headings.map((h) => h.replace(/\s+/g, ' ').replace(/:$/, '')));
    expect(await shown(strategies)).toBe('Strategier och taktiker (strategier och taktiker)');
    expect(await shown(cooperation)).toBe('Egen sektion (fritext)');
    expect(await shown(perspectives)).toBe('Genomsyrande perspektiv (genomsyrande perspektiv)');
    expect(await shown(indicators)).toBe('Indikatorer (indikatorer)');
    expect(await shown(support)).toBe('Behov av stöd från kansliet (behov av stöd)');
    await expectAccessible(page, 'förhandsgranskning med rubrikernas delar');

    // Two headings on one part: said at the heading, and the template is not saved.
    await select(support).selectOption({ label: 'Genomsyrande perspektiv (genomsyrande perspektiv)' });
    await parts.getByText(`Rubriken ”${perspectives}” blir redan Genomsyrande perspektiv (genomsyrande perspektiv), som bara kan stå på ett ställe.`, { exact: false }).waitFor();
    await preview.getByRole('button', { name: 'Spara mallen' }).click();
    await preview.getByRole('alert').filter({ hasText: 'Två rubriker blir samma del av planen.' }).waitFor();
    expect(await select(support).evaluate((element) => element === document.activeElement)).toBe(true);
    await expectAccessible(page, 'två rubriker på samma del');
    expect((await storedRecords<StoredTemplate>(page, 'templates')).length).toBe(1);

    // Put back, and "7. Indikatorer och uppföljning" made a text section of its own.
    await select(support).selectOption({ label: 'Behov av stöd från kansliet (behov av stöd)' });
    await select(indicators).selectOption({ label: 'Egen sektion (fritext)' });
    await parts.locator('.field-error').waitFor({ state: 'detached' });
    await preview.getByRole('button', { name: 'Spara mallen' }).click();
    await page.getByRole('heading', { name: 'RUS handlingsplan 2027 version 1 är sparad.' }).waitFor();
    const word = (await storedRecords<StoredTemplate>(page, 'templates')).find((s) => s.templateId === 'rus-handlingsplan-2027');
    expect(word?.template.actionPlan.sections.map((s) => [s.title, s.kind])).toEqual([
      ['1. Sammanfattning', 'freeText'],
      ['2) Nuläge och omvärld', 'freeText'],
      ['3. STRATEGIER OCH TAKTIKER', 'strategyTree'],
      ['4. Aktiviteter', 'activities'],
      ['5. Samverkan med andra målområden', 'freeText'],
      ['6. Genomsyrande perspektiv', 'perspectives'],
      ['7. Indikatorer och uppföljning', 'freeText'],
      ['8. Behov av stöd', 'support'],
    ]);
    expect(word?.template).toMatchObject({ validFrom: '2027-01-01', validTo: '2027-12-31' });
    await page.getByRole('button', { name: 'Stäng' }).click();
    await templates.listRow('RUS handlingsplan 2027', 1).getByRole('button', { name: 'Använd RUS handlingsplan 2027 version 1' }).click();
    await page.getByRole('status').filter({ hasText: 'RUS handlingsplan 2027 version 1 är nu aktiv mall.' }).waitFor();

    // A plan on the template: its sections, and its italic guidance in italics without the marks.
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.addGoalArea('AR', 'Arbetsmarknad');
    await plans.createPlan('Handlingsplan Arbetsmarknad 2027');
    expect(await plans.sectionLabels()).toEqual(['1. Sammanfattning *', '2) Nuläge och omvärld *', '5. Samverkan med andra målområden *', '7. Indikatorer och uppföljning *', 'Vad stödet ska hjälpa till med']);
    const summary = plans.sections().getByRole('textbox', { name: label('1. Sammanfattning') });
    expect(await plans.description(summary)).toBe('Beskriv planen på högst en halv sida. Skriv den sist.');
    expect(await emphasised(summary)).toEqual(['högst en halv sida']);
    expect(await emphasised(plans.sections().getByRole('textbox', { name: label('2) Nuläge och omvärld') }))).toEqual([
      'Vad har hänt sedan förra planen? Använd gärna regionens omvärldsanalys.',
    ]);
    await page.getByRole('button', { name: 'Lägg till strategi' }).click();
    await plans.rowInput('Strategi 1').focus();
    const why = plans.details().getByRole('textbox', { name: 'Varför?' });
    await why.waitFor();
    expect(await plans.description(why)).toBe('Vilket problem möter strategin, och vilket effektmål bidrar den till?');
    expect(await emphasised(why)).toEqual(['effektmål']);
    await expectAccessible(page, 'plan på kansliets Word-mall');

    // The Word export: each part once, under the template's numbered heading.
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planen är inte komplett' });
    const [file] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Exportera utkast ändå' }).click()]);
    const dir = await mkdtemp(join(tmpdir(), 'moa-word-template-'));
    const path = join(dir, file.suggestedFilename());
    await copyFile(await file.path(), path);
    const pdf = convertToPdf(soffice, path);
    const text = pdf.text;
    const contents = text
      .slice(text.indexOf('Innehåll'), text.indexOf('Word uppdaterar innehållsförteckningen'))
      .split('\n')
      .slice(1)
      .map((line) => plain(line).replace(/\.{4,}.*$/u, '').trim())
      .filter((line) => line !== '');
    // Each part once, under the template's numbered heading; the indicators, placed by no heading now, at the end.
    expect(contents).toEqual([
      '1. Sammanfattning',
      '2) Nuläge och omvärld',
      '3. STRATEGIER OCH TAKTIKER',
      '(utan namn)',
      '4. Aktiviteter',
      '5. Samverkan med andra målområden',
      '6. Genomsyrande perspektiv',
      '7. Indikatorer och uppföljning',
      '8. Behov av stöd',
      'Indikatorer',
      'Granskare',
    ]);
  });
});
