/**
 * word/document.xml walked once in document order: where each comment's
 * range starts and what text it covers, the tracked changes, and the
 * anchor bookmark (./anchors.ts) each of them comes after. A comment's range may cross
 * paragraphs, parts and table cells; its text is the current text (what a
 * reviewer deleted is not part of it). A comment without a range (a point
 * comment, as LibreOffice writes one without office:annotation-end) is
 * placed where its w:commentReference is. "At or before" is by text: a
 * bookmark that starts after a comment's range start but before any of its
 * text is the comment's part.
 */
import { formatInteger } from '../format.ts';
import { attribute, compatibilityNamespace, isoDate, prefixOf, readXml, rootNamespaces, wordNamespaces, type XmlFault } from './read-xml.ts';
import { parseAnchorName } from './anchors.ts';
import type { ReviewSuggestionRead } from './read-types.ts';

export interface CommentPlace {
  anchor: string | null;
  commentedText: string;
}

export interface DocumentWalk {
  /** By comment id: where its range starts (or its reference, when it has no range) and what it covers. */
  places: Map<string, CommentPlace>;
  suggestions: ReviewSuggestionRead[];
}

export type DocumentParsed = { ok: true; walk: DocumentWalk } | { ok: false; fault: XmlFault } | { ok: false; tooMany: string };

interface OpenRange {
  place: CommentPlace;
  /** Index in the walk's text chunks where the range starts. */
  from: number;
}

interface OpenChange {
  suggestion: ReviewSuggestionRead;
}

/** A paragraph longer than the longest plan text cannot be one; a change in it is not offered to be put into the plan. */
export const MAX_EDIT_PARAGRAPH = 50_000;

/** Longer commented text is cut here (with an ellipsis): it is shown beside the comment, the anchor says where it belongs. */
export const MAX_COMMENTED_TEXT = 10_000;

/** The text between two chunk indexes, paragraphs on lines of their own, at most MAX_COMMENTED_TEXT characters. */
function textBetween(chunks: readonly string[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to && text.length <= MAX_COMMENTED_TEXT; i += 1) text += chunks[i] ?? '';
  text = text.trim();
  return text.length > MAX_COMMENTED_TEXT ? `${text.slice(0, MAX_COMMENTED_TEXT)}…` : text;
}

export function walkDocument(xml: string, limits: { maxComments: number; maxSuggestions: number }): DocumentParsed {
  const places = new Map<string, CommentPlace>();
  const suggestions: ReviewSuggestionRead[] = [];
  const openRanges = new Map<string, OpenRange>();
  // The document's current text in order, each paragraph ending in '\n'; a range is a slice of it,
  // so many overlapping ranges cost no more than one (a hostile file may open thousands and never close them).
  const chunks: string[] = [];
  let w = 'w';
  let mc = 'mc';
  let rootSeen = false;
  let anchor: string | null = null;
  // mc:Fallback repeats an mc:Choice's content for old readers; reading both would double the text.
  let skipping = 0;
  let properties = 0;
  let inText = 0;
  let inDeletedText = 0;
  /** The change (w:ins or w:del) the walk is inside, if any. */
  let change: OpenChange | null = null;
  /** The last suggestion, while nothing unchanged has come after it: the next piece of the same change joins it. */
  let last: { suggestion: ReviewSuggestionRead; pendingBreak: boolean } | null = null;
  let tooMany: 'comments' | 'suggestions' | null = null;
  // The paragraph being read as it was before the reviewer's changes, and the changes begun in it
  // with their offsets: at its end each gets its `edit` (./read-types.ts).
  let paragraphOriginal = '';
  let paragraphChanges: { suggestion: ReviewSuggestionRead; at: number }[] = [];
  /** Changes that went on into another paragraph: never given an edit. */
  const spanning = new Set<ReviewSuggestionRead>();

  const addText = (text: string, deleted: boolean) => {
    if (text === '') return;
    if (change) {
      const target = change.suggestion;
      if ((target.kind === 'deletion') === deleted) target.text += text;
    } else if (!deleted) last = null;
    if (!deleted) chunks.push(text);
    // Inserted text was not there before; deleted text was (also when deleted inside another's insertion, it was not).
    if (change?.suggestion.kind !== 'insertion' && paragraphOriginal.length <= MAX_EDIT_PARAGRAPH) paragraphOriginal += text;
  };

  const endParagraph = () => {
    const fits = paragraphOriginal.length <= MAX_EDIT_PARAGRAPH;
    for (const { suggestion, at } of paragraphChanges) if (!spanning.has(suggestion)) suggestion.edit = fits ? { paragraph: paragraphOriginal, at } : null;
    paragraphOriginal = '';
    paragraphChanges = [];
  };

  const placeAllowed = (): boolean => {
    if (places.size < limits.maxComments) return true;
    tooMany = 'comments';
    return false;
  };

  const startChange = (kind: ReviewSuggestionRead['kind'], attributes: string) => {
    const id = attribute(attributes, `${w}:id`) ?? '';
    const author = attribute(attributes, `${w}:author`) ?? '';
    const date = isoDate(attribute(attributes, `${w}:date`));
    // Word splits one change into an element per run, each with its own id; LibreOffice one per paragraph with the same id.
    if (last && last.suggestion.kind === kind && last.suggestion.author === author && (last.suggestion.id === id || last.suggestion.date === date)) {
      if (last.pendingBreak) {
        if (last.suggestion.text !== '') last.suggestion.text += '\n';
        spanning.add(last.suggestion);
        last.suggestion.edit = null;
      }
      last.pendingBreak = false;
      change = { suggestion: last.suggestion };
      return;
    }
    if (suggestions.length >= limits.maxSuggestions) {
      tooMany = 'suggestions';
      return;
    }
    const suggestion: ReviewSuggestionRead = { id, kind, author, date, text: '', anchor, edit: null };
    suggestions.push(suggestion);
    paragraphChanges.push({ suggestion, at: paragraphOriginal.length });
    last = { suggestion, pendingBreak: false };
    change = { suggestion };
  };

  const fault = readXml(xml, {
    open(tag) {
      if (tooMany) return;
      if (!rootSeen) {
        rootSeen = true;
        const namespaces = rootNamespaces(tag.attributes);
        w = prefixOf(namespaces, wordNamespaces, 'w');
        mc = prefixOf(namespaces, [compatibilityNamespace], 'mc');
      }
      if (tag.prefix === mc && tag.local === 'Fallback') {
        if (!tag.selfClosing) skipping += 1;
        return;
      }
      if (skipping > 0 || tag.prefix !== w) return;
      switch (tag.local) {
        case 'pPr':
        case 'rPr':
        case 'sectPr':
        case 'tblPr':
        case 'trPr':
        case 'tcPr':
          if (!tag.selfClosing) properties += 1;
          break;
        case 'bookmarkStart': {
          const name = attribute(tag.attributes, `${w}:name`);
          // The convention's own test (./anchors.ts): `_MOA_…` from a program that upper-cases is ours, `_moa_notes` a user's.
          if (name === null || parseAnchorName(name) === null) break;
          anchor = name;
          // Word may put a comment on a whole heading before the heading's bookmark: with no text between
          // them, the comment starts where the part does, not in the part before.
          for (const range of openRanges.values()) if (range.from === chunks.length) range.place.anchor = name;
          break;
        }
        case 'commentRangeStart': {
          const id = attribute(tag.attributes, `${w}:id`) ?? '';
          if (places.has(id)) break;
          if (!placeAllowed()) return;
          const place: CommentPlace = { anchor, commentedText: '' };
          places.set(id, place);
          openRanges.set(id, { place, from: chunks.length });
          break;
        }
        case 'commentRangeEnd': {
          const id = attribute(tag.attributes, `${w}:id`) ?? '';
          const range = openRanges.get(id);
          if (range) {
            range.place.commentedText = textBetween(chunks, range.from, chunks.length);
            openRanges.delete(id);
          }
          break;
        }
        case 'commentReference': {
          const id = attribute(tag.attributes, `${w}:id`) ?? '';
          if (places.has(id)) break;
          if (!placeAllowed()) return;
          places.set(id, { anchor, commentedText: '' });
          break;
        }
        case 'ins':
        case 'moveTo':
          // Inside properties, w:ins marks a paragraph mark or a table row as inserted, and holds no text.
          if (properties === 0 && !tag.selfClosing) startChange('insertion', tag.attributes);
          break;
        case 'del':
        case 'moveFrom':
          if (properties === 0 && !tag.selfClosing) startChange('deletion', tag.attributes);
          break;
        case 't':
          if (!tag.selfClosing) inText += 1;
          break;
        case 'delText':
          if (!tag.selfClosing) inDeletedText += 1;
          break;
        case 'tab':
          if (properties === 0) addText('\t', false);
          break;
        case 'br':
        case 'cr':
          if (properties === 0) addText('\n', false);
          break;
      }
    },
    close(tag) {
      if (tooMany) return;
      if (tag.prefix === mc && tag.local === 'Fallback') {
        if (!tag.selfClosing) skipping -= 1;
        return;
      }
      if (skipping > 0 || tag.prefix !== w || tag.selfClosing) return;
      switch (tag.local) {
        case 'pPr':
        case 'rPr':
        case 'sectPr':
        case 'tblPr':
        case 'trPr':
        case 'tcPr':
          properties -= 1;
          break;
        case 'ins':
        case 'moveTo':
        case 'del':
        case 'moveFrom':
          if (properties === 0) change = null;
          break;
        case 't':
          inText -= 1;
          break;
        case 'delText':
          inDeletedText -= 1;
          break;
        case 'p':
          if (chunks.length > 0 && chunks.at(-1) !== '\n') chunks.push('\n');
          if (last) last.pendingBreak = true;
          endParagraph();
          break;
      }
    },
    text(text) {
      if (tooMany || skipping > 0) return;
      if (inText > 0) addText(text, false);
      else if (inDeletedText > 0) addText(text, true);
    },
  });
  if (tooMany === 'suggestions')
    return { ok: false, tooMany: `filen har fler än ${formatInteger(limits.maxSuggestions)} spårade ändringar, vilket ingen granskning har; den lästes inte in` };
  if (tooMany === 'comments') return { ok: false, tooMany: `dokumentet markerar fler än ${formatInteger(limits.maxComments)} kommentarer, vilket ingen granskning har; det lästes inte in` };
  if (fault) return { ok: false, fault };
  // A range Word never closed covers the rest of the document.
  for (const range of openRanges.values()) range.place.commentedText = textBetween(chunks, range.from, chunks.length);
  return { ok: true, walk: { places, suggestions } };
}
