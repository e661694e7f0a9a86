/**
 * Säkerhetskopia: back up and restore the large workbook through the UI
 * (the download and the file chooser of the browser edition), against
 * IndexedDB's own bulk read and bulk write of the same records in the same
 * page. The ratios are the figures: what the file format, the checksum and
 * the validation cost on top of reading and writing the records. The app
 * exposes no Dexie handle on `window`, so the baseline is the same
 * getAll / put calls Dexie's toArray and bulkPut make, in one transaction.
 *
 * Fair comparisons: the file is chosen by its path, as a user picks it (a
 * buffer would be base64-encoded through the DevTools protocol, which no
 * user pays); a write and a replace are compared with reading the records
 * as objects (Chromium makes them only when a request's `result` is read,
 * which the plain bulk read never does), and a replace with what it must do
 * at least: read the workbook for the safety copy, write the file's records,
 * start the app.
 * "App time" figures are measured in the page, from the user's action to
 * what the app shows, without the automation around it.
 */
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { loadWorkbookIntoBrowser, median, round, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const RUNS = 3;

/**
 * Milliseconds in the page for one read-only transaction that reads every table (getAll). With
 * `takeValues`, every request's result is taken too: Chromium turns the stored records into
 * objects only when `result` is read, which the app must do to write the file.
 */
function bulkRead(page: Page, tables: readonly string[], takeValues: boolean): Promise<number> {
  return page.evaluate(
    ({ names, takeValues }) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('moa-arbetsboken');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB gick inte att öppna'));
        open.onsuccess = () => {
          const database = open.result;
          const start = performance.now();
          const tx = database.transaction(names, 'readonly');
          let records = 0;
          for (const name of names) {
            const request = tx.objectStore(name).getAll();
            if (takeValues)
              request.onsuccess = () => {
                records += (request.result as unknown[]).length;
              };
          }
          tx.oncomplete = () => {
            const ms = performance.now() - start;
            database.close();
            if (takeValues && records === 0) reject(new Error('inga poster lästes'));
            else resolve(ms);
          };
          tx.onerror = () => reject(tx.error ?? new Error('läsningen misslyckades'));
        };
      }),
    { names: [...tables], takeValues },
  );
}

/** Milliseconds in the page to read every table and write the same records back (clear + put) in one transaction; only the write is timed. */
function bulkWrite(page: Page, tables: readonly string[]): Promise<number> {
  return page.evaluate(
    (names) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('moa-arbetsboken');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB gick inte att öppna'));
        open.onsuccess = () => {
          const database = open.result;
          const read = database.transaction(names, 'readonly');
          const rows: Record<string, unknown[]> = {};
          for (const name of names) {
            const request = read.objectStore(name).getAll();
            request.onsuccess = () => {
              rows[name] = request.result;
            };
          }
          read.oncomplete = () => {
            const start = performance.now();
            const tx = database.transaction(names, 'readwrite', { durability: 'strict' });
            for (const name of names) {
              const store = tx.objectStore(name);
              store.clear();
              for (const row of rows[name] ?? []) store.put(row);
            }
            tx.oncomplete = () => {
              const ms = performance.now() - start;
              database.close();
              resolve(ms);
            };
            tx.onerror = () => reject(tx.error ?? new Error('skrivningen misslyckades'));
          };
        };
      }),
    [...tables],
  );
}

/** Page times the suite reads: when a download was handed to the browser, when a file was chosen, when the preview showed. */
interface PageMarks {
  click: number;
  download: number;
  fileChosen: number;
  preview: number;
}

declare global {
  interface Window {
    __backupBench?: PageMarks;
  }
}

/** Notes in the page when the user clicked, when the app handed a download to the browser, when a file was chosen and when the preview showed its counts. */
function recordPageMarks(): void {
  const marks: PageMarks = { click: Number.NaN, download: Number.NaN, fileChosen: Number.NaN, preview: Number.NaN };
  window.__backupBench = marks;
  // The first click since the marks were reset: the user's (the app's own click on a download link comes later).
  document.addEventListener('click', () => {
    if (Number.isNaN(marks.click)) marks.click = performance.now();
  }, true);
  const anchorClick = HTMLAnchorElement.prototype.click;
  HTMLAnchorElement.prototype.click = function click(this: HTMLAnchorElement) {
    if (this.download !== '') marks.download = performance.now();
    anchorClick.call(this);
  };
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') marks.fileChosen = performance.now();
  }, true);
  new MutationObserver(() => {
    const dialog = document.querySelector('dialog.backup-preview');
    if (dialog instanceof HTMLDialogElement && dialog.open && dialog.querySelector('tbody tr') !== null && Number.isNaN(marks.preview)) marks.preview = performance.now();
  }).observe(document, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
}

const pageMarks = (page: Page) => page.evaluate(() => window.__backupBench ?? { click: Number.NaN, download: Number.NaN, fileChosen: Number.NaN, preview: Number.NaN });
const resetPageMarks = (page: Page) =>
  page.evaluate(() => {
    const marks = window.__backupBench;
    if (marks) Object.assign(marks, { click: Number.NaN, download: Number.NaN, fileChosen: Number.NaN, preview: Number.NaN });
  });

export async function backupSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const records = Object.values(workbook).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
  const context = await edition.browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
  await context.addInitScript(recordPageMarks);
  const folder = await mkdtemp(join(tmpdir(), 'moa-bench-backup-'));
  const filePath = join(folder, 'stor.moa.json');
  const page = await context.newPage();
  page.setDefaultTimeout(120_000);
  await page.goto(edition.baseUrl);
  await page.waitForSelector('form');
  await loadWorkbookIntoBrowser(page, workbook);
  await page.goto(`${edition.baseUrl}#/installningar`);
  await page.reload();
  const settingsHeading = page.getByRole('heading', { level: 1, name: 'Inställningar' });
  await settingsHeading.waitFor();
  const sectionButton = (name: string) => page.locator('.backup > .actions').getByRole('button', { name, exact: true });

  // Write: click Säkerhetskopiera until the download starts (read every table, serialise, hash).
  const writeTimes: number[] = [];
  const writeAppTimes: number[] = [];
  let fileSize = 0;
  for (let run = 0; run < RUNS; run += 1) {
    await resetPageMarks(page);
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), sectionButton('Säkerhetskopiera').click()]);
    await download.path();
    writeTimes.push(performance.now() - start);
    const marks = await pageMarks(page);
    writeAppTimes.push(marks.download - marks.click);
    await download.saveAs(filePath);
    fileSize = (await readFile(filePath)).byteLength;
  }

  // Restore: pick the file until the preview shows (read, checksum, validate), then replace (safety copy, write every table, reload).
  const readTimes: number[] = [];
  const readAppTimes: number[] = [];
  const replaceTimes: number[] = [];
  const replaceShownTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    await resetPageMarks(page);
    const startRead = performance.now();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), sectionButton('Återställ').click()]);
    await chooser.setFiles(filePath);
    const dialog = page.getByRole('dialog', { name: 'Återställ arbetsboken' });
    await dialog.getByRole('row', { name: /^Aktiviteter / }).waitFor();
    readTimes.push(performance.now() - startRead);
    const marks = await pageMarks(page);
    readAppTimes.push(marks.preview - marks.fileChosen);
    const startReplace = performance.now();
    await Promise.all([page.waitForEvent('download'), page.waitForEvent('load'), dialog.getByRole('button', { name: 'Spara säkerhetskopia och återställ' }).click()]);
    replaceTimes.push(performance.now() - startReplace);
    await settingsHeading.waitFor();
    replaceShownTimes.push(performance.now() - startReplace);
  }

  // The app started again on Inställningar with the large workbook, as a restore ends.
  const startTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    await page.reload();
    await settingsHeading.waitFor();
    startTimes.push(performance.now() - start);
  }

  const tables = workbookTableNames;
  const readBaseline: number[] = [];
  const readValuesBaseline: number[] = [];
  const writeBaseline: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    readBaseline.push(await bulkRead(page, tables, false));
    readValuesBaseline.push(await bulkRead(page, tables, true));
    writeBaseline.push(await bulkWrite(page, tables));
  }
  await context.close();
  await rm(folder, { recursive: true, force: true });

  const write = median(writeTimes);
  const read = median(readTimes);
  const replace = median(replaceTimes);
  const replaceShown = median(replaceShownTimes);
  const appStart = median(startTimes);
  const idbRead = median(readBaseline);
  const idbReadValues = median(readValuesBaseline);
  const idbWrite = median(writeBaseline);
  // A replace reads the workbook for the safety copy (taking its records), writes the file's records and starts the app.
  const replaceFloor = idbReadValues + idbWrite + appStart;
  return [
    { name: `backup: write the large workbook to a file (${records} records, click to download)`, value: round(write), unit: 'ms' },
    { name: 'backup: write, app time (click until the download is handed to the browser)', value: round(median(writeAppTimes)), unit: 'ms' },
    { name: 'backup: file size of the large workbook', value: round(fileSize / 1024 / 1024, 2), unit: 'MB' },
    { name: 'backup: read and check the file until the restore preview shows', value: round(read), unit: 'ms' },
    { name: 'backup: read, app time (file chosen until the preview shows its counts)', value: round(median(readAppTimes)), unit: 'ms' },
    { name: 'backup: replace the workbook from the file (safety copy, write every table, reload)', value: round(replace), unit: 'ms' },
    { name: 'backup: replace until Inställningar shows again (safety copy, write every table, app start)', value: round(replaceShown), unit: 'ms' },
    { name: 'backup: app start on Inställningar with the large workbook (reload until the heading shows)', value: round(appStart), unit: 'ms' },
    { name: 'backup: IndexedDB bulk read of the same records (getAll, one transaction)', value: round(idbRead), unit: 'ms' },
    { name: 'backup: IndexedDB bulk read of the same records, taking the records (getAll, result read)', value: round(idbReadValues), unit: 'ms' },
    { name: 'backup: IndexedDB bulk write of the same records (clear + put, one transaction)', value: round(idbWrite), unit: 'ms' },
    { name: 'backup: ratio write file / bulk read', value: round(write / idbRead, 2), unit: 'x' },
    { name: 'backup: write app time over bulk read taking the records', value: round(median(writeAppTimes) - idbReadValues), unit: 'ms' },
    { name: 'backup: ratio restore (read + replace) / bulk write', value: round((read + replace) / idbWrite, 2), unit: 'x' },
    { name: 'backup: ratio replace until shown / (bulk read taking the records + bulk write + app start)', value: round(replaceShown / replaceFloor, 2), unit: 'x' },
    { name: 'backup: replace until shown over (bulk read taking the records + bulk write + app start)', value: round(replaceShown - replaceFloor), unit: 'ms' },
  ];
}
