/**
 * The template editor's draft: the template as the form holds it (text for
 * numbers, one line per effect goal or question, a local id per row) and
 * back. Pure, so the conversion, key generation and row moves are tested
 * without a browser. The draft is never stored: only what templateFromDraft
 * gives and validateTemplate accepts is.
 */
import { capProblems, templatePathText, type TemplatePath, type TemplateProblem } from '#shared/templates/problems.ts';
import type { SectionKind, Template, TemplateDocument } from '#shared/templates/schema.ts';
import { templateSemanticProblems, validateTemplate } from '#shared/templates/validate.ts';
import { slugFromName } from '#shared/templates/word-template.ts';

/** Every row has a local id (React's key; the row's own key is editable) and a key that follows its name until edited by hand. */
export interface DraftRow {
  uid: string;
  key: string;
  /** false while the key is generated from the name; existing rows and hand-edited keys keep theirs. */
  keyTouched: boolean;
}

export interface DraftSection extends DraftRow {
  title: string;
  guidance: string;
  required: boolean;
  kind: SectionKind;
}

/** `key` is the goal area's code (`IE`). */
export interface DraftGoalArea extends DraftRow {
  name: string;
  description: string;
  /** One effect goal per line. */
  effectGoals: string;
}

export interface DraftPerspective extends DraftRow {
  name: string;
  description: string;
  /** One question per line. */
  questions: string;
}

export interface DraftCategory extends DraftRow {
  name: string;
}

export interface DraftSupportOffer extends DraftRow {
  name: string;
  description: string;
}

export interface DraftCycleEvent extends DraftRow {
  name: string;
  description: string;
  when: 'date' | 'month';
  date: string;
  endDate: string;
  /** '' or '1'–'12'. */
  month: string;
}

export interface DraftIndicator extends DraftRow {
  name: string;
  unit: string;
  description: string;
  koladaKpiId: string;
}

export interface DraftMandate {
  kind: 'hours' | 'percent';
  hoursPerWeek: string;
  percentOfFullTime: string;
  fullTimeHoursPerWeek: string;
}

export interface TemplateDraft {
  /** Not edited: a new version keeps the template's id. */
  id: string;
  name: string;
  issuer: string;
  description: string;
  validFrom: string;
  validTo: string;
  version: string;
  strategyGuidance: Template['strategyGuidance'];
  actionPlan: DraftSection[];
  projectPlan: DraftSection[];
  goalAreas: DraftGoalArea[];
  perspectives: DraftPerspective[];
  categories: DraftCategory[];
  mandate: DraftMandate;
  supportOffers: DraftSupportOffer[];
  annualCycle: DraftCycleEvent[];
  indicators: DraftIndicator[];
}

/** The lists of rows in a draft, by their draft name. */
export type DraftListName = 'actionPlan' | 'projectPlan' | 'goalAreas' | 'perspectives' | 'categories' | 'supportOffers' | 'annualCycle' | 'indicators';

/**
 * The kinds the editor offers per document: what the workbook can place in
 * that document (docs/template-format.md, "vanligast i"). The project plan's
 * strategyTree is its link to the action plan's strategies (the default
 * template has it). A kind outside these, read from a file, stays offered
 * for its section so nothing is lost.
 */
export const documentKinds: Readonly<Record<TemplateDocument, readonly SectionKind[]>> = {
  actionPlan: ['freeText', 'strategyTree', 'activities', 'indicators', 'perspectives', 'support'],
  projectPlan: ['freeText', 'strategyTree', 'goals', 'targetGroups', 'organisation', 'activities', 'timeline', 'budget', 'financing', 'risks', 'principles', 'changeTheory'],
};

/** What a new row's key is made of before it has a name: `sektion`, `sektion-2` … (keys are the file's, so Swedish in any UI language). */
export const keyStems = { section: 'sektion', perspective: 'perspektiv', support: 'stod', indicator: 'indikator', event: 'handelse', category: 'kategori' } as const;

let uidCounter = 0;
/** A local row id, unique for the page's lifetime. */
export function newUid(): string {
  uidCounter += 1;
  return `rad-${uidCounter}`;
}

// The same slug as a Word template's section keys.
export { slugFromName };

/** A valid key from a name, unique among `used`: `stod`, `stod-2` …; the stem when the name has no letters or digits. */
export function keyFromName(name: string, used: readonly string[], stem: string): string {
  const base = slugFromName(name) || stem;
  let key = base;
  for (let n = 2; used.includes(key); n += 1) key = `${base}-${n}`;
  return key;
}

const smallWords = new Set(['och', 'i', 'for', 'för', 'av', 'på', 'med', 'till', 'om']);

/** A goal area's code from its name: the words' initials, `Innovationer och entreprenörskap` → `IE`; unique among `used`. */
export function codeFromName(name: string, used: readonly string[]): string {
  const words = name.split(/[^A-Za-z0-9ÅÄÖåäö]+/).filter((w) => w !== '' && !smallWords.has(w.toLowerCase()));
  const base = words.map((w) => w.charAt(0).toUpperCase()).join('').slice(0, 16) || 'MO';
  let code = base;
  for (let n = 2; used.includes(code); n += 1) code = `${base}${n}`;
  return code;
}

/** The list with the item at `from` moved to `to`; the same list for a move out of range. */
export function moveRow<T>(list: readonly T[], from: number, to: number): T[] {
  if (from < 0 || from >= list.length || to < 0 || to >= list.length || from === to) return [...list];
  const next = [...list];
  const [item] = next.splice(from, 1);
  if (item !== undefined) next.splice(to, 0, item);
  return next;
}

/** A row's new name, with its key following the name while the key has not been edited by hand. */
export function renamedRow<R extends DraftRow>(rows: readonly R[], index: number, patch: Partial<R>, name: string, keyOf: (name: string, used: readonly string[]) => string): R[] {
  return rows.map((row, i) => {
    if (i !== index) return row;
    const used = rows.filter((_, j) => j !== index).map((r) => r.key);
    return { ...row, ...patch, ...(row.keyTouched ? {} : { key: keyOf(name, used) }) };
  });
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

/** A number as a Swede writes it (`12,5`); text that is no number is kept, so the check says "ska vara ett tal". */
export function numberFromText(text: string): number | string | undefined {
  const trimmed = text.trim();
  if (trimmed === '') return undefined;
  const normalised = trimmed.replace(',', '.');
  return /^\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : trimmed;
}

const numberText = (n: number | undefined): string => (n === undefined ? '' : String(n).replace('.', ','));
const row = (key: string): DraftRow => ({ uid: newUid(), key, keyTouched: true });

export function draftFromTemplate(template: Template, version: number): TemplateDraft {
  const mandate = template.timeLog.defaultMandate;
  const sections = (document: TemplateDocument): DraftSection[] =>
    template[document].sections.map((s) => ({ ...row(s.key), title: s.title, guidance: s.guidance, required: s.required, kind: s.kind }));
  return {
    id: template.id,
    name: template.name,
    issuer: template.issuer,
    description: template.description,
    validFrom: template.validFrom,
    validTo: template.validTo,
    version: String(version),
    strategyGuidance: { ...template.strategyGuidance },
    actionPlan: sections('actionPlan'),
    projectPlan: sections('projectPlan'),
    goalAreas: template.goalAreas.map((g) => ({ ...row(g.code), name: g.name, description: g.description, effectGoals: g.effectGoals.join('\n') })),
    perspectives: template.perspectives.map((p) => ({ ...row(p.key), name: p.name, description: p.description, questions: p.questions.join('\n') })),
    categories: template.timeLog.categories.map((c) => ({ ...row(c.id), name: c.name })),
    mandate:
      'hoursPerWeek' in mandate
        ? { kind: 'hours', hoursPerWeek: numberText(mandate.hoursPerWeek), percentOfFullTime: '', fullTimeHoursPerWeek: '40' }
        : { kind: 'percent', hoursPerWeek: '', percentOfFullTime: numberText(mandate.percentOfFullTime), fullTimeHoursPerWeek: numberText(mandate.fullTimeHoursPerWeek) },
    supportOffers: template.supportOffers.map((o) => ({ ...row(o.id), name: o.name, description: o.description })),
    annualCycle: template.annualCycle.map((e) => ({
      ...row(e.id),
      name: e.name,
      description: e.description,
      when: e.month !== undefined && e.date === undefined ? 'month' : 'date',
      date: e.date ?? '',
      endDate: e.endDate ?? '',
      month: e.month === undefined ? '' : String(e.month),
    })),
    indicators: template.indicatorCatalogue.map((x) => ({ ...row(x.id), name: x.name, unit: x.unit, description: x.description, koladaKpiId: x.koladaKpiId ?? '' })),
  };
}

/** Optional fields only when filled in, so a blank one is left out rather than stored as "". */
const optional = <K extends string>(key: K, value: string): Partial<Record<K, string>> => (value.trim() === '' ? {} : ({ [key]: value.trim() } as Record<K, string>));

/**
 * The draft as a template value for validateTemplate: not typed as Template,
 * since a draft may hold anything (a version that is no number, a blank
 * key); the check says what is wrong, in Swedish, at the field's path.
 */
export function templateFromDraft(draft: TemplateDraft): Record<string, unknown> {
  const versionText = draft.version.trim();
  const mandate =
    draft.mandate.kind === 'hours'
      ? { hoursPerWeek: numberFromText(draft.mandate.hoursPerWeek) }
      : { percentOfFullTime: numberFromText(draft.mandate.percentOfFullTime), fullTimeHoursPerWeek: numberFromText(draft.mandate.fullTimeHoursPerWeek) };
  const sections = (rows: readonly DraftSection[]) => ({ sections: rows.map((s) => ({ key: s.key.trim(), title: s.title, guidance: s.guidance, required: s.required, kind: s.kind })) });
  return {
    formatVersion: 1,
    id: draft.id,
    name: draft.name,
    version: /^\d+$/.test(versionText) ? Number(versionText) : versionText,
    issuer: draft.issuer,
    description: draft.description,
    validFrom: draft.validFrom.trim(),
    validTo: draft.validTo.trim(),
    language: 'sv',
    goalAreas: draft.goalAreas.map((g) => ({ code: g.key.trim(), name: g.name, description: g.description, effectGoals: lines(g.effectGoals) })),
    perspectives: draft.perspectives.map((p) => ({ key: p.key.trim(), name: p.name, description: p.description, questions: lines(p.questions) })),
    strategyGuidance: { ...draft.strategyGuidance },
    actionPlan: sections(draft.actionPlan),
    projectPlan: sections(draft.projectPlan),
    timeLog: {
      categories: draft.categories.map((c) => ({ id: c.key.trim(), name: c.name })),
      // A blank full-time figure is left out: the format then means 40 hours.
      defaultMandate: Object.fromEntries(Object.entries(mandate).filter(([key, value]) => !(key === 'fullTimeHoursPerWeek' && value === undefined))),
    },
    supportOffers: draft.supportOffers.map((o) => ({ id: o.key.trim(), name: o.name, description: o.description })),
    annualCycle: draft.annualCycle.map((e) => {
      const month = numberFromText(e.month);
      return {
        id: e.key.trim(),
        name: e.name,
        description: e.description,
        ...(e.when === 'date' ? { ...optional('date', e.date), ...optional('endDate', e.endDate) } : month === undefined ? {} : { month }),
      };
    }),
    indicatorCatalogue: draft.indicators.map((x) => ({ id: x.key.trim(), name: x.name, unit: x.unit, description: x.description, ...optional('koladaKpiId', x.koladaKpiId) })),
  };
}

export type DraftCheck = { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] };

/**
 * The draft checked as any template file is (validateTemplate), plus the
 * editor's own rule: the version must be above every stored one. Only an
 * ok result is ever stored.
 */
export function checkDraft(draft: TemplateDraft, newestStored: number, versionTooLow: string): DraftCheck {
  const value = templateFromDraft(draft);
  const problems: TemplateProblem[] = [];
  if (typeof value['version'] === 'number' && value['version'] <= newestStored) problems.push({ code: 'field', path: templatePathText(['version']), message: versionTooLow });
  const result = validateTemplate(value);
  if (result.ok) return problems.length === 0 ? { ok: true, template: result.template } : { ok: false, problems };
  problems.push(...result.problems);
  // validateTemplate checks the rules between fields (unique keys, dates in order) only once the shape is right.
  // The draft always has the template's lists and objects, so they are checked now too: fixing a blank
  // title then does not reveal a duplicate key that was there all along.
  const seen = new Set(problems.map((p) => `${p.path}\n${p.message}`));
  for (const problem of templateSemanticProblems(value as unknown as Template)) if (!seen.has(`${problem.path}\n${problem.message}`)) problems.push(problem);
  return { ok: false, problems: capProblems(problems) };
}

/** The Swedish path text of a field, as the problems name it. */
export const pathText = (path: TemplatePath): string => templatePathText(path);

/**
 * The problems that concern a field: those at its own path and, for a field
 * holding a list (effect goals one per line), those inside it; `also` adds
 * paths whose problems the field shows too (an event's "date or month
 * missing" is said of the event, and shown at its date).
 */
export function problemsAt(problems: readonly TemplateProblem[], path: string, options: { inside?: boolean; also?: readonly string[] } = {}): TemplateProblem[] {
  return problems.filter(
    (p) => p.path === path || (options.inside === true && (p.path.startsWith(`${path}[`) || p.path.startsWith(`${path}.`))) || (options.also ?? []).includes(p.path),
  );
}

/** The editor's parts, and the Swedish path each part's problems start with ('' for the general part: what no other part takes). */
export const editorParts = ['general', 'actionPlan', 'projectPlan', 'goalAreas', 'perspectives', 'strategyGuidance', 'timeLog', 'supportOffers', 'annualCycle', 'indicators'] as const;
export type EditorPart = (typeof editorParts)[number];

const partOfPath: readonly [string, EditorPart][] = [
  [templatePathText(['actionPlan']), 'actionPlan'],
  [templatePathText(['projectPlan']), 'projectPlan'],
  [templatePathText(['goalAreas']), 'goalAreas'],
  [templatePathText(['perspectives']), 'perspectives'],
  [templatePathText(['strategyGuidance']), 'strategyGuidance'],
  [templatePathText(['timeLog']), 'timeLog'],
  [templatePathText(['supportOffers']), 'supportOffers'],
  [templatePathText(['annualCycle']), 'annualCycle'],
  [templatePathText(['indicatorCatalogue']), 'indicators'],
];

/** Which part of the editor a problem's path belongs to. */
export function partOfProblem(problem: TemplateProblem): EditorPart {
  const found = partOfPath.find(([prefix]) => problem.path === prefix || problem.path.startsWith(`${prefix}.`) || problem.path.startsWith(`${prefix}[`));
  return found ? found[1] : 'general';
}
