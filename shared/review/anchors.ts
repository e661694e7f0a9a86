/**
 * How a part of an exported plan is found again in a Word file that came back from a reviewer
 * (granskare), after Word or LibreOffice opened and saved it. The review package's writer
 * (./docx-anchors.ts, ./review-package.ts) and the comment reader (./read-review.ts) agree here.
 *
 * Two things survive both programs' round trips, so the anchoring uses both:
 *
 * 1. A bookmark on each part that can be commented on, over the text of the part's first paragraph:
 *    its heading, or for a table row (an activity, an indicator, a tactic's perspective text) the
 *    row's first cell. The part runs from that paragraph up to the paragraph of the next anchor
 *    (body order, table cells included): a comment belongs to the nearest anchor at or before the
 *    paragraph its range starts in. Bookmarks never span paragraphs, since LibreOffice can break
 *    those.
 *    Name: `_moa_` + a kind letter + an 8-character short id, and `_2`, `_3` … when the name is
 *    already taken in the document: letters, digits and `_` only, at most 21 characters (Word
 *    allows 40); the leading `_` hides it in Word's list of bookmarks. The short id is the low
 *    40 bits of FNV-1a 64 over the kind letter and the record id, in base 36, zero-padded: the same
 *    record gives the same name in every export. The first part in document order to want a name
 *    gets it bare; a later part whose name is taken (the same tactic over its activity table, or,
 *    once in a trillion, two records whose hashes meet) gets the next free suffix. Names are
 *    lower case: Word compares bookmark names without regard to case.
 *
 *    | letter | kind          | record id                                                          |
 *    |--------|---------------|--------------------------------------------------------------------|
 *    | s      | section       | the plan section's key (`sammanfattning`)                          |
 *    | g      | strategy      | the strategy's id                                                  |
 *    | t      | tactic        | the tactic's id (its heading, its activity table's heading and sum row) |
 *    | a      | activity      | the activity's id                                                  |
 *    | i      | indicator     | `<strategy id>#<index in strategy.indicators>`                     |
 *    | p      | perspective   | `<tactic id>#<perspective>` for a tactic's text on a perspective, `#<perspective>` for the perspective's own heading |
 *    | x      | outside       | a heading that is no part of the plan (`strategyTree`, `activities`, `perspectives`, `indicators`, `reviewers`, `support`): a comment there is on the document, not on a part, and must not fall to the part before it |
 *
 *    Text before the first anchor (title page, contents) is outside every part as well.
 *
 * 2. A manifest in a custom XML part (./manifest.ts) naming the plan, its version and the export,
 *    and listing every anchor with its kind, record id and a hash of the part's text as exported
 *    (./regions.ts), to tell an edited part from an untouched one and to map anchors whose name a
 *    program mangled. The plan id, version and checksum also go into the document's custom
 *    properties (docProps/custom.xml), which survive even a detour through .odt.
 *
 * A detour through .odt (LibreOffice's own format) loses the custom XML part but keeps the
 * bookmarks and the custom properties: then `anchorLookup(anchorRecords(plan version))` finds each
 * anchor's record from its short id.
 */

import type { PlanContent } from '../plan/types.ts';

export const anchorKinds = ['section', 'strategy', 'tactic', 'activity', 'indicator', 'perspective', 'outside'] as const;
export type AnchorKind = (typeof anchorKinds)[number];

const letterOf: Record<AnchorKind, string> = { section: 's', strategy: 'g', tactic: 't', activity: 'a', indicator: 'i', perspective: 'p', outside: 'x' };
const kindOfLetter = new Map<string, AnchorKind>(anchorKinds.map((kind) => [letterOf[kind], kind]));

/** Every anchor's name starts with this. */
export const anchorPrefix = '_moa_';
/** Word's limit for a bookmark name. */
export const maxBookmarkName = 40;
const shortIdLength = 8;
const anchorPattern = /^_moa_([sgtaipx])([0-9a-z]{8})(?:_([2-9]|[1-9][0-9]{1,5}))?$/;

/** FNV-1a's 64-bit state as two 32-bit halves: plain numbers, several times faster than BigInt on long texts. */
interface Fnv64 {
  hi: number;
  lo: number;
}

/** One byte into the hash: xor, then multiply by the FNV prime 2^40 + 0x1b3 modulo 2^64 (every product stays below 2^53, so exact). */
function fnvByte(h: Fnv64, byte: number): void {
  const lo = (h.lo ^ byte) >>> 0;
  const low = lo * 0x1b3;
  const carry = Math.floor(low / 0x1_0000_0000);
  h.hi = (h.hi * 0x1b3 + carry + lo * 0x100) >>> 0;
  h.lo = low >>> 0;
}

/** FNV-1a, 64 bits, over the text's UTF-8 (shared/ has no TextEncoder): a fingerprint to notice change, not a defence against forgery. */
function fnv1a64(text: string): Fnv64 {
  const h: Fnv64 = { hi: 0xcbf29ce4, lo: 0x84222325 };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (c < 0x80) fnvByte(h, c);
    else if (c < 0x800) {
      fnvByte(h, 0xc0 | (c >> 6));
      fnvByte(h, 0x80 | (c & 63));
    } else if (c < 0x10000) {
      fnvByte(h, 0xe0 | (c >> 12));
      fnvByte(h, 0x80 | ((c >> 6) & 63));
      fnvByte(h, 0x80 | (c & 63));
    } else {
      fnvByte(h, 0xf0 | (c >> 18));
      fnvByte(h, 0x80 | ((c >> 12) & 63));
      fnvByte(h, 0x80 | ((c >> 6) & 63));
      fnvByte(h, 0x80 | (c & 63));
    }
  }
  return h;
}

/** The hash of a text as the manifest writes it: FNV-1a 64 in 16 lower-case hex digits. */
export function textHash(text: string): string {
  const { hi, lo } = fnv1a64(text);
  return hi.toString(16).padStart(8, '0') + lo.toString(16).padStart(8, '0');
}

/** The record's short id: the low 40 bits of its hash in base 36, 8 characters. */
export function shortId(kind: AnchorKind, recordId: string): string {
  const { hi, lo } = fnv1a64(`${letterOf[kind]}:${recordId}`);
  return ((hi & 0xff) * 0x1_0000_0000 + lo).toString(36).padStart(shortIdLength, '0');
}

/**
 * The bookmark name for a part, not yet in `taken` (the names given so far in the document, case
 * folded); the name is added to `taken`. Call in document order: the first part to want a name gets it.
 */
export function anchorName(kind: AnchorKind, recordId: string, taken: Set<string>): string {
  const base = `${anchorPrefix}${letterOf[kind]}${shortId(kind, recordId)}`;
  let name = base;
  for (let n = 2; taken.has(name); n += 1) name = `${base}_${n}`;
  taken.add(name);
  return name;
}

export interface ParsedAnchorName {
  kind: AnchorKind;
  shortId: string;
  /** 1 for the bare name, 2 for `_2` … */
  occurrence: number;
}

/** What a bookmark's name says, or null for any bookmark that is not one of ours (`_Toc…`, `_GoBack`, a user's own). Case is ignored, as Word does. */
export function parseAnchorName(name: string): ParsedAnchorName | null {
  if (name.length > maxBookmarkName) return null;
  const m = anchorPattern.exec(name.toLowerCase());
  const kind = m ? kindOfLetter.get(m[1] ?? '') : undefined;
  if (!m || kind === undefined) return null;
  return { kind, shortId: m[2] ?? '', occurrence: m[3] === undefined ? 1 : Number(m[3]) };
}

/** The record id of a strategy's indicator: the strategy and the indicator's place in its list (indicators have no id of their own). */
export function indicatorRecordId(strategyId: string, index: number): string {
  return `${strategyId}#${index}`;
}

/** The record id of a tactic's text on a perspective, or with `tacticId` null of the perspective's own heading. */
export function perspectiveRecordId(tacticId: string | null, perspective: string): string {
  return `${tacticId ?? ''}#${perspective}`;
}

/** A part of a plan that an anchor can name. */
export interface AnchorRecord {
  kind: AnchorKind;
  recordId: string;
}

/** The handlingsplan's own headings, anchored as `outside`. */
const outsideRecords = ['strategyTree', 'activities', 'perspectives', 'indicators', 'reviewers', 'support'];

/**
 * Every part of the plan that an export can anchor, for finding an anchor's record when the
 * manifest is gone (a detour through .odt loses it): sections, strategies, their indicators,
 * tactics with their perspective texts, activities, the `perspectives` given (the goal area's
 * reviewers' and the tactics'), and the document's own headings.
 */
export function anchorRecords(content: PlanContent, perspectives: readonly string[] = []): AnchorRecord[] {
  return [
    ...content.plan.sections.map((s) => ({ kind: 'section' as const, recordId: s.key })),
    ...content.strategies.flatMap((s) => [{ kind: 'strategy' as const, recordId: s.id }, ...s.indicators.map((_i, index) => ({ kind: 'indicator' as const, recordId: indicatorRecordId(s.id, index) }))]),
    ...content.tactics.flatMap((t) => [{ kind: 'tactic' as const, recordId: t.id }, ...t.perspectives.map((p) => ({ kind: 'perspective' as const, recordId: perspectiveRecordId(t.id, p.perspective) }))]),
    ...content.activities.map((a) => ({ kind: 'activity' as const, recordId: a.id })),
    ...[...new Set([...perspectives, ...content.tactics.flatMap((t) => t.perspectives.map((p) => p.perspective))])].map((p) => ({ kind: 'perspective' as const, recordId: perspectiveRecordId(null, p) })),
    ...outsideRecords.map((recordId) => ({ kind: 'outside' as const, recordId })),
  ];
}

/**
 * A lookup of the record an anchor names among `records`, by its kind and short id, for when the
 * manifest is gone; it answers null for a name that is not ours, names no record, or whose short id
 * two records share (then only the manifest can tell). Each record's id is hashed once.
 */
export function anchorLookup(records: readonly AnchorRecord[]): (name: string) => AnchorRecord | null {
  const byShortId = new Map<string, AnchorRecord | null>();
  for (const record of records) {
    const key = `${letterOf[record.kind]}${shortId(record.kind, record.recordId)}`;
    const known = byShortId.get(key);
    byShortId.set(key, known === undefined || known?.recordId === record.recordId ? record : null);
  }
  return (name) => {
    const parsed = parseAnchorName(name);
    return parsed === null ? null : (byShortId.get(`${letterOf[parsed.kind]}${parsed.shortId}`) ?? null);
  };
}
