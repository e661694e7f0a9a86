/**
 * What a person does in the plan editor, as fast-check commands: each
 * changes the model the way the fixed editor should, acts on the page
 * with the keyboard, and then compares model, screen and IndexedDB.
 */
import fc from 'fast-check';
import { typeDate, valuesWhileTyping } from '../pages/date-typing.ts';
import { costValue, typeIntoPair } from './fields.ts';
import {
  activityRow,
  comparePlan,
  costLabel,
  detailsField,
  dropDrafts,
  endLabel,
  hasUnsaved,
  newModelActivity,
  noteTyping,
  startLabel,
  waitForEditor,
  type PlanModel,
  type PlanSystem,
} from './plan-system.ts';
import { baseline, enabled } from './run-settings.ts';
import { eventually, waitForAutosave } from './settle.ts';

type PlanCommand = fc.AsyncCommand<PlanModel, PlanSystem>;

/** After every step: the screen shows the model's drafts, IndexedDB holds the model's stored values. */
async function settleAndCompare(model: PlanModel, system: PlanSystem): Promise<void> {
  await waitForAutosave(system.page);
  await eventually('skärm, IndexedDB och modell skiljer sig', () => comparePlan(model, system));
}

/** Before the fix the details of one row forget what was typed when another row is chosen; the baseline run allows that. */
function select(model: PlanModel, system: PlanSystem, index: number) {
  const key = model.activities[index]?.key ?? null;
  if (baseline && key !== model.selectedKey) dropDrafts(model);
  model.selectedKey = key;
  return activityRow(system, index).click();
}

/** Reloads the way a user does: a warning comes if something typed is not stored, and is accepted. */
async function reload(model: PlanModel, system: PlanSystem): Promise<void> {
  const mustWarn = !baseline && hasUnsaved(model);
  system.dialogs.reset();
  await system.page.reload();
  await waitForEditor(system);
  if (mustWarn && system.dialogs.count() === 0) throw new Error('ingen varning före omladdningen fast något inskrivet inte var sparat');
  dropDrafts(model);
  model.undo = [];
  model.selectedKey = null;
}

const soonText = (soon: boolean) => (soon ? ' och ladda om inom 50 ms' : '');

class TypeTitle implements PlanCommand {
  private at = -1;
  constructor(
    readonly pick: number,
    readonly title: string,
  ) {}
  check = (m: Readonly<PlanModel>) => m.activities.length > 0;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    this.at = this.pick % model.activities.length;
    const activity = model.activities[this.at];
    if (!activity) return;
    await select(model, system, this.at);
    await system.page.keyboard.press('ControlOrMeta+A');
    await system.page.keyboard.type(this.title);
    activity.title = { stored: this.title, draft: this.title };
    noteTyping(model, activity.key);
    await settleAndCompare(model, system);
  }
  toString = () => `aktivitet ${this.at + 1}: skriv titeln ${JSON.stringify(this.title)}`;
}

class TypeDate implements PlanCommand {
  private at = -1;
  constructor(
    readonly pick: number,
    readonly end: 'start' | 'end',
    readonly date: string,
    readonly reloadSoon: boolean,
  ) {}
  check = (m: Readonly<PlanModel>) => m.activities.length > 0;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    this.at = this.pick % model.activities.length;
    const activity = model.activities[this.at];
    if (!activity) return;
    await select(model, system, this.at);
    const input = detailsField(system, this.end === 'start' ? startLabel : endLabel);
    const field = this.end === 'start' ? activity.start : activity.end;
    const values = valuesWhileTyping(system.layout, field.draft, this.date);
    await typeDate(system.page, input, system.layout, this.date);
    noteTyping(model, activity.key);
    model.alsoAccepted.set(activity.key, typeIntoPair(activity, this.end, values));
    if (this.reloadSoon) {
      await system.page.waitForTimeout(40);
      await reload(model, system);
    }
    await settleAndCompare(model, system);
  }
  toString = () => `aktivitet ${this.at + 1}: skriv ${this.end === 'start' ? 'startdatum' : 'slutdatum'} ${this.date}${soonText(this.reloadSoon)}`;
}

class TypeCost implements PlanCommand {
  private at = -1;
  constructor(
    readonly pick: number,
    readonly text: string,
    readonly reloadSoon: boolean,
  ) {}
  check = (m: Readonly<PlanModel>) => m.activities.length > 0;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    this.at = this.pick % model.activities.length;
    const activity = model.activities[this.at];
    if (!activity) return;
    await select(model, system, this.at);
    await detailsField(system, costLabel).focus();
    await system.page.keyboard.press('ControlOrMeta+A');
    await system.page.keyboard.type(this.text);
    activity.cost.draft = this.text;
    noteTyping(model, activity.key);
    const ore = costValue(this.text);
    if (ore !== null) activity.cost.stored = ore;
    if (this.reloadSoon) {
      await system.page.waitForTimeout(40);
      await reload(model, system);
    }
    await settleAndCompare(model, system);
  }
  toString = () => `aktivitet ${this.at + 1}: skriv kostnad ${JSON.stringify(this.text)}${soonText(this.reloadSoon)}`;
}

class AddActivity implements PlanCommand {
  private at = -1;
  constructor(readonly pick: number) {}
  check = (m: Readonly<PlanModel>) => m.activities.length > 0;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    this.at = this.pick % model.activities.length;
    await select(model, system, this.at);
    await system.page.keyboard.press('End');
    await system.page.keyboard.press('Enter');
    const added = newModelActivity(model);
    model.activities.splice(this.at + 1, 0, added);
    model.selectedKey = added.key;
    model.undo.push({ kind: 'added', key: added.key, touched: model.activities.slice(this.at + 1).map((a) => a.key) });
    model.structuralLast = true;
    if (baseline) dropDrafts(model);
    await settleAndCompare(model, system);
  }
  toString = () => `aktivitet ${this.at + 1}: Enter (ny aktivitet under)`;
}

class RemoveActivity implements PlanCommand {
  private at = -1;
  constructor(readonly pick: number) {}
  check = (m: Readonly<PlanModel>) => m.activities.length > 0;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    this.at = this.pick % model.activities.length;
    await select(model, system, this.at);
    await system.page.keyboard.press('Control+Shift+Delete');
    const [removed] = model.activities.splice(this.at, 1);
    model.selectedKey = model.activities[this.at - 1]?.key ?? null;
    if (removed) {
      // What is put back is what was stored: a draft not stored is not part of the plan.
      dropDrafts({ ...model, activities: [removed] });
      model.undo.push({ kind: 'removed', at: this.at, activity: removed, touched: [removed.key, ...model.activities.slice(this.at).map((a) => a.key)] });
    }
    model.structuralLast = true;
    if (baseline) dropDrafts(model);
    await settleAndCompare(model, system);
  }
  toString = () => `aktivitet ${this.at + 1}: Ctrl+Skift+Delete (ta bort)`;
}

/** Ctrl+Z in the outline (focus in an activity row, or the tactic's row when none is left). */
class Undo implements PlanCommand {
  check = (m: Readonly<PlanModel>) => !baseline && m.undo.length > 0 && m.structuralLast;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    const row = model.activities.length > 0 ? activityRow(system, 0) : system.plans.rowInput('Taktik 1.1');
    await row.focus();
    await system.page.keyboard.press('Control+Z');
    const step = model.undo.pop();
    if (step?.kind === 'added') model.activities = model.activities.filter((a) => a.key !== step.key);
    if (step?.kind === 'removed') model.activities.splice(step.at, 0, step.activity);
    model.selectedKey = null;
    model.structuralLast = true;
    await settleAndCompare(model, system);
  }
  toString = () => 'Ctrl+Z i dispositionen (ångra)';
}

class Reload implements PlanCommand {
  check = () => true;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    await reload(model, system);
    await settleAndCompare(model, system);
  }
  toString = () => 'ladda om sidan';
}

/** Översikt and back to the plan through the main menu and the plan list. */
class SwitchView implements PlanCommand {
  check = () => true;
  async run(model: PlanModel, system: PlanSystem): Promise<void> {
    const { page } = system;
    system.dialogs.reset();
    const menu = page.getByRole('navigation', { name: 'Huvudmeny' });
    await menu.getByRole('link', { name: 'Översikt', exact: true }).click();
    await page.getByRole('heading', { level: 1, name: 'Översikt' }).waitFor();
    await menu.getByRole('link', { name: 'Planer', exact: true }).click();
    await page.getByRole('link', { name: system.planTitle, exact: true }).click();
    await waitForEditor(system);
    // Leaving with a warning accepted forgets the drafts; leaving without one must keep them.
    if (baseline || system.dialogs.count() > 0) dropDrafts(model);
    model.undo = [];
    model.selectedKey = null;
    await settleAndCompare(model, system);
  }
  toString = () => 'byt vy: Översikt och tillbaka till planen';
}

const dateIn = (from: string, to: string) =>
  fc.date({ min: new Date(`${from}T12:00:00Z`), max: new Date(`${to}T12:00:00Z`), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)).filter((iso) => Number(iso.slice(8)) <= 28);

/** Dates a person means, around the plan's period. */
export const dateArbitrary = dateIn('2026-06-01', '2030-06-30');
/** Slips of the keyboard in the year: 1027, 2207, 0202 … (not plausible: 1900–2100). */
export const yearTypoArbitrary = fc
  .tuple(fc.constantFrom('1027', '0202', '2207', '1850', '2999'), dateIn('2027-01-01', '2027-12-31'))
  .map(([year, d]) => `${year}${d.slice(4)}`);

export const costArbitrary = fc.constantFrom('1 500', '1500,50', '45 000', '0', '250', 'abc', '12,345', '-5', '1 2 3x');
const titleArbitrary = fc.constantFrom('Mässa för UF-företag', 'Workshop i Lindesberg', 'Utvärdering 🎓', 'Ny aktivitet & <rapport>', 'Kurs');
const pick = fc.nat({ max: 9 });

/** A reload within 50 ms of the last key, unless switched off (run-settings.ts). */
export const reloadSoonArbitrary = enabled('quick-reload') ? fc.boolean() : fc.constant(false);

const end = fc.constantFrom<'start' | 'end'>('start', 'end');
export const planCommands = (
  [
    ['title', fc.tuple(pick, titleArbitrary).map(([p, t]) => new TypeTitle(p, t))],
    ['date', fc.tuple(pick, end, dateArbitrary, reloadSoonArbitrary).map(([p, e, d, soon]) => new TypeDate(p, e, d, soon))],
    ['date', fc.tuple(pick, end, dateArbitrary).map(([p, e, d]) => new TypeDate(p, e, d, false))],
    ['year-typo', fc.tuple(pick, end, yearTypoArbitrary, reloadSoonArbitrary).map(([p, e, d, soon]) => new TypeDate(p, e, d, soon))],
    ['cost', fc.tuple(pick, costArbitrary, reloadSoonArbitrary).map(([p, c, soon]) => new TypeCost(p, c, soon))],
    ['add', pick.map((p) => new AddActivity(p))],
    ['remove', pick.map((p) => new RemoveActivity(p))],
    ['undo', fc.constant(new Undo())],
    ['reload', fc.constant(new Reload())],
    ['switch', fc.constant(new SwitchView())],
  ] as const
)
  .filter(([kind]) => enabled(kind))
  .map(([, command]) => command);
