/**
 * Säkerhetskopia: back up and restore the large workbook through the UI
 * (the download and the file chooser of the browser edition), against
 * IndexedDB's own bulk read and bulk write of the same records in the same
 * page. The ratios are the figures: what the file format, the checksum and
 * the validation cost on top of reading and writing the records. The app
 * exposes no Dexie handle on `window`, so the baseline is the same
 * getAll / put calls Dexie's toArray and bulkPut make, in one transaction.
 */
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { loadWorkbookIntoBrowser, median, round, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const RUNS = 3;

/** Milliseconds in the page for one read-only transaction that reads every table (getAll). */
function bulkRead(page: Page, tables: readonly string[]): Promise<number> {
  return page.evaluate(
    (names) =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('moa-arbetsboken');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB gick inte att öppna'));
        open.onsuccess = () => {
          const database = open.result;
          const start = performance.now();
          const tx = database.transaction(names, 'readonly');
          for (const name of names) tx.objectStore(name).getAll();
          tx.oncomplete = () => {
            const ms = performance.now() - start;
            database.close();
            resolve(ms);
          };
          tx.onerror = () => reject(tx.error ?? new Error('läsningen misslyckades'));
        };
      }),
    [...tables],
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

export async function backupSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const records = Object.values(workbook).reduce((sum, rows: unknown[]) => sum + rows.length, 0);
  const context = await edition.browser.newContext({ locale: 'sv-SE', acceptDownloads: true });
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
  let file = Buffer.alloc(0);
  for (let run = 0; run < RUNS; run += 1) {
    const start = performance.now();
    const [download] = await Promise.all([page.waitForEvent('download'), sectionButton('Säkerhetskopiera').click()]);
    await download.path();
    writeTimes.push(performance.now() - start);
    file = await readFile(await download.path());
  }

  // Restore: pick the file until the preview shows (read, checksum, validate), then replace (safety copy, write every table, reload).
  const readTimes: number[] = [];
  const replaceTimes: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    const startRead = performance.now();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), sectionButton('Återställ').click()]);
    await chooser.setFiles({ name: 'stor.moa.json', mimeType: 'application/json', buffer: file });
    const dialog = page.getByRole('dialog', { name: 'Återställ arbetsboken' });
    await dialog.waitFor();
    readTimes.push(performance.now() - startRead);
    const startReplace = performance.now();
    await Promise.all([page.waitForEvent('download'), page.waitForEvent('load'), dialog.getByRole('button', { name: 'Spara säkerhetskopia och återställ' }).click()]);
    replaceTimes.push(performance.now() - startReplace);
    await settingsHeading.waitFor();
  }

  const tables = workbookTableNames;
  const readBaseline: number[] = [];
  const writeBaseline: number[] = [];
  for (let run = 0; run < RUNS; run += 1) {
    readBaseline.push(await bulkRead(page, tables));
    writeBaseline.push(await bulkWrite(page, tables));
  }
  await context.close();

  const write = median(writeTimes);
  const read = median(readTimes);
  const replace = median(replaceTimes);
  const idbRead = median(readBaseline);
  const idbWrite = median(writeBaseline);
  return [
    { name: `backup: write the large workbook to a file (${records} records, click to download)`, value: round(write), unit: 'ms' },
    { name: 'backup: file size of the large workbook', value: round(file.byteLength / 1024 / 1024, 2), unit: 'MB' },
    { name: 'backup: read and check the file until the restore preview shows', value: round(read), unit: 'ms' },
    { name: 'backup: replace the workbook from the file (safety copy, write every table, reload)', value: round(replace), unit: 'ms' },
    { name: 'backup: IndexedDB bulk read of the same records (getAll, one transaction)', value: round(idbRead), unit: 'ms' },
    { name: 'backup: IndexedDB bulk write of the same records (clear + put, one transaction)', value: round(idbWrite), unit: 'ms' },
    { name: 'backup: ratio write file / bulk read', value: round(write / idbRead, 2), unit: 'x' },
    { name: 'backup: ratio restore (read + replace) / bulk write', value: round((read + replace) / idbWrite, 2), unit: 'x' },
  ];
}
