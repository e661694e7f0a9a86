import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { typeInto } from './pages/keyboard.ts';
import { storedRecords } from './pages/stored-records.ts';
import type { ExportLogEntry } from '#shared/domain/export-log.ts';

/** Clicks a button that starts a download and returns the file's name and its word/document.xml. */
async function download(page: Page, click: () => Promise<void>): Promise<{ name: string; documentXml: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  const path = await file.path();
  const parts = unzipSync(new Uint8Array(await readFile(path)));
  const xml = parts['word/document.xml'];
  if (!xml) throw new Error('word/document.xml saknas i filen');
  return { name: file.suggestedFilename(), documentXml: strFromU8(xml) };
}

describe('Word-export av handlingsplanen', () => {
  const e2e = useBrowser();

  it('exporterar en komplett plan direkt, med ett namn som säger vad filen är', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await plans.loadExample();
    const { name, documentXml } = await download(page, () => page.getByRole('button', { name: 'Exportera till Word' }).click());
    expect(name).toMatch(/^Handlingsplan_Innovationer-och-entreprenorskap_\d{4}-\d{4}_v1_\d{4}-\d{2}-\d{2}\.docx$/);
    expect(documentXml).toContain('Fler unga företagare');
    expect(documentXml).toContain('Kickoff för UF-lärare');
    expect(documentXml).not.toContain('UTKAST');
    await page.getByRole('status').filter({ hasText: `Handlingsplanen är sparad som ${name}.` }).waitFor();
  });

  it('frågar först när planen inte är komplett, och märker utkastet', async () => {
    const { page, baseUrl } = e2e;
    await startWithProfile(page, baseUrl);
    const plans = new PlanEditorPage(page);
    await plans.openList();
    await typeInto(page.getByLabel('Kod'), 'KL');
    await typeInto(page.getByLabel('Namn på målområdet'), 'Kunskapslyft för barn och unga');
    await page.getByRole('button', { name: 'Lägg till målområdet' }).click();
    await typeInto(page.getByLabel('Titel'), 'Handlingsplan Kunskapslyft');
    await page.getByRole('button', { name: 'Skapa handlingsplanen' }).click();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Kunskapslyft' }).waitFor();

    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const dialog = page.getByRole('dialog', { name: 'Planen är inte komplett' });
    await dialog.waitFor();
    await expectAccessible(page, 'exportdialog för utkast');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    await dialog.waitFor({ state: 'hidden' });

    // The plan for an EU partner, in English: the document's words are English, the plan's own texts as typed, and the log says which language.
    await page.getByRole('combobox', { name: 'Dokumentets språk' }).selectOption({ label: 'English' });
    await page.getByRole('button', { name: 'Exportera till Word' }).click();
    const { documentXml } = await download(page, () => dialog.getByRole('button', { name: 'Exportera utkast ändå' }).click());
    expect(documentXml).toContain('>DRAFT<');
    expect(documentXml).toContain('Goal area: ');
    expect(documentXml).not.toContain('UTKAST');
    expect(documentXml).toContain('Handlingsplan Kunskapslyft');
    const [logged] = await storedRecords<ExportLogEntry>(page, 'exportLog');
    expect(logged).toMatchObject({ kind: 'handlingsplan', subject: 'Handlingsplan Kunskapslyft', draft: true, language: 'en' });
  });
});
