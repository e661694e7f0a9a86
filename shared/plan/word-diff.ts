/**
 * The words that changed inside a text, for the version comparison: a
 * reader sees "Fler unga [startar → driver] företag" instead of two whole
 * paragraphs to compare by eye. The diff itself is jsdiff's (Myers, on
 * tokens); this module only decides what a token is and when a word-level
 * diff helps at all.
 */
import { diffArrays } from 'diff';

export interface TextPart {
  change: 'same' | 'removed' | 'added';
  text: string;
}

/**
 * A word (letters, digits and marks, so "UF-företag" is a word, a hyphen and
 * a word), a number with its decimal comma or thin thousands grouping kept
 * whole (so 10 → 10,5 is one changed number, not an added ",5"), a run of
 * whitespace, or one other character.
 */
const tokenPattern = /\p{N}+(?:[,.]\p{N}+)*|[\p{L}\p{M}\p{N}_]+|\s+|[^\s\p{L}\p{M}\p{N}_]/gu;

export function tokenize(text: string): string[] {
  return text.match(tokenPattern) ?? [];
}

const isWord = (token: string): boolean => /[\p{L}\p{N}]/u.test(token);
const wordLength = (tokens: readonly string[]): number => tokens.reduce((sum, token) => sum + (isWord(token) ? token.length : 0), 0);

/**
 * More edits than this and the two texts are too far apart for a word diff
 * to read well (and too costly to compute on every render): the whole old
 * and new text is shown instead.
 */
const maxEditLength = 400;

function sharedTrailingSpace(a: string, b: string): string {
  const end = (text: string) => /\s*$/u.exec(text)?.[0] ?? '';
  const x = end(a);
  const y = end(b);
  let n = 0;
  while (n < x.length && n < y.length && x[x.length - 1 - n] === y[y.length - 1 - n]) n += 1;
  // A change that is only whitespace keeps it, so no part is ever empty.
  n = Math.min(n, a.trimEnd() === '' || b.trimEnd() === '' ? 0 : n);
  return n === 0 ? '' : x.slice(x.length - n);
}

/**
 * Within a run of changes the removed words come before the added ones, and a
 * space kept between two replacements joins them, so "a b" → "x y" reads as
 * one change ([a b] → [x y]) instead of two.
 */
function grouped(parts: readonly TextPart[]): TextPart[] {
  const out: TextPart[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    // Whitespace both sides end with is kept text, not part of the change (a struck-through space reads as a gap).
    const trailing = removed !== '' && added !== '' ? sharedTrailingSpace(removed, added) : '';
    if (removed !== '') out.push({ change: 'removed', text: removed.slice(0, removed.length - trailing.length) });
    if (added !== '') out.push({ change: 'added', text: added.slice(0, added.length - trailing.length) });
    if (trailing !== '') out.push({ change: 'same', text: trailing });
    removed = '';
    added = '';
  };
  parts.forEach((part, i) => {
    if (part.change === 'removed') removed += part.text;
    else if (part.change === 'added') added += part.text;
    else if (removed !== '' && added !== '' && /^\s+$/u.test(part.text) && parts[i + 1] !== undefined && parts[i + 1]?.change !== 'same') {
      removed += part.text;
      added += part.text;
    } else {
      flush();
      out.push(part);
    }
  });
  flush();
  return out;
}

/**
 * The parts of `before` and `after` in reading order: unchanged text once,
 * and within a run of changes the removed words before the added ones.
 * Null when a word-level view would not help: one side is empty, neither
 * has more than one word, or less than a third of the words are kept
 * (a rewritten text reads better as the old and the new text whole).
 */
export function wordChanges(before: string, after: string): TextPart[] | null {
  if (before.trim() === '' || after.trim() === '' || before === after) return null;
  const a = tokenize(before);
  const b = tokenize(after);
  if (a.filter(isWord).length < 2 && b.filter(isWord).length < 2) return null;
  const changes = diffArrays(a, b, { maxEditLength });
  if (!changes) return null;
  const parts: TextPart[] = changes.map((c) => ({ change: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value.join('') }));
  const kept = wordLength(changes.filter((c) => !c.added && !c.removed).flatMap((c) => c.value));
  if (kept * 3 < Math.max(wordLength(a), wordLength(b))) return null;
  return grouped(parts);
}

/** The text on one side, put back together from the parts (what a reader of that version saw). */
export function sideText(parts: readonly TextPart[], side: 'before' | 'after'): string {
  const skip = side === 'before' ? 'added' : 'removed';
  return parts
    .filter((p) => p.change !== skip)
    .map((p) => p.text)
    .join('');
}
