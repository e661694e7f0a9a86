/**
 * A reviewed Word file, as read (./read-review.ts), turned into review items for one plan version
 * (shared/domain/review.ts): each comment and suggested edit placed on the part of the plan its
 * anchor (./anchors.ts) names, outside every part, or in a document from another plan or version.
 * Nothing is dropped and nothing is attached to a part it was not made on.
 *
 * Which plan and version the file is comes from the review manifest. A detour through .odt loses
 * the manifest; then the anchors themselves say whether the file is of this plan (an anchor names
 * one of its records), but no longer which version: the file is taken as the version the MOA reads
 * it into, the only version it can be placed on, and `document.version` stays null to say so.
 *
 * Pure: ids and the time come from the caller.
 */
import type { ReviewItem, ReviewPartKind, ReviewPlacement } from '../domain/review.ts';
import type { PlanContent } from '../plan/types.ts';
import { anchorLookup, anchorRecords, parseAnchorName, textHash } from './anchors.ts';
import type { AnchorRecord } from './anchors.ts';
import { readManifestXml } from './manifest.ts';
import type { ReviewCommentRead, ReviewRead, ReviewSuggestionRead } from './read-types.ts';

/** The plan version a file is read into. */
export interface ReviewTarget {
  /** The version's content, as `anchorRecords` takes it. */
  content: PlanContent;
  planId: string;
  version: number;
  /** The perspectives the export listed (the goal area's reviewers'), as `anchorRecords` takes them. */
  perspectives: readonly string[];
}

export interface MapReviewOptions {
  /** The file's name as the user chose it. */
  fileName: string;
  /** A new stored id for each item. */
  newId: () => string;
  /** The import's time: importedAt and updatedAt. */
  now: Date;
}

/**
 * How the file relates to the version it is read into: `same` (the manifest says this plan and
 * version, or without a manifest an anchor names one of this plan's parts), `otherPlan`,
 * `otherVersion`, or `unknown` (no readable manifest, and no anchor names a part only this plan has).
 */
export type ReviewDocumentMatch = 'same' | 'otherPlan' | 'otherVersion' | 'unknown';

export interface ReviewDocument {
  /** The plan the file was exported from (without a manifest: this plan, when its anchors say so), null when it cannot be told. */
  planId: string | null;
  /** The version the file was exported from, null when only the manifest could tell and it is gone. */
  version: number | null;
  /** Why the manifest the file holds could not be read (Swedish), when it could not. */
  manifestProblem?: string;
  matches: ReviewDocumentMatch;
  /** What told plan and version: the manifest, the anchors (manifest gone), or nothing. */
  identifiedBy: 'manifest' | 'anchors' | 'nothing';
}

export interface ReviewMappingCounts {
  comments: number;
  /** Of the comments, those answering another. */
  replies: number;
  suggestions: number;
  onParts: number;
  outside: number;
  otherPlan: number;
  otherVersion: number;
  /** Anchors (valid names, case folded) that name no part of this version: a part deleted since, or a file from elsewhere. */
  anchorsNotFound: number;
  /** Items placed outside because their anchor names no part of this version. */
  itemsOnAnchorsNotFound: number;
}

export interface ReviewMapping {
  document: ReviewDocument;
  /** Comments in the file's order, then suggestions in document order. */
  items: ReviewItem[];
  counts: ReviewMappingCounts;
}

/** The stored shape's limits (shared/domain/review.ts, shared/domain/common.ts). */
const limits = { author: 500, initials: 20, writtenAt: 40, text: 50_000, fileName: 255, planId: 200, recordId: 200 };

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

const partKinds: Record<AnchorRecord['kind'], ReviewPartKind | null> = {
  section: 'section',
  strategy: 'strategy',
  tactic: 'tactic',
  activity: 'activity',
  indicator: 'indicator',
  perspective: 'perspective',
  outside: null,
};

/** What identifies an item whatever the file's bytes; the same comment in a re-saved copy gives the same. */
interface Identified {
  kind: ReviewItem['kind'];
  author: string;
  writtenAt: string | null;
  text: string;
  commentedText: string;
  anchor: string | null;
}

/**
 * Identities of the items: a hash over what identifies each, with the occurrence of that in the
 * file, so two comments alike in every field stay two. Not the file's comment ids (a program
 * renumbers them) nor the parent (LibreOffice drops replies' parents) nor the resolved state (the
 * reviewer may resolve it in a later copy). 128 bits as two FNV-1a 64 over salted texts.
 */
function identities(items: readonly Identified[]): string[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const key = ['moa-review-1', item.kind, item.author, item.writtenAt ?? '', item.text, item.commentedText, item.anchor?.toLowerCase() ?? ''].join('\u0001');
    const occurrence = (seen.get(key) ?? 0) + 1;
    seen.set(key, occurrence);
    const keyed = `${key}\u0001${occurrence}`;
    return textHash(`a${keyed}`) + textHash(`b${keyed}`);
  });
}

type ReadOk = Extract<ReviewRead, { ok: true }>;

interface AnchorMap {
  /** The record an anchor names in this version, null for a name that names nothing in it; undefined for no anchor or not ours. */
  recordOf(anchor: string | null): AnchorRecord | null | undefined;
}

/** Anchors to this version's records: the manifest's list first (it also holds names a program mangled), then the short ids. */
function anchorMap(target: ReviewTarget, manifestParts: ReadonlyMap<string, AnchorRecord> | null): AnchorMap {
  const records = anchorRecords(target.content, target.perspectives);
  const inVersion = new Set(records.map((r) => `${r.kind}\u0001${r.recordId}`));
  const lookup = anchorLookup(records);
  return {
    recordOf(anchor) {
      if (anchor === null || parseAnchorName(anchor) === null) return undefined;
      const listed = manifestParts?.get(anchor.toLowerCase());
      if (listed !== undefined && inVersion.has(`${listed.kind}\u0001${listed.recordId}`)) return listed;
      return lookup(anchor);
    },
  };
}

/**
 * Whether a record is this plan's own: a strategy, tactic, activity, indicator or a tactic's
 * perspective text has an id no other plan has; a section (`sammanfattning`), a perspective's own
 * heading (`#jämställdhet`) and the document's headings have the same record in every plan.
 */
function namesThisPlan(record: AnchorRecord): boolean {
  return record.kind !== 'outside' && record.kind !== 'section' && !(record.kind === 'perspective' && record.recordId.startsWith('#'));
}

/** What the file is, from its manifest or else its anchors, and how its anchors lead to this version's records. */
function identify(read: ReadOk, target: ReviewTarget): { document: ReviewDocument; map: AnchorMap } {
  const parsed = read.manifest === null ? null : readManifestXml(read.manifest);
  if (parsed?.ok) {
    const { manifest } = parsed;
    const matches: ReviewDocumentMatch = manifest.planId !== target.planId ? 'otherPlan' : manifest.planVersion !== target.version ? 'otherVersion' : 'same';
    const map = anchorMap(target, new Map(manifest.parts.map((p) => [p.anchor.toLowerCase(), { kind: p.kind, recordId: p.recordId }])));
    return { document: { planId: manifest.planId, version: manifest.planVersion, matches, identifiedBy: 'manifest' }, map };
  }
  const map = anchorMap(target, null);
  const ours = [...read.comments, ...read.suggestions].some((item) => {
    const record = map.recordOf(item.anchor);
    return record !== null && record !== undefined && namesThisPlan(record);
  });
  const document: ReviewDocument = ours
    ? { planId: target.planId, version: null, matches: 'same', identifiedBy: 'anchors' }
    : { planId: null, version: null, matches: 'unknown', identifiedBy: 'nothing' };
  return { document: parsed === null ? document : { ...document, manifestProblem: parsed.problem }, map };
}

/**
 * The file's comments and suggested edits as review items for the target version, status `new`
 * and no answer yet, each placed: on the part its anchor names (`part`); `outside` when it has no
 * anchor, an anchor of a heading that is no part, or an anchor that names nothing in this version;
 * `otherPlan`/`otherVersion`, every item of it, when the manifest says the file is another plan's
 * or another version's; `outside`, every item, when without a manifest no anchor names a part only
 * this plan has (`unknown`: it may be another plan's file). A reply is placed with its thread's
 * first comment, so a thread stays together. Item ids come from `newId` (comments first, in the
 * file's order, then suggestions); a reply's `parentId` is its parent's new id.
 */
export function mapReview(read: ReadOk, target: ReviewTarget, options: MapReviewOptions): ReviewMapping {
  const { document, map } = identify(read, target);
  const notFound = new Set<string>();
  let itemsOnAnchorsNotFound = 0;

  const placementOf = (anchor: string | null): ReviewPlacement => {
    if (document.matches === 'otherPlan') return { kind: 'otherPlan', planId: clip(document.planId ?? '', limits.planId) };
    if (document.matches === 'otherVersion') return { kind: 'otherVersion', version: document.version ?? 1 };
    const record = map.recordOf(anchor);
    if (record === null && anchor !== null) {
      notFound.add(anchor.toLowerCase());
      itemsOnAnchorsNotFound += 1;
    }
    const partKind = record ? partKinds[record.kind] : null;
    // `unknown`: a file that may be another plan's, where a section's anchor would fit any plan, puts nothing on a part.
    // An id longer than the stored shape allows cannot be stored; outside is where it is still seen.
    if (document.matches === 'unknown' || !record || partKind === null || anchor === null || record.recordId.length > limits.recordId) return { kind: 'outside' };
    return { kind: 'part', partKind, recordId: record.recordId, anchor: anchor.toLowerCase() };
  };

  const comments = read.comments;
  const suggestions = read.suggestions;
  const idByFileId = new Map<string, string>();
  for (const comment of comments) idByFileId.set(comment.id, options.newId());
  const suggestionIds = suggestions.map(() => options.newId());

  const byFileId = new Map(comments.map((c) => [c.id, c]));
  /** The thread's first comment, parents followed up; null when they go round in a loop (a broken file), which is then no thread. */
  const rootOf = (comment: ReviewCommentRead): ReviewCommentRead | null => {
    const visited = new Set<string>();
    let at = comment;
    while (at.parentId !== null) {
      visited.add(at.id);
      const parent = byFileId.get(at.parentId);
      if (parent === undefined) break;
      if (visited.has(parent.id)) return null;
      at = parent;
    }
    return at;
  };

  const identified: Identified[] = [
    ...comments.map((c) => ({ kind: 'comment' as const, author: c.author, writtenAt: c.date, text: c.text, commentedText: c.commentedText, anchor: c.anchor })),
    ...suggestions.map((s: ReviewSuggestionRead) => ({ kind: s.kind, author: s.author, writtenAt: s.date, text: s.text, commentedText: '', anchor: s.anchor })),
  ];
  const identity = identities(identified);
  const at = options.now.toISOString();
  const fileName = clip(options.fileName, limits.fileName);
  const base = { planId: target.planId, version: target.version, status: 'new' as const, answer: '', importedAt: at, updatedAt: at };
  const writtenAt = (date: string | null) => (date !== null && date.length <= limits.writtenAt ? date : null);

  const items: ReviewItem[] = [
    ...comments.map((c, i): ReviewItem => {
      const root = rootOf(c);
      const parent = c.parentId === null || root === null ? undefined : idByFileId.get(c.parentId);
      return {
        ...base,
        id: idByFileId.get(c.id) ?? options.newId(),
        kind: 'comment',
        author: clip(c.author, limits.author),
        initials: clip(c.initials, limits.initials),
        writtenAt: writtenAt(c.date),
        text: clip(c.text, limits.text),
        commentedText: clip(c.commentedText, limits.text),
        parentId: parent ?? null,
        resolvedInWord: c.done,
        placement: placementOf((root ?? c).anchor),
        source: { fileName, identity: identity[i] ?? '' },
      };
    }),
    ...suggestions.map(
      (s, i): ReviewItem => ({
        ...base,
        id: suggestionIds[i] ?? options.newId(),
        kind: s.kind,
        author: clip(s.author, limits.author),
        initials: '',
        writtenAt: writtenAt(s.date),
        text: clip(s.text, limits.text),
        commentedText: '',
        parentId: null,
        resolvedInWord: false,
        placement: placementOf(s.anchor),
        // The text was clipped only when it is longer than any plan text: then there is nothing to put in.
        edit: s.edit && s.text.length <= limits.text && s.edit.paragraph.length <= limits.text ? { paragraph: s.edit.paragraph, at: s.edit.at } : null,
        source: { fileName, identity: identity[comments.length + i] ?? '' },
      }),
    ),
  ];

  const count = (kind: ReviewPlacement['kind']) => items.filter((item) => item.placement.kind === kind).length;
  return {
    document,
    items,
    counts: {
      comments: comments.length,
      replies: items.filter((item) => item.parentId !== null).length,
      suggestions: suggestions.length,
      onParts: count('part'),
      outside: count('outside'),
      otherPlan: count('otherPlan'),
      otherVersion: count('otherVersion'),
      anchorsNotFound: notFound.size,
      itemsOnAnchorsNotFound,
    },
  };
}
