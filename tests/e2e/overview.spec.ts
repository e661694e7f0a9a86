import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { defaultTimeCategories, type TimeEntry, type TimerState } from '#shared/domain/timelog.ts';
import { activityWorkbook } from '../fixtures/activity-workbook.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { anna, startWithProfile } from './helpers.ts';
import { AppShellPage, navItems } from './pages/app-shell-page.ts';
import { FirstRunPage } from './pages/first-run-page.ts';
import { HeaderTimerPage } from './pages/header-timer-page.ts';
import { SettingsPage } from './pages/settings-page.ts';
import { storedRecords } from './pages/stored-records.ts';
import { TimelogPage } from './pages/timelog-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';
import { timeEntry } from '../fixtures/time-entry.ts';

/** Friday 27 November 2026 (v. 48) at a given time in Stockholm: the browser's clock for these tests. */
const friday = (time: string) => new Date(`2026-11-27T${time}+01:00`);

const entry = (id: string, date: string, minutes: number, categoryId = 'moa'): TimeEntry => timeEntry(id, date, minutes, { categoryId });

/** A timer started at 09:00 on Friday, on the MOA assignment. */
const runningTimer: TimerState = {
  id: 'timer',
  state: 'running',
  date: '2026-11-27',
  runningSince: '2026-11-27T08:00:00.000Z',
  startedAt: '2026-11-27T08:00:00.000Z',
  accumulatedMs: 0,
  categoryId: 'moa',
  goalAreaId: null,
  activityId: null,
  projectId: null,
  note: '',
};

/** The default categories, as Tidlogg creates them on its first visit. */
const categories = defaultTimeCategories.map((c, order) => ({ ...c, archived: false, order }));

async function seeded(page: Page, baseUrl: string, tables: Record<string, readonly unknown[]>, now = friday('10:00:00')): Promise<void> {
  await page.clock.setFixedTime(now);
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { timeCategories: categories, ...tables });
  await page.reload();
  await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
}

describe('tidtagningen i sidhuvudet', () => {
  const e2e = useBrowser();

  it('syns i varje vy med uppgift, starttid och tid, och stoppas från en annan vy', async () => {
    const { page, baseUrl } = e2e;
    await page.clock.setFixedTime(friday('09:00:00'));
    await startWithProfile(page, baseUrl);
    const header = new HeaderTimerPage(page);
    // No timer, nothing in the header.
    expect(await header.group().count()).toBe(0);

    const timelog = new TimelogPage(page);
    await timelog.open(baseUrl);
    await timelog.timerButton('Start').click();
    await timelog.timerStatus().filter({ hasText: 'Tidtagningen har startat.' }).waitFor();
    // The panel shows the running timer once its live read has seen the write (the status is said at once).
    await timelog.timer().filter({ hasText: 'startade 09:00' }).waitFor();
    await page.clock.setFixedTime(friday('09:30:00'));
    await header.elapsed().filter({ hasText: '0:30:00' }).waitFor();

    const shell = new AppShellPage(page);
    for (const view of navItems) {
      await shell.goTo(view);
      const group = header.group();
      await group.waitFor();
      expect((await group.innerText()).replace(/\s+/gu, ' ')).toMatch(/^(?:Pågående tidtagning )?Pågår: MOA-uppdraget startade 09:00 0:30:00 Stopp$/u);
      await expectAccessible(page, `${view} med tidtagningen i sidhuvudet`);
    }

    // Stopped from Planer, with the keyboard: the time is stored, the header says so, and focus goes to the view's heading.
    await shell.goTo('Planer');
    await page.clock.setFixedTime(friday('09:45:00'));
    await header.elapsed().filter({ hasText: '0:45:00' }).waitFor();
    await header.stopButton().focus();
    await page.keyboard.press('Enter');
    await header.status().filter({ hasText: 'Tiden sparades: 0:45 den 2026-11-27.' }).waitFor();
    expect(await header.group().count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Planer');
    const entries = await storedRecords<TimeEntry>(page, 'timeEntries');
    expect(entries.map((e) => [e.date, e.categoryId, e.minutes])).toEqual([['2026-11-27', 'moa', 45]]);
    expect(await storedRecords<TimerState>(page, 'timer')).toEqual([]);
    await expectAccessible(page, 'planer efter stopp i sidhuvudet');

    // Tidlogg shows the stored time and a timer ready to start.
    await shell.goTo('Tidlogg');
    await timelog.timerButton('Start').waitFor();
    await timelog.cell('MOA-uppdraget', 'fredag 27/11').filter({ hasText: '0,75' }).waitFor();
  });
});

describe('översikten: det här behöver dig nu', () => {
  const e2e = useBrowser();

  it('visar försenade och snart startande aktiviteter, veckans tid mot mandatet, tidtagningen och planer att lämna in, med länkar dit', async () => {
    const { page, baseUrl } = e2e;
    await seeded(page, baseUrl, {
      ...activityWorkbook(),
      timeEntries: [entry('t-1', '2026-11-23', 240), entry('t-2', '2026-11-25', 90), entry('t-3', '2026-11-26', 60, 'projektledning'), entry('t-4', '2026-11-20', 480)],
      mandates: [{ id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 }],
      timer: [runningTimer],
    });
    const now = page.getByRole('region', { name: 'Det här behöver dig nu' });
    await now.getByTestId('overview-late').waitFor();
    const items = async (testId: string) => (await now.getByTestId(testId).getByRole('listitem').allInnerTexts()).map((text) => text.replace(/\s+/gu, ' ').trim());
    expect(await items('overview-late')).toEqual([
      'UF-mässa i Örebro skulle vara klar 2026-03-16 Innovationer och entreprenörskap · Handlingsplan Innovationer och entreprenörskap 2026–2028 · Pågår',
      'Läxhjälp på biblioteket i Hallsberg skulle vara klar 2026-06-15 Kunskapslyft för barn och unga · Handlingsplan Kunskapslyft 2026–2027 · Pågår',
      'Kartläggning av innovationsstöd skulle vara klar 2026-06-30 Innovationer och entreprenörskap · Handlingsplan Innovationer och entreprenörskap 2026–2028 · Försenad',
    ]);
    expect(await items('overview-soon')).toEqual(['Dialogmöte med Almi startar i dag Innovationer och entreprenörskap · Handlingsplan Innovationer och entreprenörskap 2026–2028 · Planerad']);
    expect(await now.getByTestId('overview-week').innerText()).toBe('MOA-uppdraget: 5,5 av 8 timmar enligt mandatet. All tid den här veckan: 6,5 timmar.');
    expect(await now.getByTestId('overview-timer').innerText()).toBe('Tidtagningen pågår: MOA-uppdraget, startade 09:00. Till tidtagningen');
    expect(await items('overview-submit')).toEqual([
      'Handlingsplan Innovationer och entreprenörskap 2026–2028 utkast, version 1; perioden började 2026-01-01 Innovationer och entreprenörskap',
      'Handlingsplan Kunskapslyft 2026–2027 utkast, version 1; perioden började 2026-01-01 Kunskapslyft för barn och unga',
    ]);
    await expectAccessible(page, 'översikten med det som behöver göras');

    // A late activity's link opens its plan with the activity selected and focused.
    await now.getByRole('link', { name: 'Kartläggning av innovationsstöd' }).click();
    await page.getByRole('heading', { level: 2, name: 'Handlingsplan Innovationer och entreprenörskap 2026–2028' }).waitFor();
    await expect.poll(() => page.locator('.details-panel').getByLabel('Titel').inputValue()).toBe('Kartläggning av innovationsstöd');
    await expect.poll(() => page.evaluate(() => (document.activeElement instanceof HTMLInputElement ? document.activeElement.value : ''))).toBe('Kartläggning av innovationsstöd');

    // The week's link opens that week in Tidlogg; the timer's link the timer.
    await page.goBack();
    await now.getByRole('link', { name: 'Öppna veckan i Tidlogg' }).click();
    await page.getByRole('heading', { level: 2, name: 'v. 48 2026' }).waitFor();
  });

  it('säger när inget är sent och att mandatet saknas, med en länk dit det anges', async () => {
    const { page, baseUrl } = e2e;
    await seeded(page, baseUrl, { timeEntries: [entry('t-1', '2026-11-24', 45)] });
    const now = page.getByRole('region', { name: 'Det här behöver dig nu' });
    await now.getByText('Ingen aktivitet är försenad.').waitFor();
    await now.getByText('Ingen aktivitet startar de närmaste två veckorna.').waitFor();
    expect(await now.getByTestId('overview-week').innerText()).toBe('MOA-uppdraget: 0,75 timmar. Inget mandat är angivet, så veckan kan inte jämföras med det. All tid den här veckan: 0,75 timmar.');
    expect(await now.getByTestId('overview-timer').count()).toBe(0);
    await now.getByRole('link', { name: 'Ange mandatet under Uppföljning' }).click();
    await page.getByRole('heading', { level: 1, name: 'Tidlogg' }).waitFor();
    expect(page.url()).toMatch(/#\/tidlogg\/uppfoljning$/u);
  });

  it('öppnar översikten överst med fokus på rubriken efter första starten', async () => {
    const { page, baseUrl } = e2e;
    await page.setViewportSize({ width: 1024, height: 700 });
    await page.goto(baseUrl);
    const firstRun = new FirstRunPage(page);
    await firstRun.heading().waitFor();
    await firstRun.fill({ ...anna, goalAreas: ['Innovationer och entreprenörskap', 'Kunskapslyft för barn och unga'] });
    await page.getByRole('button', { name: 'Kom igång' }).press('Enter');
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.tagName + ':' + document.activeElement?.textContent)).toBe('H1:Översikt');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
  });
});

describe('engelska utan svenska kvar', () => {
  const e2e = useBrowser();

  it('visar tidtagningen, översikten och veckan på engelska', async () => {
    const { page, baseUrl } = e2e;
    await seeded(page, baseUrl, { timer: [runningTimer], mandates: [{ id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 }] });
    await new AppShellPage(page).goTo('Inställningar');
    await new SettingsPage(page).chooseLanguage('en');
    await page.getByRole('heading', { level: 1, name: 'Settings' }).waitFor();
    const header = new HeaderTimerPage(page);
    const swedish = /\bkl\.|\bv\. \d|startade|Pågår|timmar|Veckans|Tidtagning|Inte sparat/u;

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Overview', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Overview' }).waitFor();
    await page.getByRole('region', { name: 'What needs you now' }).getByTestId('overview-week').waitFor();
    expect((await header.group('Running timer').innerText()).replace(/\s+/gu, ' ')).toMatch(/^(?:Running timer )?Running: MOA-uppdraget started 09:00 1:00:00 Stop$/u);
    expect(await page.getByRole('heading', { level: 3, name: "This week's time, week 48" }).count()).toBe(1);
    expect(await page.locator('body').innerText()).not.toMatch(swedish);
    await expectAccessible(page, 'översikten på engelska');

    await page.getByRole('navigation', { name: 'Main menu' }).getByRole('link', { name: 'Time log', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'week 48 2026' }).waitFor();
    expect(await page.getByRole('region', { name: 'Timer' }).innerText()).toContain('started 09:00');
    expect(await page.locator('body').innerText()).not.toMatch(swedish);
  });
});
