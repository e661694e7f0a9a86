/**
 * Field-level checks while editing a plan. Problems are codes with the field
 * they concern; the renderer words them (sv/en). Text is never trimmed or
 * rewritten here: emoji, line breaks and long texts are the user's own.
 */
import type { Activity, GoalArea } from '../domain/plan.ts';
import { formatInteger } from '../format.ts';
import { dataLocale } from '../locale.ts';
import { checkField } from '../fields/fields.ts';
import { dateYearLimits, isIsoDate, isPlausibleIsoDate, maxKronor, maxOre, textLimits, yearLimits } from '../fields/limits.ts';

import { activityFields } from './fields.ts';

export { dateYearLimits, isIsoDate, isPlausibleIsoDate, maxKronor, maxOre, textLimits, yearLimits };

export type FieldProblemCode =
  | 'required'
  | 'tooLong'
  | 'endBeforeStart'
  | 'invalidDate'
  | 'notANumber'
  | 'negative'
  | 'tooLarge'
  | 'duplicateCode'
  | 'periodEndBeforeStart'
  | 'yearOutOfRange';

export interface FieldProblem {
  field: string;
  code: FieldProblemCode;
  max?: number;
}

export type KronorParse = { ok: true; ore: number } | { ok: false; code: 'required' | 'notANumber' | 'negative' | 'tooLarge' };

/**
 * Kronor as Swedes type them: `1 234`, `1 234,50`, `1234 kr`, `12 000:-`,
 * any kind of space as thousands separator. A point is read as a decimal
 * point too (English input), and three or more decimals are refused, so
 * `1,234` or `1.234` is never silently read as a thousand.
 */
export function parseKronor(text: string): KronorParse {
  let s = text.replace(/\s+/gu, '');
  if (s === '') return { ok: false, code: 'required' };
  s = s.replace(/(?:kr\.?|sek|[:,.]-)$/iu, '');
  let negative = false;
  if (s.startsWith('-') || s.startsWith('\u2212')) {
    negative = true;
    s = s.slice(1);
  }
  const match = /^(\d+)(?:[,.](\d{1,2}))?$/u.exec(s);
  if (!match) return { ok: false, code: 'notANumber' };
  if (negative) return { ok: false, code: 'negative' };
  const whole = (match[1] ?? '').replace(/^0+(?=\d)/u, '');
  // Compare digit counts before converting, so absurdly long input never loses precision on the way.
  if (whole.length > String(maxKronor).length) return { ok: false, code: 'tooLarge' };
  const ore = Number(whole) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
  if (ore > maxOre) return { ok: false, code: 'tooLarge' };
  return { ok: true, ore };
}

/** Öre as the cost field shows them for editing: `1 234` or `1 234,50` (Swedish grouping, no unit). */
export function formatKronorInput(ore: number): string {
  const kronor = Math.floor(ore / 100);
  const rest = ore % 100;
  return rest === 0 ? formatInteger(kronor) : `${formatInteger(kronor)},${String(rest).padStart(2, '0')}`;
}

function checkText(problems: FieldProblem[], field: string, value: string, max: number, required: boolean): void {
  if (required && value.trim() === '') problems.push({ field, code: 'required' });
  else if (value.length > max) problems.push({ field, code: 'tooLong', max });
}

/**
 * A start and an end judged together, as the user sees them: the first
 * problem of the pair, or undefined when both may be stored.
 */
export function validateDateRange(start: string, end: string, fields: { start: string; end: string } = { start: 'startDate', end: 'endDate' }): FieldProblem | undefined {
  if (!isPlausibleIsoDate(start)) return { field: fields.start, code: 'invalidDate' };
  if (!isPlausibleIsoDate(end)) return { field: fields.end, code: 'invalidDate' };
  if (end < start) return { field: fields.end, code: 'endBeforeStart' };
  return undefined;
}

/**
 * Only the fields in `patch` are judged, so a just-added row with an empty
 * title can still get its dates edited. Problems come in form order; the
 * dates, a pair, are judged together once the second of them is reached.
 */
export function validateActivityPatch(activity: Activity, patch: Partial<Activity>): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const next = { ...activity, ...patch };
  for (const field of activityFields) {
    if (patch[field.key] !== undefined) {
      const problem = checkField(field, next[field.key], next);
      if (problem) problems.push(problem);
    }
    if (field.key === 'endDate' && (patch.startDate !== undefined || patch.endDate !== undefined)) {
      if (isPlausibleIsoDate(next.startDate) && isPlausibleIsoDate(next.endDate) && next.endDate < next.startDate) problems.push({ field: 'endDate', code: 'endBeforeStart' });
    }
  }
  return problems;
}

export type GoalAreaDraft = Pick<GoalArea, 'code' | 'name'> & Partial<Pick<GoalArea, 'description' | 'owner' | 'effectGoals'>>;

/**
 * `existingCodes` are the other goal areas' codes (leave out the one being
 * edited); codes are compared trimmed and without regard to case.
 */
export function validateGoalAreaDraft(draft: GoalAreaDraft, existingCodes: readonly string[]): FieldProblem[] {
  const problems: FieldProblem[] = [];
  const code = draft.code.trim();
  if (code === '') problems.push({ field: 'code', code: 'required' });
  else if (code.length > textLimits.goalAreaCode) problems.push({ field: 'code', code: 'tooLong', max: textLimits.goalAreaCode });
  else {
    const key = code.toLocaleLowerCase(dataLocale);
    if (existingCodes.some((other) => other.trim().toLocaleLowerCase(dataLocale) === key)) problems.push({ field: 'code', code: 'duplicateCode' });
  }
  checkText(problems, 'name', draft.name, textLimits.short, true);
  if (draft.description !== undefined) checkText(problems, 'description', draft.description, textLimits.long, false);
  if (draft.owner !== undefined) checkText(problems, 'owner', draft.owner, textLimits.short, false);
  draft.effectGoals?.forEach((goal, i) => checkText(problems, `effectGoals.${i}`, goal, textLimits.short, true));
  return problems;
}

export interface PlanDraft {
  title: string;
  periodStart: number;
  periodEnd: number;
}

function checkYear(problems: FieldProblem[], field: string, year: number): boolean {
  if (!Number.isInteger(year)) {
    problems.push({ field, code: 'notANumber' });
    return false;
  }
  if (year < yearLimits.min || year > yearLimits.max) {
    problems.push({ field, code: 'yearOutOfRange' });
    return false;
  }
  return true;
}

export function validatePlanDraft(draft: PlanDraft): FieldProblem[] {
  const problems: FieldProblem[] = [];
  checkText(problems, 'title', draft.title, textLimits.short, true);
  const startValid = checkYear(problems, 'periodStart', draft.periodStart);
  const endValid = checkYear(problems, 'periodEnd', draft.periodEnd);
  if (startValid && endValid && draft.periodEnd < draft.periodStart) problems.push({ field: 'periodEnd', code: 'periodEndBeforeStart' });
  return problems;
}
