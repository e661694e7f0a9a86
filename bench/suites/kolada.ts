/**
 * Indikatorer: importing a large Kolada answer through the UI (Planer › Indikatorer, the file
 * chooser, the preview, *Läs in*): 50 KPIs × 290 municipalities × 10 years × 3 genders, saved as the
 * 29 pages of 5 000 rows Kolada's API would give (435 000 values), against IndexedDB's own bulk put
 * of the same records in one transaction in the same page (the target: the import within 1.5× of it).
 * "App time": from the files chosen until the preview shows, plus from *Läs in* until the app says
 * what it imported, measured in the page.
 *
 * Then the Indikatorer view on the large workbook with those values in it: the first goal area's plan
 * with 20 Kolada-linked indicators, its region and five municipalities (the target: under
 * 300 ms), opened by starting the app there and by its tab in Planer.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import type { GoalArea, Strategy } from '#shared/domain/plan.ts';
import { median, round, seedContext, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const KPIS = 50;
const AREAS = 290;
const YEARS = 10;
const PER_PAGE = 5000;

/** The answer's pages as Kolada's API writes them (envelope, next_url), into `folder`; returns their paths. */
async function writeAnswer(folder: string): Promise<string[]> {
  const rows: unknown[] = [];
  for (let k = 0; k < KPIS; k += 1) {
    const kpi = `N${String(10000 + k)}`;
    for (let a = 0; a < AREAS; a += 1) {
      const municipality = String(1000 + a);
      for (let y = 0; y < YEARS; y += 1) {
        const base = 50 + ((k * 7 + a * 3 + y) % 400) / 10;
        rows.push({
          kpi,
          municipality,
          period: 2015 + y,
          values: [
            { count: 1, gender: 'K', status: null, value: round(base - 1.2), isdeleted: false },
            { count: 1, gender: 'M', status: null, value: round(base + 1.1), isdeleted: false },
            { count: 1, gender: 'T', status: null, value: round(base), isdeleted: false },
          ],
        });
      }
    }
  }
  const paths: string[] = [];
  const pages = Math.ceil(rows.length / PER_PAGE);
  for (let p = 0; p < pages; p += 1) {
    const path = join(folder, `kolada-sida-${String(p + 1).padStart(2, '0')}.json`);
    const next = p + 1 < pages ? `https://api.kolada.se/v3/data/kpi/N10000/municipality/1000/year/2015?page=${p + 2}&per_page=${PER_PAGE}` : null;
    await writeFile(path, JSON.stringify({ count: Math.min(PER_PAGE, rows.length - p * PER_PAGE), next_url: next, previous_url: null, values: rows.slice(p * PER_PAGE, (p + 1) * PER_PAGE) }));
    paths.push(path);
  }
  return paths;
}

interface Marks {
  chosen: number;
  preview: number;
  confirm: number;
  done: number;
}

declare global {
  interface Window {
    __koladaBench?: Marks;
  }
}

function recordMarks(): void {
  const marks: Marks = { chosen: Number.NaN, preview: Number.NaN, confirm: Number.NaN, done: Number.NaN };
  window.__koladaBench = marks;
  document.addEventListener('change', (event) => {
    if (event.target instanceof HTMLInputElement && event.target.type === 'file') marks.chosen = performance.now();
  }, true);
  document.addEventListener('click', (event) => {
    if (event.target instanceof HTMLButtonElement && event.target.textContent === 'Läs in') marks.confirm = performance.now();
  }, true);
  new MutationObserver(() => {
    // The preview is whichever open dialog counts new values (the page has other dialogs too).
    const preview = [...document.querySelectorAll('dialog')].some((dialog) => dialog.open && /nya värden/u.test(dialog.textContent ?? ''));
    if (Number.isNaN(marks.preview) && preview) marks.preview = performance.now();
    if (Number.isNaN(marks.done) && /^Inläst:/u.test(document.querySelector('.kolada-indicators [role="status"]')?.textContent ?? '')) marks.done = performance.now();
  }).observe(document, { subtree: true, childList: true, characterData: true, attributes: true, attributeFilter: ['open'] });
}

const VIEW_INDICATORS = 20;
const VIEW_RUNS = 5;
const CHARTS = '.indicator-card .trend-chart-svg';

/** The large workbook, its first goal area following 20 of the imported KPIs in area 1000 and five others (4 indicators on each of its plan's 5 strategies). */
function workbookWithIndicators(): Record<string, readonly unknown[]> {
  const workbook = generateLargeWorkbook();
  const goalAreaId = workbook.goalAreas[0]?.id;
  const planIds = new Set(workbook.actionPlans.filter((p) => p.goalAreaId === goalAreaId).map((p) => p.id));
  let next = 0;
  const strategies: Strategy[] = workbook.strategies.map((strategy) => {
    if (!planIds.has(strategy.planId)) return strategy;
    const indicators = Array.from({ length: VIEW_INDICATORS / 5 }, () => {
      const k = next++;
      return { name: `Nyckeltal ${k + 1}`, unit: '%', baselineYear: 2016, baselineValue: 55, targetYear: 2030, targetValue: 75, koladaKpiId: `N${String(10000 + k)}` };
    });
    return { ...strategy, indicators };
  });
  if (next !== VIEW_INDICATORS) throw new Error(`${next} indikatorer, inte ${VIEW_INDICATORS}`);
  const goalAreas: GoalArea[] = workbook.goalAreas.map((g) => (g.id === goalAreaId ? { ...g, koladaAreas: { regionId: '1000', compareIds: ['1001', '1002', '1003', '1004', '1005'] } } : g));
  return { ...workbook, strategies, goalAreas };
}

/** Starts the app at the goal area's indicators: from navigation, and from the app's first paint, until all 20 charts are drawn. */
async function openIndicatorsView(context: BrowserContext, url: string): Promise<{ shown: number; firstPaint: number }> {
  const page = await context.newPage();
  await page.goto(url);
  const shown = await (
    await page.waitForFunction((selector) => (document.querySelectorAll(selector).length >= 20 ? performance.now() : false), CHARTS, { timeout: 60_000, polling: 'raf' })
  ).jsonValue();
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  await page.close();
  return { shown: Number(shown), firstPaint };
}

/** In the open app, from a click on Planer's Indikatorer tab until all 20 charts are drawn. */
async function indicatorsTab(context: BrowserContext, baseUrl: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}#/planer`);
  await page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor({ timeout: 60_000 });
  const times: number[] = [];
  for (let run = 0; run < VIEW_RUNS + 1; run += 1) {
    const elapsed = await page.evaluate(
      (selector) =>
        new Promise<number>((resolve) => {
          const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')].find((a) => a.textContent === 'Indikatorer');
          const start = performance.now();
          link?.click();
          const check = () => (document.querySelectorAll(selector).length >= 20 ? resolve(performance.now() - start) : requestAnimationFrame(check));
          requestAnimationFrame(check);
        }),
      CHARTS,
    );
    times.push(elapsed);
    await page.getByRole('navigation', { name: 'Planer', exact: true }).getByRole('link', { name: 'Handlingsplaner' }).click();
    await page.getByRole('heading', { level: 2, name: 'Målområden och handlingsplaner' }).waitFor();
  }
  await page.close();
  // The first visit loads the view's code; it is not counted.
  return times.slice(1);
}

async function importThroughUi(page: Page, paths: string[]): Promise<{ preview: number; apply: number; text: string }> {
  await page.evaluate(() => {
    if (window.__koladaBench) Object.assign(window.__koladaBench, { chosen: Number.NaN, preview: Number.NaN, confirm: Number.NaN, done: Number.NaN });
  });
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Läs in filer från Kolada …' }).click()]);
  await chooser.setFiles(paths);
  const dialog = page.getByRole('dialog', { name: 'Läs in från Kolada' });
  await dialog.getByText(/nya värden/u).waitFor({ timeout: 300_000 });
  await dialog.getByRole('button', { name: 'Läs in', exact: true }).click();
  const status = page.locator('.kolada-indicators [role="status"]').filter({ hasText: /^Inläst:/u });
  await status.waitFor({ timeout: 600_000 });
  const marks = await page.evaluate(() => window.__koladaBench);
  if (!marks) throw new Error('inga mätpunkter i sidan');
  return { preview: marks.preview - marks.chosen, apply: marks.done - marks.confirm, text: await status.innerText() };
}

/** The stored values read back, the store cleared, and the time to put them all again in one transaction. */
function bulkPutAgain(page: Page): Promise<{ ms: number; records: number }> {
  return page.evaluate(
    () =>
      new Promise<{ ms: number; records: number }>((resolve, reject) => {
        const open = indexedDB.open('moa-arbetsboken');
        open.onerror = () => reject(open.error ?? new Error('IndexedDB gick inte att öppna'));
        open.onsuccess = () => {
          const database = open.result;
          const read = database.transaction('koladaValues', 'readonly').objectStore('koladaValues').getAll();
          read.onsuccess = () => {
            const rows = read.result as unknown[];
            const clear = database.transaction('koladaValues', 'readwrite');
            clear.objectStore('koladaValues').clear();
            clear.oncomplete = () => {
              const start = performance.now();
              const tx = database.transaction('koladaValues', 'readwrite', { durability: 'strict' });
              const store = tx.objectStore('koladaValues');
              for (const row of rows) store.put(row);
              tx.oncomplete = () => {
                database.close();
                resolve({ ms: performance.now() - start, records: rows.length });
              };
              tx.onerror = () => reject(tx.error ?? new Error('skrivningen misslyckades'));
            };
          };
        };
      }),
  );
}

export async function koladaSuite(edition: WebEdition): Promise<BenchResult[]> {
  const folder = await mkdtemp(join(tmpdir(), 'moa-bench-kolada-'));
  try {
    const paths = await writeAnswer(folder);
    const context = await edition.browser.newContext({ locale: 'sv-SE' });
    await context.addInitScript(recordMarks);
    await seedContext(context, edition.baseUrl, workbookWithIndicators());
    const page = await context.newPage();
    page.setDefaultTimeout(600_000);
    await page.goto(`${edition.baseUrl}#/planer/indikatorer`);
    await page.getByRole('heading', { level: 2, name: 'Indikatorer från Kolada' }).waitFor();

    const first = await importThroughUi(page, paths);
    if (!first.text.startsWith(`Inläst: ${(KPIS * AREAS * YEARS * 3).toLocaleString('sv-SE')} nya värden`)) throw new Error(`oväntat resultat: ${first.text}`);
    const again = await importThroughUi(page, paths);

    // The view before the bulk put below empties and refills the values' store.
    const viewUrl = `${edition.baseUrl}#/planer/indikatorer/ga-0`;
    const opens: { shown: number; firstPaint: number }[] = [];
    for (let run = 0; run < VIEW_RUNS + 1; run += 1) opens.push(await openIndicatorsView(context, viewUrl));
    const counted = opens.slice(1);
    const tabs = await indicatorsTab(context, edition.baseUrl);

    const baseline = await bulkPutAgain(page);
    await context.close();
    const label = `Kolada import, ${KPIS} KPIs × ${AREAS} municipalities × ${YEARS} years × 3 genders (${baseline.records} values, ${paths.length} files)`;
    const firstTotal = first.preview + first.apply;
    return [
      { name: `${label}: files chosen until the preview shows (read, check, compare)`, value: round(first.preview), unit: 'ms' },
      { name: `${label}: Läs in until the app says what it imported (write)`, value: round(first.apply), unit: 'ms' },
      { name: `${label}: the same files again, all unchanged (preview + write)`, value: round(again.preview + again.apply), unit: 'ms' },
      { name: `${label}: IndexedDB bulk put of the same records (one transaction)`, value: round(baseline.ms), unit: 'ms' },
      { name: `${label}: ratio import (preview + write) / bulk put`, value: round(firstTotal / baseline.ms, 2), unit: '×' },
      { name: `Indikatorer: app started at a goal area with ${VIEW_INDICATORS} Kolada indicators (7 areas), until every chart is drawn (median of ${VIEW_RUNS})`, value: round(median(counted.map((o) => o.shown))), unit: 'ms' },
      {
        name: `Indikatorer: app started at a goal area with ${VIEW_INDICATORS} Kolada indicators, every chart drawn after the app's first paint (the view's own time, median of ${VIEW_RUNS})`,
        value: round(median(counted.map((o) => o.shown - o.firstPaint))),
        unit: 'ms',
      },
      { name: `Indikatorer: from Planer's tab until the goal area's ${VIEW_INDICATORS} indicators are drawn (median of ${tabs.length})`, value: round(median(tabs)), unit: 'ms' },
    ];
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
