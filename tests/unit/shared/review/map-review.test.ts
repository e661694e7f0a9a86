/**
 * Mapping a reviewed file onto a plan version, through the real pipeline: the example plan's review
 * package as the app exports it, commented the way Word writes comments (ranges, references, a
 * reply through commentsExtended.xml, a tracked insertion) by editing its XML with fflate, read by
 * readReview and mapped by mapReview. No LibreOffice: anchors-roundtrip.test.ts proves the anchors
 * survive it.
 */
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { reviewItemSchema, type ReviewItem } from '#shared/domain/review.ts';
import { anchorName } from '#shared/review/anchors.ts';
import type { ReviewManifest } from '#shared/review/manifest.ts';
import { mapReview, type ReviewMapping, type ReviewTarget } from '#shared/review/map-review.ts';
import { readReview, type ReviewRead } from '#shared/review/read-review.ts';
import { buildHandlingsplanReviewPackage } from '#shared/review/review-package.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { exampleHandlingsplanInput } from '../documents/document-fixtures.ts';
import type { PlanContent } from '#shared/plan/types.ts';

const exampleInput = (): HandlingsplanInput => exampleHandlingsplanInput();

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const W14 = 'http://schemas.microsoft.com/office/word/2010/wordml';
const W15 = 'http://schemas.microsoft.com/office/word/2012/wordml';

interface WordComment {
  id: number;
  author: string;
  initials: string;
  date: string;
  text: string;
  paraId: string;
  /** The paraId of the comment it answers. */
  parentParaId?: string;
  done?: boolean;
}

/** Where a bookmark starts and ends in document.xml: [after its start tag, before its end tag]. */
function bookmarkSpan(xml: string, name: string): [number, number] {
  const start = new RegExp(`<w:bookmarkStart\\b[^>]*\\bw:name="${name}"[^>]*/>`).exec(xml);
  const id = start ? /\bw:id="(\d+)"/.exec(start[0])?.[1] : undefined;
  if (!start || id === undefined) throw new Error(`no bookmark ${name}`);
  const after = start.index + start[0].length;
  const end = xml.indexOf(`<w:bookmarkEnd w:id="${id}"/>`, after);
  if (end < 0) throw new Error(`no end of bookmark ${name}`);
  return [after, end];
}

const insert = (xml: string, at: number, text: string) => xml.slice(0, at) + text + xml.slice(at);
const rangeStart = (id: number) => `<w:commentRangeStart w:id="${id}"/>`;
const rangeEnd = (id: number) => `<w:commentRangeEnd w:id="${id}"/><w:r><w:commentReference w:id="${id}"/></w:r>`;

/** Comments over the whole text of a heading (or a row's first cell), as Word marks a selected heading. */
function onBookmarkText(xml: string, name: string, ids: readonly number[]): string {
  const [after, end] = bookmarkSpan(xml, name);
  return insert(insert(xml, end, ids.map(rangeEnd).join('')), after, ids.map(rangeStart).join(''));
}

/** A comment on the first run of the row's second cell: inside the row, after the anchor in its first cell. */
function inNextCell(xml: string, name: string, id: number): string {
  const [, end] = bookmarkSpan(xml, name);
  const cell = xml.indexOf('<w:tc>', end);
  const run = xml.indexOf('<w:r>', cell);
  const runEnd = xml.indexOf('</w:r>', run) + '</w:r>'.length;
  return insert(insert(xml, runEnd, rangeEnd(id)), run, rangeStart(id));
}

/** Point comments after the body's first run: the title page, before any anchor. */
function pointsAtStart(xml: string, ids: readonly number[]): string {
  const body = xml.indexOf('<w:body>');
  const runEnd = xml.indexOf('</w:r>', body) + '</w:r>'.length;
  return insert(xml, runEnd, ids.map((id) => `<w:r><w:commentReference w:id="${id}"/></w:r>`).join(''));
}

/** A tracked insertion at the end of a heading's text, as Word writes one. */
function insertionIn(xml: string, name: string, text: string): string {
  const [, end] = bookmarkSpan(xml, name);
  return insert(xml, end, `<w:ins w:id="901" w:author="Bo Berg" w:date="2026-12-01T10:00:00Z"><w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:ins>`);
}

/** A paragraph with an anchor of a part this version does not have, and a comment in the paragraph after it, at the body's end. */
function onDeletedPart(xml: string, name: string, id: number): string {
  const at = xml.lastIndexOf('<w:sectPr');
  return insert(xml, at, `<w:p><w:bookmarkStart w:id="990" w:name="${name}"/><w:r><w:t>Borttagen aktivitet</w:t></w:r><w:bookmarkEnd w:id="990"/></w:p><w:p>${rangeStart(id)}<w:r><w:t>Den här finns inte längre</w:t></w:r>${rangeEnd(id)}</w:p>`);
}

function commentsXml(comments: readonly WordComment[]): string {
  const comment = (c: WordComment) =>
    `<w:comment w:id="${c.id}" w:author="${c.author}" w:date="${c.date}" w:initials="${c.initials}"><w:p w14:paraId="${c.paraId}" w14:textId="77777777"><w:r><w:annotationRef/></w:r><w:r><w:t>${c.text}</w:t></w:r></w:p></w:comment>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments xmlns:w="${W}" xmlns:w14="${W14}">${comments.map(comment).join('')}</w:comments>`;
}

function commentsExtendedXml(comments: readonly WordComment[]): string {
  const entry = (c: WordComment) => `<w15:commentEx w15:paraId="${c.paraId}"${c.parentParaId ? ` w15:paraIdParent="${c.parentParaId}"` : ''} w15:done="${c.done ? 1 : 0}"/>`;
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w15:commentsEx xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:w15="${W15}" mc:Ignorable="w15">${comments.map(entry).join('')}</w15:commentsEx>`;
}

/** The package with the document edited and the comments parts Word adds (with their relationships and content types). */
function commented(docx: Uint8Array, edit: (documentXml: string) => string, comments: readonly WordComment[]): Uint8Array {
  const files: Zippable = unzipSync(docx);
  const text = (name: string) => {
    const data = files[name];
    if (!(data instanceof Uint8Array)) throw new Error(`no ${name}`);
    return strFromU8(data);
  };
  files['word/document.xml'] = strToU8(edit(text('word/document.xml')));
  files['word/comments.xml'] = strToU8(commentsXml(comments));
  files['word/commentsExtended.xml'] = strToU8(commentsExtendedXml(comments));
  files['word/_rels/document.xml.rels'] = strToU8(
    text('word/_rels/document.xml.rels').replace(
      '</Relationships>',
      '<Relationship Id="rIdC1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/><Relationship Id="rIdC2" Type="http://schemas.microsoft.com/office/2011/relationships/commentsExtended" Target="commentsExtended.xml"/></Relationships>',
    ),
  );
  files['[Content_Types].xml'] = strToU8(
    text('[Content_Types].xml').replace(
      '</Types>',
      '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/><Override PartName="/word/commentsExtended.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.commentsExtended+xml"/></Types>',
    ),
  );
  return zipSync(files);
}

/** The package without its manifest, as a detour through .odt leaves it. */
function withoutManifest(docx: Uint8Array): Uint8Array {
  const files: Zippable = unzipSync(docx);
  for (const name of Object.keys(files)) if (name.startsWith('customXml/')) delete files[name];
  return zipSync(files);
}

type ReadOk = Extract<ReviewRead, { ok: true }>;

function read(bytes: Uint8Array): ReadOk {
  const result = readReview(bytes, { fileName: 'granskning-anna.docx' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

function anchorOf(manifest: ReviewManifest, kind: string, recordId: string): string {
  const part = manifest.parts.find((p) => p.kind === kind && p.recordId === recordId);
  if (!part) throw new Error(`no ${kind} ${recordId} in the manifest`);
  return part.anchor;
}

const now = new Date('2026-12-03T12:00:00.000Z');

function counter(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${(n += 1)}`;
}

function byText(items: readonly ReviewItem[], text: string): ReviewItem {
  const found = items.filter((item) => item.text === text);
  if (found.length !== 1) throw new Error(`${found.length} items say «${text}»`);
  return found[0] as ReviewItem;
}

const placementsByText = (mapping: ReviewMapping) => Object.fromEntries(mapping.items.map((item) => [item.text, item.placement]));

describe('a review package commented as Word does, mapped onto the plan', () => {
  const input = exampleInput();
  const { content } = input;
  const strategy = content.strategies[0];
  const tactic = content.tactics[1];
  const activity = content.activities[1];
  if (!strategy || !tactic || !activity) throw new Error('the example plan has strategies, tactics and activities');
  const target: ReviewTarget = { content, planId: content.plan.id, version: content.plan.version, perspectives: input.goalArea.reviewers.map((r) => r.perspective) };
  const deletedAnchor = anchorName('activity', 'en-aktivitet-som-tagits-bort', new Set());
  const comments: WordComment[] = [
    { id: 0, author: 'Anna Granskare', initials: 'AG', date: '2026-12-01T09:00:00Z', text: 'Hur påverkar detta kvinnors företagande?', paraId: '10000001' },
    { id: 1, author: 'Anna Granskare', initials: 'AG', date: '2026-12-01T09:05:00Z', text: 'Vem ansvarar för mässan?', paraId: '10000002', done: true },
    { id: 2, author: 'Dan Öberg', initials: 'DÖ', date: '2026-12-01T09:10:00Z', text: 'Bra sammanfattning.', paraId: '10000003' },
    { id: 3, author: 'Maria MOA', initials: 'MM', date: '2026-12-02T08:00:00Z', text: 'Vi lägger till könsuppdelad statistik.', paraId: '10000004', parentParaId: '10000001' },
    { id: 4, author: 'Dan Öberg', initials: 'DÖ', date: '2026-12-01T09:20:00Z', text: 'Rubriken är otydlig.', paraId: '10000005' },
    { id: 5, author: 'Dan Öberg', initials: 'DÖ', date: '2026-12-01T09:30:00Z', text: 'Varför togs den bort?', paraId: '10000006' },
    { id: 6, author: 'Dan Öberg', initials: 'DÖ', date: '2026-12-01T09:40:00Z', text: 'Instämmer.', paraId: '10000007' },
    { id: 7, author: 'Dan Öberg', initials: 'DÖ', date: '2026-12-01T09:40:00Z', text: 'Instämmer.', paraId: '10000008' },
  ];
  let manifest: ReviewManifest;
  let exported: Uint8Array;
  let reviewed: Uint8Array;

  beforeAll(async () => {
    const built = await buildHandlingsplanReviewPackage(input, documentWords('sv'), undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
    manifest = built.manifest;
    exported = built.bytes;
    reviewed = commented(
      built.bytes,
      (xml) => {
        let edited = onBookmarkText(xml, anchorOf(manifest, 'strategy', strategy.id), [0, 3]);
        edited = inNextCell(edited, anchorOf(manifest, 'activity', activity.id), 1);
        edited = pointsAtStart(edited, [2, 6, 7]);
        edited = onBookmarkText(edited, anchorOf(manifest, 'outside', 'activities'), [4]);
        edited = insertionIn(edited, anchorOf(manifest, 'tactic', tactic.id), 'och unga kvinnor ');
        return onDeletedPart(edited, deletedAnchor, 5);
      },
      comments,
    );
  }, 30_000);

  const expectedPlacements = () => ({
    'Hur påverkar detta kvinnors företagande?': { kind: 'part', partKind: 'strategy', recordId: strategy.id, anchor: anchorOf(manifest, 'strategy', strategy.id) },
    'Vem ansvarar för mässan?': { kind: 'part', partKind: 'activity', recordId: activity.id, anchor: anchorOf(manifest, 'activity', activity.id) },
    'Bra sammanfattning.': { kind: 'outside' },
    'Vi lägger till könsuppdelad statistik.': { kind: 'part', partKind: 'strategy', recordId: strategy.id, anchor: anchorOf(manifest, 'strategy', strategy.id) },
    'Rubriken är otydlig.': { kind: 'outside' },
    'Varför togs den bort?': { kind: 'outside' },
    'Instämmer.': { kind: 'outside' },
    'och unga kvinnor ': { kind: 'part', partKind: 'tactic', recordId: tactic.id, anchor: anchorOf(manifest, 'tactic', tactic.id) },
  });

  it('places each comment and suggestion on the part it was made on, the rest outside, every item storable', () => {
    const file = read(reviewed);
    // The title page's comments come before every anchor; the one under the deleted part after an anchor of ours.
    expect(file.comments.filter((c) => c.anchor === null).map((c) => c.id)).toEqual(['2', '6', '7']);
    expect(file.comments.find((c) => c.id === '5')?.anchor).toBe(deletedAnchor);
    const mapping = mapReview(file, target, { fileName: 'granskning-anna.docx', newId: counter('r'), now });
    expect(mapping.document).toEqual({ planId: content.plan.id, version: content.plan.version, matches: 'same', identifiedBy: 'manifest' });
    expect(mapping.items).toHaveLength(9);
    expect(placementsByText(mapping)).toEqual(expectedPlacements());
    for (const item of mapping.items) expect(reviewItemSchema.parse(item)).toEqual(item);

    const question = byText(mapping.items, 'Hur påverkar detta kvinnors företagande?');
    expect(question).toMatchObject({ kind: 'comment', author: 'Anna Granskare', initials: 'AG', writtenAt: '2026-12-01T09:00:00Z', commentedText: 'Fler unga företagare', parentId: null, resolvedInWord: false });
    expect(question).toMatchObject({ planId: content.plan.id, version: content.plan.version, status: 'new', answer: '', importedAt: now.toISOString(), updatedAt: now.toISOString() });
    expect(question.source.fileName).toBe('granskning-anna.docx');
    expect(byText(mapping.items, 'Vi lägger till könsuppdelad statistik.').parentId).toBe(question.id);
    expect(byText(mapping.items, 'Vem ansvarar för mässan?')).toMatchObject({ resolvedInWord: true, commentedText: 'Ung Företagsamhet Örebro län' });
    expect(byText(mapping.items, 'och unga kvinnor ')).toMatchObject({ kind: 'insertion', author: 'Bo Berg', initials: '', commentedText: '', parentId: null });
    expect(new Set(mapping.items.map((item) => item.id)).size).toBe(9);
    expect(mapping.counts).toEqual({ comments: 8, replies: 1, suggestions: 1, onParts: 4, outside: 5, otherPlan: 0, otherVersion: 0, anchorsNotFound: 1, itemsOnAnchorsNotFound: 1 });
  });

  it('without the manifest (a detour through .odt) places them by the anchors alone, and says the version is not known', () => {
    const mapping = mapReview(read(withoutManifest(reviewed)), target, { fileName: 'granskning-anna.docx', newId: counter('r'), now });
    expect(mapping.document).toEqual({ planId: content.plan.id, version: null, matches: 'same', identifiedBy: 'anchors' });
    expect(placementsByText(mapping)).toEqual(expectedPlacements());
    expect(mapping.counts.anchorsNotFound).toBe(1);
  });

  it('an anchor a program upper-cased still finds its part', () => {
    const name = anchorOf(manifest, 'activity', activity.id);
    const files: Zippable = unzipSync(withoutManifest(reviewed));
    const documentXml = files['word/document.xml'];
    if (!(documentXml instanceof Uint8Array)) throw new Error('no document.xml');
    files['word/document.xml'] = strToU8(strFromU8(documentXml).replace(`w:name="${name}"`, `w:name="${name.toUpperCase()}"`));
    const mapping = mapReview(read(zipSync(files)), target, { fileName: 'x.docx', newId: counter('r'), now });
    expect(byText(mapping.items, 'Vem ansvarar för mässan?').placement).toEqual({ kind: 'part', partKind: 'activity', recordId: activity.id, anchor: name });
  });

  it('a file of another plan is kept apart: every item otherPlan, none on a part', () => {
    const mapping = mapReview(read(reviewed), { ...target, planId: 'en-annan-plan' }, { fileName: 'granskning-anna.docx', newId: counter('r'), now });
    expect(mapping.document).toMatchObject({ planId: content.plan.id, version: content.plan.version, matches: 'otherPlan' });
    expect(mapping.items.map((item) => item.placement)).toEqual(mapping.items.map(() => ({ kind: 'otherPlan', planId: content.plan.id })));
    expect(mapping.items.every((item) => item.planId === 'en-annan-plan')).toBe(true);
    for (const item of mapping.items) reviewItemSchema.parse(item);
    expect(mapping.counts).toMatchObject({ onParts: 0, otherPlan: 9 });
  });

  it('without a manifest, a file whose anchors name no part of this plan is unknown: everything outside, nothing misattached', () => {
    const other: PlanContent = { ...content, strategies: [], tactics: [], activities: [] };
    const mapping = mapReview(read(withoutManifest(reviewed)), { ...target, content: other }, { fileName: 'x.docx', newId: counter('r'), now });
    expect(mapping.document).toEqual({ planId: null, version: null, matches: 'unknown', identifiedBy: 'nothing' });
    expect(mapping.items.every((item) => item.placement.kind === 'outside')).toBe(true);
    expect(mapping.counts.anchorsNotFound).toBe(4); // the strategy's, the activity's, the tactic's and the deleted one
  });

  it('a file of another version of the plan is never attached to this version’s parts', () => {
    const later = content.plan.version + 1;
    const mapping = mapReview(read(reviewed), { ...target, version: later }, { fileName: 'granskning-anna.docx', newId: counter('r'), now });
    expect(mapping.document).toMatchObject({ planId: content.plan.id, version: content.plan.version, matches: 'otherVersion', identifiedBy: 'manifest' });
    expect(mapping.items.map((item) => item.placement)).toEqual(mapping.items.map(() => ({ kind: 'otherVersion', version: content.plan.version })));
    expect(mapping.items.every((item) => item.version === later)).toBe(true);
    for (const item of mapping.items) reviewItemSchema.parse(item);
  });

  it('a manifest that cannot be read is reported, and the anchors place the items', () => {
    const files: Zippable = unzipSync(reviewed);
    const name = Object.keys(files).find((n) => /^customXml\/item\d+\.xml$/.test(n));
    if (name === undefined) throw new Error('no manifest');
    files[name] = strToU8('<review xmlns="urn:moa-arbetsboken:review:1" planId="p" planVersion="ett"/>');
    const mapping = mapReview(read(zipSync(files)), target, { fileName: 'x.docx', newId: counter('r'), now });
    expect(mapping.document).toMatchObject({ planId: content.plan.id, version: null, matches: 'same', identifiedBy: 'anchors' });
    expect(mapping.document.manifestProblem).toMatch(/^Granskningsmanifestet går inte att läsa: .*version/);
    expect(placementsByText(mapping)).toEqual(expectedPlacements());
  });

  it('the same file read twice, or re-saved with its comments renumbered, gives the same identities; two alike comments stay two', () => {
    const first = mapReview(read(reviewed), target, { fileName: 'granskning-anna.docx', newId: counter('a'), now });
    const again = mapReview(read(reviewed), target, { fileName: 'kopia.docx', newId: counter('b'), now: new Date('2026-12-04T08:00:00.000Z') });
    const identities = (mapping: ReviewMapping) => mapping.items.map((item) => item.source.identity);
    expect(identities(again)).toEqual(identities(first));
    expect(again.items.map((item) => item.id)).not.toEqual(first.items.map((item) => item.id));
    expect(new Set(identities(first)).size).toBe(9);
    const alike = first.items.filter((item) => item.text === 'Instämmer.');
    expect(alike).toHaveLength(2);
    expect(alike[0]?.source.identity).not.toBe(alike[1]?.source.identity);

    // Re-saved: other comment ids (a program renumbers them), no replies' parents (LibreOffice drops them), no manifest, resolved since.
    const files: Zippable = unzipSync(withoutManifest(reviewed));
    const renumber = (name: string) => {
      const data = files[name];
      if (!(data instanceof Uint8Array)) throw new Error(`no ${name}`);
      files[name] = strToU8(strFromU8(data).replace(/(<w:comment(?:RangeStart|RangeEnd|Reference)? w:id=")(\d+)"/g, (_m, head: string, id: string) => `${head}${Number(id) + 40}"`));
    };
    renumber('word/document.xml');
    renumber('word/comments.xml');
    files['word/commentsExtended.xml'] = strToU8(commentsExtendedXml(comments.map(({ parentParaId: _parent, ...c }) => ({ ...c, done: true }))));
    const resaved = mapReview(read(zipSync(files)), target, { fileName: 'omsparad.docx', newId: counter('c'), now });
    expect(resaved.items.map((item) => item.id)).not.toEqual(first.items.map((item) => item.id));
    expect(new Set(identities(resaved))).toEqual(new Set(identities(first)));
  });

  it('replies that answer each other in a loop (a broken file) are no thread: kept, with no parent', () => {
    const looped = comments.map((c) => (c.id === 0 ? { ...c, parentParaId: '10000004' } : c));
    const bytes = commented(exported, (xml) => onBookmarkText(xml, anchorOf(manifest, 'strategy', strategy.id), [0, 3]), looped.filter((c) => c.id === 0 || c.id === 3));
    const mapping = mapReview(read(bytes), target, { fileName: 'x.docx', newId: counter('r'), now });
    expect(mapping.items.map((item) => item.parentId)).toEqual([null, null]);
    expect(mapping.items.map((item) => item.placement.kind)).toEqual(['part', 'part']);
  });

  it('values longer than the stored shape allows are shortened, never refused', () => {
    const long: WordComment = { id: 0, author: 'A'.repeat(700), initials: 'I'.repeat(30), date: '2026-12-01T09:00:00.123456789012345678901234567890Z', text: 'Lång. '.repeat(10_000), paraId: '10000001' };
    const bytes = commented(exported, (xml) => pointsAtStart(xml, [0]), [long]);
    const [item] = mapReview(read(bytes), target, { fileName: `${'f'.repeat(300)}.docx`, newId: counter('r'), now }).items;
    if (!item) throw new Error('no item');
    expect(reviewItemSchema.parse(item)).toEqual(item);
    expect(item.author).toHaveLength(500);
    expect(item.text.endsWith('…')).toBe(true);
    expect(item.writtenAt).toBeNull();
  });
});
