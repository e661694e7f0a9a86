/**
 * Putting a reviewer's suggested edit (a tracked insertion or deletion read from their Word file)
 * into the plan. Two steps, both pure:
 *
 * 1. `locateSuggestion` finds the plan text the change was made in: among the text fields of the
 *    part it sits in (shared/plan/fields.ts), as they were in the version the reviewer read, the
 *    one field that the change's paragraph holds exactly once and whose text the change lies
 *    within. A paragraph is a field's text with a label before it ("Effektmål: …") or alone (a
 *    heading, a table cell, a text under its label), so no knowledge of the document's layout is
 *    needed here. What the reviewed field would read with the change made is the proposal.
 * 2. `applyToCurrent` makes the same change in the field as it reads now. When the MOA has not
 *    touched it, that is the proposal; when it changed since (another suggestion put in, text
 *    typed), the change's place is followed through a character diff of the reviewed text and the
 *    present one, and a change whose own text or place was edited away is refused, never guessed.
 */
import { diffChars } from 'diff';
import type { PlanContent } from '../plan/types.ts';
import { activityFields, planSectionFields, strategyFields, tacticFields } from '../plan/fields.ts';
import type { ReviewItem } from '../domain/review.ts';

/** The kinds of part whose text a suggestion can go into (indicators and perspective notes are edited in their own forms). */
export const acceptablePartKinds = ['section', 'strategy', 'tactic', 'activity'] as const;
export type AcceptablePartKind = (typeof acceptablePartKinds)[number];

/** A plan text field: the record and the field's key as shared/plan/fields.ts names it (`who.text` for a tactic's *vem*). */
export interface TextFieldRef {
  recordKind: AcceptablePartKind;
  recordId: string;
  field: string;
}

const textKinds = new Set(['shortText', 'longText']);
const keysOf = (table: readonly { key: string; kind: string }[]): string[] => table.filter((f) => textKinds.has(f.kind)).map((f) => f.key);

/** Each part kind's text fields, from the field tables: a new text field is offered here without a change. */
export const textFieldKeys: Record<AcceptablePartKind, readonly string[]> = {
  section: keysOf(planSectionFields),
  strategy: keysOf(strategyFields),
  tactic: keysOf(tacticFields),
  activity: keysOf(activityFields),
};

/** A text field's value in a plan's content; undefined when the record or the field is not there. */
export function textFieldValue(content: PlanContent, ref: TextFieldRef): string | undefined {
  const value = (record: object | undefined, key: string): string | undefined => {
    if (record === undefined) return undefined;
    const found: unknown = key === 'who.text' ? (record as { who?: { text?: unknown } }).who?.text : (record as Record<string, unknown>)[key];
    return typeof found === 'string' ? found : undefined;
  };
  switch (ref.recordKind) {
    case 'section':
      return value(
        content.plan.sections.find((s) => s.key === ref.recordId),
        ref.field,
      );
    case 'strategy':
      return value(
        content.strategies.find((s) => s.id === ref.recordId),
        ref.field,
      );
    case 'tactic':
      return value(
        content.tactics.find((t) => t.id === ref.recordId),
        ref.field,
      );
    case 'activity':
      return value(
        content.activities.find((a) => a.id === ref.recordId),
        ref.field,
      );
  }
}

/** The suggestion found in the reviewed text: the field, where in it, and what it removes or inserts. */
export interface LocatedSuggestion {
  target: TextFieldRef;
  /** The field as the reviewer read it. */
  reviewed: string;
  /** The field as it reads with the change made. */
  proposed: string;
  /** Where the change starts in `reviewed`. */
  offset: number;
  removed: string;
  inserted: string;
}

export type NotLocated =
  /** Not a suggestion on a part whose text can take it (a comment, outside every part, another plan or version, an indicator). */
  | 'notOnText'
  /** The file did not say where in its paragraph the change is (it runs across paragraphs). */
  | 'noPlace'
  /** The part is not in the reviewed version (removed, or the file's anchors were wrong). */
  | 'partGone'
  /** No text field of the part holds the change: it is in a label, a date, an amount or a heading of the document's own. */
  | 'notInField'
  /** Two fields fit equally well. */
  | 'ambiguous';

export type Located = { ok: true; suggestion: LocatedSuggestion } | { ok: false; reason: NotLocated };

/**
 * Word joiners the handlingsplan puts around a range's dash in table cells
 * (shared/documents/docx-parts.ts keepRangesWhole): not part of the plan's text.
 */
const JOINER = '\u2060';
function withoutJoiners(paragraph: string, at: number): { paragraph: string; at: number } {
  if (!paragraph.includes(JOINER)) return { paragraph, at };
  const before = paragraph.slice(0, at);
  return { paragraph: paragraph.split(JOINER).join(''), at: at - (before.length - before.split(JOINER).join('').length) };
}

type SuggestionItem = Pick<ReviewItem, 'kind' | 'text' | 'placement' | 'edit'>;

/** Finds the field a suggestion was made in, in the plan as the reviewer read it. */
export function locateSuggestion(item: SuggestionItem, reviewed: PlanContent): Located {
  const { placement } = item;
  if (item.kind === 'comment' || placement.kind !== 'part') return { ok: false, reason: 'notOnText' };
  const recordKind = (acceptablePartKinds as readonly string[]).includes(placement.partKind) ? (placement.partKind as AcceptablePartKind) : null;
  if (recordKind === null) return { ok: false, reason: 'notOnText' };
  if (!item.edit) return { ok: false, reason: 'noPlace' };
  const { paragraph, at } = withoutJoiners(item.edit.paragraph, item.edit.at);
  const changeText = item.text.split(JOINER).join('');
  if (changeText === '' || at < 0 || at > paragraph.length) return { ok: false, reason: 'noPlace' };
  const removed = item.kind === 'deletion' ? changeText : '';
  const inserted = item.kind === 'insertion' ? changeText : '';
  // A deletion's text is in the paragraph where the file says; if not, the file is not what it seems.
  if (removed !== '' && paragraph.slice(at, at + removed.length) !== removed) return { ok: false, reason: 'noPlace' };

  const fields = textFieldKeys[recordKind].map((field) => ({ field, value: textFieldValue(reviewed, { recordKind, recordId: placement.recordId, field }) }));
  if (fields.every((f) => f.value === undefined)) return { ok: false, reason: 'partGone' };
  const fits: { field: string; value: string; start: number }[] = [];
  for (const { field, value } of fields) {
    if (value === undefined || value === '') continue;
    const start = paragraph.indexOf(value);
    if (start === -1 || paragraph.indexOf(value, start + 1) !== -1) continue;
    if (at >= start && at + removed.length <= start + value.length) fits.push({ field, value, start });
  }
  if (fits.length === 0) return { ok: false, reason: 'notInField' };
  // The longest text wins (a title inside its own longer description is not the field the change is in).
  fits.sort((a, b) => b.value.length - a.value.length);
  const [best, second] = fits;
  if (!best) return { ok: false, reason: 'notInField' };
  if (second && second.value.length === best.value.length) return { ok: false, reason: 'ambiguous' };
  const offset = at - best.start;
  return {
    ok: true,
    suggestion: {
      target: { recordKind, recordId: placement.recordId, field: best.field },
      reviewed: best.value,
      proposed: best.value.slice(0, offset) + inserted + best.value.slice(offset + removed.length),
      offset,
      removed,
      inserted,
    },
  };
}

export type Applied = { ok: true; value: string } | { ok: false; reason: 'textChanged' };

/** Beyond this many changed characters between the reviewed and the present text, the place is not followed. */
const MAX_EDIT_DISTANCE = 5_000;

/** The field as it reads now with the suggestion made; refused when the change's text or place is no longer there. */
export function applyToCurrent(located: LocatedSuggestion, current: string): Applied {
  if (current === located.reviewed) return { ok: true, value: located.proposed };
  const changes = diffChars(located.reviewed, current, { maxEditLength: MAX_EDIT_DISTANCE });
  if (!changes) return { ok: false, reason: 'textChanged' };
  const start = located.offset;
  const end = start + located.removed.length;
  let oldAt = 0;
  let newAt = 0;
  for (const change of changes) {
    const length = change.value.length;
    if (change.added) {
      newAt += length;
      continue;
    }
    if (change.removed) {
      // An insertion's place inside text removed since is gone; at its edges the neighbouring unchanged text decides.
      if (start > oldAt && start < oldAt + length) return { ok: false, reason: 'textChanged' };
      oldAt += length;
      continue;
    }
    const oldEnd = oldAt + length;
    // Unchanged text holding the change's place (an insertion at its start or end, or a deletion wholly within it).
    const holds = located.removed === '' ? start >= oldAt && start <= oldEnd : start >= oldAt && end <= oldEnd;
    if (holds) {
      const at = newAt + (start - oldAt);
      return { ok: true, value: current.slice(0, at) + located.inserted + current.slice(at + located.removed.length) };
    }
    oldAt = oldEnd;
    newAt += length;
  }
  return { ok: false, reason: 'textChanged' };
}
