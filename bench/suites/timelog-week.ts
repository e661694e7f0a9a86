/**
 * Tidlogg › Vecka on the large workbook (50 000 time entries): the time until the week grid shows
 * its rows, against the time Dexie itself needs to read what the week shows in the page: its
 * entries, the categories and the names of the goal areas, activities and projects its rows name
 * (measured by the view's own query around its reads, `moa:timelog-week-read`). The ratio says
 * what the view adds on top of the database: the grid model and rendering.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { weekDays, weekKey, type IsoWeek } from '#shared/timelog/weeks.ts';
import { rowKeyId } from '#shared/timelog/week-grid.ts';
import { median, round, seedContext, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const RUNS = 5;
/** A week of the workbook's last year, full like every week of it (about 320 entries). */
const WEEK: IsoWeek = { year: 2026, week: 48 };
const ROWS_SHOWN = '.week-grid tbody tr';

interface Open {
  /** From navigation (or the click) until the grid shows every row, then the next frame. */
  shownMs: number;
  /** Dexie reading the week's entries on the date index and the names its rows show, inside the view's query. */
  readMs: number;
}

async function dexieReadMs(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('moa:timelog-week-read')[0]?.duration ?? Number.NaN);
}

/** Starts the app at the week: the grid's ready mark (set when it shows its rows) from navigation start. */
async function openFromStart(context: BrowserContext, baseUrl: string, rows: number): Promise<Open> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/tidlogg/vecka/${weekKey(WEEK)}`);
  await page.waitForFunction(({ selector, n }) => document.querySelectorAll(selector).length === n, { selector: ROWS_SHOWN, n: rows }, { timeout: 60_000 });
  const shownMs = await page.evaluate(() => performance.getEntriesByName('moa:timelog-week-ready')[0]?.startTime ?? Number.NaN);
  const readMs = await dexieReadMs(page);
  await page.close();
  return { shownMs, readMs };
}

/** In a running app on the day list: from clicking the tab *Vecka* until the grid shows every row. */
async function openFromTab(context: BrowserContext, baseUrl: string, rows: number): Promise<Open> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/tidlogg/dag/${weekDays(WEEK.year, WEEK.week)[4] ?? ''}`);
  await page.locator('table.day-table').waitFor({ timeout: 60_000 });
  const shownMs = await page.evaluate(
    ({ selector, n }) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')].find((a) => a.textContent === 'Vecka');
        if (!link) {
          reject(new Error('fliken Vecka saknas'));
          return;
        }
        performance.clearMeasures('moa:timelog-week-read');
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(selector).length !== n) return;
          observer.disconnect();
          // The rows are in the DOM; the next frame paints them.
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    { selector: ROWS_SHOWN, n: rows },
  );
  const readMs = await dexieReadMs(page);
  await page.close();
  return { shownMs, readMs };
}

export async function timelogWeekSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const days = new Set(weekDays(WEEK.year, WEEK.week));
  const weekEntries = workbook.timeEntries.filter((e) => days.has(e.date));
  const rows = new Set(weekEntries.map((e) => rowKeyId(e))).size;

  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
  const results: BenchResult[] = [];
  try {
    await seedContext(context, edition.baseUrl, { ...workbook });

    // The first open adds the default categories and warms the HTTP cache, as users start the app warm.
    await openFromStart(context, edition.baseUrl, rows);
    const fromStart: Open[] = [];
    const fromTab: Open[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      fromStart.push(await openFromStart(context, edition.baseUrl, rows));
      fromTab.push(await openFromTab(context, edition.baseUrl, rows));
    }
    const label = `timelog week view, 50 000 entries (${weekEntries.length} in the week, ${rows} rows)`;
    results.push({ name: `${label}: rows shown, app started at the week (median)`, value: round(median(fromStart.map((o) => o.shownMs))), unit: 'ms' });
    results.push({ name: `${label}: rows shown after clicking the tab Vecka (median)`, value: round(median(fromTab.map((o) => o.shownMs))), unit: 'ms' });
    results.push({ name: `${label}: Dexie reading the week's entries, categories and names in the page (median)`, value: round(median(fromTab.map((o) => o.readMs)), 2), unit: 'ms' });
    results.push({ name: `${label}: opening after the tab click / Dexie's read (median of runs)`, value: round(median(fromTab.map((o) => o.shownMs / o.readMs))), unit: '×' });
  } finally {
    await context.close();
  }
  return results;
}
