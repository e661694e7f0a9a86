/**
 * The model's view of one editable value: what IndexedDB holds (`stored`)
 * and what the input shows (`draft`), plus the rules the fixed editors
 * follow (issue 12): a pair is stored only as a whole and only when both
 * ends are plausible complete dates in order; a single field only when
 * its own value is valid.
 */
import { isIsoDate, parseKronor, formatKronorInput } from '#shared/plan/validation.ts';

export interface Field<T> {
  stored: T;
  draft: string;
}

/** A date a person means: a real calendar date in the years 1900–2100 (a year half typed is not). */
export function plausibleDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= 1900 && year <= 2100;
}

/** Whether a start/end pair may be stored: both plausible and the start not after the end. */
export function pairAgrees(start: string, end: string): boolean {
  return plausibleDate(start) && plausibleDate(end) && start <= end;
}

export function dateField(value: string): Field<string> {
  return { stored: value, draft: value };
}

export function costField(ore: number): Field<number> {
  return { stored: ore, draft: formatKronorInput(ore) };
}

/** What a cost field's draft means once stored, or null when it may not be stored. */
export function costValue(draft: string): number | null {
  const parsed = parseKronor(draft);
  return parsed.ok ? parsed.ore : null;
}

/** Screens group thousands with (narrow) no-break spaces; compare amounts as typed, without any spaces. */
export const withoutSpaces = (text: string): string => text.replace(/[\s\u00a0\u202f]/gu, '');

export function costUnsaved(field: Field<number>): boolean {
  return costValue(field.draft) !== field.stored;
}

export function dateUnsaved(field: Field<string>): boolean {
  return field.draft !== field.stored;
}

/** After a reload (or an accepted leave warning) every input shows what is stored. */
export function resetDate(field: Field<string>): void {
  field.draft = field.stored;
}

export function resetCost(field: Field<number>): void {
  if (costUnsaved(field)) field.draft = formatKronorInput(field.stored);
}

/**
 * Types a new value into one end of a date pair. When the pair agrees both
 * are stored. Returns the other pairs the field passed through while the
 * digits were typed that agreed too: the editor may have stored one of them
 * on the way (a complete, plausible date), so they are accepted as well.
 */
export function typeIntoPair(pair: { start: Field<string>; end: Field<string> }, end: 'start' | 'end', values: string[]): [string, string][] {
  const final = values[values.length - 1] ?? '';
  pair[end].draft = final;
  const other = end === 'start' ? pair.end.draft : pair.start.draft;
  const asPair = (value: string): [string, string] => (end === 'start' ? [value, other] : [other, value]);
  const [start, finish] = asPair(final);
  if (pairAgrees(start, finish)) {
    pair.start.stored = start;
    pair.end.stored = finish;
    return [];
  }
  return values.slice(0, -1).map(asPair).filter(([s, e]) => pairAgrees(s, e));
}
