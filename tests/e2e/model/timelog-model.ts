/**
 * The time log's week grid under the model: one row (the MOA assignment in
 * a goal area, kept by an entry on Monday) and the days Tuesday to Friday
 * of v. 48 2026, the browser's clock on Friday. A person reaches a cell by
 * clicking it or with the keyboard (Tab lands on the grid's one tab stop,
 * Ctrl+Home, ↓ and → from there), types a duration ("1:30", "2,5", "x") and
 * presses Enter; a refused value keeps the cell's editor open with its
 * draft until Esc.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { formatDuration, parseDuration } from '#shared/timelog/duration.ts';
import { startWithProfile } from '../helpers.ts';
import { storedRecords } from '../pages/stored-records.ts';
import { TimelogPage } from '../pages/timelog-page.ts';
import { writeIntoWorkbook } from '../seed-workbook.ts';
import { baseline, enabled } from './run-settings.ts';
import { eventually } from './settle.ts';

const goalArea: GoalArea = { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap', description: '', effectGoals: [], owner: 'Anna Lindqvist', reviewers: [] };
const rowName = 'MOA-uppdraget · Innovationer och entreprenörskap';
/** Days of the week by grid column (1 = Monday); the model edits Tuesday to Friday. */
const days = [
  { col: 2, date: '2026-11-24', name: 'tisdag 24/11' },
  { col: 3, date: '2026-11-25', name: 'onsdag 25/11' },
  { col: 4, date: '2026-11-26', name: 'torsdag 26/11' },
  { col: 5, date: '2026-11-27', name: 'fredag 27/11' },
] as const;
const monday: TimeEntry = { id: 'seed-monday', date: '2026-11-23', minutes: 60, categoryId: 'moa', goalAreaId: goalArea.id, activityId: null, projectId: null, note: '' };

export interface TimelogModel {
  /** Stored minutes per edited day (0: nothing). */
  minutes: number[];
  /** A refused value left in its cell's editor, or null. */
  open: { day: number; draft: string } | null;
}

export interface TimelogSystem {
  page: Page;
  timelog: TimelogPage;
  baseUrl: string;
  dialogs: { count: () => number; reset: () => void };
}

/** What a cell stores for a typed text: minutes, 0 for an empty cell, null when refused. */
function minutesFor(text: string): number | null {
  if (text.trim() === '') return 0;
  const parsed = parseDuration(text);
  if (parsed.ok) return parsed.minutes;
  return parsed.code === 'zero' ? 0 : null;
}

const shownHours = (minutes: number) => (minutes === 0 ? '' : formatDuration(minutes, 'hours'));

export async function setUpTimelog(page: Page, baseUrl: string, dialogs: TimelogSystem['dialogs']): Promise<{ model: TimelogModel; system: TimelogSystem }> {
  await page.clock.setFixedTime(new Date('2026-11-27T10:00:00+01:00'));
  await startWithProfile(page, baseUrl);
  await writeIntoWorkbook(page, { goalAreas: [goalArea], timeEntries: [monday] });
  const timelog = new TimelogPage(page);
  await timelog.open(baseUrl);
  await timelog.cell(rowName, 'måndag 23/11').waitFor();
  return { model: { minutes: days.map(() => 0), open: null }, system: { page, timelog, baseUrl, dialogs } };
}

function cellLocator(system: TimelogSystem, day: number) {
  return system.page.locator(`.timelog-week [data-grid-row] td[data-grid-col="${days[day]?.col ?? 0}"]`).first();
}

async function compareTimelog(model: TimelogModel, system: TimelogSystem): Promise<string[]> {
  const differences: string[] = [];
  const entries = (await storedRecords<TimeEntry>(system.page, 'timeEntries')).filter((e) => e.categoryId === 'moa' && e.goalAreaId === goalArea.id);
  for (const [day, { date, name }] of days.entries()) {
    const stored = entries.filter((e) => e.date === date).reduce((sum, e) => sum + e.minutes, 0);
    const expected = model.minutes[day] ?? 0;
    if (stored !== expected) differences.push(`${name}: IndexedDB har ${stored} min, modellen ${expected} min`);
    const screen = await cellLocator(system, day).evaluate((cell) => {
      const input = cell.querySelector('input');
      return input ? { value: input.value, editing: true, unsaved: input.getAttribute('data-unsaved') === 'true' } : { value: (cell.textContent ?? '').trim(), editing: false, unsaved: false };
    });
    const draft = model.open?.day === day ? model.open.draft : null;
    const shouldShow = draft ?? shownHours(expected);
    if (screen.value !== shouldShow) differences.push(`${name}: rutan visar ${JSON.stringify(screen.value)}, modellen ${JSON.stringify(shouldShow)}`);
    if (draft !== null && !screen.editing) differences.push(`${name}: det avvisade utkastet ${JSON.stringify(draft)} visas inte i en redigerare`);
    if (!baseline && draft !== null && !screen.unsaved) differences.push(`${name}: utkastet ${JSON.stringify(draft)} saknar data-unsaved="true"`);
  }
  const tabStops = await system.page.locator('.timelog-week [role="grid"] [data-grid-cell][tabindex="0"]').count();
  if (tabStops !== 1) differences.push(`rutnätet har ${tabStops} tabbstopp, inte ett`);
  if (!baseline) {
    const notSaved = await system.page.locator('.timelog-week').getByText('Inte sparat').count();
    if ((notSaved > 0) !== (model.open !== null)) differences.push(`"Inte sparat" syns ${notSaved} gånger, modellen har ${model.open ? 'ett osparat utkast' : 'allt sparat'}`);
  }
  return differences;
}

async function settleAndCompare(model: TimelogModel, system: TimelogSystem): Promise<void> {
  await eventually('skärm, IndexedDB och modell skiljer sig', () => compareTimelog(model, system));
}

async function reload(model: TimelogModel, system: TimelogSystem): Promise<void> {
  const mustWarn = !baseline && model.open !== null;
  system.dialogs.reset();
  await system.page.reload();
  await system.timelog.cell(rowName, 'måndag 23/11').waitFor();
  if (mustWarn && system.dialogs.count() === 0) throw new Error('ingen varning före omladdningen fast ett avvisat värde stod kvar i rutan');
  model.open = null;
}

type TimelogCommand = fc.AsyncCommand<TimelogModel, TimelogSystem>;

class TypeHours implements TimelogCommand {
  constructor(
    readonly day: number,
    readonly text: string,
    readonly reloadSoon: boolean,
    readonly byKeyboard: boolean,
  ) {}
  check = () => true;
  async run(model: TimelogModel, system: TimelogSystem): Promise<void> {
    const { page } = system;
    if (model.open) {
      // The person gives up the refused value first: Esc in its editor.
      await cellLocator(system, model.open.day).locator('input').focus();
      await page.keyboard.press('Escape');
      model.open = null;
    }
    if (this.byKeyboard) {
      // Where Tab into the grid lands: its one tab stop, the cell last active. From there to the cell by keys.
      await page.locator('.timelog-week [role="grid"] [data-grid-cell][tabindex="0"]').focus();
      await page.keyboard.press('Control+Home');
      await page.keyboard.press('ArrowDown');
      for (let col = 0; col < (days[this.day]?.col ?? 0); col += 1) await page.keyboard.press('ArrowRight');
      const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
      if (!focused.startsWith(`${rowName}, ${days[this.day]?.name ?? '?'}:`)) throw new Error(`tangenterna ledde till ”${focused}”, inte till ${days[this.day]?.name ?? '?'}`);
    } else {
      await cellLocator(system, this.day).click();
    }
    await page.keyboard.type(this.text);
    await page.keyboard.press('Enter');
    const minutes = minutesFor(this.text);
    if (minutes === null) model.open = { day: this.day, draft: this.text };
    else model.minutes[this.day] = minutes;
    if (this.reloadSoon) {
      await page.waitForTimeout(40);
      await reload(model, system);
    }
    await settleAndCompare(model, system);
  }
  toString = () => `${days[this.day]?.name ?? '?'} (${this.byKeyboard ? 'med piltangenterna' : 'klick'}): skriv ${JSON.stringify(this.text)} och Enter${this.reloadSoon ? ', ladda om inom 50 ms' : ''}`;
}

class Reload implements TimelogCommand {
  check = () => true;
  async run(model: TimelogModel, system: TimelogSystem): Promise<void> {
    await reload(model, system);
    await settleAndCompare(model, system);
  }
  toString = () => 'ladda om sidan';
}

class SwitchView implements TimelogCommand {
  check = () => true;
  async run(model: TimelogModel, system: TimelogSystem): Promise<void> {
    const { page } = system;
    system.dialogs.reset();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await menu.getByRole('link', { name: 'Tidlogg', exact: true }).click();
    await system.timelog.cell(rowName, 'måndag 23/11').waitFor();
    // Leaving with a warning accepted forgets the refused value; leaving without one must keep it.
    if (baseline || system.dialogs.count() > 0) model.open = null;
    await settleAndCompare(model, system);
  }
  toString = () => 'byt vy: Översikt och tillbaka till tidloggen';
}

const hoursText = fc.constantFrom('1:30', '2,5', '8', '90 min', '0,75', '0', 'x', '25', '1:75', '-1');

export const timelogCommands = (
  [
    ['hours', fc.tuple(fc.nat({ max: days.length - 1 }), hoursText, enabled('quick-reload') ? fc.boolean() : fc.constant(false), fc.boolean()).map(([d, t, s, k]) => new TypeHours(d, t, s, k))],
    ['reload', fc.constant(new Reload())],
    ['switch', fc.constant(new SwitchView())],
  ] as const
)
  .filter(([kind]) => enabled(kind))
  .map(([, command]) => command);
