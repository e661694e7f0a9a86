import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { convertToPdf, findSoffice } from './harness/libreoffice.ts';
import { startWithExamplePlan, typeExampleIndicatorForKolada, startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { ProjectEditorPage } from './pages/project-editor-page.ts';
import { typeInto } from './pages/keyboard.ts';
import { storedRecords } from './pages/stored-records.ts';
import type { ExportLogEntry } from '#shared/domain/export-log.ts';

interface Downloaded {
  name: string;
  path: string;
  sha256: string;
}

/** Clicks a button that starts a download; keeps the file under its suggested name for LibreOffice. */
async function download(page: Page, click: () => Promise<void>): Promise<Downloaded> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const dir = await mkdtemp(join(tmpdir(), 'moa-docs-'));
  const path = join(dir, file.suggestedFilename());
  await copyFile(await file.path(), path);
  return { name: file.suggestedFilename(), path, sha256: createHash('sha256').update(await readFile(path)).digest('hex') };
}

/** PDF text with the layout's runs of spaces and no-break spaces made single, so phrases can be found. */
const plain = (text: string) => text.replace(/[\s\u00a0\u202f]+/gu, ' ');

const koladaFixture = (name: string) => fileURLToPath(new URL(`../fixtures/kolada/${name}`, import.meta.url));

/** A saved .docx as its parts: the XML as text, the pictures as bytes. */
async function docxParts(path: string): Promise<{ xml: string; media: Map<string, Uint8Array>; rels: string }> {
  const files = unzipSync(new Uint8Array(await readFile(path)));
  const media = new Map(Object.entries(files).filter(([name]) => name.startsWith('word/media/')));
  return { xml: strFromU8(files['word/document.xml'] ?? new Uint8Array()), media, rels: strFromU8(files['word/_rels/document.xml.rels'] ?? new Uint8Array()) };
}

/** The text of each paragraph and table cell, as Word shows it. */
function docxTexts(xml: string): string[] {
  return (xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? []).map((p) => [...p.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replaceAll('&amp;', '&').replaceAll('\u2060', ''));
}

/** Every table's rows, each row's cells joined by tabs. */
function docxTableRows(xml: string): string[][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => docxTexts(cell).join('\n')).join('\t')),
  );
}

/** A PNG's width and height from its IHDR chunk. */
function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  expect([...bytes.subarray(1, 4)].map((b) => String.fromCharCode(b)).join('')).toBe('PNG');
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('Dokument: Word-filer som öppnas i LibreOffice, och exportloggen', () => {
  const e2e = useBrowser();
  let soffice = '';
  beforeAll(() => {
    soffice = findSoffice();
  });

  it('exporterar handlingsplanen och aktivitetsplanen; LibreOffice läser dem, och loggen har filens SHA-256', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    await page.goto(`${baseUrl}#/dokument`);
    await page.getByRole('heading', { level: 1, name: 'Dokument' }).waitFor();
    await page.getByText('Inget har exporterats ännu.').waitFor();
    await expectAccessible(page, 'dokumentvyn');

    const plan = await download(page, () => page.getByRole('region', { name: 'Handlingsplan' }).getByRole('button', { name: 'Exportera till Word' }).click());
    const planPdf = convertToPdf(soffice, plan.path);
    expect(planPdf.pages).toBeGreaterThanOrEqual(3);
    expect(plain(planPdf.text)).toContain('Handlingsplan Innovationer och entreprenörskap');
    expect(plain(planPdf.text)).toContain('Fler unga företagare');

    const card = page.getByRole('region', { name: 'Aktivitetsplan' });
    await card.getByRole('radio', { name: 'per kvartal' }).check();
    const activities = await download(page, () => card.getByRole('button', { name: 'Exportera aktivitetsplan' }).click());
    expect(activities.name).toMatch(/^Aktivitetsplan_Alla-malomraden_aktuell-plan_alla-datum_\d{4}-\d{2}-\d{2}\.docx$/);
    const activitiesPdf = convertToPdf(soffice, activities.path);
    expect(activitiesPdf.pages).toBeGreaterThanOrEqual(2);
    expect(plain(activitiesPdf.text)).toContain('Aktivitetsplan');
    expect(plain(activitiesPdf.text)).toContain('Kickoff för UF-lärare');

    const log = page.getByRole('region', { name: 'Exportlogg' });
    await log.getByText(activities.name).waitFor();
    const rows = await log.getByRole('row').allInnerTexts();
    expect(rows[1]).toContain(activities.sha256);
    expect(rows[2]).toContain(plan.name);
    expect(rows[2]).toContain(plan.sha256);
    // The document's language is the UI language unless chosen otherwise.
    expect(rows[2]).toContain('Svenska');
    await expectAccessible(page, 'dokumentvyn med exportlogg');
  });

  it('exporterar en ofullständig projektplan som utkast efter att ha visat vad som saknas, och en tidrapport', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const projects = new ProjectEditorPage(page);
    await projects.openList();
    await projects.create('Unga innovatörer & <Bergslagen>', 'IE Innovationer och entreprenörskap', '2027-01-01', '2028-12-31');
    await page.getByRole('button', { name: 'Lägg till kostnadsrad' }).click();
    await typeInto(projects.field('Personal, 2027, kronor'), '450 000');
    await projects.addByName('Ny finansiär', 'Lägg till finansiär', 'Region Örebro län');
    await typeInto(projects.field('Region Örebro län, kontant, 2027, kronor'), '300 000');
    await projects.saved();

    await page.goto(`${baseUrl}#/dokument`);
    const card = page.getByRole('region', { name: 'Projektplan' });
    await card.getByRole('button', { name: 'Exportera projektplan' }).click();
    const dialog = page.getByRole('dialog', { name: 'Dokumentet är inte komplett' });
    await dialog.waitFor();
    expect(plain(await dialog.innerText())).toContain('Finansieringen täcker inte budgeten: det saknas 150 000 kr.');
    await expectAccessible(page, 'exportdialog för projektplanen');
    const project = await download(page, () => dialog.getByRole('button', { name: 'Exportera utkast ändå' }).click());
    expect(project.name).toMatch(/^Projektplan_Unga-innovatorer-Bergslagen_2027-2028_\d{4}-\d{2}-\d{2}\.docx$/);
    const projectPdf = convertToPdf(soffice, project.path);
    const text = plain(projectPdf.text);
    expect(projectPdf.pages).toBeGreaterThanOrEqual(2);
    expect(text).toContain('Unga innovatörer & <Bergslagen>');
    expect(text).toContain('450 000 kr');
    expect(text.toUpperCase()).toContain('UTKAST');

    // The time report in English: the document's own words are English, the user's data stays as typed.
    const reportCard = page.getByRole('region', { name: 'Tidrapport' });
    const language = reportCard.getByRole('combobox', { name: 'Dokumentets språk' });
    expect(await language.inputValue()).toBe('sv');
    await language.focus();
    await page.keyboard.press('ArrowDown');
    expect(await language.inputValue()).toBe('en');
    const report = await download(page, () => reportCard.getByRole('button', { name: 'Exportera tidrapport' }).click());
    const reportPdf = convertToPdf(soffice, report.path);
    expect(reportPdf.pages).toBeGreaterThanOrEqual(1);
    expect(report.name).toMatch(/^Time-report_Anna-Lindqvist_\d{4}-\d{2}-\d{2}_\d{4}-\d{2}-\d{2}\.docx$/);
    const reportText = plain(reportPdf.text);
    expect(reportText).toContain('Time report');
    expect(reportText).toMatch(/Page 1 of \d/);
    expect(reportText).not.toContain('Tidrapport');
    expect(reportText).toContain('Anna Lindqvist');
    // The organisation from the profile, and lines to sign on.
    expect(reportText).toContain('Organisation: Örebro kommun');
    expect(reportText).toContain('Name in capitals: Anna Lindqvist');
    const log = page.getByRole('region', { name: 'Exportlogg' });
    expect(await log.getByRole('row').count()).toBe(3);
    expect(await log.getByRole('row').nth(2).innerText()).toContain('(utkast)');
    expect(await log.getByRole('row').nth(1).innerText()).toContain('English');
    const logged = await storedRecords<ExportLogEntry>(page, 'exportLog');
    expect(logged.map((e) => [e.kind, e.language]).sort()).toEqual([
      ['projektplan', 'sv'],
      ['tidrapport', 'en'],
    ]);
  });

  it('skriver indikatorernas Kolada-värden i handlingsplanen och i en indikatorrapport: diagram som bild med alternativtext, tabell, källa och appens bedömning', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1366, height: 768 });
    const { plans } = await startWithExamplePlan(page, baseUrl);
    // The example's third strategy gets Kolada's N00914 as its indicator, as the MOA would type it.
    const indicator = await typeExampleIndicatorForKolada(plans);
    await typeInto(indicator.getByLabel('Kolada-id'), 'N00914');
    await plans.waitSaved();

    // Planer › Indikatorer: the region and one municipality to compare with, then Kolada's values.
    await page.getByRole('navigation', { name: 'Planer', exact: true }).getByRole('link', { name: 'Indikatorer', exact: true }).click();
    const card = page.getByRole('article', { name: 'Förvärvsarbetande 20–64 år (%)' });
    await card.waitFor();
    await page.getByLabel('Region', { exact: true }).selectOption({ label: 'Region Örebro län' });
    await page.getByRole('checkbox', { name: 'Kumla' }).check();
    await expect.poll(() => page.getByRole('checkbox', { name: 'Kumla' }).isChecked()).toBe(true);
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Läs in filer från Kolada …' }).click()]);
    await chooser.setFiles([koladaFixture('data-N00914-2014-2023.json'), koladaFixture('kpi-N00914-N01951.json')]);
    await page.getByRole('dialog', { name: 'Läs in från Kolada' }).getByRole('button', { name: 'Läs in' }).click();
    await card.getByText('På väg mot målet', { exact: true }).waitFor();
    const imported = /Källa: Kolada, hämtat (\d{4}-\d{2}-\d{2})\./u.exec(await card.getByText(/^Källa: Kolada, hämtat/u).innerText())?.[1];
    expect(imported).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    await expectAccessible(page, 'indikatorer med exportknapp');

    // The Indikatorrapport, straight from the view.
    const report = await download(page, () => page.getByRole('button', { name: 'Exportera indikatorrapport' }).click());
    expect(report.name).toMatch(/^Indikatorrapport_Innovationer-och-entreprenorskap_\d{4}-\d{2}-\d{2}\.docx$/u);
    await page.getByRole('status').filter({ hasText: `Dokumentet är sparat som ${report.name}.` }).waitFor();

    // The handlingsplan, from the Dokument view.
    await page.goto(`${baseUrl}#/dokument`);
    await page.getByRole('heading', { level: 1, name: 'Dokument' }).waitFor();
    await page.getByRole('region', { name: 'Indikatorrapport' }).getByRole('combobox', { name: 'Målområde' }).waitFor();
    await expectAccessible(page, 'dokumentvyn med indikatorrapporten');
    const plan = await download(page, () => page.getByRole('region', { name: 'Handlingsplan' }).getByRole('button', { name: 'Exportera till Word' }).click());

    for (const [name, file] of [['handlingsplan', plan], ['indikatorrapport', report]] as const) {
      const { xml, media, rels } = await docxParts(file.path);
      const texts = docxTexts(xml).map(plain);
      // The chart: one PNG drawn at twice its printed size (600 × … px), named and described for screen readers.
      expect([...media.keys()], name).toHaveLength(1);
      const [png] = [...media.values()];
      if (!png) throw new Error('no picture');
      expect(pngSize(png).width, name).toBe(1200);
      expect(png.byteLength, `${name}: a chart, not a blank picture`).toBeGreaterThan(20_000);
      expect(rels).toMatch(/Target="media\/[^"]+\.png"/u);
      const picture = /<wp:docPr [^>]*>/u.exec(xml)?.[0] ?? '';
      expect(plain(/descr="([^"]*)"/u.exec(picture)?.[1] ?? '')).toBe(
        'Linjediagram med Region Örebro län, Region Örebro län, kvinnor, Region Örebro län, män, Kumla, Riket. Senaste värde 80,3 % (2023). Utgångsläge 78,5 % (2019), mål 82 % (2028). Bedömning: På väg mot målet. Samma värden finns i tabellen under diagrammet.',
      );
      expect(/title="([^"]*)"/u.exec(picture)?.[1]).toBe('Förvärvsarbetande 20–64 år, 2014–2023');
      // The facts, the verdict labelled as the app's calculation, the source with the import's date.
      expect(texts, name).toContain('Utgångsläge: 78,5 % (2019)');
      expect(texts, name).toContain('Senaste värde, Region Örebro län: 80,3 % (2023)');
      expect(texts, name).toContain('Mål: 82 % (2028)');
      expect(texts, name).toContain('Bedömning (appens beräkning): På väg mot målet. Trenden 2019–2023 (+0,42 per år) ger 82,34 % år 2028; målet är 82 %.');
      expect(texts, name).toContain(`Källa: Kolada, hämtat ${imported}.`);
      expect(texts, name).toContain('Bedömningen är appens egen beräkning på Koladas värden.');
      // The values as a real table: years down, the region, women, men, Kumla and the country across, decimal commas.
      const values = docxTableRows(xml).find((rows) => rows[0]?.startsWith('År\t'));
      expect(values?.[0]).toBe('År\tRegion Örebro län\tRegion Örebro län, kvinnor\tRegion Örebro län, män\tKumla\tRiket');
      expect(values).toHaveLength(11);
      expect(values?.[10]).toBe('2023\t80,3\t79,1\t81,5\t80,7\t80,7');
      expect(xml.match(/<w:tblHeader\/>/g)?.length ?? 0).toBeGreaterThan(0);

      const pdf = convertToPdf(soffice, file.path);
      const text = plain(pdf.text);
      expect(text, name).toContain('Förvärvsarbetande 20–64 år (%) per år');
      expect(text, name).toContain(`Källa: Kolada, hämtat ${imported}.`);
      expect(text, name).toContain('På väg mot målet');
    }

    // The report lists the plan's other indicators too, with baseline and target, saying they have no Kolada values.
    const reportTexts = docxTexts((await docxParts(report.path)).xml);
    expect(reportTexts).toContain('Indikatorrapport Innovationer och entreprenörskap');
    expect(reportTexts).toContain('Indikatorn är inte kopplad till något nyckeltal i Kolada och har inga värden därifrån.');
    expect(reportTexts).toContain('Jämförs med: Kumla, Riket');

    const logged = await storedRecords<ExportLogEntry>(page, 'exportLog');
    expect(logged.map((e) => e.kind).sort()).toEqual(['handlingsplan', 'indikatorrapport']);
    await page.getByRole('region', { name: 'Exportlogg' }).getByRole('cell', { name: 'Indikatorrapport', exact: true }).waitFor();
  });
});
