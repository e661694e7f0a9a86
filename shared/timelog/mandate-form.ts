/**
 * The mandate form as typed, and its checks: a real date, hours 0–60 or a percentage 0–100 of a
 * full-time week (decimal comma or point), and no two mandates starting the same day (which one
 * would apply would be a guess). Pure, so the repository and the form share one set of rules.
 */
import { isoDateSchema } from '../domain/common.ts';
import { mandateSchema, type Mandate } from './mandate.ts';

export type MandateKind = 'hours' | 'percent';

export interface MandateForm {
  validFrom: string;
  kind: MandateKind;
  hoursPerWeek: string;
  percentOfFullTime: string;
  fullTimeHoursPerWeek: string;
}

export type MandateField = 'validFrom' | 'hoursPerWeek' | 'percentOfFullTime' | 'fullTimeHoursPerWeek';
export type MandateProblemCode = 'required' | 'invalidDate' | 'duplicateDate' | 'notANumber' | 'outOfRange';

export interface MandateProblem {
  field: MandateField;
  code: MandateProblemCode;
}

export const defaultFullTimeHours = 40;

export function emptyMandateForm(validFrom = ''): MandateForm {
  return { validFrom, kind: 'hours', hoursPerWeek: '', percentOfFullTime: '', fullTimeHoursPerWeek: String(defaultFullTimeHours) };
}

/** A number as a Swede writes it in a form: `7,5`, `7.5`, ` 8 `, `−2`. Null when it is not one. */
export function parseDecimal(text: string): number | null {
  // A typographic minus comes with text pasted from Word; a negative number is then refused by its range.
  const compact = text.replace(/[\s\u00a0\u202f]/g, '').replace('\u2212', '-');
  if (!/^-?\d+(?:[.,]\d+)?$/.test(compact)) return null;
  return Number(compact.replace(',', '.')) || 0; // -0 becomes 0
}

/** A decimal for the form: 7.5 → `7,5`. */
export function decimalText(value: number): string {
  return String(value).replace('.', ',');
}

export function formFromMandate(mandate: Mandate): MandateForm {
  if ('hoursPerWeek' in mandate) return { ...emptyMandateForm(mandate.validFrom), hoursPerWeek: decimalText(mandate.hoursPerWeek) };
  return {
    validFrom: mandate.validFrom,
    kind: 'percent',
    hoursPerWeek: '',
    percentOfFullTime: decimalText(mandate.percentOfFullTime),
    fullTimeHoursPerWeek: decimalText(mandate.fullTimeHoursPerWeek),
  };
}

/** A template's default mandate as the form would hold it, to store through the same checks. */
export function templateMandateForm(mandate: { hoursPerWeek: number } | { percentOfFullTime: number; fullTimeHoursPerWeek: number }, validFrom: string): MandateForm {
  if ('hoursPerWeek' in mandate) return { ...emptyMandateForm(validFrom), hoursPerWeek: decimalText(mandate.hoursPerWeek) };
  return { validFrom, kind: 'percent', hoursPerWeek: '', percentOfFullTime: decimalText(mandate.percentOfFullTime), fullTimeHoursPerWeek: decimalText(mandate.fullTimeHoursPerWeek) };
}

function numberIn(field: MandateField, text: string, inRange: (value: number) => boolean, problems: MandateProblem[]): number {
  if (text.trim() === '') {
    problems.push({ field, code: 'required' });
    return Number.NaN;
  }
  const value = parseDecimal(text);
  if (value === null) {
    problems.push({ field, code: 'notANumber' });
    return Number.NaN;
  }
  if (!inRange(value)) problems.push({ field, code: 'outOfRange' });
  return value;
}

export type MandateCheck = { ok: true; mandate: Mandate } | { ok: false; problems: MandateProblem[] };

/**
 * Checks a typed mandate against the rules and against `others` (every stored mandate except the
 * one being edited). Only the fields of the chosen kind are read.
 */
export function checkMandateForm(id: string, form: MandateForm, others: readonly Mandate[]): MandateCheck {
  const problems: MandateProblem[] = [];
  const validFrom = form.validFrom.trim();
  if (validFrom === '') problems.push({ field: 'validFrom', code: 'required' });
  else if (!isoDateSchema.safeParse(validFrom).success || Number(validFrom.slice(0, 4)) < 2000 || Number(validFrom.slice(0, 4)) > 2100) problems.push({ field: 'validFrom', code: 'invalidDate' });
  else if (others.some((m) => m.id !== id && m.validFrom === validFrom)) problems.push({ field: 'validFrom', code: 'duplicateDate' });

  let candidate: unknown;
  if (form.kind === 'hours') {
    const hoursPerWeek = numberIn('hoursPerWeek', form.hoursPerWeek, (v) => v >= 0 && v <= 60, problems);
    candidate = { id, validFrom, hoursPerWeek };
  } else {
    const percentOfFullTime = numberIn('percentOfFullTime', form.percentOfFullTime, (v) => v >= 0 && v <= 100, problems);
    const fullTimeHoursPerWeek = numberIn('fullTimeHoursPerWeek', form.fullTimeHoursPerWeek, (v) => v > 0 && v <= 60, problems);
    candidate = { id, validFrom, percentOfFullTime, fullTimeHoursPerWeek };
  }
  if (problems.length > 0) return { ok: false, problems };
  // The schema is the last guard: what passed these checks must pass it too.
  return { ok: true, mandate: mandateSchema.parse(candidate) };
}
