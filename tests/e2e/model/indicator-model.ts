/**
 * A strategy's indicators under the model: rows of name, unit, baseline and
 * target (year and value). Every row is stored together, and only once
 * every row reads (a name, years 2000–2100 or empty with the target year not
 * before the baseline year, values as Swedish numbers); until then what is
 * typed stays on screen, marked unsaved, and IndexedDB keeps the last rows
 * that read. Typed key by key, with reloads and view switches in between.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import type { Strategy } from '#shared/domain/plan.ts';
import { PlanEditorPage } from '../pages/plan-editor-page.ts';
import { storedRecords } from '../pages/stored-records.ts';
import { planTitle, setUpPlan } from './plan-system.ts';
import { baseline, enabled } from './run-settings.ts';
import { eventually, waitForAutosave } from './settle.ts';

const fields = ['name', 'unit', 'baselineYear', 'baselineValue', 'targetYear', 'targetValue'] as const;
type IndicatorField = (typeof fields)[number];
const labels: Record<IndicatorField, string> = { name: 'Namn', unit: 'Enhet', baselineYear: 'Basår', baselineValue: 'Basvärde', targetYear: 'Målår', targetValue: 'Målvärde' };
type Row = Record<IndicatorField, string>;
type Indicator = Strategy['indicators'][number];

/**
 * A new row is not called wrong before it is typed in or left. `new`: added and not yet focused, so it must not be
 * marked; `focused`: clicked without a change, so it is marked once it is left (which the model does not follow).
 * A row not in the map has been typed in or left.
 */
const touchOf = new WeakMap<Row, 'new' | 'focused'>();

export interface IndicatorModel {
  drafts: Row[];
  /** What IndexedDB holds: the last rows that all read. */
  stored: Indicator[];
}

export interface IndicatorSystem {
  page: Page;
  plans: PlanEditorPage;
  planId: string;
  dialogs: { count: () => number; reset: () => void };
}

const emptyRow: Row = { name: '', unit: '', baselineYear: '', baselineValue: '', targetYear: '', targetValue: '' };

/** The model's own reading of a row: an independent statement of the rules the editor must follow. */
function read(row: Row): Indicator | null {
  const year = (text: string): number | null | undefined => {
    const trimmed = text.trim();
    if (trimmed === '') return null;
    return /^\d+$/u.test(trimmed) && Number(trimmed) >= 2000 && Number(trimmed) <= 2100 ? Number(trimmed) : undefined;
  };
  const value = (text: string): number | null | undefined => {
    const compact = text.replace(/[\s\u00a0]/gu, '').replace(',', '.');
    if (compact === '') return null;
    const number = Number(compact);
    return Number.isFinite(number) ? number : undefined;
  };
  if (row.name.trim() === '') return null;
  const [baselineYear, targetYear, baselineValue, targetValue] = [year(row.baselineYear), year(row.targetYear), value(row.baselineValue), value(row.targetValue)];
  if (baselineYear === undefined || targetYear === undefined || baselineValue === undefined || targetValue === undefined) return null;
  if (baselineYear !== null && targetYear !== null && targetYear < baselineYear) return null;
  return { name: row.name.trim(), unit: row.unit.trim(), baselineYear, baselineValue, targetYear, targetValue };
}

function settleModel(model: IndicatorModel): void {
  const read_ = model.drafts.map(read);
  if (read_.every((r) => r !== null)) model.stored = read_ as Indicator[];
}

const storedRow = (i: Indicator): Row => ({
  name: i.name,
  unit: i.unit,
  baselineYear: i.baselineYear === null ? '' : String(i.baselineYear),
  baselineValue: i.baselineValue === null ? '' : String(i.baselineValue).replace('.', ','),
  targetYear: i.targetYear === null ? '' : String(i.targetYear),
  targetValue: i.targetValue === null ? '' : String(i.targetValue).replace('.', ','),
});

const hasUnsaved = (model: IndicatorModel) => model.drafts.some((row) => read(row) === null);

export async function setUpIndicators(page: Page, baseUrl: string, dialogs: IndicatorSystem['dialogs']): Promise<{ model: IndicatorModel; system: IndicatorSystem }> {
  const { planId } = await setUpPlan(page, baseUrl);
  const system: IndicatorSystem = { page, plans: new PlanEditorPage(page), planId, dialogs };
  await showStrategy(system);
  return { model: { drafts: [], stored: [] }, system };
}

async function showStrategy(system: IndicatorSystem): Promise<void> {
  await system.page.getByRole('heading', { level: 2, name: planTitle }).waitFor();
  await system.plans.rowInput('Strategi 1').click();
  await system.page.locator('.details-panel fieldset.indicators').waitFor();
}

const rowGroup = (system: IndicatorSystem, row: number) => system.page.getByRole('group', { name: `Indikator ${row + 1}`, exact: true });

async function compare(model: IndicatorModel, system: IndicatorSystem): Promise<string[]> {
  const differences: string[] = [];
  const strategy = (await storedRecords<Strategy>(system.page, 'strategies')).find((s) => s.planId === system.planId && s.title === 'Fler unga företagare');
  const stored = strategy?.indicators ?? [];
  if (JSON.stringify(stored) !== JSON.stringify(model.stored)) differences.push(`IndexedDB har ${JSON.stringify(stored)}, modellen ${JSON.stringify(model.stored)}`);
  const screen = await system.page.locator('.details-panel fieldset.indicators .indicator-row').evaluateAll((rows) =>
    rows.map((row) => [...row.querySelectorAll('input')].map((input) => ({ value: input.value, unsaved: input.getAttribute('data-unsaved') === 'true' }))),
  );
  if (screen.length !== model.drafts.length) differences.push(`skärmen visar ${screen.length} indikatorrader, modellen ${model.drafts.length}`);
  model.drafts.forEach((row, index) => {
    const inputs = screen[index];
    if (!inputs) return;
    fields.forEach((field, f) => {
      const shown = inputs[f]?.value ?? '';
      if (shown !== row[field]) differences.push(`indikator ${index + 1}, ${labels[field]}: skärmen visar ${JSON.stringify(shown)}, modellen ${JSON.stringify(row[field])}`);
    });
    const touch = touchOf.get(row);
    if (!baseline && touch !== 'focused') {
      const marked = inputs.some((input) => input.unsaved);
      const unsaved = read(row) === null && touch === undefined;
      if (marked !== unsaved) differences.push(`indikator ${index + 1}: ${unsaved ? 'saknar' : 'har'} data-unsaved="true"`);
    }
  });
  return differences;
}

async function settleAndCompare(model: IndicatorModel, system: IndicatorSystem): Promise<void> {
  await waitForAutosave(system.page);
  await eventually('skärm, IndexedDB och modell skiljer sig', () => compare(model, system));
}

type IndicatorCommand = fc.AsyncCommand<IndicatorModel, IndicatorSystem>;

class AddRow implements IndicatorCommand {
  check = (model: Readonly<IndicatorModel>) => model.drafts.length < 3;
  async run(model: IndicatorModel, system: IndicatorSystem): Promise<void> {
    await system.page.locator('.details-panel').getByRole('button', { name: 'Lägg till indikator', exact: true }).click();
    const row = { ...emptyRow };
    touchOf.set(row, 'new');
    model.drafts.push(row);
    settleModel(model);
    await settleAndCompare(model, system);
  }
  toString = () => 'lägg till en indikatorrad';
}

class TypeField implements IndicatorCommand {
  constructor(
    readonly row: number,
    readonly field: IndicatorField,
    readonly text: string,
  ) {}
  check = (model: Readonly<IndicatorModel>) => this.row < model.drafts.length;
  async run(model: IndicatorModel, system: IndicatorSystem): Promise<void> {
    const input = rowGroup(system, this.row).getByLabel(labels[this.field], { exact: true });
    await input.click();
    await system.page.keyboard.press('ControlOrMeta+A');
    if (this.text === '') await system.page.keyboard.press('Delete');
    else await system.page.keyboard.type(this.text);
    const row = model.drafts[this.row];
    if (row) {
      if (row[this.field] !== this.text) touchOf.delete(row);
      else if (touchOf.get(row) === 'new') touchOf.set(row, 'focused');
      row[this.field] = this.text;
    }
    settleModel(model);
    await settleAndCompare(model, system);
  }
  toString = () => `indikator ${this.row + 1}: skriv ${labels[this.field]} ${JSON.stringify(this.text)}`;
}

class Reload implements IndicatorCommand {
  check = () => true;
  async run(model: IndicatorModel, system: IndicatorSystem): Promise<void> {
    const mustWarn = !baseline && hasUnsaved(model);
    system.dialogs.reset();
    await system.page.reload();
    if (mustWarn && system.dialogs.count() === 0) throw new Error('ingen varning före omladdningen fast en indikatorrad inte var sparad');
    // The user chose to leave: what shows now is what is stored.
    model.drafts = model.stored.map(storedRow);
    await showStrategy(system);
    await settleAndCompare(model, system);
  }
  toString = () => 'ladda om sidan';
}

class SwitchView implements IndicatorCommand {
  check = () => true;
  async run(model: IndicatorModel, system: IndicatorSystem): Promise<void> {
    await system.page.getByRole('navigation', { name: 'Huvudmeny' }).getByRole('link', { name: 'Översikt', exact: true }).click();
    await system.page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await system.page.goBack();
    await showStrategy(system);
    // Rows that did not read are remembered across the switch, and called wrong now; rows that did show as stored.
    for (const row of model.drafts) touchOf.delete(row);
    if (!hasUnsaved(model)) model.drafts = model.stored.map(storedRow);
    await settleAndCompare(model, system);
  }
  toString = () => 'byt vy: Översikt och tillbaka';
}

const texts: Record<IndicatorField, fc.Arbitrary<string>> = {
  name: fc.constantFrom('Andel UF-företag', 'Nyföretagande', '', '  '),
  unit: fc.constantFrom('%', 'antal per 1 000 inv.', ''),
  baselineYear: fc.constantFrom('2024', '2027', '', '1999', '20x6'),
  baselineValue: fc.constantFrom('8,4', '12', '1 500', '', '8,4x'),
  targetYear: fc.constantFrom('2030', '2026', '', '2101'),
  targetValue: fc.constantFrom('10,5', '15', '', 'tio'),
};

export const indicatorCommands = [
  fc.constant(new AddRow()),
  fc
    .tuple(fc.nat({ max: 2 }), fc.constantFrom(...fields))
    .chain(([row, field]) => texts[field].map((text) => new TypeField(row, field, text))),
  ...(enabled('reload') ? [fc.constant(new Reload())] : []),
  ...(enabled('switch') ? [fc.constant(new SwitchView())] : []),
];
