import { createHash } from 'node:crypto';
import { copyFile, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { convertToPdf, findSoffice } from './harness/libreoffice.ts';
import { startWithProfile } from './helpers.ts';
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
});
