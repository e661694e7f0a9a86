/**
 * Field-level checks while editing a project plan, in the manner of
 * shared/plan/validation.ts: problems are codes with the field they concern
 * (and the numbers or dates the message needs); projectProblemMessage words
 * them. Year amounts have fields like `cash.2027`, so a problem lands on the
 * grid cell of its year. Text is never trimmed or rewritten here.
 */
import type { BudgetLine, Financier, HorizontalPrinciple, Project, ProjectActivity, ProjectGoal, Risk, WorkPackage, YearAmount } from '../domain/project.ts';
import { formatInteger, type Locale } from '../format.ts';
import { isIsoDate, maxKronor, maxOre, parseKronor, textLimits, yearLimits, type KronorParse } from '../plan/validation.ts';
import type { FieldDescriptor } from '../fields/field-descriptor.ts';
import { fieldOf } from '../fields/fields.ts';
import { principleLabels } from './defaults.ts';
import { budgetLineFields, financierFields, projectActivityFields, projectFields, projectGoalFields, riskFields, workPackageFields } from './fields.ts';
import { itemName, type ProjectItemKind } from './names.ts';
import { dataLocale } from '../locale.ts';

export type ProjectProblemCode =
  | 'required'
  | 'tooLong'
  | 'invalidDate'
  | 'endBeforeStart'
  | 'outsidePeriod'
  | 'milestoneOneDay'
  | 'yearOutOfRange'
  | 'yearOutsidePeriod'
  | 'duplicateYear'
  | 'notANumber'
  | 'negative'
  | 'tooLarge'
  | 'notOnRiskScale';

export interface ProjectProblemParams {
  /** Characters for tooLong, kronor for tooLarge. */
  max?: number;
  /** The project period, for outsidePeriod and yearOutsidePeriod. */
  from?: string;
  to?: string;
  year?: number;
}

export interface ProjectProblem {
  field: string;
  code: ProjectProblemCode;
  params?: ProjectProblemParams;
}

/** A problem found by validateProject: which part of the project, and which row of it. */
export interface LocatedProjectProblem extends ProjectProblem {
  kind: ProjectItemKind;
  /** The row's id; null for the project's own fields. */
  id: string | null;
}

type Period = Pick<Project, 'startDate' | 'endDate'>;
type Messages = Record<ProjectProblemCode, (p: ProjectProblemParams) => string>;

const periodText = (p: ProjectProblemParams) => (p.from && p.to ? ` ${p.from}–${p.to}` : '');

const messages: Record<Locale, Messages> = {
  sv: {
    required: () => 'Fyll i det här fältet.',
    tooLong: (p) => `Högst ${formatInteger(p.max ?? 0)} tecken.`,
    invalidDate: () => 'Ange ett datum som 2026-11-27.',
    endBeforeStart: () => 'Slutdatumet kan inte ligga före startdatumet.',
    outsidePeriod: (p) => `Datumet ligger utanför projektperioden${periodText(p)}.`,
    milestoneOneDay: () => 'En milstolpe har ett enda datum: slutdatumet ska vara samma som startdatumet.',
    yearOutOfRange: () => `Året måste ligga mellan ${yearLimits.min} och ${yearLimits.max}.`,
    yearOutsidePeriod: (p) => `Året ${p.year ?? ''} ligger utanför projektperioden${periodText(p)}. Flytta beloppet till ett år inom perioden eller ändra perioden.`,
    duplicateYear: (p) => `Året ${p.year ?? ''} finns med mer än en gång. Ange varje år en gång.`,
    notANumber: () => `Ange ett belopp i kronor, till exempel ${formatInteger(12_500)}.`,
    negative: () => 'Beloppet kan inte vara negativt. Ange 0 eller mer.',
    tooLarge: (p) => `Beloppet är för stort: högst ${formatInteger(p.max ?? maxKronor)} kr.`,
    notOnRiskScale: () => 'Ange ett heltal från 1 till 5.',
  },
  en: {
    required: () => 'Fill in this field.',
    tooLong: (p) => `At most ${formatInteger(p.max ?? 0, 'en')} characters.`,
    invalidDate: () => 'Enter a date like 2026-11-27.',
    endBeforeStart: () => 'The end date cannot be before the start date.',
    outsidePeriod: (p) => `The date is outside the project period${periodText(p)}.`,
    milestoneOneDay: () => 'A milestone has a single date: the end date must be the same as the start date.',
    yearOutOfRange: () => `The year must be between ${yearLimits.min} and ${yearLimits.max}.`,
    yearOutsidePeriod: (p) => `The year ${p.year ?? ''} is outside the project period${periodText(p)}. Move the amount to a year within the period or change the period.`,
    duplicateYear: (p) => `The year ${p.year ?? ''} appears more than once. Enter each year once.`,
    notANumber: () => `Enter an amount in kronor, for example ${formatInteger(12_500, 'en')}.`,
    negative: () => 'The amount cannot be negative. Enter 0 or more.',
    tooLarge: (p) => `The amount is too large: at most ${formatInteger(p.max ?? maxKronor, 'en')} kr.`,
    notOnRiskScale: () => 'Enter a whole number from 1 to 5.',
  },
};

/** The sentence shown at the field (its label is already there): `Datumet ligger utanför projektperioden 2026-01-01–2027-12-31.` */
export function projectProblemMessage(code: ProjectProblemCode, params: ProjectProblemParams = {}, locale: Locale = 'sv'): string {
  return messages[locale][code](params);
}

function checkText(problems: ProjectProblem[], field: string, value: string, max: number, required: boolean): void {
  if (required && value.trim() === '') problems.push({ field, code: 'required' });
  else if (value.length > max) problems.push({ field, code: 'tooLong', params: { max } });
}

/** A text field by its table's limits (required, maxLength). */
function checkTextField(problems: ProjectProblem[], field: Pick<FieldDescriptor<never>, 'key' | 'maxLength' | 'required'>, value: string): void {
  checkText(problems, field.key, value, field.maxLength ?? textLimits.long, field.required === true);
}

/** A date that is a real date in the years amounts can be given for. */
function checkDate(problems: ProjectProblem[], field: string, value: string): boolean {
  if (!isIsoDate(value)) {
    problems.push({ field, code: 'invalidDate' });
    return false;
  }
  const year = Number(value.slice(0, 4));
  if (year < yearLimits.min || year > yearLimits.max) {
    problems.push({ field, code: 'yearOutOfRange' });
    return false;
  }
  return true;
}

/** The project period when it is readable and in order; otherwise nothing is judged against it. */
function periodOf(project: Period | null): { from: string; to: string } | null {
  if (!project || !isIsoDate(project.startDate) || !isIsoDate(project.endDate) || project.endDate < project.startDate) return null;
  return { from: project.startDate, to: project.endDate };
}

function checkInPeriod(problems: ProjectProblem[], field: string, date: string, period: { from: string; to: string } | null, allowAfter = false): void {
  if (!period) return;
  if (date < period.from || (!allowAfter && date > period.to)) problems.push({ field, code: 'outsidePeriod', params: { ...period } });
}

export interface ProjectFieldsDraft {
  title: string;
  startDate: string;
  endDate: string;
  stakeholders?: string;
  targetGroups?: { primary: string; secondary: string };
}

/** The project's own fields: title and period (and the free texts when given). */
export function validateProjectFields(draft: ProjectFieldsDraft): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  checkTextField(problems, fieldOf(projectFields, 'title'), draft.title);
  const startValid = checkDate(problems, 'startDate', draft.startDate);
  const endValid = checkDate(problems, 'endDate', draft.endDate);
  if (startValid && endValid && draft.endDate < draft.startDate) problems.push({ field: 'endDate', code: 'endBeforeStart' });
  if (draft.targetGroups) {
    checkTextField(problems, fieldOf(projectFields, 'targetGroups.primary'), draft.targetGroups.primary);
    checkTextField(problems, fieldOf(projectFields, 'targetGroups.secondary'), draft.targetGroups.secondary);
  }
  if (draft.stakeholders !== undefined) checkTextField(problems, fieldOf(projectFields, 'stakeholders'), draft.stakeholders);
  return problems;
}

/**
 * A goal. Its text, indicator and target may be left for later (the
 * completeness list asks for them). The target date must fall in the project
 * period, except that an overall goal (övergripande mål) may be reached after
 * the project ends: it is the long-term change the project contributes to.
 */
export function validateGoal(project: Period, goal: Pick<ProjectGoal, 'level' | 'text' | 'indicator' | 'baseline' | 'target' | 'targetDate'>): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const key of ['text', 'indicator', 'baseline', 'target'] as const) checkTextField(problems, fieldOf(projectGoalFields, key), goal[key]);
  if (goal.targetDate !== null && checkDate(problems, 'targetDate', goal.targetDate)) {
    checkInPeriod(problems, 'targetDate', goal.targetDate, periodOf(project), goal.level === 'overall');
  }
  return problems;
}

export function validateWorkPackage(workPackage: Pick<WorkPackage, 'title' | 'description'>): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const key of ['title', 'description'] as const) checkTextField(problems, fieldOf(workPackageFields, key), workPackage[key]);
  return problems;
}

/** An activity or milestone: a title, and dates in order inside the project period. */
export function validateProjectActivity(
  project: Period,
  activity: Pick<ProjectActivity, 'title' | 'responsible' | 'startDate' | 'endDate' | 'milestone'>,
): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  for (const key of ['title', 'responsible'] as const) checkTextField(problems, fieldOf(projectActivityFields, key), activity[key]);
  const startValid = checkDate(problems, 'startDate', activity.startDate);
  const endValid = checkDate(problems, 'endDate', activity.endDate);
  const period = periodOf(project);
  if (startValid) checkInPeriod(problems, 'startDate', activity.startDate, period);
  if (endValid) checkInPeriod(problems, 'endDate', activity.endDate, period);
  if (startValid && endValid) {
    if (activity.endDate < activity.startDate) problems.push({ field: 'endDate', code: 'endBeforeStart' });
    else if (activity.milestone && activity.endDate !== activity.startDate) problems.push({ field: 'endDate', code: 'milestoneOneDay' });
  }
  return problems;
}

/** Year amounts of one list (`amounts`, `cash`, `inKind`): each a readable amount, each year once and inside the period. */
function checkYearAmounts(problems: ProjectProblem[], prefix: string, amounts: readonly YearAmount[], project: Period | null): void {
  const period = periodOf(project);
  const fromYear = period ? Number(period.from.slice(0, 4)) : null;
  const toYear = period ? Number(period.to.slice(0, 4)) : null;
  const seen = new Set<number>();
  for (const { year, ore } of amounts) {
    const field = `${prefix}.${year}`;
    if (!Number.isInteger(ore)) problems.push({ field, code: 'notANumber' });
    else if (ore < 0) problems.push({ field, code: 'negative' });
    else if (ore > maxOre) problems.push({ field, code: 'tooLarge', params: { max: maxKronor } });
    if (!Number.isInteger(year) || year < yearLimits.min || year > yearLimits.max) problems.push({ field, code: 'yearOutOfRange' });
    else if (seen.has(year)) problems.push({ field, code: 'duplicateYear', params: { year } });
    else if (period && fromYear !== null && toYear !== null && (year < fromYear || year > toYear)) {
      problems.push({ field, code: 'yearOutsidePeriod', params: { year, ...period } });
    }
    seen.add(year);
  }
}

/** A cost line. Pass the project to have each year checked against its period. */
export function validateBudgetLine(project: Period | null, line: Pick<BudgetLine, 'description' | 'amounts'>): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  checkTextField(problems, fieldOf(budgetLineFields, 'description'), line.description);
  checkYearAmounts(problems, 'amounts', line.amounts, project);
  return problems;
}

/** A financier: a name, and readable amounts. Pass the project to have each year checked against its period. */
export function validateFinancier(financier: Pick<Financier, 'name' | 'cash' | 'inKind'>, project: Period | null = null): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  checkTextField(problems, fieldOf(financierFields, 'name'), financier.name);
  checkYearAmounts(problems, 'cash', financier.cash, project);
  checkYearAmounts(problems, 'inKind', financier.inKind, project);
  return problems;
}

function checkRiskScale(problems: ProjectProblem[], field: string, value: number): void {
  if (!Number.isInteger(value) || value < 1 || value > 5) problems.push({ field, code: 'notOnRiskScale' });
}

export function validateRisk(risk: Pick<Risk, 'description' | 'likelihood' | 'consequence' | 'mitigation' | 'responsible'>): ProjectProblem[] {
  const problems: ProjectProblem[] = [];
  checkTextField(problems, fieldOf(riskFields, 'description'), risk.description);
  checkRiskScale(problems, 'likelihood', risk.likelihood);
  checkRiskScale(problems, 'consequence', risk.consequence);
  checkTextField(problems, fieldOf(riskFields, 'mitigation'), risk.mitigation);
  checkTextField(problems, fieldOf(riskFields, 'responsible'), risk.responsible);
  return problems;
}

/** A year-amount cell as typed: parseKronor's rules, and an emptied cell means no money that year (0 öre). */
export function parseYearAmountInput(text: string): KronorParse {
  if (text.trim() === '') return { ok: true, ore: 0 };
  return parseKronor(text);
}

/** Every check over the whole project, in document order; used before export. Empty means nothing is wrong. */
export function validateProject(project: Project): LocatedProjectProblem[] {
  const found: LocatedProjectProblem[] = [];
  const at = (kind: ProjectItemKind, id: string | null, problems: readonly ProjectProblem[]) => {
    for (const p of problems) found.push({ ...p, kind, id });
  };
  const own: ProjectProblem[] = validateProjectFields(project);
  for (const section of project.sections) checkText(own, `sections.${section.key}`, section.text, textLimits.long, false);
  at('project', null, own);
  for (const goal of project.goals) at('goal', goal.id, validateGoal(project, goal));
  for (const wp of project.workPackages) at('workPackage', wp.id, validateWorkPackage(wp));
  for (const activity of project.activities) at('activity', activity.id, validateProjectActivity(project, activity));
  for (const line of project.budget) at('budgetLine', line.id, validateBudgetLine(project, line));
  for (const financier of project.financiers) at('financier', financier.id, validateFinancier(financier, project));
  for (const risk of project.risks) at('risk', risk.id, validateRisk(risk));
  const rest: ProjectProblem[] = [];
  for (const p of project.principles) checkText(rest, `principles.${p.principle}`, p.how, textLimits.long, false);
  for (const [key, text] of Object.entries(project.changeTheory)) checkText(rest, `changeTheory.${key}`, text, textLimits.long, false);
  at('project', null, rest);
  return found;
}

const fieldLabels: Readonly<Record<string, string>> = {
  title: 'titel',
  startDate: 'startdatum',
  endDate: 'slutdatum',
  responsible: 'ansvarig',
  description: 'beskrivning',
  name: 'namn',
  likelihood: 'sannolikhet',
  consequence: 'konsekvens',
  mitigation: 'åtgärd',
  text: 'måltext',
  indicator: 'indikator',
  baseline: 'utgångsläge',
  target: 'målvärde',
  targetDate: 'måldatum',
  stakeholders: 'intressenter',
  'targetGroups.primary': 'primära målgrupper',
  'targetGroups.secondary': 'sekundära målgrupper',
  'changeTheory.challenge': 'förändringsteori, utmaning',
  'changeTheory.activities': 'förändringsteori, aktiviteter',
  'changeTheory.results': 'förändringsteori, resultat',
  'changeTheory.effects': 'förändringsteori, effekter',
  amounts: 'belopp',
  cash: 'kontant',
  inKind: 'i natura',
};

/** A problem's field in Swedish, lower case as inside a sentence: `startdatum`, `kontant 2027`, `avsnittet ”Syfte”`. */
export function projectFieldLabel(field: string, project: Pick<Project, 'sections'>): string {
  const direct = fieldLabels[field];
  if (direct !== undefined) return direct;
  const dot = field.indexOf('.');
  const head = field.slice(0, dot);
  const tail = field.slice(dot + 1);
  if (head === 'sections') return `avsnittet ”${project.sections.find((s) => s.key === tail)?.title ?? tail}”`;
  if (head === 'principles') return `principen ”${Object.hasOwn(principleLabels, tail) ? principleLabels[tail as HorizontalPrinciple] : tail}”`;
  const yearLabel = fieldLabels[head];
  return yearLabel === undefined ? field : `${yearLabel} ${tail}`;
}

/** The problem as one Swedish line for a list outside the form: `Aktiviteten ”Start”, startdatum: datumet ligger utanför projektperioden 2026-01-01–2027-12-31.` */
export function projectProblemText(problem: LocatedProjectProblem, project: Project): string {
  const message = projectProblemMessage(problem.code, problem.params);
  return `${itemName(project, problem.kind, problem.id)}, ${projectFieldLabel(problem.field, project)}: ${message.charAt(0).toLocaleLowerCase(dataLocale)}${message.slice(1)}`;
}
