/**
 * Handlingsplaner: open the plan editor on a plan with 1 000 activities,
 * and compare two versions of such a plan (the "what changed since the
 * submitted version" list).
 */
import { comparePlans, snapshotPlan } from '#shared/plan/versions.ts';
import { loadWorkbookIntoBrowser, median, round, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook } from '../large-workbook.ts';

const RUNS = 5;

export async function plansSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const plan = workbook.actionPlans[0];
  if (!plan) throw new Error('the large workbook has no plan');
  const content = {
    plan,
    strategies: workbook.strategies.filter((s) => s.planId === plan.id),
    tactics: workbook.tactics.filter((t) => t.planId === plan.id),
    activities: workbook.activities.filter((a) => a.planId === plan.id),
  };
  const results: BenchResult[] = [];

  // A later version: every tenth activity edited, twenty removed, twenty added.
  const before = snapshotPlan(content);
  const after = snapshotPlan({
    ...content,
    activities: [
      ...content.activities.slice(20).map((a, i) => (i % 10 === 0 ? { ...a, title: `${a.title} (ändrad)`, costOre: a.costOre + 100_000 } : a)),
      ...content.activities.slice(0, 20).map((a, i) => ({ ...a, id: `${a.id}-ny`, order: 1000 + i })),
    ],
  });
  const compareTimes: number[] = [];
  let entries = 0;
  for (let run = 0; run < 20; run += 1) {
    const start = performance.now();
    entries = comparePlans(before, after).entries.length;
    compareTimes.push(performance.now() - start);
  }
  results.push({ name: `plan diff: two versions of a ${content.activities.length}-activity plan (${entries} changes)`, value: round(median(compareTimes), 2), unit: 'ms' });

  const context = await edition.browser.newContext({ locale: 'sv-SE' });
  const setup = await context.newPage();
  await setup.goto(edition.baseUrl);
  await setup.waitForSelector('form');
  await loadWorkbookIntoBrowser(setup, workbook);
  await setup.close();
  const expectedRows = content.strategies.length + content.tactics.length + content.activities.length;
  const openTimes: number[] = [];
  const screenTimes: number[] = [];
  const ownTimes: number[] = [];
  for (let run = 0; run < RUNS + 1; run += 1) {
    const page = await context.newPage();
    // Watched from the page's first frame: when the rows first fill the window (the last drawn row reaches its
    // bottom edge), and when every row is in the page (the editor draws a long plan in slices).
    await page.addInitScript((n) => {
      const times: { screen?: number; all?: number; firstPaint?: number } = {};
      (window as unknown as { moaOutline: typeof times }).moaOutline = times;
      const tick = () => {
        const rows = document.querySelectorAll('.outline-row');
        const last = rows[rows.length - 1];
        if (times.screen === undefined && last && (rows.length === n || last.getBoundingClientRect().bottom >= window.innerHeight)) {
          times.screen = performance.now();
          times.firstPaint = performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
        }
        if (rows.length === n) times.all = performance.now();
        else requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    }, expectedRows);
    await page.goto(`${edition.baseUrl}#/planer/plan/${plan.id}`);
    const shown = await page.waitForFunction(() => (window as unknown as { moaOutline: { screen?: number; all?: number } }).moaOutline.all !== undefined && (window as unknown as { moaOutline: object }).moaOutline, undefined, { timeout: 60_000 });
    const times = (await shown.jsonValue()) as { screen: number; all: number; firstPaint?: number };
    openTimes.push(times.all);
    screenTimes.push(times.screen);
    ownTimes.push(times.screen - (times.firstPaint ?? Number.NaN));
    await page.close();
  }
  await context.close();
  results.push({ name: `plan editor: open a plan with ${content.activities.length} activities (${expectedRows} outline rows shown)`, value: round(median(openTimes.slice(1))), unit: 'ms' });
  results.push({ name: `plan editor: open a plan with ${content.activities.length} activities, until the rows fill the window (editable)`, value: round(median(screenTimes.slice(1))), unit: 'ms' });
  // The view's own time: the app's start (code, database, shell) is the same for every view and counted apart (startup suite).
  results.push({ name: `plan editor: open a plan with ${content.activities.length} activities, rows filling the window after the app's first paint (the view's own time)`, value: round(median(ownTimes.slice(1))), unit: 'ms' });
  return results;
}
