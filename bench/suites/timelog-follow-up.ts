/**
 * Tidlogg › Uppföljning with the large workbook's 50 000 time entries (about 16 700 a year):
 * computing and showing a year's follow-up after the year is chosen, and exporting a year's
 * entries and weekly summary as CSV. Each is set against the time Dexie itself needs to read the
 * same entries, measured inside the same step (the view times its own index read, see
 * follow-up-data.ts), so the ratio says what the follow-up adds on top of reading.
 */
import type { Page } from 'playwright-core';
import { measures } from '../../renderer/features/timelog/follow-up/follow-up-data.ts';
import { calendarYear, isoWeekYear, type DateRange } from '#shared/timelog/follow-up-range.ts';
import { writeIntoWorkbook } from '../../tests/e2e/seed-workbook.ts';
import { median, round, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const RUNS = 5;
/**
 * Dexie keeps a live query's result for 3 s after its last subscriber leaves, and answers the same
 * query from it; waiting longer makes every choice of year read IndexedDB, as a first choice does.
 */
const DEXIE_CACHE_MS = 3500;
const VIEW_PATH = '#/tidlogg/uppfoljning';
const READY = '.follow-up-results[aria-busy="false"]';

declare global {
  interface Window {
    /** Set by the benchmark in the page: resolves with the time from the year's change until its table is shown. */
    moaFollowUpShown?: Promise<number>;
  }
}

/** The duration of the latest User Timing measure of that name, in ms. */
function lastMeasure(page: Page, name: string): Promise<number> {
  return page.evaluate((measure) => {
    const entries = performance.getEntriesByName(measure, 'measure');
    const last = entries[entries.length - 1];
    if (!last) throw new Error(`mätningen ${measure} saknas`);
    return last.duration;
  }, name);
}

interface Timed {
  total: number;
  read: number;
}

/** Chooses a year (week view) and times from the select's change until that year's table is on screen, then the next frame. */
async function chooseYear(page: Page, year: number, range: DateRange): Promise<Timed> {
  await page.evaluate((selector) => {
    window.moaFollowUpShown = new Promise<number>((resolve, reject) => {
      const select = [...document.querySelectorAll<HTMLSelectElement>('.follow-up-controls select')].find((s) => [...s.options].some((o) => o.value === '2026'));
      if (!select) {
        reject(new Error('årsväljaren saknas'));
        return;
      }
      let start = 0;
      select.addEventListener('change', () => (start = performance.now()), { capture: true, once: true });
      const done = () => start > 0 && document.querySelector(selector) !== null;
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-range', 'aria-busy'] });
      setTimeout(() => reject(new Error('året visades inte inom 30 s')), 30_000);
    });
  }, `table.follow-up-summary[data-range="${range.from}_${range.to}"]`);
  await page.locator('.timelog-follow-up').getByLabel('År', { exact: true }).selectOption(String(year));
  const total = await page.evaluate(() => window.moaFollowUpShown ?? Promise.reject(new Error('ingen mätning')));
  await page.locator(READY).waitFor();
  const read = await lastMeasure(page, measures.viewRead);
  await page.waitForTimeout(DEXIE_CACHE_MS);
  return { total, read };
}

/** Clicks an export button and times it until the file is handed to the host, with the export's own read. */
async function exportOnce(page: Page, button: string): Promise<Timed> {
  const [download] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), page.getByRole('button', { name: button }).click()]);
  await download.delete();
  await page.locator('.follow-up-export [role="status"]', { hasText: 'Sparat som' }).waitFor();
  return { total: await lastMeasure(page, measures.csvExport), read: await lastMeasure(page, measures.csvRead) };
}

function results(label: string, times: Timed[]): BenchResult[] {
  return [
    { name: `${label} (median)`, value: round(median(times.map((t) => t.total))), unit: 'ms' },
    { name: `${label}: Dexie reading the same entries (median)`, value: round(median(times.map((t) => t.read))), unit: 'ms' },
    { name: `${label}: ratio to the Dexie read (median)`, value: round(median(times.map((t) => t.total / Math.max(t.read, 0.1))), 2), unit: '×' },
  ];
}

export async function timelogFollowUpSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const inRange = (range: DateRange) => workbook.timeEntries.filter((e) => e.date >= range.from && e.date <= range.to).length;
  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  const out: BenchResult[] = [];
  try {
    const setup = await context.newPage();
    await setup.goto(edition.baseUrl);
    await setup.waitForSelector('form'); // the first-run form: the app has created its database
    // Goal areas and activities too: the entries CSV looks their names up.
    await writeIntoWorkbook(setup, { profile: workbook.profile, goalAreas: workbook.goalAreas, activities: workbook.activities, timeEntries: workbook.timeEntries });
    await setup.close();

    const page = await context.newPage();
    await page.goto(`${edition.baseUrl}${VIEW_PATH}`);
    await page.locator(READY).waitFor({ timeout: 60_000 });

    // Alternating between two full years, so every choice reads and computes a whole year afresh.
    const shown: Timed[] = [];
    await chooseYear(page, 2025, isoWeekYear(2025)); // warms up
    for (let run = 0; run < RUNS; run += 1) {
      shown.push(await chooseYear(page, 2026, isoWeekYear(2026)));
      await chooseYear(page, 2025, isoWeekYear(2025));
    }
    await chooseYear(page, 2026, isoWeekYear(2026));
    out.push(...results(`time-log follow-up: a year by week shown after choosing it (${inRange(isoWeekYear(2026))} entries)`, shown));

    await exportOnce(page, 'Exportera poster (CSV)'); // warms up
    const entries: Timed[] = [];
    for (let run = 0; run < RUNS; run += 1) entries.push(await exportOnce(page, 'Exportera poster (CSV)'));
    out.push(...results(`time-log CSV: a year's entries exported (${inRange(calendarYear(2026))} entries)`, entries));

    const weekly: Timed[] = [];
    for (let run = 0; run < RUNS; run += 1) weekly.push(await exportOnce(page, 'Exportera veckosammanställning (CSV)'));
    out.push(...results(`time-log CSV: a year's weekly summary exported (${inRange(isoWeekYear(2026))} entries)`, weekly));
    await page.close();
  } finally {
    await context.close();
  }
  return out;
}
