/**
 * Start-up of the browser edition: JS bundle size, and time to first paint
 * and to interactive (the overview showing the workbook's contents) with the
 * large workbook in IndexedDB, against an empty workbook.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { generateLargeWorkbook } from '../large-workbook.ts';
import { loadWorkbookIntoBrowser, median, round, type BenchResult, type WebEdition } from '../harness.ts';

const RUNS = 7;

function sizes(files: readonly string[]): { raw: number; gzip: number } {
  let raw = 0;
  let gzip = 0;
  for (const file of files) {
    const bytes = readFileSync(join('dist/web/assets', file));
    raw += bytes.byteLength;
    gzip += gzipSync(bytes, { level: 9 }).byteLength;
  }
  return { raw, gzip };
}

/** Every script, and those the start loads: the entry and the chunks index.html preloads (views load on first use). */
function bundleSize(): BenchResult[] {
  const all = sizes(readdirSync('dist/web/assets').filter((f) => f.endsWith('.js')));
  const html = readFileSync('dist/web/index.html', 'utf8');
  const atStart = sizes([...html.matchAll(/(?:src|href)="\.\/assets\/([^"]+\.js)"/g)].map((m) => m[1] ?? ''));
  return [
    { name: 'bundle: JavaScript', value: round(all.raw / 1024), unit: 'KiB' },
    { name: 'bundle: JavaScript, gzip', value: round(all.gzip / 1024), unit: 'KiB' },
    { name: 'bundle: JavaScript loaded at start', value: round(atStart.raw / 1024), unit: 'KiB' },
    { name: 'bundle: JavaScript loaded at start, gzip', value: round(atStart.gzip / 1024), unit: 'KiB' },
  ];
}

interface StartTimes {
  firstPaint: number;
  interactive: number;
}

async function measureStart(page: Page, url: string, readySelector: string, readyMark: string | null): Promise<StartTimes> {
  await page.goto(url);
  await page.waitForSelector(readySelector);
  return page.evaluate((mark) => {
    const paint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN;
    const ready = mark ? performance.getEntriesByName(mark)[0]?.startTime : performance.now();
    return { firstPaint: paint, interactive: ready ?? Number.NaN };
  }, readyMark);
}

async function repeatedStarts(edition: WebEdition, prepare: (page: Page) => Promise<void>, url: string, selector: string, mark: string | null): Promise<StartTimes> {
  const context = await edition.browser.newContext({ locale: 'sv-SE' });
  const setup = await context.newPage();
  await prepare(setup);
  await setup.close();
  const times: StartTimes[] = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    const page = await context.newPage();
    times.push(await measureStart(page, url, selector, mark));
    await page.close();
  }
  await context.close();
  const measured = times.slice(1); // the first start warms the HTTP cache; users start the app warm too
  return { firstPaint: median(measured.map((t) => t.firstPaint)), interactive: median(measured.map((t) => t.interactive)) };
}

export async function startupSuite(edition: WebEdition): Promise<BenchResult[]> {
  const results = bundleSize();

  const generateStart = performance.now();
  const workbook = generateLargeWorkbook();
  results.push({ name: 'large workbook: generate (10 goal areas, 10 000 activities, 50 000 time entries)', value: round(performance.now() - generateStart), unit: 'ms' });

  const empty = await repeatedStarts(
    edition,
    async (page) => {
      await page.goto(edition.baseUrl);
      await page.waitForSelector('h1');
    },
    edition.baseUrl,
    'form',
    null,
  );
  results.push({ name: 'start, empty workbook: first contentful paint', value: round(empty.firstPaint), unit: 'ms' });
  results.push({ name: 'start, empty workbook: first-run form shown', value: round(empty.interactive), unit: 'ms' });

  let loadMs = 0;
  const large = await repeatedStarts(
    edition,
    async (page) => {
      await page.goto(edition.baseUrl);
      await page.waitForSelector('form');
      const start = performance.now();
      await loadWorkbookIntoBrowser(page, workbook);
      loadMs = performance.now() - start;
    },
    `${edition.baseUrl}#/oversikt`,
    '[data-testid="workbook-counts"]',
    'moa:overview-ready',
  );
  results.push({ name: 'large workbook: write into IndexedDB (raw, from the bench)', value: round(loadMs), unit: 'ms' });
  results.push({ name: 'start, large workbook: first contentful paint', value: round(large.firstPaint), unit: 'ms' });
  results.push({ name: 'start, large workbook: interactive (overview with counts)', value: round(large.interactive), unit: 'ms' });
  return results;
}
