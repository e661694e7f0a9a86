import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { expectAccessible, useBrowser } from './harness/fixtures.ts';
import { startWithProfile } from './helpers.ts';
import { TimelogFollowUpPage } from './pages/timelog-follow-up-page.ts';
import { TimelogPage } from './pages/timelog-page.ts';
import { writeIntoWorkbook } from './seed-workbook.ts';
import { typeInto } from './pages/keyboard.ts';
import { timeEntry } from '../fixtures/time-entry.ts';

const goalArea: GoalArea = { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] };
const moaRow = 'MOA-uppdraget · Innovationer och entreprenörskap';

/** Friday 27 November 2026 (v. 48) at a given time in Stockholm: the browser's clock for these tests. */
const friday = (time: string) => new Date(`2026-11-27T${time}+01:00`);

const entry = timeEntry;

/** A user with a profile and a goal area, the clock on `now`, and the time log open at `path`. */
async function openTimelog(page: Page, baseUrl: string, path = '', entries: TimeEntry[] = [], now = friday('10:00:00')): Promise<TimelogPage> {
  await page.clock.setFixedTime(now);
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { goalAreas: [goalArea], timeEntries: entries });
  const timelog = new TimelogPage(page);
  await timelog.open(baseUrl, path);
  return timelog;
}

describe('tidlogg: veckan', () => {
  const e2e = useBrowser();

  it('för en vecka med tangentbordet enbart och visar summor per dag, rad och vecka', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl);
    expect(await timelog.weekHeading().innerText()).toBe('v. 48 2026');
    await page.getByText('Veckan har inga rader än.').waitFor();
    await expectAccessible(page, 'tidlogg, tom vecka');

    // From the top of the page to "Lägg till rad", then a row for the MOA assignment in the goal area.
    await timelog.tabTo(page.getByRole('button', { name: 'Lägg till rad' }));
    await page.keyboard.press('Enter');
    expect(await timelog.focusedName()).toBe('Kategori');
    // The link pickers read the goal areas, activities and projects when the form opens.
    await timelog.addRowForm().getByLabel('Målområde').waitFor();
    await page.keyboard.press('Tab');
    expect(await timelog.focusedName()).toBe('Målområde');
    await page.keyboard.type('Inn');
    await expectAccessible(page, 'tidlogg, formuläret för en ny rad');
    await timelog.tabTo(timelog.addRowForm().getByRole('button', { name: 'Lägg till raden' }));
    await page.keyboard.press('Enter');

    // Focus lands on today's cell of the new row; Home and → go to Monday.
    await timelog.cell(moaRow, 'fredag 27/11').waitFor();
    expect(await timelog.focusedName()).toBe(`${moaRow}, fredag 27/11: tom`);
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    for (const [i, value] of ['8', '7,5', '1:30', '90 min', '6'].entries()) {
      if (i > 0) await page.keyboard.press('Tab');
      await page.keyboard.type(value);
    }
    await page.keyboard.press('Enter');
    // Enter saved Friday and stayed on the only row; the focus is on Friday's cell again.
    await timelog.cell(moaRow, 'fredag 27/11').filter({ hasText: '6' }).waitFor();
    expect(await timelog.focusedName()).toBe(`${moaRow}, fredag 27/11: 6 timmar`);

    // A second row, for project leading, reached backwards with Shift+Tab.
    await timelog.tabTo(page.getByRole('button', { name: 'Lägg till rad' }), true);
    await page.keyboard.press('Enter');
    await page.keyboard.type('Proj');
    await timelog.tabTo(timelog.addRowForm().getByRole('button', { name: 'Lägg till raden' }));
    await page.keyboard.press('Enter');
    await timelog.cell('Projektledning', 'fredag 27/11').waitFor();
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.type('0,5');
    await page.keyboard.press('Tab');
    await page.keyboard.type('1');
    await page.keyboard.press('Enter');
    // Up to the MOA row's Tuesday and change it with F2.
    await page.keyboard.press('ArrowUp');
    expect(await timelog.focusedName()).toBe(`${moaRow}, tisdag 24/11: 7,5 timmar`);
    await page.keyboard.press('F2');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('7,25');
    await page.keyboard.press('Enter');
    await timelog.cell(moaRow, 'tisdag 24/11').filter({ hasText: '7,25' }).waitFor();

    // A typed value shows at once; the totals follow when the saved entries are read back.
    await timelog.weekTotal().filter({ hasText: '25,75' }).waitFor();
    expect(await timelog.rowLabels()).toEqual([moaRow, 'Projektledning']);
    expect(await timelog.rowTotal(moaRow).innerText()).toBe('24,25');
    expect(await timelog.rowTotal('Projektledning').innerText()).toBe('1,5');
    expect(await timelog.totalsRow()).toEqual(['8,5', '8,25', '1,5', '1,5', '6', '0', '0', '25,75']);
    expect((await timelog.storedEntries()).map((e) => [e.date, e.categoryId, e.goalAreaId, e.minutes])).toEqual([
      ['2026-11-23', 'moa', 'ga-ie', 480],
      ['2026-11-23', 'projektledning', null, 30],
      ['2026-11-24', 'moa', 'ga-ie', 435],
      ['2026-11-24', 'projektledning', null, 60],
      ['2026-11-25', 'moa', 'ga-ie', 90],
      ['2026-11-26', 'moa', 'ga-ie', 90],
      ['2026-11-27', 'moa', 'ga-ie', 360],
    ]);
    // One tab stop in the grid: the active cell.
    expect(await timelog.grid().locator('[tabindex="0"]').count()).toBe(1);
    expect(await timelog.grid().getAttribute('aria-rowcount')).toBe('4');
    await expectAccessible(page, 'tidlogg, en ifylld vecka');

    // Delete empties a cell (and says what went), Ångra brings it back. Enter left the focus on the row below.
    await page.keyboard.press('ArrowLeft');
    expect(await timelog.focusedName()).toBe('Projektledning, måndag 23/11: 0,5 timmar');
    await page.keyboard.press('Delete');
    await timelog.weekStatus().filter({ hasText: 'Tömde Projektledning, måndag 23/11: en tidpost på 0,5 h togs bort.' }).waitFor();
    await timelog.grid().getByRole('gridcell', { name: 'Projektledning, måndag 23/11: tom' }).waitFor();
    expect(await timelog.storedEntries()).toHaveLength(6);
    // The grid is one tab stop: Tab leaves it at once (to Ångra, right after it), Shift+Tab comes back to the
    // same cell, and one more Shift+Tab leaves it backwards.
    await page.keyboard.press('Tab');
    expect(await timelog.focusedName()).toMatch(/^Ångra: Tömde Projektledning, måndag 23\/11/u);
    await page.keyboard.press('Shift+Tab');
    expect(await timelog.focusedName()).toBe('Projektledning, måndag 23/11: tom');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.closest('[role="grid"]') === null)).toBe(true);
    await page.keyboard.press('Tab');
    expect(await timelog.focusedName()).toBe('Projektledning, måndag 23/11: tom');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await timelog.cell('Projektledning', 'måndag 23/11').filter({ hasText: '0,5' }).waitFor();
    expect(await timelog.storedEntries()).toHaveLength(7);
  });

  it('vägrar tider som inte går att läsa, negativa tider, mer än 24 timmar och en full dag, och sparar inget av det', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, 'vecka/2026-W48', [entry('t-1', '2026-11-23', 20 * 60, { categoryId: 'projektledning' })]);
    await timelog.cell('Projektledning', 'måndag 23/11').filter({ hasText: '20' }).waitFor();
    await page.getByRole('button', { name: 'Lägg till rad' }).click();
    await timelog.addRowForm().getByRole('button', { name: 'Lägg till raden' }).click();
    await timelog.cell('MOA-uppdraget', 'fredag 27/11').waitFor();

    const cases: [string, string][] = [
      ['abc', 'Tid: ”abc” går inte att läsa som en tid. Skriv till exempel 1:30, 1,5 h eller 90 min.'],
      ['-1', 'Tid: tiden kan inte vara negativ. Skriv till exempel 1,5 eller 90 min.'],
      ['25', 'Tid: ”25” är mer än 24 timmar. En dag rymmer högst 24 timmar.'],
    ];
    for (const [text, message] of cases) {
      await page.keyboard.type(text);
      await page.keyboard.press('Enter');
      await timelog.cellError().filter({ hasText: message }).waitFor();
      // The message is tied to the open editor, which keeps the typed value.
      const editor = timelog.editor();
      expect(await editor.getAttribute('aria-invalid')).toBe('true');
      const describedBy = (await editor.getAttribute('aria-describedby')) ?? '';
      const description = page.locator(`[id="${describedBy.split(' ')[0] ?? ''}"]`);
      expect(await description.innerText()).toContain(message);
      // The refused value is marked as not stored, in words as well as by the red frame.
      await description.getByText('Inte sparat').waitFor();
      expect(await editor.getAttribute('data-unsaved')).toBe('true');
      expect(await editor.inputValue()).toBe(text);
      if (text === 'abc') await expectAccessible(page, 'tidlogg, en vägrad tid i en ruta');
      await page.keyboard.press('Escape');
      expect(await timelog.editor().count()).toBe(0);
    }

    // Monday already has 20 hours of project leading: 5 more would make 25.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    expect(await timelog.focusedName()).toBe('MOA-uppdraget, måndag 23/11: tom');
    await page.keyboard.type('5');
    await page.keyboard.press('Enter');
    await timelog.cellError().filter({ hasText: 'Tid: 2026-11-23 får inte ha mer än 24 timmar. Dagen har redan 20 h, så högst 4 h till får plats.' }).waitFor();
    expect(await timelog.editor().inputValue()).toBe('5');
    expect(await timelog.hours('Projektledning', 'måndag 23/11')).toBe('20');
    expect((await timelog.storedEntries()).map((e) => [e.date, e.categoryId, e.minutes])).toEqual([['2026-11-23', 'projektledning', 1200]]);
    await page.keyboard.press('Control+A');
    await page.keyboard.type('4');
    await page.keyboard.press('Enter');
    await timelog.dayTotal('måndag 23/11').filter({ hasText: '24' }).waitFor();
    expect(await timelog.storedEntries()).toHaveLength(2);
  });

  it('kopierar förra veckans rader utan timmar och byter vecka över nyår', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, 'vecka/2027-W01', [entry('t-1', '2026-12-29', 90, { goalAreaId: 'ga-ie' }), entry('t-2', '2027-01-02', 60, { categoryId: 'granskning' })], friday('10:00:00'));
    expect(await timelog.weekHeading().innerText()).toBe('v. 1 2027');
    await page.getByRole('button', { name: 'Förra veckan', exact: true }).click();
    await timelog.weekHeading().filter({ hasText: 'v. 53 2026' }).waitFor();
    await timelog.grid().getByRole('rowheader', { name: 'Granskning' }).waitFor();
    expect(await timelog.rowLabels()).toEqual([moaRow, 'Granskning']);
    await page.getByRole('button', { name: 'Nästa vecka', exact: true }).click();
    await timelog.weekHeading().filter({ hasText: 'v. 1 2027' }).waitFor();
    expect(page.url()).toMatch(/#\/tidlogg\/vecka\/2027-W01$/u);
    await page.getByRole('button', { name: 'Kopiera förra veckans rader' }).click();
    await timelog.weekStatus().filter({ hasText: '2 rader kopierades från v. 53.' }).waitFor();
    await timelog.grid().getByRole('rowheader', { name: 'Granskning' }).waitFor();
    expect(await timelog.rowLabels()).toEqual([moaRow, 'Granskning']);
    expect(await timelog.weekTotal().innerText()).toBe('0');
    expect(await timelog.storedEntries()).toHaveLength(2);
  });
});

describe('tidlogg: tidtagning', () => {
  const e2e = useBrowser();

  it('startar, går vidare över en omladdning, stoppas och blir en tidpost', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, '', [], friday('09:00:00'));
    await expectAccessible(page, 'tidlogg, tidtagning vilar');
    await typeInto(timelog.timer().getByLabel('Anteckning'), 'Förbereda dialogmöte');
    await timelog.timerButton('Start').click();
    await timelog.timerStatus().filter({ hasText: 'Tidtagningen har startat.' }).waitFor();
    await page.clock.setFixedTime(friday('10:05:12'));
    await timelog.elapsed().filter({ hasText: '1:05:12' }).waitFor();
    await expectAccessible(page, 'tidlogg, tidtagning pågår');

    await page.reload();
    await timelog.heading().waitFor();
    await timelog.elapsed().filter({ hasText: '1:05:12' }).waitFor();
    expect(await timelog.timer().innerText()).toContain('Pågår: MOA-uppdraget');
    expect(await timelog.storedTimer()).toHaveLength(1);

    await timelog.timerButton('Paus').click();
    await timelog.timerButton('Fortsätt').waitFor();
    await page.clock.setFixedTime(friday('12:00:00'));
    await timelog.elapsed().filter({ hasText: '1:05:12' }).waitFor();
    await expectAccessible(page, 'tidlogg, tidtagning pausad');
    await timelog.timerButton('Fortsätt').click();
    // The clock moves on only once the resume is stored (it reads the time when it runs).
    await timelog.timerButton('Paus').waitFor();
    await page.clock.setFixedTime(friday('12:24:48'));
    await timelog.elapsed().filter({ hasText: '1:30:00' }).waitFor();
    await timelog.timerButton('Stopp').click();
    await timelog.timerStatus().filter({ hasText: 'Tiden sparades: 1:30 den 2026-11-27.' }).waitFor();
    expect((await timelog.storedEntries()).map((e) => [e.date, e.categoryId, e.minutes, e.note])).toEqual([['2026-11-27', 'moa', 90, 'Förbereda dialogmöte']]);
    expect(await timelog.storedTimer()).toEqual([]);
    await timelog.cell('MOA-uppdraget', 'fredag 27/11').filter({ hasText: '1,5' }).waitFor();

    // The follow-up moves: the stopped time is the year's MOA time.
    await timelog.tab('Uppföljning').click();
    const followUp = new TimelogFollowUpPage(page);
    await followUp.heading().waitFor();
    await expect.poll(async () => (await followUp.figure('MOA-uppdraget')).shown).toBe('1,5 h');
    expect((await followUp.summaryRow('v. 48'))['MOA-uppdraget']?.shown).toBe('1,5');
  });

  it('är samma tidtagning i två flikar, och den andra fliken ser den starta och stoppas', async () => {
    const { page, context, baseUrl } = e2e;
    const first = await openTimelog(page, baseUrl, 'vecka/2026-W48', [], friday('09:00:00'));
    const otherPage = await context.newPage();
    const second = new TimelogPage(otherPage);
    await otherPage.goto(`${baseUrl}#/tidlogg/vecka/2026-W48`);
    await second.timerButton('Start').waitFor();

    await first.timerButton('Start').click();
    await second.timerButton('Stopp').waitFor();
    expect(await second.timerButton('Start').count()).toBe(0);
    await page.clock.setFixedTime(friday('09:45:00'));
    await second.elapsed().filter({ hasText: '0:45:00' }).waitFor();
    await second.timerButton('Stopp').click();
    await first.timerButton('Start').waitFor();
    await first.cell('MOA-uppdraget', 'fredag 27/11').filter({ hasText: '0,75' }).waitFor();
    expect((await first.storedEntries()).map((e) => e.minutes)).toEqual([45]);
    await otherPage.close();
  });

  it('frågar innan mer än 12 timmar sparas och lägger en rättad tid på första dagen', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, '', [], new Date('2026-11-26T16:00:00+01:00'));
    await timelog.timerButton('Start').click();
    await timelog.timerButton('Stopp').waitFor();
    await page.clock.setFixedTime(friday('07:30:00'));
    await timelog.timerButton('Stopp').click();
    const question = page.getByText('Tidtagningen har gått i 15:30 sedan 2026-11-26, mer än 12 timmar. Stämmer det?');
    await question.waitFor();
    expect(await timelog.storedEntries()).toEqual([]);
    await expectAccessible(page, 'tidlogg, lång tidtagning att bekräfta');
    const field = page.getByLabel('Tid att spara');
    expect(await field.inputValue()).toBe('15:30');
    await typeInto(field, '2:30');
    await page.getByRole('button', { name: 'Spara tiden' }).click();
    await timelog.timerStatus().filter({ hasText: 'Tiden sparades: 2:30 den 2026-11-26.' }).waitFor();
    expect((await timelog.storedEntries()).map((e) => [e.date, e.minutes])).toEqual([['2026-11-26', 150]]);
  });
});

describe('tidlogg: dagslistan och kategorierna', () => {
  const e2e = useBrowser();

  it('ändrar, lägger till och tar bort tidposter i dagslistan', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, 'dag/2026-11-27', [
      entry('t-1', '2026-11-27', 90, { goalAreaId: 'ga-ie', note: 'Dialogmöte' }),
      entry('t-2', '2026-11-27', 60, { categoryId: 'granskning' }),
    ]);
    await page.getByRole('heading', { level: 2, name: 'Dagslista för fredag 2026-11-27' }).waitFor();
    await timelog.dayRows().first().waitFor();
    expect(await timelog.dayTable()).toEqual([
      ['1:30', 'MOA-uppdraget', 'Innovationer och entreprenörskap', 'Dialogmöte'],
      ['1:00', 'Granskning', '', ''],
    ]);
    await expectAccessible(page, 'tidlogg, dagslistan');

    await page.getByRole('button', { name: 'Ändra tidposten 1:30 MOA-uppdraget' }).click();
    await page.getByRole('heading', { name: 'Ändra tidpost' }).waitFor();
    expect(await timelog.focusedName()).toBe('Tid');
    await typeInto(timelog.entryField('Tid'), '-1');
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await timelog.entryForm().getByText('Tid: tiden kan inte vara negativ. Skriv till exempel 1,5 eller 90 min.').waitFor();
    expect(await timelog.entryField('Tid').getAttribute('aria-invalid')).toBe('true');
    expect((await timelog.storedEntries()).find((e) => e.id === 't-1')?.minutes).toBe(90);
    await expectAccessible(page, 'tidlogg, en tidpost med fel');
    await typeInto(timelog.entryField('Tid'), '2,5 h');
    await typeInto(timelog.entryField('Anteckning'), 'Dialogmöte och efterarbete');
    await page.getByRole('button', { name: 'Spara ändringen' }).click();
    await timelog.dayStatus().filter({ hasText: 'Tidposten sparades (2:30).' }).waitFor();
    await page.getByRole('cell', { name: 'Dialogmöte och efterarbete' }).waitFor();
    expect(await timelog.dayTable()).toContainEqual(['2:30', 'MOA-uppdraget', 'Innovationer och entreprenörskap', 'Dialogmöte och efterarbete']);

    await typeInto(timelog.entryField('Tid'), '90m');
    await timelog.entryField('Kategori').selectOption({ label: 'Kompetensutveckling' });
    await page.getByRole('button', { name: 'Lägg till tidposten' }).click();
    await timelog.dayStatus().filter({ hasText: 'Tidposten på 1:30 lades till.' }).waitFor();
    await page.getByText('Summa för dagen: 5 h (5:00)').waitFor();

    await page.getByRole('button', { name: 'Ta bort tidposten 1:00 Granskning' }).click();
    await timelog.dayStatus().filter({ hasText: 'Tidposten på 1:00 togs bort.' }).waitFor();
    expect((await timelog.storedEntries()).map((e) => [e.categoryId, e.minutes])).toEqual([
      ['kompetens', 90],
      ['moa', 150],
    ]);
  });

  it('lägger till, byter namn på och arkiverar kategorier; en använd kategori kan inte tas bort', async () => {
    const { page, baseUrl } = e2e;
    const timelog = await openTimelog(page, baseUrl, 'kategorier', [entry('t-1', '2026-11-27', 60, { categoryId: 'granskning' })]);
    await page.getByRole('heading', { level: 2, name: 'Kategorier' }).waitFor();
    await page.getByRole('rowheader', { name: 'Övrigt' }).waitFor();
    await expectAccessible(page, 'tidlogg, kategorier');
    expect(await page.getByRole('button', { name: 'Ta bort Granskning' }).count()).toBe(0);

    await typeInto(page.getByLabel(/^Namn/u), 'Resor');
    await page.getByRole('button', { name: 'Lägg till kategorin' }).click();
    await page.getByRole('rowheader', { name: 'Resor' }).waitFor();
    await typeInto(page.getByLabel(/^Namn/u), 'resor');
    await page.getByRole('button', { name: 'Lägg till kategorin' }).click();
    await page.getByText('Namn: det finns redan en kategori som heter ”Resor”.').waitFor();

    await page.getByRole('button', { name: 'Byt namn på Resor' }).click();
    await typeInto(page.getByLabel(/^Nytt namn för Resor/u), 'Resor och restid');
    await expectAccessible(page, 'tidlogg, kategori byter namn');
    await page.getByRole('button', { name: 'Spara namnet' }).click();
    await page.getByRole('rowheader', { name: 'Resor och restid' }).waitFor();

    await page.getByRole('button', { name: 'Arkivera Granskning' }).click();
    await page.getByRole('button', { name: 'Återställ Granskning' }).waitFor();
    expect(await page.getByRole('row', { name: /Granskning/u }).innerText()).toContain('arkiverad');
    await timelog.tab('Vecka').click();
    await timelog.timer().getByLabel(/^Uppgift/u).waitFor();
    expect(await timelog.timer().getByLabel(/^Uppgift/u).locator('option').allInnerTexts()).not.toContain('Granskning');
    await timelog.tab('Uppföljning').click();
    await page.getByRole('heading', { level: 2, name: 'Uppföljning' }).waitFor();
    await expectAccessible(page, 'tidlogg, uppföljningens flik');
  });
});
