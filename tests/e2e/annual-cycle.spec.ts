import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { meetingSchema, type Meeting } from '#shared/domain/meeting.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { AnnualCyclePage } from './pages/annual-cycle-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';

/** Wednesday 10 March 2027, 10:00 in Stockholm: the browser's clock for these tests. */
const now = new Date('2027-03-10T10:00:00+01:00');

function meeting(id: string, title: string, when: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>, more: Partial<Meeting> = {}): Meeting {
  return meetingSchema.parse({
    id,
    title,
    kind: 'dialogue',
    ...when,
    place: '',
    link: '',
    goalAreaIds: [],
    organizer: '',
    participants: [],
    agenda: [],
    decisions: [],
    actions: [],
    notes: '',
    cycleEventId: null,
    calendar: { uid: `${id}@moa-arbetsboken`, sequence: 0, sharedAt: null },
    activityIds: [],
    openDueDates: [],
    createdAt: '2027-01-10T09:00:00.000Z',
    updatedAt: '2027-01-10T09:00:00.000Z',
    ...more,
  });
}

const meetings: Meeting[] = [
  meeting('dialog', 'Dialogmöte om handlingsplanen', { startDate: '2027-03-02', endDate: '2027-03-02', startTime: '09:00', endTime: '11:00' }),
  meeting('natverk', 'Nätverksträff i Loka', { startDate: '2027-03-30', endDate: '2027-04-01', startTime: null, endTime: null }, { kind: 'network' }),
  meeting('forum', 'Utvärderingsforum i Örebro', { startDate: '2027-05-12', endDate: '2027-05-12', startTime: '09:00', endTime: '16:00' }, { kind: 'cycleEvent', cycleEventId: 'utvarderingsforum' }),
  meeting('forra-aret', 'Förra årets dialogmöte', { startDate: '2026-10-05', endDate: '2026-10-05', startTime: '13:00', endTime: '15:00' }),
];

/** The focused element's text, or a field's label. */
function focusedName(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement;
    const text = el instanceof HTMLInputElement ? el.labels?.[0]?.textContent : el?.textContent;
    return (text ?? '').trim();
  });
}

async function seeded(page: Page, baseUrl: string): Promise<AnnualCyclePage> {
  await page.clock.setFixedTime(now);
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { meetings });
  const calendar = new AnnualCyclePage(page);
  await calendar.open(baseUrl);
  return calendar;
}

describe('Möten › Årscykel', () => {
  const e2e = useBrowser();

  it("shows the year as twelve month boxes with the template's events and the meetings where they belong", async () => {
    const { page, baseUrl } = e2e;
    const calendar = await seeded(page, baseUrl);
    await calendar.heading('Årscykel 2027').waitFor();
    expect(await page.locator('.cal-month h3').allInnerTexts()).toHaveLength(12);
    expect(await calendar.monthItems('Mars 2027')).toEqual([
      '2 mars, 09:00–11:00 Dialogmöte om handlingsplanen Dialogmöte med kansliet',
      '30 mars – 1 april Nätverksträff i Loka Målområdesnätverk',
    ]);
    // A meeting over a month's end is in both months.
    expect(await calendar.monthItems('April 2027')).toEqual(['30 mars – 1 april Nätverksträff i Loka Målområdesnätverk']);
    // The forum is held by a meeting: the meeting stands in the event's place, with the event's description, once.
    const may = await calendar.monthItems('Maj 2027');
    expect(may).toHaveLength(1);
    expect(may[0]).toMatch(/^12 maj, 09:00–16:00 Utvärderingsforum i Örebro Årscykeln: Utvärderingsforum Hur går det för regionen\?/u);
    expect(await calendar.monthItems('Augusti 2027')).toEqual([expect.stringMatching(/^Någon gång i augusti Loka-dagar Årscykeln Två dagar med fördjupning/u)]);
    expect(await calendar.monthItems('September 2027')).toEqual([expect.stringMatching(/^Någon gång i september RUS-forum Årscykeln Forum med ett fokusområde/u)]);
    expect(await calendar.monthBox('Oktober 2027').innerText()).toContain('Inget inplanerat.');
    expect(await calendar.monthBox('Mars 2027').getByRole('link', { name: 'Dialogmöte om handlingsplanen' }).getAttribute('href')).toBe('#/moten/dialog');
    await expectAccessible(page, 'Årscykel, året');

    // Last year holds last year's meeting and the template's events again.
    await calendar.navLink('Föregående år: 2026').click();
    await calendar.heading('Årscykel 2026').waitFor();
    expect(await calendar.monthItems('Oktober 2026')).toEqual(['5 oktober, 13:00–15:00 Förra årets dialogmöte Dialogmöte med kansliet']);
    expect(await calendar.monthItems('Maj 2026')).toEqual([expect.stringMatching(/^Någon gång i maj Utvärderingsforum Årscykeln/u)]);
  });

  it('shows a month as a table of ISO weeks with a meeting of several days on each of its days', async () => {
    const { page, baseUrl } = e2e;
    const calendar = await seeded(page, baseUrl);
    await calendar.monthBox('Mars 2027').getByRole('link', { name: 'Mars 2027' }).click();
    await calendar.heading('Årscykel: mars 2027').waitFor();
    expect(page.url()).toMatch(/#\/moten\/arscykel\/2027-03$/u);
    const grid = calendar.grid();
    expect(await grid.locator('caption').innerText()).toBe('Mars 2027, en rad per vecka');
    // Short day names on screen, whole ones for screen readers.
    expect(await grid.locator('thead th > span[aria-hidden="true"]').allInnerTexts()).toEqual(['Mån', 'Tis', 'Ons', 'Tor', 'Fre', 'Lör', 'Sön']);
    const headers = grid.getByRole('columnheader');
    expect(await headers.first().innerText()).toBe('Vecka');
    await headers.filter({ hasText: 'måndag' }).waitFor();
    expect(await grid.getByRole('columnheader', { name: 'söndag', exact: true }).count()).toBe(1);
    const rows = await calendar.gridRows();
    // 1 March 2027 is the Monday of week 9; the weeks are row headers.
    expect(rows.map((r) => r[0])).toEqual(['v. 9', 'v. 10', 'v. 11', 'v. 12', 'v. 13']);
    expect(await grid.getByRole('rowheader', { name: 'v. 9' }).count()).toBe(1);
    expect(rows[0]?.[1]).toBe('1 mars');
    expect(rows[0]?.[2]).toBe('2 mars 09:00 Dialogmöte om handlingsplanen');
    expect(rows[4]?.slice(4)).toEqual(['', '', '', '']);
    expect(await calendar.dayCell(30).innerText()).toMatch(/Nätverksträff i Loka\s*\(dag 1 av 3\)/u);
    expect(await calendar.dayCell(31).innerText()).toMatch(/Nätverksträff i Loka\s*\(dag 2 av 3\)/u);
    // Today is marked in words, and for assistive technology as the current date.
    const today = calendar.dayCell(10);
    expect(await today.getAttribute('aria-current')).toBe('date');
    expect(await today.innerText()).toContain('i dag');
    await expectAccessible(page, 'Årscykel, mars');

    await calendar.navLink('Nästa månad: april 2027').click();
    await calendar.heading('Årscykel: april 2027').waitFor();
    expect(await calendar.dayCell(1).innerText()).toMatch(/Nätverksträff i Loka\s*\(dag 3 av 3\)/u);
    expect((await calendar.gridRows())[0]?.[0]).toBe('v. 13');

    await calendar.navLink('Nästa månad: maj 2027').click();
    await calendar.heading('Årscykel: maj 2027').waitFor();
    // The forum's meeting is on its day; the month's cycle events (with their descriptions) are listed above the grid.
    expect(await calendar.dayCell(12).innerText()).toContain('09:00 Utvärderingsforum i Örebro');
    const events = page.getByRole('region', { name: 'Årscykeln i maj' });
    expect((await events.innerText()).replace(/\s+/gu, ' ')).toMatch(/2027-05-12 Utvärderingsforum i Örebro Årscykeln: Utvärderingsforum Hur går det/u);

    await calendar.navLink('Hela året 2027').click();
    await calendar.heading('Årscykel 2027').waitFor();
  });

  it('offers the same items as a plain list in date order, chosen with the keyboard and kept in the address', async () => {
    const { page, baseUrl } = e2e;
    const calendar = await seeded(page, baseUrl);
    await calendar.listToggle().focus();
    await page.keyboard.press('Space');
    await calendar.list().waitFor();
    expect(page.url()).toMatch(/#\/moten\/arscykel\/2027\/lista$/u);
    expect(await calendar.listToggle().isChecked()).toBe(true);
    expect(await calendar.list().locator('caption').innerText()).toBe('2027: 5 händelser och möten i datumordning');
    const rows = await calendar.listRows();
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      ['2027-03-02', '09:00–11:00', 'Dialogmöte med kansliet'],
      ['2027-03-30 – 2027-04-01', 'Heldag', 'Målområdesnätverk'],
      ['2027-05-12', '09:00–16:00', 'Händelse i årscykeln'],
      ['Någon gång i augusti', '', 'Årscykeln'],
      ['Någon gång i september', '', 'Årscykeln'],
    ]);
    expect(rows[2]?.[2]).toMatch(/^Utvärderingsforum i Örebro Årscykeln: Utvärderingsforum Hur går det/u);
    expect(rows[3]?.[2]).toMatch(/^Loka-dagar Två dagar/u);
    await expectAccessible(page, 'Årscykel, året som lista');

    // The choice survives a reload and moving to a month.
    await page.reload();
    await calendar.list().waitFor();
    await page.goto(`${baseUrl}#/moten/arscykel/2027-03/lista`);
    await calendar.heading('Årscykel: mars 2027').waitFor();
    expect((await calendar.listRows()).map((r) => r[0])).toEqual(['2027-03-02', '2027-03-30 – 2027-04-01']);
    await expectAccessible(page, 'Årscykel, mars som lista');

    await calendar.listToggle().focus();
    await page.keyboard.press('Space');
    await calendar.grid().waitFor();
    expect(page.url()).toMatch(/#\/moten\/arscykel\/2027-03$/u);
  });

  it('lets a keyboard user reach every link with Tab and step between years and months', async () => {
    const { page, baseUrl } = e2e;
    const calendar = await seeded(page, baseUrl);
    await calendar.navLink('I år').focus();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      await page.keyboard.press('Tab');
      reached.add(await focusedName(page));
    }
    for (const name of ['Nästa år: 2028 →', 'Visa som lista', 'Januari 2027', 'Mars 2027', 'Dialogmöte om handlingsplanen', 'Nätverksträff i Loka', 'December 2027']) {
      expect([...reached].some((r) => r.startsWith(name)), `${name} nås med Tab`).toBe(true);
    }

    // Next year and back, by Enter on the focused link; focus stays on the link, so Enter can be pressed again.
    await calendar.navLink('Nästa år: 2028').focus();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel 2028').waitFor();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel 2029').waitFor();
    await calendar.navLink('Föregående år: 2028').focus();
    await page.keyboard.press('Enter');
    // The link names the year it leads to; the next Enter is pressed once it names the one before.
    await calendar.heading('Årscykel 2028').waitFor();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel 2027').waitFor();

    // Into March by its heading's link, then back a month over the new year's side of it.
    await calendar.monthBox('Mars 2027').getByRole('link', { name: 'Mars 2027' }).focus();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel: mars 2027').waitFor();
    await calendar.navLink('Föregående månad: februari 2027').focus();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel: februari 2027').waitFor();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel: januari 2027').waitFor();
    await page.keyboard.press('Enter');
    await calendar.heading('Årscykel: december 2026').waitFor();
    // The grid scrolls in its own box, which takes focus; a meeting in a cell is reached by Tab.
    await calendar.open(baseUrl, '2027-03');
    await calendar.navLink('Hela året 2027').focus();
    const inGrid: string[] = [];
    while (inGrid.length < 6 && inGrid.at(-1) !== 'Dialogmöte om handlingsplanen') {
      await page.keyboard.press('Tab');
      inGrid.push((await focusedName(page)).slice(0, 40));
    }
    // The toggle, the grid's scroll box (named by its caption), then the first meeting in it.
    expect(inGrid.slice(0, 1).concat(inGrid.slice(2))).toEqual(['Visa som lista', 'Dialogmöte om handlingsplanen']);
    expect(await page.evaluate(() => document.activeElement?.closest('td')?.querySelector('.cal-day-number')?.textContent)).toBe('2 mars');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => window.location.hash === '#/moten/dialog');
  });

  it('opens an address it does not understand at this year and says so', async () => {
    const { page, baseUrl } = e2e;
    await page.clock.setFixedTime(now);
    await startWithProfile(page, baseUrl);
    const calendar = new AnnualCyclePage(page);
    await calendar.open(baseUrl, '2027-13');
    await calendar.heading('Årscykel 2027').waitFor();
    await page.getByText('Adressen pekar inte på något år eller någon månad som kalendern visar.', { exact: false }).waitFor();
  });
});
