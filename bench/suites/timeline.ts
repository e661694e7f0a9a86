/**
 * Projekt › Tidslinje with the large workbook's 200 projects and 10 000 plan activities: the time
 * from navigation until the chart shows its first rows, and from a click on a zoom button until
 * the chart is drawn at the new zoom.
 */
import type { BrowserContext } from 'playwright-core';
import { generateLargeWorkbook } from '../large-workbook.ts';
import { median, round, seedContext, type BenchResult, type WebEdition } from '../harness.ts';

const RUNS = 5;
const TIMELINE_PATH = '#/projekt/tidslinje';
const ROWS_SHOWN = '.timeline-tree [role="treeitem"]';

/** A browser profile holding what the timeline reads: goal areas, plans, plan activities and projects (and the profile, to skip first run). */
async function contextWithLargeWorkbook(edition: WebEdition): Promise<{ context: BrowserContext; projects: number; activities: number }> {
  const workbook = generateLargeWorkbook();
  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
  await seedContext(context, edition.baseUrl, {
    profile: workbook.profile,
    goalAreas: workbook.goalAreas,
    actionPlans: workbook.actionPlans,
    activities: workbook.activities,
    projects: workbook.projects,
  });
  return { context, projects: workbook.projects.length, activities: workbook.activities.length };
}

/**
 * Starts the app at the timeline: the time from navigation until the chart's first rows are on
 * screen (the view's own mark; the project groups, which come first, are drawn before the plan
 * activities are read), and until the plan activities are in too (the view no longer busy).
 */
async function openTimeline(context: BrowserContext, baseUrl: string): Promise<{ firstRows: number; complete: number; firstPaint: number }> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${TIMELINE_PATH}`);
  await page.waitForSelector(ROWS_SHOWN, { timeout: 60_000 });
  const firstRows = await page.evaluate(() => performance.getEntriesByName('moa:timeline-ready')[0]?.startTime ?? Number.NaN);
  const firstPaint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN);
  const complete = await (
    await page.waitForFunction(() => (document.querySelector('section.timeline[aria-busy="false"] .timeline-row') ? performance.now() : false), undefined, { timeout: 60_000, polling: 'raf' })
  ).jsonValue();
  await page.close();
  return { firstRows, complete: Number(complete), firstPaint };
}

/**
 * In an open timeline: from the click on a zoom button until the chart carries the new zoom and
 * a frame has been drawn with it (the next animation frame after the change is in the page).
 */
async function switchZoom(context: BrowserContext, baseUrl: string): Promise<number[]> {
  const page = await context.newPage();
  await page.goto(`${baseUrl}${TIMELINE_PATH}`);
  await page.waitForSelector(ROWS_SHOWN, { timeout: 60_000 });
  const times: number[] = [];
  // Quarter (the default) → year → month → quarter …: every step a real change of scale.
  const steps = ['År', 'Månad', 'Kvartal', 'År', 'Månad', 'Kvartal'] as const;
  const zoomOf = { År: 'year', Månad: 'month', Kvartal: 'quarter' } as const;
  for (const label of steps) {
    const elapsed = await page.evaluate(
      ({ label, zoom, rows }) =>
        new Promise<number>((resolve, reject) => {
          const button = [...document.querySelectorAll<HTMLButtonElement>('.timeline-segmented button')].find((b) => b.textContent === label);
          if (!button) {
            reject(new Error(`ingen zoomknapp ${label}`));
            return;
          }
          const start = performance.now();
          button.click();
          const check = () => {
            if (document.querySelector(`.timeline-canvas[data-zoom="${zoom}"]`) && document.querySelector(rows)) resolve(performance.now() - start);
            else requestAnimationFrame(check);
          };
          requestAnimationFrame(check);
        }),
      { label, zoom: zoomOf[label], rows: ROWS_SHOWN },
    );
    times.push(elapsed);
  }
  await page.close();
  return times;
}

export async function timelineSuite(edition: WebEdition): Promise<BenchResult[]> {
  const { context, projects, activities } = await contextWithLargeWorkbook(edition);
  try {
    const opens: { firstRows: number; complete: number; firstPaint: number }[] = [];
    // The first run warms the browser's caches (code, IndexedDB); it is not counted.
    for (let run = 0; run < RUNS + 1; run += 1) opens.push(await openTimeline(context, edition.baseUrl));
    const counted = opens.slice(1);
    const zooms = await switchZoom(context, edition.baseUrl);
    return [
      { name: `timeline: open with ${projects} projects and ${activities} plan activities, until the first rows are shown (median of ${RUNS})`, value: round(median(counted.map((o) => o.firstRows))), unit: 'ms' },
      {
        // The view's own time: the app's start (code, database, shell) is the same for every view and counted apart (startup suite).
        name: `timeline: open with ${projects} projects and ${activities} plan activities, first rows after the app's first paint (the view's own time, median of ${RUNS})`,
        value: round(median(counted.map((o) => o.firstRows - o.firstPaint))),
        unit: 'ms',
      },
      {
        name: `timeline: open with ${projects} projects and ${activities} plan activities, until the plan activities are in too (median of ${RUNS})`,
        value: round(median(counted.map((o) => o.complete))),
        unit: 'ms',
      },
      { name: `timeline: switch zoom (month/quarter/year) with ${projects} projects and ${activities} plan activities (median of ${zooms.length})`, value: round(median(zooms)), unit: 'ms' },
    ];
  } finally {
    await context.close();
  }
}
