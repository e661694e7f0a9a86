/**
 * Memory: the JavaScript heap of the app with the large workbook (10 goal areas, 10 000
 * activities, 50 000 time entries, 200 projects) started at each view. Each view is opened in a
 * fresh page, as a user starting the app at it would; once the view shows what it reads, the page
 * is given a moment to finish its reads, garbage is collected (DevTools' HeapProfiler) and the heap
 * in use is read (Runtime.getHeapUsage): what the view keeps, not what it passed through.
 */
import type { BrowserContext, Page } from 'playwright-core';
import { weekKey } from '#shared/timelog/weeks.ts';
import { round, seedContext, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

interface MeasuredView {
  name: string;
  hash: string;
  ready: (page: Page) => Promise<unknown>;
}

const MIB = 1024 * 1024;
/** After the view shows its rows: time for reads that follow the first ones (the timeline's plan activities, the header's timer). */
const SETTLE_MS = 1_000;

async function heapAfterGc(page: Page): Promise<number> {
  const session = await page.context().newCDPSession(page);
  try {
    await session.send('HeapProfiler.enable');
    await session.send('HeapProfiler.collectGarbage');
    const usage = await session.send('Runtime.getHeapUsage');
    return usage.usedSize;
  } finally {
    await session.detach();
  }
}

async function measure(context: BrowserContext, baseUrl: string, view: MeasuredView): Promise<number> {
  const page = await context.newPage();
  try {
    await page.goto(`${baseUrl}${view.hash}`);
    await view.ready(page);
    await page.waitForTimeout(SETTLE_MS);
    return await heapAfterGc(page);
  } finally {
    await page.close();
  }
}

export async function memorySuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const plan = workbook.actionPlans[0];
  if (!plan) throw new Error('the large workbook has no plan');
  const planActivities = workbook.activities.filter((a) => a.planId === plan.id).length;
  const visible = (selector: string) => (page: Page) => page.locator(selector).first().waitFor({ timeout: 60_000 });
  const views: MeasuredView[] = [
    { name: 'Översikt', hash: '#/oversikt', ready: visible('[data-testid="workbook-counts"]') },
    { name: `plan editor (${planActivities} activities)`, hash: `#/planer/plan/${plan.id}`, ready: (page) => page.getByRole('textbox', { name: 'Strategi 1', exact: true }).waitFor({ timeout: 60_000 }) },
    { name: 'Alla aktiviteter', hash: '#/planer/aktiviteter', ready: visible('.activity-grid tbody td') },
    { name: 'Projekt', hash: '#/projekt', ready: visible('.project-table tbody th') },
    { name: 'Tidslinje', hash: '#/projekt/tidslinje', ready: visible('section.timeline[aria-busy="false"] .timeline-row') },
    { name: 'Tidlogg: Vecka', hash: `#/tidlogg/vecka/${weekKey({ year: 2026, week: 48 })}`, ready: visible('.week-grid tbody th') },
    { name: 'Tidlogg: Uppföljning', hash: '#/tidlogg/uppfoljning', ready: visible('.follow-up-summary tbody th') },
    { name: 'Dokument', hash: '#/dokument', ready: visible('main h1') },
  ];

  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1366, height: 768 } });
  const results: BenchResult[] = [];
  try {
    await seedContext(context, edition.baseUrl, { ...workbook });
    // The first start warms the HTTP cache and adds what a first start adds (the default categories).
    await measure(context, edition.baseUrl, views[0] as MeasuredView);
    let largest = 0;
    for (const view of views) {
      const used = await measure(context, edition.baseUrl, view);
      largest = Math.max(largest, used);
      results.push({ name: `memory, large workbook: JS heap after garbage collection, started at ${view.name}`, value: round(used / MIB), unit: 'MiB' });
    }
    results.push({ name: 'memory, large workbook: JS heap after garbage collection, largest of the views', value: round(largest / MIB), unit: 'MiB' });
  } finally {
    await context.close();
  }
  return results;
}
