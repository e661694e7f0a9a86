import { describe, expect, it } from 'vitest';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { TemplateEditorPage } from './pages/template-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { typeInto } from './pages/keyboard.ts';

const timelineIndex = defaultTemplate.projectPlan.sections.findIndex((s) => s.kind === 'timeline');
const timeline = defaultTemplate.projectPlan.sections[timelineIndex];
const firstProjectSection = defaultTemplate.projectPlan.sections[0];
const firstIndicator = defaultTemplate.indicatorCatalogue[0];
if (!timeline || !firstProjectSection || !firstIndicator) throw new Error('standardmallen saknar tidplan, projektsektioner eller indikatorer');
const offers = defaultTemplate.supportOffers.length;
const analys = defaultTemplate.supportOffers.findIndex((o) => o.id === 'analys');
const events = defaultTemplate.annualCycle.length;

describe('Mallredigeraren', () => {
  const e2e = useBrowser();

  it('redigerar hela mallen, stoppar fel och sparar en ny version som kan sparas som fil', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const editor = new TemplateEditorPage(page);
    await editor.open(baseUrl);
    await editor.openAllParts();
    await expectAccessible(page, 'mallredigeraren med alla delar öppna');

    // Projektplanen: the timeline section becomes free text with new guidance.
    const projectPlan = await editor.part('Projektplanen');
    const timelineRow = editor.row(projectPlan, `Sektion ${timelineIndex + 1}: ${timeline.title}`);
    await editor.field(timelineRow, 'Typ').selectOption({ label: 'fritext' });
    await typeInto(editor.field(timelineRow, 'Vägledning'), 'Beskriv projektets tidplan.\n\nAnge milstolpar per kvartal.');

    // Kansliets stöd: a new offer added with the keyboard only; its id follows the name.
    const support = await editor.part('Kansliets stöd');
    await support.getByRole('button', { name: 'Lägg till stöd' }).focus();
    await page.keyboard.press('Enter');
    const newOffer = editor.row(support, `Stöd ${offers + 1}: utan namn`);
    await newOffer.waitFor();
    expect(await editor.focusedPath()).toBe(`stödutbud[${offers + 1}].namn`);
    await page.keyboard.type('Processtöd för projekt');
    const offerRow = editor.row(support, `Stöd ${offers + 1}: Processtöd för projekt`);
    expect(await editor.field(offerRow, 'Id').inputValue()).toBe('processtod-for-projekt');
    expect(await editor.announcement().innerText()).toBe(`Stöd ${offers + 1} lades till.`);

    // Årscykeln: a new event on a date, moved up one place with the keyboard.
    const cycle = await editor.part('Årscykeln');
    await cycle.getByRole('button', { name: 'Lägg till händelse' }).click();
    await typeInto(editor.field(editor.row(cycle, `Händelse ${events + 1}: utan namn`), 'Namn'), 'RUS-forum 2027');
    const eventRow = editor.row(cycle, `Händelse ${events + 1}: RUS-forum 2027`);
    await typeInto(editor.field(eventRow, 'Datum'), '2027-03-10');
    await eventRow.getByRole('button', { name: `Flytta upp: Händelse ${events + 1}: RUS-forum 2027` }).focus();
    await page.keyboard.press('Enter');
    await editor.announcement().getByText(`Händelse ”RUS-forum 2027” är nu nummer ${events} av ${events + 1}.`).waitFor();
    expect(await editor.focusedLabel()).toBe(`Flytta upp: Händelse ${events}: RUS-forum 2027`);
    const movedEvent = editor.row(cycle, `Händelse ${events}: RUS-forum 2027`);
    expect(await editor.field(movedEvent, 'Id').inputValue()).toBe('rus-forum-2027');

    // Invalid values: a blank heading, a duplicate id and a bad Kolada id. Nothing is stored.
    const firstRow = editor.row(projectPlan, `Sektion 1: ${firstProjectSection.title}`);
    await typeInto(editor.field(firstRow, 'Rubrik'), '');
    await typeInto(editor.field(offerRow, 'Id'), 'analys');
    const indicators = await editor.part('Indikatorkatalogen');
    const indicatorRow = editor.row(indicators, `Indikator 1: ${firstIndicator.name}`);
    await typeInto(editor.field(indicatorRow, 'Kolada-id'), 'n123');
    // With every part closed, saving opens the parts that have problems.
    await editor.editor().getByRole('button', { name: 'Stäng alla delar' }).click();
    await editor.save();
    expect(await editor.editor().locator('details.template-part[open] > summary').allInnerTexts()).toEqual([
      'Projektplanen – 1 fel',
      'Kansliets stöd – 1 fel',
      'Indikatorkatalogen – 1 fel',
    ]);
    const problems = await editor.templates.items(editor.problems().locator('ul'));
    expect(problems).toContain('projektplan.sektioner[1].titel: text saknas');
    expect(problems).toContain(`stödutbud[${offers + 1}].id: id "analys" finns redan (nummer ${analys + 1} i listan); den måste vara unik`);
    expect(problems).toContain('indikatorkatalog[1].koladaId: ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00914"');
    // Each message is also at its field, tied to it.
    const kolada = editor.field(indicatorRow, 'Kolada-id');
    expect(await kolada.getAttribute('aria-invalid')).toBe('true');
    await indicatorRow.getByText('ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00914"').waitFor();
    expect((await storedRecords<StoredTemplate>(page, 'templates')).map((s) => s.id)).toEqual([`${defaultTemplate.id}@1`]);
    await expectAccessible(page, 'mallredigeraren med fel');

    // The problem list moves focus to the field.
    await editor.problems().getByRole('button', { name: /^indikatorkatalog\[1\]\.koladaId/ }).click();
    expect(await editor.focusedPath()).toBe('indikatorkatalog[1].koladaId');
    await typeInto(kolada, 'N00914');
    await typeInto(editor.field(offerRow, 'Id'), 'processtod');
    await typeInto(editor.field(editor.row(projectPlan, 'Sektion 1: utan namn'), 'Rubrik'), 'Sammanfattning av projektet');
    await editor.problems().waitFor({ state: 'detached' });

    await editor.save();
    await page.getByRole('heading', { name: 'RUS standardmall 2026 version 2 är sparad och är nu aktiv mall.' }).waitFor();
    await expectAccessible(page, 'mallen är sparad');
    const stored = (await storedRecords<StoredTemplate>(page, 'templates')).find((s) => s.version === 2);
    expect(stored?.template.projectPlan.sections[timelineIndex]).toMatchObject({ kind: 'freeText', guidance: 'Beskriv projektets tidplan.\n\nAnge milstolpar per kvartal.' });

    const file = await editor.exportFile();
    expect(file.name).toMatch(/_v2\.json$/);
    await page.getByText(`Mallen är sparad som ${file.name}.`).waitFor();
    const parsed = parseTemplateFile(file.bytes, file.name);
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => p.message).join('; '));
    const template = parsed.template;
    expect(template.version).toBe(2);
    expect(template.projectPlan.sections[0]?.title).toBe('Sammanfattning av projektet');
    expect(template.projectPlan.sections[timelineIndex]).toMatchObject({ key: timeline.key, kind: 'freeText', guidance: 'Beskriv projektets tidplan.\n\nAnge milstolpar per kvartal.' });
    expect(template.supportOffers.at(-1)).toEqual({ id: 'processtod', name: 'Processtöd för projekt', description: '' });
    expect(template.annualCycle[events - 1]).toEqual({ id: 'rus-forum-2027', name: 'RUS-forum 2027', description: '', date: '2027-03-10' });
    expect(template.annualCycle).toHaveLength(events + 1);
    expect(template.indicatorCatalogue[0]?.koladaKpiId).toBe('N00914');
    expect(template).toEqual(stored?.template);
    // axe with every part open takes long on a shared machine: the editor is a few thousand elements.
  }, 180_000);

  it('ändrar sektionernas ordning och standardmandatet och håller versionen över den sparade', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const editor = new TemplateEditorPage(page);
    await editor.open(baseUrl);
    const general = await editor.part('Allmänt');
    expect(await editor.field(general, 'Version').inputValue()).toBe('2');
    await typeInto(editor.field(general, 'Version'), '1');

    const actionPlan = await editor.part('Handlingsplanen');
    const [first, second] = defaultTemplate.actionPlan.sections;
    if (!first || !second) throw new Error('standardmallen saknar sektioner');
    await actionPlan.getByRole('button', { name: `Flytta ned: Sektion 1: ${first.title}` }).click();
    await editor.announcement().getByText(`Sektion ”${first.title}” är nu nummer 2 av ${defaultTemplate.actionPlan.sections.length}.`).waitFor();

    const timeLog = await editor.part('Tidlogg och mandat');
    await timeLog.getByRole('radio', { name: 'Som timmar per vecka' }).check();
    await typeInto(editor.field(timeLog, 'Timmar per vecka'), '7,5');
    await editor.save();
    expect(await editor.templates.items(editor.problems().locator('ul'))).toEqual(['version: Versionen ska vara högre än 1.']);
    await typeInto(editor.field(general, 'Version'), '3');
    await editor.save();
    await page.getByRole('heading', { name: 'RUS standardmall 2026 version 3 är sparad och är nu aktiv mall.' }).waitFor();
    const stored = (await storedRecords<StoredTemplate>(page, 'templates')).find((s) => s.version === 3);
    expect(stored?.template.actionPlan.sections.slice(0, 2).map((s) => s.key)).toEqual([second.key, first.key]);
    expect(stored?.template.timeLog.defaultMandate).toEqual({ hoursPerWeek: 7.5 });
    await editor.editor().getByRole('button', { name: 'Stäng' }).click();
    await page.getByText('RUS standardmall 2026 version 3 är sparad och är nu aktiv mall.').waitFor();
  });

  it('öppnas överst med fokus på sin rubrik, också från en rad längre ned', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1024, height: 700 });
    await startWithProfile(page, baseUrl);
    const editor = new TemplateEditorPage(page);
    await editor.templates.open(baseUrl);
    const edit = page.getByRole('button', { name: 'Redigera som ny version: RUS standardmall 2026 version 1' });
    await edit.scrollIntoViewIfNeeded();
    await page.evaluate(() => window.scrollBy(0, 400));
    await edit.click();
    const heading = editor.editor().getByRole('heading', { level: 2, name: 'Ny version av RUS standardmall 2026' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((el) => el === document.activeElement)).toBe(true);
    const top = await heading.evaluate((el) => el.getBoundingClientRect().top);
    expect(top).toBeGreaterThan(-2);
    expect(top).toBeLessThan(100);
  });
});
