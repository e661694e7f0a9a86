import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { AppShellPage } from './pages/app-shell-page.ts';
import { BackupPage } from './pages/backup-page.ts';
import { FirstRunPage } from './pages/first-run-page.ts';
import { PlanEditorPage } from './pages/plan-editor-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

/** Every table's records, sorted by id so the comparison does not depend on storage order. */
async function wholeWorkbook(page: Page): Promise<Record<string, unknown[]>> {
  const all: Record<string, unknown[]> = {};
  for (const table of workbookTableNames) {
    const rows = await storedRecords<{ id: string }>(page, table);
    all[table] = rows.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  }
  return all;
}

/** A workbook with the example plan, a time entry and a running timer. */
async function fillWorkbook(page: Page, baseUrl: string): Promise<void> {
  await startWithProfile(page, baseUrl);
  const plans = new PlanEditorPage(page);
  await plans.openList();
  await plans.loadExample();
  await writeIntoWorkbook(page, {
    timeEntries: [{ id: 't-1', date: '2026-11-23', minutes: 90, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note: 'Dialogmöte med kommunerna & <RUS> 🚀' }],
    timer: [{ id: 'timer', state: 'running', date: '2026-11-27', runningSince: '2026-11-27T07:15:00.000Z', accumulatedMs: 600_000, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note: '' }],
  });
  await page.reload();
  await new AppShellPage(page).goTo('Inställningar');
}

/** Deletes the app's database in the page and reloads: the app starts as on a new computer. */
async function wipe(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const request = indexedDB.deleteDatabase('moa-arbetsboken');
        request.onsuccess = () => resolve();
        request.onerror = () => reject(request.error ?? new Error('databasen gick inte att ta bort'));
      }),
  );
  await page.reload();
  await new FirstRunPage(page).heading().waitFor();
}

describe('säkerhetskopia och återställning', () => {
  const e2e = useBrowser();

  it('säkerhetskopierar, tömmer, återställer, och allt är tillbaka', async () => {
    const { page, baseUrl } = e2e;
    await fillWorkbook(page, baseUrl);
    const before = await wholeWorkbook(page);
    expect(before.activities?.length).toBeGreaterThan(0);
    expect(before.timer).toHaveLength(1);
    const backup = new BackupPage(page);
    await expectAccessible(page, 'inställningar med säkerhetskopia');

    const file = await backup.backUp();
    expect(file.name).toMatch(/^MOA-arbetsbok_Anna-Lindqvist_\d{4}-\d{2}-\d{2}\.moa\.json$/u);
    await backup.status().getByText(`Säkerhetskopian är sparad som ${file.name}.`).waitFor();

    // A new computer, or a successor: the hand-over file is restored from the first-run screen, no profile first.
    await wipe(page);
    await expectAccessible(page, 'första start med återställning');
    await backup.chooseFileOnFirstRun(file.name, file.bytes);
    await backup.previewDialog().waitFor();
    expect(await backup.previewCount('Aktiviteter')).toBe(String(before.activities?.length));
    expect(await backup.previewCount('Tidlogg')).toBe('1');
    await expect(backup.previewDialog().innerText()).resolves.toContain('Arbetsboken är tom, så filens innehåll läses in direkt.');
    await expectAccessible(page, 'förhandsvisning av återställning');

    await backup.confirmIntoEmpty();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByText('Hej Anna Lindqvist!').isVisible()).toBe(true);
    expect(await wholeWorkbook(page)).toEqual(before);
    // After the reload the restore says what it brought back: the file, the backup's date and the counts.
    const report = page.getByRole('status').filter({ hasText: 'Arbetsboken är återställd' });
    await report.waitFor();
    const counts = `Handlingsplaner: ${before.actionPlans?.length ?? 0}, projekt: ${before.projects?.length ?? 0}, tidposter: ${before.timeEntries?.length ?? 0}.`;
    expect((await report.innerText()).replace(/\s+/gu, ' ')).toMatch(new RegExp(`^Arbetsboken är återställd från ${file.name.replaceAll('.', '\\.')}, säkerhetskopian från \\d{4}-\\d{2}-\\d{2} kl\\. \\d{2}:\\d{2}\\. ${counts} Stäng meddelandet$`, 'u'));
    await expectAccessible(page, 'översikten efter återställning');
    await report.getByRole('button', { name: 'Stäng meddelandet' }).click();
    expect(await page.getByText('Arbetsboken är återställd').count()).toBe(0);
    // Said once: a reload does not repeat it.
    await page.reload();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    expect(await page.getByText('Arbetsboken är återställd').count()).toBe(0);
  });

  it('ersätter en arbetsbok först efter en säkerhetskopia av den', async () => {
    const { page, baseUrl } = e2e;
    await fillWorkbook(page, baseUrl);
    const backup = new BackupPage(page);
    const file = await backup.backUp();
    const before = await wholeWorkbook(page);
    await wipe(page);
    // Someone else's workbook on this computer, which the file replaces.
    await startWithProfile(page, baseUrl, { name: 'Efterträdaren', organisation: 'Region Örebro län' });
    await new AppShellPage(page).goTo('Inställningar');
    await backup.chooseFile(file.name, file.bytes);
    await backup.previewDialog().waitFor();
    await expect(backup.previewDialog().innerText()).resolves.toContain('Den nuvarande arbetsboken ersätts helt');

    const safetyCopy = await backup.confirmReplace();
    expect(safetyCopy.name).toMatch(/^MOA-arbetsbok_Efterträdaren_Säkerhetskopia-före-återställning_\d{4}-\d{2}-\d{2}\.moa\.json$/u);
    expect(safetyCopy.bytes.toString('utf8')).toContain('Efterträdaren');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await wholeWorkbook(page)).toEqual(before);
  });

  it('gör en automatisk säkerhetskopia om dagen och återställer från den', async () => {
    const { page, baseUrl } = e2e;
    await fillWorkbook(page, baseUrl);
    const backup = new BackupPage(page);
    const before = await wholeWorkbook(page);
    // The first copy comes a few seconds after start.
    await backup.autoBackupTable().waitFor({ timeout: 30_000 });
    const rows = backup.autoBackupTable().locator('tbody tr');
    expect(await rows.count()).toBe(1);
    expect(await rows.first().innerText()).toMatch(/^\d{4}-\d{2}-\d{2} kl\. \d{2}:\d{2}\s+\d+ kB/u);
    expect(await backup.autoBackupToggle().isChecked()).toBe(true);
    await expectAccessible(page, 'inställningar med automatiska säkerhetskopior');

    // A change today goes into tomorrow's copy, not a second one today.
    await writeIntoWorkbook(page, { contacts: [{ id: 'c-ny', kind: 'person', name: 'Ny kontakt', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [] }] });
    await page.reload();
    await backup.autoBackupTable().waitFor();
    expect(await wholeWorkbook(page)).not.toEqual(before);

    const restoreButton = rows.first().getByRole('button', { name: /^Återställ kopian från / });
    await restoreButton.click();
    await backup.previewDialog().waitFor();
    expect(await backup.previewDialog().innerText()).toContain('automatisk säkerhetskopia från');
    const safetyCopy = await backup.confirmReplace();
    expect(safetyCopy.bytes.toString('utf8')).toContain('Ny kontakt');
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    expect(await wholeWorkbook(page)).toEqual(before);
    await new AppShellPage(page).goTo('Inställningar');
    expect(await backup.autoBackupTable().locator('tbody tr').count()).toBe(1);

    // Switched off, it stays off after a reload.
    await backup.autoBackupToggle().uncheck();
    await page.reload();
    await new AppShellPage(page).goTo('Inställningar');
    expect(await backup.autoBackupToggle().isChecked()).toBe(false);
  });

  it('vägrar en skadad fil och ändrar ingenting', async () => {
    const { page, baseUrl } = e2e;
    await fillWorkbook(page, baseUrl);
    const backup = new BackupPage(page);
    const file = await backup.backUp();
    const before = await wholeWorkbook(page);

    const damaged = Buffer.from(file.bytes);
    const at = damaged.indexOf('Dialogm');
    damaged[at] = 'd'.charCodeAt(0);
    await backup.chooseFile(file.name, damaged);
    await backup.problem().getByText(/Filen är skadad: kontrollsumman stämmer inte/u).waitFor();
    expect(await backup.problem().innerText()).toContain(`Filen ${file.name} kan inte återställas.`);
    expect(await backup.previewDialog().isVisible()).toBe(false);
    await expectAccessible(page, 'inställningar med en vägrad fil');
    expect(await wholeWorkbook(page)).toEqual(before);

    // The same backup with a row nested 5 000 deep and a checksum that fits: refused for its depth.
    const envelope = JSON.parse(file.bytes.toString('utf8')) as { payload: string };
    const payload = envelope.payload.replace('"contacts":[', `"contacts":[${'['.repeat(5_000)}${']'.repeat(5_000)},`);
    const deep = Buffer.from(JSON.stringify({ ...envelope, payload, sha256: createHash('sha256').update(payload).digest('hex') }));
    await backup.chooseFile('djup.moa.json', deep);
    await backup.problem().getByText(/Filen är nästlad för djupt \(5\s00\d nivåer; en arbetsboksfil har högst 64\)/u).waitFor();
    expect(await backup.problem().innerText()).not.toContain('kontrollsumman');
    expect(await backup.previewDialog().isVisible()).toBe(false);
    expect(await wholeWorkbook(page)).toEqual(before);
  });

  it('ändrar ingenting när återställningen avbryts', async () => {
    const { page, baseUrl } = e2e;
    await fillWorkbook(page, baseUrl);
    const backup = new BackupPage(page);
    const file = await backup.backUp();
    await writeIntoWorkbook(page, { contacts: [{ id: 'c-ny', kind: 'person', name: 'Ny kontakt', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [] }] });
    const before = await wholeWorkbook(page);
    await backup.chooseFile(file.name, file.bytes);
    await backup.previewDialog().waitFor();
    await backup.cancel();
    await backup.previewDialog().waitFor({ state: 'hidden' });
    expect(await wholeWorkbook(page)).toEqual(before);
  });
});
