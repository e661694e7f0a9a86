/**
 * A model for an editor made of date pairs and amount fields found by
 * their labels (the project editor): typing dates digit by digit, typing
 * amounts, reloads (some 50 ms after the last key) and view switches,
 * compared after every step with the screen and with IndexedDB.
 */
import fc from 'fast-check';
import type { Page } from 'playwright-core';
import { typeDate, valuesWhileTyping, type DateLayout } from '../pages/date-typing.ts';
import { dateUnsaved, plausibleDate, withoutSpaces, type Field } from './fields.ts';
import { baseline, enabled } from './run-settings.ts';
import { eventually, waitForAutosave } from './settle.ts';

export interface PairSpec {
  startLabel: string;
  endLabel: string;
  /** Whether the two may be stored together (order, plausible dates, any limits of the editor). */
  agrees: (start: string, end: string) => boolean;
}

export interface AmountSpec {
  label: string;
  /** Öre for a valid text, null when it may not be stored. */
  parse: (text: string) => number | null;
  /** What the field shows for a stored value. */
  format: (ore: number) => string;
}

export interface FormModel {
  pairs: Map<string, { spec: PairSpec; start: Field<string>; end: Field<string>; alsoAccepted: [string, string][] }>;
  amounts: Map<string, { spec: AmountSpec; field: Field<number> }>;
}

export interface StoredForm {
  pairs: Map<string, [string, string]>;
  amounts: Map<string, number>;
}

export interface FormSystem {
  page: Page;
  layout: DateLayout;
  dialogs: { count: () => number; reset: () => void };
  /** Waits until the editor shows again after a reload. */
  ready: () => Promise<void>;
  /** Goes to another view and back to the editor through the main menu. */
  switchAway: () => Promise<void>;
  read: () => Promise<StoredForm>;
}

type FormCommand = fc.AsyncCommand<FormModel, FormSystem>;

const amountUnsaved = (a: { spec: AmountSpec; field: Field<number> }) => a.spec.parse(a.field.draft) !== a.field.stored;

function hasUnsaved(model: FormModel): boolean {
  return [...model.pairs.values()].some((p) => dateUnsaved(p.start) || dateUnsaved(p.end)) || [...model.amounts.values()].some(amountUnsaved);
}

function dropDrafts(model: FormModel): void {
  for (const pair of model.pairs.values()) {
    pair.start.draft = pair.start.stored;
    pair.end.draft = pair.end.stored;
  }
  for (const amount of model.amounts.values()) if (amountUnsaved(amount)) amount.field.draft = amount.spec.format(amount.field.stored);
}

async function shown(page: Page, label: string): Promise<{ value: string; unsaved: boolean } | null> {
  const input = page.getByLabel(label, { exact: true });
  if ((await input.count()) !== 1) return null;
  return input.evaluate((el) => ({ value: el instanceof HTMLInputElement ? el.value : '', unsaved: el.getAttribute('data-unsaved') === 'true' }));
}

export async function compareForm(model: FormModel, system: FormSystem): Promise<string[]> {
  const differences: string[] = [];
  const stored = await system.read();
  const expectShown = async (label: string, draft: string, unsaved: boolean, same: (a: string, b: string) => boolean) => {
    const screen = await shown(system.page, label);
    if (!screen) return differences.push(`fältet ${label} finns inte (en gång) på sidan`);
    if (!same(screen.value, draft)) differences.push(`${label} visar ${JSON.stringify(screen.value)}, modellen ${JSON.stringify(draft)}`);
    if (!baseline && screen.unsaved !== unsaved) differences.push(`${label} ${unsaved ? 'saknar' : 'har'} data-unsaved="true" (${unsaved ? 'inte sparat' : 'sparat'} enligt modellen)`);
    return 0;
  };
  for (const [name, pair] of model.pairs) {
    const [s, e] = stored.pairs.get(name) ?? ['?', '?'];
    const other = pair.alsoAccepted.find(([a, b]) => a === s && b === e);
    if (other) [pair.start.stored, pair.end.stored] = other;
    if (s !== pair.start.stored || e !== pair.end.stored) differences.push(`${name} i IndexedDB ${s}–${e}, modellen ${pair.start.stored}–${pair.end.stored}`);
    await expectShown(pair.spec.startLabel, pair.start.draft, dateUnsaved(pair.start), (a, b) => a === b);
    await expectShown(pair.spec.endLabel, pair.end.draft, dateUnsaved(pair.end), (a, b) => a === b);
  }
  for (const [name, amount] of model.amounts) {
    const ore = stored.amounts.get(name);
    if (ore !== amount.field.stored) differences.push(`${name} i IndexedDB ${String(ore)} öre, modellen ${amount.field.stored} öre`);
    await expectShown(amount.spec.label, amount.field.draft, amountUnsaved(amount), (a, b) => withoutSpaces(a) === withoutSpaces(b));
  }
  if (!baseline) {
    const notSaved = await system.page.getByText('Inte sparat', { exact: true }).count();
    if ((notSaved > 0) !== hasUnsaved(model)) differences.push(`"Inte sparat" syns ${notSaved} gånger, modellen har ${hasUnsaved(model) ? 'osparat' : 'allt sparat'}`);
  }
  return differences;
}

async function settleAndCompare(model: FormModel, system: FormSystem): Promise<void> {
  await waitForAutosave(system.page);
  await eventually('skärm, IndexedDB och modell skiljer sig', () => compareForm(model, system));
}

async function reload(model: FormModel, system: FormSystem): Promise<void> {
  const mustWarn = !baseline && hasUnsaved(model);
  system.dialogs.reset();
  await system.page.reload();
  await system.ready();
  if (mustWarn && system.dialogs.count() === 0) throw new Error('ingen varning före omladdningen fast något inskrivet inte var sparat');
  dropDrafts(model);
}

const soonText = (soon: boolean) => (soon ? ' och ladda om inom 50 ms' : '');

class TypePairDate implements FormCommand {
  constructor(
    readonly pair: string,
    readonly end: 'start' | 'end',
    readonly date: string,
    readonly reloadSoon: boolean,
  ) {}
  check = (m: Readonly<FormModel>) => m.pairs.has(this.pair);
  async run(model: FormModel, system: FormSystem): Promise<void> {
    const pair = model.pairs.get(this.pair);
    if (!pair) return;
    const field = pair[this.end];
    const values = valuesWhileTyping(system.layout, field.draft, this.date);
    await system.page.getByRole('heading', { level: 1 }).first().click();
    await typeDate(system.page, system.page.getByLabel(this.end === 'start' ? pair.spec.startLabel : pair.spec.endLabel, { exact: true }), system.layout, this.date);
    field.draft = this.date;
    const other = this.end === 'start' ? pair.end.draft : pair.start.draft;
    const asPair = (v: string): [string, string] => (this.end === 'start' ? [v, other] : [other, v]);
    const [s, e] = asPair(this.date);
    if (pair.spec.agrees(s, e)) {
      pair.start.stored = s;
      pair.end.stored = e;
      pair.alsoAccepted = [];
    } else {
      pair.alsoAccepted = values.slice(0, -1).map(asPair).filter(([a, b]) => pair.spec.agrees(a, b));
    }
    if (this.reloadSoon) {
      await system.page.waitForTimeout(40);
      await reload(model, system);
    }
    await settleAndCompare(model, system);
  }
  toString = () => `${this.pair}: skriv ${this.end === 'start' ? 'startdatum' : 'slutdatum'} ${this.date}${soonText(this.reloadSoon)}`;
}

class TypeAmount implements FormCommand {
  constructor(
    readonly amount: string,
    readonly text: string,
    readonly reloadSoon: boolean,
  ) {}
  check = (m: Readonly<FormModel>) => m.amounts.has(this.amount);
  async run(model: FormModel, system: FormSystem): Promise<void> {
    const amount = model.amounts.get(this.amount);
    if (!amount) return;
    await system.page.getByLabel(amount.spec.label, { exact: true }).focus();
    await system.page.keyboard.press('ControlOrMeta+A');
    await system.page.keyboard.type(this.text);
    amount.field.draft = this.text;
    const ore = amount.spec.parse(this.text);
    if (ore !== null) amount.field.stored = ore;
    if (this.reloadSoon) {
      await system.page.waitForTimeout(40);
      await reload(model, system);
    }
    await settleAndCompare(model, system);
  }
  toString = () => `${this.amount}: skriv ${JSON.stringify(this.text)}${soonText(this.reloadSoon)}`;
}

class Reload implements FormCommand {
  check = () => true;
  async run(model: FormModel, system: FormSystem): Promise<void> {
    await reload(model, system);
    await settleAndCompare(model, system);
  }
  toString = () => 'ladda om sidan';
}

class SwitchView implements FormCommand {
  check = () => true;
  async run(model: FormModel, system: FormSystem): Promise<void> {
    system.dialogs.reset();
    await system.switchAway();
    // Leaving with a warning accepted forgets the drafts; leaving without one must keep them.
    if (baseline || system.dialogs.count() > 0) dropDrafts(model);
    await settleAndCompare(model, system);
  }
  toString = () => 'byt vy: Översikt och tillbaka';
}

export function formCommands(options: { pairs: string[]; amounts: string[]; dates: fc.Arbitrary<string>; yearTypos: fc.Arbitrary<string>; amountTexts: fc.Arbitrary<string> }) {
  const soon = enabled('quick-reload') ? fc.boolean() : fc.constant(false);
  const end = fc.constantFrom<'start' | 'end'>('start', 'end');
  const pair = fc.constantFrom(...options.pairs);
  const amount = fc.constantFrom(...options.amounts);
  return (
    [
      ['date', fc.tuple(pair, end, options.dates, soon).map(([p, e, d, s]) => new TypePairDate(p, e, d, s))],
      ['year-typo', fc.tuple(pair, end, options.yearTypos, soon).map(([p, e, d, s]) => new TypePairDate(p, e, d, s))],
      ['cost', fc.tuple(amount, options.amountTexts, soon).map(([a, t, s]) => new TypeAmount(a, t, s))],
      ['reload', fc.constant(new Reload())],
      ['switch', fc.constant(new SwitchView())],
    ] as const
  )
    .filter(([kind]) => enabled(kind))
    .map(([, command]) => command);
}

export { plausibleDate };
