/**
 * The all-activities table (Planer › Alla aktiviteter) with the large
 * workbook's 10 000 activities: time until the rows are shown, time from a
 * keystroke in the search box until the count answers it, and frame times
 * while scrolling through the virtualised rows.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { generateLargeWorkbook } from '../large-workbook.ts';
import { median, round, type BenchResult, type WebEdition } from '../harness.ts';
import { writeIntoWorkbook } from '../../tests/e2e/seed-workbook.ts';

const RUNS = 5;
const TABLE_PATH = '#/planer/aktiviteter';
const ROWS_SHOWN = '.activity-grid tbody tr[data-index]';

const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN;
};

/** A browser profile holding the large workbook's plans and activities (time entries are not read by the table, so left out). */
async function contextWithLargeWorkbook(edition: WebEdition): Promise<BrowserContext> {
  const workbook = generateLargeWorkbook();
  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
  const setup = await context.newPage();
  await setup.goto(edition.baseUrl);
  await setup.waitForSelector('form'); // the first-run form: the app has created its database
  await writeIntoWorkbook(setup, {
    profile: workbook.profile,
    goalAreas: workbook.goalAreas,
    actionPlans: workbook.actionPlans,
    strategies: workbook.strategies,
    tactics: workbook.tactics,
    activities: workbook.activities,
  });
  await setup.close();
  return context;
}

/** Starts the app at the table; the time from navigation until the table's first rows are on screen. */
async function openFromStart(context: BrowserContext, baseUrl: string): Promise<number> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${TABLE_PATH}`);
  await page.waitForSelector(ROWS_SHOWN);
  const ready = await page.evaluate(() => performance.getEntriesByName('moa:activities-ready')[0]?.startTime ?? Number.NaN);
  await page.close();
  return ready;
}

/** Clicks the tab "Alla aktiviteter" and times it until the rows are in the DOM, then the next frame. */
function clickTableTab(page: Page): Promise<number> {
  return page.evaluate(
    (selector) =>
      new Promise<number>((resolve) => {
        const link = document.querySelector<HTMLAnchorElement>('a[href="#/planer/aktiviteter"]');
        if (!link) {
          resolve(Number.NaN);
          return;
        }
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelector(selector)) {
            observer.disconnect();
            // The rows are in the DOM; the next frame paints them.
            requestAnimationFrame(() => resolve(performance.now() - start));
          }
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    ROWS_SHOWN,
  );
}

interface TabTimes {
  /** The first visit of the page's life: the rows are read (or still being read ahead, see PlansView), joined and rendered. */
  first: number;
  /** Back to Planer and to the table again: the rows kept in memory are rendered. */
  returning: number;
}

/** In a running app: from clicking the tab "Alla aktiviteter" until the rows are on screen, the first time and on returning to it. */
async function openFromTab(context: BrowserContext, baseUrl: string): Promise<TabTimes> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/planer`);
  await page.getByRole('heading', { level: 1, name: 'Planer' }).waitFor();
  const tab = page.getByRole('link', { name: 'Alla aktiviteter' });
  await tab.waitFor();
  const first = await clickTableTab(page);
  await page.getByRole('navigation', { name: 'Planer', exact: true }).getByRole('link', { name: 'Handlingsplaner', exact: true }).click();
  await page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor();
  const returning = await clickTableTab(page);
  await page.close();
  return { first, returning };
}

interface KeystrokeTimes {
  /** From keydown to the next frame: the typed character on screen (the search box never waits for the filter). */
  typed: number;
  /** From keydown until the count shows the result for the new text, then the next frame. */
  answered: number;
}

declare global {
  interface Window {
    /** Set by the benchmark in the page: resolves with one keystroke's times. */
    moaKeystroke?: Promise<KeystrokeTimes>;
    /** Set by the benchmark in the page: resolves with one save's time. */
    moaSave?: Promise<number>;
  }
}

/**
 * Types `keys` one at a time into the search box and times each: until the
 * next frame after the keydown, and until the count answers the new text
 * (its data-query catches up with the box) and the next frame after that.
 */
async function keystrokes(page: Page, keys: string[]): Promise<KeystrokeTimes[]> {
  await page.getByLabel('Sök bland aktiviteterna').focus();
  const times: KeystrokeTimes[] = [];
  for (const key of keys) {
    // Listen first (and wait until listening), then press: the key must not arrive before the listener.
    await page.evaluate(() => {
      window.moaKeystroke = new Promise<KeystrokeTimes>((resolve, reject) => {
        const input = document.querySelector<HTMLInputElement>('input[type="search"]');
        const count = document.querySelector<HTMLElement>('[data-testid="activity-count"]');
        if (!input || !count) {
          reject(new Error('sökrutan eller antalet saknas'));
          return;
        }
        let start = 0;
        let typed = 0;
        input.addEventListener(
          'keydown',
          () => {
            start = performance.now();
            requestAnimationFrame(() => (typed = performance.now() - start));
          },
          { capture: true, once: true },
        );
        const observer = new MutationObserver(() => {
          if (start === 0 || count.dataset.query !== input.value) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve({ typed, answered: performance.now() - start }));
        });
        observer.observe(count, { attributes: true, attributeFilter: ['data-query'] });
        setTimeout(() => reject(new Error('antalet uppdaterades inte inom 10 s')), 10_000);
      });
    });
    await page.keyboard.press(key);
    times.push(await page.evaluate(() => window.moaKeystroke ?? Promise.reject(new Error('ingen mätning'))));
  }
  return times;
}

function keystrokeResults(label: string, times: KeystrokeTimes[]): BenchResult[] {
  const typed = times.map((t) => t.typed);
  const answered = times.map((t) => t.answered);
  return [
    { name: `${label}: filter keystroke until the character is shown (median)`, value: round(median(typed)), unit: 'ms' },
    { name: `${label}: filter keystroke until the character is shown (95th percentile)`, value: round(percentile(typed, 95)), unit: 'ms' },
    { name: `${label}: filter keystroke until the count answers it (median)`, value: round(median(answered)), unit: 'ms' },
    { name: `${label}: filter keystroke until the count answers it (95th percentile)`, value: round(percentile(answered, 95)), unit: 'ms' },
  ];
}

/** Frame intervals while scrolling the rows 600 px per frame for 120 frames. */
async function scrollFrames(page: Page): Promise<number[]> {
  return page.evaluate(
    () =>
      new Promise<number[]>((resolve) => {
        const box = document.querySelector<HTMLElement>('.activity-grid-scroll');
        if (!box) {
          resolve([]);
          return;
        }
        const intervals: number[] = [];
        let last = performance.now();
        let frames = 0;
        const step = () => {
          const now = performance.now();
          intervals.push(now - last);
          last = now;
          box.scrollTop += 600;
          frames += 1;
          if (frames < 120) requestAnimationFrame(step);
          else resolve(intervals.slice(1));
        };
        requestAnimationFrame(step);
      }),
  );
}

/** Edits the first row's cost from the keyboard: the time from Enter until "Sparat" is shown with the new value in the cell. */
async function editCost(page: Page, kronor: number): Promise<number> {
  const cell = page.locator('.activity-grid tbody tr[data-index="0"] td[data-column="cost"]');
  await cell.click();
  await page.keyboard.press('Enter');
  await page.locator('.cell-editor').waitFor();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(String(kronor));
  const expected = `${kronor.toLocaleString('sv-SE')} kr`;
  await page.evaluate((text) => {
    window.moaSave = new Promise<number>((resolve, reject) => {
      const editor = document.querySelector<HTMLInputElement>('.cell-editor');
      const status = document.querySelector<HTMLElement>('.activity-save-status');
      if (!editor || !status) {
        reject(new Error('redigeringsrutan eller sparstatusen saknas'));
        return;
      }
      let start = 0;
      editor.addEventListener('keydown', () => (start = performance.now()), { capture: true, once: true });
      const done = () => {
        const shown = document.querySelector('.activity-grid tbody tr[data-index="0"] td[data-column="cost"]')?.textContent ?? '';
        return start > 0 && status.textContent === 'Sparat' && shown.replace(/\s/gu, ' ') === text.replace(/\s/gu, ' ');
      };
      const observer = new MutationObserver(() => {
        if (!done()) return;
        observer.disconnect();
        requestAnimationFrame(() => resolve(performance.now() - start));
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
      setTimeout(() => reject(new Error('ändringen sparades inte inom 10 s')), 10_000);
    });
  }, expected);
  await page.keyboard.press('Enter');
  const elapsed = await page.evaluate(() => window.moaSave ?? Promise.reject(new Error('ingen mätning')));
  // Let the live query bring the saved rows back before the next edit.
  await page.waitForTimeout(1500);
  return elapsed;
}

export async function activityTableSuite(edition: WebEdition): Promise<BenchResult[]> {
  const results: BenchResult[] = [];
  const context = await contextWithLargeWorkbook(edition);
  try {
    await openFromStart(context, edition.baseUrl); // warms the HTTP cache, as for the start-up figures
    const fromStart: number[] = [];
    const fromTab: number[] = [];
    const returning: number[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      fromStart.push(await openFromStart(context, edition.baseUrl));
      const tab = await openFromTab(context, edition.baseUrl);
      fromTab.push(tab.first);
      returning.push(tab.returning);
    }
    results.push({ name: 'activity table, 10 000 activities: rows shown, app started at the table (median)', value: round(median(fromStart)), unit: 'ms' });
    results.push({ name: 'activity table, 10 000 activities: rows shown after clicking its tab (median)', value: round(median(fromTab)), unit: 'ms' });
    results.push({ name: 'activity table, 10 000 activities: rows shown on returning to its tab (median)', value: round(median(returning)), unit: 'ms' });

    const page = await context.newPage();
    await page.goto(`${edition.baseUrl}${TABLE_PATH}`);
    await page.waitForSelector(ROWS_SHOWN);
    // Typing a word, then deleting it: narrowing 10 000 rows down and widening back up.
    const typing = ['k', 'u', 'm', 'l', 'a', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
    const plain: KeystrokeTimes[] = [];
    for (let run = 0; run < 3; run += 1) plain.push(...(await keystrokes(page, typing)));
    results.push(...keystrokeResults('activity table', plain));

    // The same with a text sort and grouping: every filter change re-sorts and re-groups.
    await page.getByRole('columnheader', { name: 'Aktivitet', exact: true }).getByRole('button').click();
    await page.getByLabel('Gruppera efter').selectOption('goalArea');
    await page.waitForSelector('.group-row');
    const sortedGrouped: KeystrokeTimes[] = [];
    for (let run = 0; run < 3; run += 1) sortedGrouped.push(...(await keystrokes(page, typing)));
    results.push(...keystrokeResults('activity table, sorted by title, grouped by goal area', sortedGrouped));

    await page.getByLabel('Gruppera efter').selectOption('none');
    const frames = await scrollFrames(page);
    results.push({ name: 'activity table: scrolling 10 000 rows, frame interval (median)', value: round(median(frames)), unit: 'ms' });
    results.push({ name: 'activity table: scrolling 10 000 rows, frame interval (95th percentile)', value: round(percentile(frames, 95)), unit: 'ms' });

    await page.locator('.activity-grid-scroll').evaluate((box) => box.scrollTo({ top: 0 }));
    const saves: number[] = [];
    for (let run = 0; run < RUNS; run += 1) saves.push(await editCost(page, 1000 + run));
    results.push({ name: 'activity table: edit a cost, Enter until "Sparat" and the new value shown (median)', value: round(median(saves)), unit: 'ms' });
    await page.close();
  } finally {
    await context.close();
  }
  return results;
}
