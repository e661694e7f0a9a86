import { Document, HeadingLevel, Packer, Paragraph } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import type { ActionPlan } from '#shared/domain/plan.ts';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { Template } from '#shared/templates/schema.ts';
import { templateToJson } from '#shared/templates/serialize.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { TemplatesPage } from './pages/templates-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';
import { typeInto } from './pages/keyboard.ts';

const encode = (text: string): Uint8Array => new TextEncoder().encode(text);
const firstSection = defaultTemplate.actionPlan.sections[0];
if (!firstSection) throw new Error('standardmallen saknar sektioner');

/** The default template's next version: one section renamed, one category added. */
const version2: Template = {
  ...defaultTemplate,
  version: 2,
  actionPlan: { sections: [{ ...firstSection, title: 'Planens sammanfattning' }, ...defaultTemplate.actionPlan.sections.slice(1)] },
  timeLog: { ...defaultTemplate.timeLog, categories: [...defaultTemplate.timeLog.categories, { id: 'larande', name: 'Lärande och kurser' }] },
};

async function wordTemplate(): Promise<Uint8Array> {
  const document = new Document({
    sections: [
      {
        children: [
          new Paragraph({ text: 'Bakgrund', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Beskriv varför planen behövs.'),
          new Paragraph({ text: 'Genomförande', heading: HeadingLevel.HEADING_1 }),
          new Paragraph('Beskriv hur arbetet ska gå till.'),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}

describe('Mallar', () => {
  const e2e = useBrowser();

  it('visar standardmallen som aktiv mall med sina sektioner', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    const active = templates.activeSection();
    expect(await active.innerText()).toContain('RUS-kansliet');
    expect(await active.innerText()).toContain('2026-01-01 – 2026-12-31');
    expect(await active.innerText()).toContain(`Sektioner i handlingsplanen: ${defaultTemplate.actionPlan.sections.length}`);
    await active.getByRole('button', { name: 'Visa sektionerna' }).click();
    await active.getByText(firstSection.title, { exact: true }).first().waitFor();
    await expectAccessible(page, 'Mallar med standardmallen');
  });

  it('läser in en nyare version, visar vad som ändrats och flyttar planerna till den', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    // A plan written for version 1 of the default template.
    const workbook = buildExampleWorkbook(() => crypto.randomUUID(), '2026-11-27T09:00:00.000Z', 'Anna Lindqvist');
    const plans = workbook.actionPlans.map((plan) => ({ ...plan, templateRef: { templateId: defaultTemplate.id, version: 1 } }));
    await writeIntoWorkbook(page, { goalAreas: workbook.goalAreas, actionPlans: plans });
    await page.reload();
    await templates.heading().waitFor();

    await templates.importFile('rus-standardmall-v2.json', encode(templateToJson(version2)), 'application/json');
    const preview = templates.preview();
    await preview.getByRole('heading', { name: 'Det här har ändrats' }).waitFor();
    const changes = await templates.items(preview.locator('ul.template-changes'));
    expect(changes).toEqual([`Sektionen ”${firstSection.title}” i handlingsplanen heter nu ”Planens sammanfattning”.`, 'Ny kategori i tidloggen: ”Lärande och kurser”.']);
    await expectAccessible(page, 'förhandsgranskning av en nyare version');

    await preview.getByRole('button', { name: 'Spara mallen' }).click();
    await page.getByRole('heading', { name: 'RUS standardmall 2026 version 2 är sparad och är nu aktiv mall.' }).waitFor();
    await expectAccessible(page, 'mallen är sparad');
    await page.getByRole('button', { name: 'Flytta planer och projekt (1) till version 2' }).click();
    await page.getByText('1 planer och 0 projekt följer nu version 2.').waitFor();

    const stored = await storedRecords<StoredTemplate>(page, 'templates');
    expect(stored.map((s) => s.id).sort()).toEqual([`${defaultTemplate.id}@1`, `${defaultTemplate.id}@2`]);
    const savedPlans = await storedRecords<ActionPlan>(page, 'actionPlans');
    expect(savedPlans.map((p) => p.templateRef)).toEqual([{ templateId: defaultTemplate.id, version: 2 }]);
    expect(await templates.activeSection().innerText()).toContain('Tidloggens kategorier: ' + String(version2.timeLog.categories.length));
  });

  it('gör en mall av ett Word-dokument och visar dess sektioner före sparandet', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    await templates.importFile('Kansliets mall 2027.docx', await wordTemplate());
    const form = page.locator('section.template-word');
    // A document without a title of its own is named by its first heading (the form shows it, to change).
    expect(await form.getByLabel(/^Namn/).inputValue()).toBe('Bakgrund');
    await typeInto(form.getByLabel(/^Namn/), 'Kansliets mall 2027');
    await typeInto(form.getByLabel(/^Mallens id/), 'kansliets-mall-2027');
    await expectAccessible(page, 'Word-mallens formulär');
    await form.getByRole('button', { name: 'Förhandsgranska' }).click();
    const preview = templates.preview();
    await preview.getByRole('button', { name: 'Visa sektionerna' }).click();
    await preview.locator('ol.template-sections').getByText('Bakgrund', { exact: true }).waitFor();
    await preview.getByText('Beskriv hur arbetet ska gå till.').waitFor();
    expect(await preview.innerText()).toContain('Sektioner i handlingsplanen: 2');
    await expectAccessible(page, 'förhandsgranskning av en Word-mall');
    await preview.getByRole('button', { name: 'Spara mallen' }).click();
    await page.getByRole('heading', { name: 'Kansliets mall 2027 version 1 är sparad.' }).waitFor();
    const stored = await storedRecords<StoredTemplate>(page, 'templates');
    const word = stored.find((s) => s.templateId === 'kansliets-mall-2027');
    expect(word?.template.actionPlan.sections.map((s) => s.title)).toEqual(['Bakgrund', 'Genomförande']);
    expect(word?.referenceStylesXml).toContain('w:styles');
  });

  it('visar vad som är fel i en trasig fil och sparar ingenting', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);

    await templates.importFile('halv-mall.json', encode('{"formatVersion":1}'), 'application/json');
    await templates.problems().getByRole('heading', { name: 'Filen halv-mall.json går inte att läsa in som mall' }).waitFor();
    const problems = await templates.items(templates.problems().locator('ul'));
    expect(problems).toContain('id: text saknas');
    expect(problems.some((p) => p.startsWith('handlingsplan:'))).toBe(true);
    await expectAccessible(page, 'problem i en fil');
    await templates.problems().getByRole('button', { name: 'Stäng' }).click();

    await templates.importFile('farlig.json', encode('{"formatVersion":1,"__proto__":{"admin":true}}'), 'application/json');
    await templates.problems().getByRole('heading', { name: 'Filen farlig.json går inte att läsa in som mall' }).waitFor();
    expect((await templates.items(templates.problems().locator('ul'))).join('\n')).toContain('__proto__');

    const stored = await storedRecords<StoredTemplate>(page, 'templates');
    expect(stored.map((s) => s.id)).toEqual([`${defaultTemplate.id}@1`]);
  });

  it('öppnar förhandsgranskningen när en mallfil släpps i en annan vy', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.dropFile('rus-standardmall-v2.json', encode(templateToJson(version2)));
    await templates.heading().waitFor();
    await templates.preview().getByRole('heading', { name: 'Förhandsgranska RUS standardmall 2026' }).waitFor();
    expect(await templates.items(templates.preview().locator('ul.template-changes'))).toHaveLength(2);
    await expectAccessible(page, 'förhandsgranskning efter släpp');
    await templates.preview().getByRole('button', { name: 'Avbryt' }).click();
    await page.getByText('Inläsningen avbröts. Inget har sparats.').waitFor();
    expect((await storedRecords<StoredTemplate>(page, 'templates')).map((s) => s.id)).toEqual([`${defaultTemplate.id}@1`]);
  });

  it('låter kansliet göra en ny version i redigeraren', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const templates = new TemplatesPage(page);
    await templates.open(baseUrl);
    await page.getByRole('button', { name: 'Redigera som ny version: RUS standardmall 2026 version 1' }).click();
    const editor = page.locator('section.template-editor');
    await typeInto(editor.getByLabel(/^Version/), '1');
    await typeInto(editor.locator('fieldset fieldset').first().getByLabel(/^Rubrik/), ' ');
    await editor.getByRole('button', { name: 'Spara i arbetsboken' }).click();
    await editor.getByText('Versionen ska vara högre än 1.').first().waitFor();
    expect(await editor.locator('.template-problems').innerText()).toContain('handlingsplan.sektioner[1].titel: text saknas');
    await expectAccessible(page, 'redigeraren med fel');
    await typeInto(editor.getByLabel(/^Version/), '2');
    await typeInto(editor.locator('fieldset fieldset').first().getByLabel(/^Rubrik/), 'Sammanfattning 2027');
    await editor.getByRole('button', { name: 'Spara i arbetsboken' }).click();
    await page.getByText('RUS standardmall 2026 version 2 är sparad och är nu aktiv mall.').waitFor();
    const stored = await storedRecords<StoredTemplate>(page, 'templates');
    expect(stored.find((s) => s.version === 2)?.template.actionPlan.sections[0]?.title).toBe('Sammanfattning 2027');
  });
});
