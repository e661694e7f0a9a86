/**
 * The plan editor under the model: one strategy with one tactic and its
 * activities. The model holds each activity's title, dates and cost as
 * stored and as drafted; `compare` reads the screen and IndexedDB and says
 * where they part from the model.
 */
import type { Page } from 'playwright-core';
import type { Activity } from '#shared/domain/plan.ts';
import { startWithProfile } from '../helpers.ts';
import { learnDateLayout, type DateLayout } from '../pages/date-typing.ts';
import { PlanEditorPage } from '../pages/plan-editor-page.ts';
import { storedRecords } from '../pages/stored-records.ts';
import { costField, costUnsaved, costValue, dateField, dateUnsaved, resetCost, resetDate, withoutSpaces, type Field } from './fields.ts';
import { baseline } from './run-settings.ts';

export interface ModelActivity {
  /** The model's own name for the row, so undo can find it again. */
  key: number;
  title: Field<string>;
  start: Field<string>;
  end: Field<string>;
  cost: Field<number>;
}

/** A structural step Ctrl+Z can undo, with the rows it wrote (the row itself and the siblings whose order moved). */
export type UndoStep = ({ kind: 'added'; key: number } | { kind: 'removed'; at: number; activity: ModelActivity }) & { touched: number[] };

export interface PlanModel {
  activities: ModelActivity[];
  undo: UndoStep[];
  /**
   * The last thing done was structural (add, remove, undo). After typing,
   * Ctrl+Z is the field's own undo, not the outline's, so the model only
   * presses it right after a structural step.
   */
  structuralLast: boolean;
  nextKey: number;
  /** The activity whose details are shown (its row was chosen last), or null. */
  selectedKey: number | null;
  /** Stored pairs a date command passed through on the way (see fields.ts typeIntoPair), by activity key. */
  alsoAccepted: Map<number, [string, string][]>;
  /** The date a new activity gets: today, moved into the plan's period 2027–2029. */
  newDate: string;
}

export interface PlanSystem {
  page: Page;
  plans: PlanEditorPage;
  planId: string;
  planTitle: string;
  layout: DateLayout;
  dialogs: { count: () => number; reset: () => void };
}

export const planTitle = 'Handlingsplan Innovationer 2027–2029';

/** Today in Stockholm, moved into 2027–2029, as the editor does for a new activity. */
export function newActivityDate(now = new Date()): string {
  const today = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(now);
  return today < '2027-01-01' ? '2027-01-01' : today > '2029-12-31' ? '2029-12-31' : today;
}

export function newModelActivity(model: PlanModel, title = ''): ModelActivity {
  model.nextKey += 1;
  return { key: model.nextKey, title: { stored: title, draft: title }, start: dateField(model.newDate), end: dateField(model.newDate), cost: costField(0) };
}

/** Profile, goal area and a plan for 2027–2029 with Strategi → Taktik → one activity, typed as a person does. */
export async function setUpPlan(page: Page, baseUrl: string): Promise<{ planId: string; layout: DateLayout; firstTitle: string }> {
  await startWithProfile(page, baseUrl);
  const plans = new PlanEditorPage(page);
  await plans.openList();
  await plans.addGoalArea('IE', 'Innovationer och entreprenörskap');
  await page.getByLabel(/^Titel/u).fill(planTitle);
  await page.getByLabel(/^Period från år/u).fill('2027');
  await page.getByLabel(/^Period till år/u).fill('2029');
  await page.getByRole('button', { name: 'Skapa handlingsplanen' }).click();
  await page.getByRole('heading', { level: 2, name: planTitle }).waitFor();
  const layout = await learnDateLayout(page);
  await page.getByRole('button', { name: 'Lägg till strategi' }).click();
  await plans.rowInput('Strategi 1').waitFor();
  await page.keyboard.type('Fler unga företagare');
  await page.keyboard.press('Enter');
  await plans.rowInput('Strategi 2').waitFor();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await plans.rowInput('Taktik 1.1').waitFor();
  await page.keyboard.type('UF-företag i alla skolor');
  await page.keyboard.press('Enter');
  await plans.rowInput('Taktik 1.2').waitFor();
  await page.keyboard.press('Alt+Shift+ArrowRight');
  await plans.rowInput('Aktivitet 1.1.1').waitFor();
  const firstTitle = 'Starta UF i Laxå';
  await page.keyboard.type(firstTitle);
  await plans.waitSaved();
  const planId = decodeURIComponent(/#\/planer\/plan\/([^/?#]+)/u.exec(page.url())?.[1] ?? '');
  if (planId === '') throw new Error(`planens id saknas i adressen ${page.url()}`);
  return { planId, layout, firstTitle };
}

export function activityRow(system: PlanSystem, index: number) {
  return system.page.locator('.outline-row[data-kind="activity"] input.outline-title').nth(index);
}

export function detailsField(system: PlanSystem, label: RegExp) {
  return system.plans.details().locator('[data-kind="activity"]').getByLabel(label);
}

export const startLabel = /^Startdatum/u;
export const endLabel = /^Slutdatum/u;
export const costLabel = /^Beräknad kostnad/u;

/** Waits for the editor after a reload or a way back from another view. */
export async function waitForEditor(system: PlanSystem): Promise<void> {
  await system.page.getByRole('heading', { level: 2, name: system.planTitle }).waitFor();
  await system.page.locator('.outline-row').first().waitFor();
}

/** What a reload or an accepted leave warning does to the model: drafts show what is stored. */
export function dropDrafts(model: PlanModel): void {
  for (const activity of model.activities) {
    activity.title.draft = activity.title.stored;
    resetDate(activity.start);
    resetDate(activity.end);
    resetCost(activity.cost);
  }
}

/**
 * Typing into a row (its title or details) ends the undo steps that would
 * write an older copy of it, and every step before them.
 */
export function noteTyping(model: PlanModel, key: number): void {
  model.structuralLast = false;
  let newest = -1;
  model.undo.forEach((step, index) => {
    if (step.touched.includes(key)) newest = index;
  });
  model.undo = model.undo.slice(newest + 1);
}

export function hasUnsaved(model: PlanModel): boolean {
  return model.activities.some((a) => dateUnsaved(a.start) || dateUnsaved(a.end) || costUnsaved(a.cost));
}

async function readScreen(system: PlanSystem) {
  return system.page.evaluate(() => {
    const rows = [...document.querySelectorAll('.outline-row[data-kind="activity"]')];
    const selected = rows.findIndex((row) => row.classList.contains('selected'));
    const details = document.querySelector('.details-panel [data-kind="activity"]');
    const valueOf = (label: string) => {
      const found = [...(details?.querySelectorAll('label') ?? [])].find((l) => (l.textContent ?? '').trim().startsWith(label));
      const input = found?.htmlFor ? document.getElementById(found.htmlFor) : found?.querySelector('input');
      return input instanceof HTMLInputElement ? { value: input.value, unsaved: input.getAttribute('data-unsaved') === 'true' } : null;
    };
    return {
      titles: rows.map((row) => row.querySelector('input')?.value ?? ''),
      selected,
      details: details ? { title: valueOf('Titel'), start: valueOf('Startdatum'), end: valueOf('Slutdatum'), cost: valueOf('Beräknad kostnad') } : null,
      notSavedShown: /Inte sparat/u.test(document.querySelector('.details-panel')?.textContent ?? ''),
      unsavedInputs: document.querySelectorAll('input[data-unsaved="true"], textarea[data-unsaved="true"]').length,
    };
  });
}

/** The differences between the model and the screen, and between the model and IndexedDB. */
export async function comparePlan(model: PlanModel, system: PlanSystem): Promise<string[]> {
  const differences: string[] = [];
  const screen = await readScreen(system);
  const stored = (await storedRecords<Activity>(system.page, 'activities')).filter((a) => a.planId === system.planId).sort((a, b) => a.order - b.order);
  const expectedTitles = model.activities.map((a) => a.title.draft);
  if (JSON.stringify(screen.titles) !== JSON.stringify(expectedTitles)) differences.push(`dispositionen visar ${JSON.stringify(screen.titles)}, modellen ${JSON.stringify(expectedTitles)}`);
  if (stored.length !== model.activities.length) differences.push(`IndexedDB har ${stored.length} aktiviteter, modellen ${model.activities.length}`);
  model.activities.forEach((activity, i) => {
    const record = stored[i];
    if (!record) return;
    const name = `aktivitet ${i + 1}`;
    if (record.title !== activity.title.stored) differences.push(`${name}: titel i IndexedDB ${JSON.stringify(record.title)}, modellen ${JSON.stringify(activity.title.stored)}`);
    const other = model.alsoAccepted.get(activity.key)?.find(([s, e]) => s === record.startDate && e === record.endDate);
    if (other && (record.startDate !== activity.start.stored || record.endDate !== activity.end.stored)) {
      // A pair passed through while the digits were typed was stored: accepted, and the model follows it.
      activity.start.stored = other[0];
      activity.end.stored = other[1];
    }
    if (record.startDate !== activity.start.stored || record.endDate !== activity.end.stored)
      differences.push(`${name}: datum i IndexedDB ${record.startDate}–${record.endDate}, modellen ${activity.start.stored}–${activity.end.stored}`);
    if (record.costOre !== activity.cost.stored) differences.push(`${name}: kostnad i IndexedDB ${record.costOre} öre, modellen ${activity.cost.stored} öre`);
  });
  const shown = screen.selected >= 0 ? model.activities[screen.selected] : undefined;
  if (shown && screen.details) {
    const name = `detaljerna för aktivitet ${screen.selected + 1}`;
    const { title, start, end, cost } = screen.details;
    if (title && title.value !== shown.title.stored && title.value !== shown.title.draft) differences.push(`${name}: Titel visar ${JSON.stringify(title.value)}, modellen ${JSON.stringify(shown.title.draft)}`);
    if (start?.value !== shown.start.draft) differences.push(`${name}: Startdatum visar ${JSON.stringify(start?.value)}, modellen ${JSON.stringify(shown.start.draft)}`);
    if (end?.value !== shown.end.draft) differences.push(`${name}: Slutdatum visar ${JSON.stringify(end?.value)}, modellen ${JSON.stringify(shown.end.draft)}`);
    if (withoutSpaces(cost?.value ?? '') !== withoutSpaces(shown.cost.draft)) differences.push(`${name}: kostnad visar ${JSON.stringify(cost?.value)}, modellen ${JSON.stringify(shown.cost.draft)}`);
    if (!baseline) {
      const marks: [string, boolean | undefined, boolean][] = [
        ['Startdatum', start?.unsaved, dateUnsaved(shown.start)],
        ['Slutdatum', end?.unsaved, dateUnsaved(shown.end)],
        ['Beräknad kostnad', cost?.unsaved, costUnsaved(shown.cost)],
      ];
      for (const [label, marked, unsaved] of marks) {
        if (marked !== unsaved) differences.push(`${name}: ${label} ${unsaved ? 'saknar' : 'har'} data-unsaved="true" (${unsaved ? 'inte sparat' : 'sparat'} enligt modellen)`);
      }
      const anyUnsaved = marks.some(([, , unsaved]) => unsaved);
      if (screen.notSavedShown !== anyUnsaved) differences.push(`${name}: texten "Inte sparat" ${anyUnsaved ? 'syns inte' : 'syns'} fast modellen har ${anyUnsaved ? 'osparat' : 'allt sparat'}`);
    }
  }
  if (!baseline && screen.unsavedInputs > 0 && !hasUnsaved(model)) differences.push(`${screen.unsavedInputs} fält är märkta data-unsaved fast allt är sparat enligt modellen`);
  return differences;
}

export { costValue };
