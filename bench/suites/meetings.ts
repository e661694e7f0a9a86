/**
 * Möten on a workbook with 2 000 meetings and 10 000 actions (on top of the large workbook, some
 * actions linked to its activities): the time until the meeting list and the open-actions list show
 * their rows, started at the view and after clicking its tab. The target: under 300 ms.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { Meeting, MeetingKind } from '#shared/domain/meeting.ts';
import { withDerivedFields } from '#shared/domain/meeting.ts';
import { median, round, seedContext, type BenchResult, type WebEdition } from '../harness.ts';
import { generateLargeWorkbook, seededRandom } from '../large-workbook.ts';

const RUNS = 5;
const MEETINGS = 2_000;
const ACTIONS_PER_MEETING = 5;
const kinds: readonly MeetingKind[] = ['dialogue', 'network', 'review', 'partner', 'other'];

/** 2 000 meetings from 2023 to 2028, five actions each: a third done, a fifth linked to an activity. */
export function manyMeetings(goalAreaIds: readonly string[], activityIds: readonly string[], seed = 20261203): Meeting[] {
  const random = seededRandom(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T;
  const pad = (n: number) => String(n).padStart(2, '0');
  return Array.from({ length: MEETINGS }, (_, i) => {
    const year = 2023 + Math.floor(random() * 6);
    const date = `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`;
    const hour = 8 + Math.floor(random() * 8);
    const id = `bench-meeting-${i}`;
    const actions = Array.from({ length: ACTIONS_PER_MEETING }, (__, a) => ({
      id: `${id}-a${a}`,
      what: `Åtgärd ${a + 1} efter möte ${i + 1}: ta fram underlag och återkoppla till nätverket`,
      who: pick(['Anna Lindqvist', 'Karin Berg', 'Lars Nilsson', '']),
      dueDate: random() < 0.9 ? `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}` : null,
      done: random() < 0.33,
      activityId: random() < 0.2 ? pick(activityIds) : null,
    }));
    return withDerivedFields({
      id,
      title: `${pick(['Dialogmöte', 'Nätverksträff', 'Granskning', 'Partnermöte', 'Arbetsmöte'])} ${i + 1}`,
      kind: pick(kinds),
      startDate: date,
      endDate: date,
      startTime: `${pad(hour)}:00`,
      endTime: `${pad(hour + 2)}:00`,
      place: pick(['Regionens hus', 'Teams', 'Örebro universitet', '']),
      link: '',
      goalAreaIds: [pick(goalAreaIds)],
      organizer: 'RUS-kansliet',
      participants: [{ id: `${id}-p1`, contactId: null, name: 'Karin Berg', email: 'karin.berg@example.se' }],
      agenda: [
        { id: `${id}-g1`, title: 'Handlingsplanen', notes: 'Genomgång av strategierna och vad som hänt sedan sist.' },
        { id: `${id}-g2`, title: 'Indikatorer', notes: '' },
      ],
      decisions: [{ id: `${id}-d1`, text: 'Planen lämnas in i maj.', agendaItemId: `${id}-g1` }],
      actions,
      notes: '',
      cycleEventId: null,
      calendar: { uid: `${id}@moa-arbetsboken`, sequence: 0, sharedAt: null },
      createdAt: '2026-11-27T08:00:00.000Z',
      updatedAt: '2026-11-27T08:00:00.000Z',
    });
  });
}

interface Open {
  shownMs: number;
}

/** Starts the app at a view; its ready mark (set when the list shows its rows) from navigation start. */
async function openFromStart(context: BrowserContext, url: string, mark: string): Promise<Open> {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForFunction((name) => performance.getEntriesByName(name).length > 0, mark, { timeout: 60_000 });
  const shownMs = await page.evaluate((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN, mark);
  await page.close();
  return { shownMs };
}

/** In a running app on the other tab: from clicking the tab until the list shows rows, then the next frame. */
async function openFromTab(page: Page, tab: string, selector: string): Promise<Open> {
  const shownMs = await page.evaluate(
    ({ tabText, rowSelector }) =>
      new Promise<number>((resolve, reject) => {
        const link = [...document.querySelectorAll<HTMLAnchorElement>('nav.tabs a')].find((a) => a.textContent === tabText);
        if (!link) {
          reject(new Error(`fliken ${tabText} saknas`));
          return;
        }
        const start = performance.now();
        const observer = new MutationObserver(() => {
          if (document.querySelectorAll(rowSelector).length === 0) return;
          observer.disconnect();
          requestAnimationFrame(() => resolve(performance.now() - start));
        });
        observer.observe(document.body, { childList: true, subtree: true });
        link.click();
      }),
    { tabText: tab, rowSelector: selector },
  );
  return { shownMs };
}

export async function meetingsSuite(edition: WebEdition): Promise<BenchResult[]> {
  const workbook = generateLargeWorkbook();
  const meetings = manyMeetings(
    workbook.goalAreas.map((g) => g.id),
    workbook.activities.map((a) => a.id),
  );
  const context = await edition.browser.newContext({ locale: 'sv-SE', viewport: { width: 1400, height: 1000 } });
  const results: BenchResult[] = [];
  const listRows = 'table.meeting-table tbody tr';
  const actionRows = 'table.open-actions-table tbody tr';
  try {
    await seedContext(context, edition.baseUrl, { ...workbook, meetings });
    await openFromStart(context, `${edition.baseUrl}#/moten`, 'moa:meetings-ready');
    const listStart: Open[] = [];
    const actionsStart: Open[] = [];
    const listTab: Open[] = [];
    const actionsTab: Open[] = [];
    for (let run = 0; run < RUNS; run += 1) {
      listStart.push(await openFromStart(context, `${edition.baseUrl}#/moten`, 'moa:meetings-ready'));
      actionsStart.push(await openFromStart(context, `${edition.baseUrl}#/moten/atgarder`, 'moa:open-actions-ready'));
      const page = await context.newPage();
      await page.goto(`${edition.baseUrl}#/moten/arscykel`);
      await page.locator('.annual-cycle').waitFor({ timeout: 60_000 });
      actionsTab.push(await openFromTab(page, 'Öppna åtgärder', actionRows));
      listTab.push(await openFromTab(page, 'Möten', listRows));
      await page.close();
    }
    const label = `Möten, ${MEETINGS} meetings with ${MEETINGS * ACTIONS_PER_MEETING} actions`;
    results.push({ name: `${label}: meeting list shown, app started at Möten (median)`, value: round(median(listStart.map((o) => o.shownMs))), unit: 'ms' });
    results.push({ name: `${label}: meeting list shown after clicking its tab (median; target < 300)`, value: round(median(listTab.map((o) => o.shownMs))), unit: 'ms' });
    results.push({ name: `${label}: open actions shown, app started at them (median)`, value: round(median(actionsStart.map((o) => o.shownMs))), unit: 'ms' });
    results.push({ name: `${label}: open actions shown after clicking their tab (median; target < 300)`, value: round(median(actionsTab.map((o) => o.shownMs))), unit: 'ms' });
  } finally {
    await context.close();
  }
  return results;
}
