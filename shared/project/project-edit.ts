/**
 * A project edit as data, so an autosave can be journaled and replayed
 * after a reload (renderer/saving/save-journal.ts). Each edit sets one place
 * in the project to a value: applying it again, or after other edits to
 * other places, gives the same result. The editor builds them with the
 * helpers below; `applyProjectEdits` applies them to the stored project.
 */
import { horizontalPrinciples, projectSchema, type Project, type YearAmount } from '../domain/project.ts';
import { setYearAmount } from './budget.ts';

/**
 * One step into the project: a property name; the list element with this
 * id; or the first list element whose `where` field equals `equals`, added
 * with `orAdd`'s fields when there is none (sections by key, principles).
 */
export type EditStep = string | { id: string } | { where: string; equals: string | number; orAdd?: Record<string, unknown> };

export type ProjectEdit =
  /** Sets the value at path. */
  | { path: EditStep[]; value: unknown }
  /** Sets one year's amount in the list of year amounts at path (0 removes the year). */
  | { path: EditStep[]; yearAmount: YearAmount };

export type ProjectEditResult =
  | { ok: true; project: Project }
  /** A list element the edit is for is gone (removed meanwhile), or the path does not fit the project. */
  | { ok: false; reason: 'missing'; at: string }
  /** The edited project breaks the schema; nothing may be stored. */
  | { ok: false; reason: 'invalid'; issues: string[] };

/** Edits that set each field of `patch` inside the object at `base`. */
export function fieldEdits(base: EditStep[], patch: Readonly<Record<string, unknown>>): ProjectEdit[] {
  return Object.entries(patch).map(([field, value]) => ({ path: [...base, field], value }));
}

/** The step to a project section by key (added with `title` when the project lacks it), as the editor shows it. */
export function sectionStep(key: string, title: string): EditStep {
  return { where: 'key', equals: key, orAdd: { title, text: '' } };
}

/** The step to a horizontal principle's assessment (added unrated when there is none yet). */
export function principleStep(principle: string): EditStep {
  return { where: 'principle', equals: principle, orAdd: { how: '', rating: null } };
}

class Missing extends Error {}

// Keys that would reach an object's prototype instead of a field.
const unsafeKeys = new Set(['__proto__', 'prototype', 'constructor']);

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function label(step: EditStep): string {
  if (typeof step === 'string') return step;
  return 'id' in step ? `[id=${step.id}]` : `[${step.where}=${String(step.equals)}]`;
}

/** `container` with the value at `path` replaced by `change(old value)`; copies only along the path. */
function updateIn(container: unknown, path: readonly EditStep[], change: (current: unknown) => unknown, at: string): unknown {
  const [step, ...rest] = path;
  if (step === undefined) return change(container);
  const here = `${at}.${label(step)}`;
  if (typeof step === 'string') {
    if (!isRecord(container) || unsafeKeys.has(step) || (rest.length > 0 && !(step in container))) throw new Missing(here);
    return { ...container, [step]: updateIn(container[step], rest, change, here) };
  }
  if (!Array.isArray(container)) throw new Missing(here);
  const list: unknown[] = container;
  const index = 'id' in step ? list.findIndex((item) => isRecord(item) && item.id === step.id) : list.findIndex((item) => isRecord(item) && item[step.where] === step.equals);
  if (index === -1) {
    if ('id' in step || step.orAdd === undefined || unsafeKeys.has(step.where)) throw new Missing(here);
    return [...list, updateIn({ ...step.orAdd, [step.where]: step.equals }, rest, change, here)];
  }
  return list.map((item, i) => (i === index ? updateIn(item, rest, change, here) : item));
}

function isYearAmounts(value: unknown): value is YearAmount[] {
  return Array.isArray(value) && value.every((a) => isRecord(a) && typeof a.year === 'number' && typeof a.ore === 'number');
}

function applyOne(project: unknown, edit: ProjectEdit): unknown {
  if ('yearAmount' in edit) {
    const { year, ore } = edit.yearAmount;
    return updateIn(project, edit.path, (list) => {
      if (!isYearAmounts(list)) throw new Missing(edit.path.map(label).join('.'));
      return setYearAmount(list, year, ore);
    }, 'project');
  }
  return updateIn(project, edit.path, () => edit.value, 'project');
}

/** A record's result: the edited record, or why nothing may be stored. */
export type RecordEditResult<T> = { ok: true; record: T } | { ok: false; reason: 'missing'; at: string } | { ok: false; reason: 'invalid'; issues: string[] };

/**
 * Any record with path edits applied in order (the same edits as a project's: meetings use them
 * too), checked against its schema; nothing half-applied on failure.
 */
export function applyRecordEdits<T>(record: T, edits: readonly ProjectEdit[], schema: { safeParse: (value: unknown) => { success: true; data: T } | { success: false; error: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } } }): RecordEditResult<T> {
  let next: unknown = record;
  try {
    for (const edit of edits) next = applyOne(next, edit);
  } catch (error) {
    if (error instanceof Missing) return { ok: false, reason: 'missing', at: error.message };
    throw error;
  }
  const checked = schema.safeParse(next);
  if (!checked.success) return { ok: false, reason: 'invalid', issues: checked.error.issues.map((i) => `${i.path.map(String).join('.')}: ${i.message}`) };
  return { ok: true, record: checked.data };
}

/** The project with every edit applied in order, checked against the schema; nothing half-applied on failure. */
export function applyProjectEdits(project: Project, edits: readonly ProjectEdit[]): ProjectEditResult {
  const result = applyRecordEdits<Project>(project, edits, projectSchema);
  if (!result.ok) return result;
  // Principles stay in the fixed order of horizontalPrinciples, so documents list them the same way every time.
  const principles = horizontalPrinciples.flatMap((h) => result.record.principles.filter((p) => p.principle === h));
  return { ok: true, project: { ...result.record, principles } };
}
