/**
 * Reading a Word file a reviewer sends back: its comments (with replies and
 * resolved state), its tracked changes as suggested edits, each placed after
 * the nearest anchor bookmark (./anchors.ts), and our review manifest if the file still
 * holds it. All or nothing, and nothing is thrown: either the file is read,
 * or the result lists in Swedish what is wrong with it
 * («granskning.docx»: …), so nothing half-read is ever stored.
 *
 * Bounds against hostile files: the file's size, the zip's entries and
 * inflated sizes (shared/templates/safe-zip.ts, which also refuses zip
 * bombs), the number of comments and changes; any DOCTYPE or entity
 * declaration is refused, and XML that is not well-formed is refused rather
 * than half-read (./read-xml.ts).
 */
import { strFromU8 } from 'fflate';
import { formatBytes } from '../templates/limits.ts';
import { looksLikeZip, openZip, type SafeZip } from '../templates/safe-zip.ts';
import { parseComments, parseCommentsExtended, type CommentEntry, type CommentState } from './read-comments.ts';
import { walkDocument } from './read-document.ts';
import { checkCustomXml, customXmlItemPattern } from './read-manifest.ts';
import { reviewLimits, type ReadReviewOptions, type ReviewCommentRead, type ReviewRead } from './read-types.ts';
import type { XmlFault } from './read-xml.ts';

export type { ReadReviewOptions, ReviewCommentRead, ReviewRead, ReviewSuggestionRead } from './read-types.ts';

type Part = { ok: true; xml: string | null } | { ok: false; problem: string };

/** An XML part's text, null when the package has no such part. */
function readPart(zip: SafeZip, name: string): Part {
  const entry = zip.find(name);
  if (!entry) return { ok: true, xml: null };
  const read = zip.read(entry);
  if (!read.ok) return { ok: false, problem: read.problem.message };
  return { ok: true, xml: strFromU8(read.data) };
}

function faultMessage(label: string, part: string, fault: XmlFault): string {
  return fault.kind === 'unsafe'
    ? `${label}: ${part} innehåller ${fault.detail}. Filen lästes inte in.`
    : `${label}: ${part} är inte giltig XML: ${fault.detail}. Filen är skadad; öppna den i Word eller LibreOffice, spara den igen och försök på nytt.`;
}

/** Comments with their replies and resolved state joined in. */
function withThreads(entries: readonly CommentEntry[], states: ReadonlyMap<string, CommentState>): Pick<ReviewCommentRead, 'id' | 'author' | 'initials' | 'date' | 'text' | 'parentId' | 'done'>[] {
  const idByParaId = new Map<string, string>();
  for (const entry of entries) if (entry.lastParaId !== null) idByParaId.set(entry.lastParaId.toUpperCase(), entry.id);
  return entries.map(({ lastParaId, ...entry }) => {
    const state = lastParaId === null ? undefined : states.get(lastParaId.toUpperCase());
    const parentId = state?.parentParaId ? (idByParaId.get(state.parentParaId) ?? null) : null;
    return { ...entry, parentId: parentId === entry.id ? null : parentId, done: state?.done ?? false };
  });
}

function read(bytes: Uint8Array, label: string): ReviewRead {
  const fail = (problem: string): ReviewRead => ({ ok: false, problems: [problem] });
  if (bytes.length === 0) return fail(`${label} är tom.`);
  if (bytes.length > reviewLimits.maxFileBytes)
    return fail(`${label} är ${formatBytes(bytes.length)}; ett granskat Word-dokument får vara högst ${formatBytes(reviewLimits.maxFileBytes)}.`);
  if (!looksLikeZip(bytes))
    return fail(`${label} är inget Word-dokument (.docx). Spara filen som Word-dokument i Word eller LibreOffice och välj den sedan igen.`);
  const opened = openZip(bytes, reviewLimits.zip, label);
  if (!opened.ok) return fail(opened.problem.message);
  const { zip } = opened;

  const documentPart = readPart(zip, 'word/document.xml');
  if (!documentPart.ok) return fail(documentPart.problem);
  if (documentPart.xml === null)
    return fail(`${label} är inget Word-dokument: det är ett zip-paket utan word/document.xml, som varje Word-dokument har. Välj det .docx-dokument granskaren skickade tillbaka.`);
  const commentsPart = readPart(zip, 'word/comments.xml');
  if (!commentsPart.ok) return fail(commentsPart.problem);
  const extendedPart = readPart(zip, 'word/commentsExtended.xml');
  if (!extendedPart.ok) return fail(extendedPart.problem);

  const comments = commentsPart.xml === null ? { ok: true as const, comments: [] } : parseComments(commentsPart.xml, reviewLimits.maxComments);
  if (!comments.ok) return fail('tooMany' in comments ? `${label}: ${comments.tooMany}.` : faultMessage(label, 'word/comments.xml', comments.fault));
  const extended = extendedPart.xml === null ? { ok: true as const, byParaId: new Map<string, CommentState>() } : parseCommentsExtended(extendedPart.xml);
  if (!extended.ok) return fail(faultMessage(label, 'word/commentsExtended.xml', extended.fault));
  const walked = walkDocument(documentPart.xml, reviewLimits);
  if (!walked.ok) return fail('tooMany' in walked ? `${label}: ${walked.tooMany}.` : faultMessage(label, 'word/document.xml', walked.fault));

  let manifest: string | null = null;
  for (const entry of zip.entries) {
    if (!customXmlItemPattern.test(entry.name)) continue;
    const part = readPart(zip, entry.name);
    if (!part.ok) return fail(part.problem);
    const checked = checkCustomXml(part.xml ?? '');
    if (!checked.ok) return fail(faultMessage(label, entry.name, checked.fault));
    if (checked.isManifest && manifest === null) manifest = part.xml;
  }

  const ids = new Set<string>();
  for (const entry of comments.comments) {
    if (ids.has(entry.id)) return fail(`${label}: word/comments.xml har två kommentarer med samma id (${entry.id}), så det går inte att se vilken text de gäller. Filen är skadad.`);
    ids.add(entry.id);
  }
  const { places, suggestions } = walked.walk;
  return {
    ok: true,
    comments: withThreads(comments.comments, extended.byParaId).map((comment) => {
      const place = places.get(comment.id);
      return { ...comment, commentedText: place?.commentedText ?? '', anchor: place?.anchor ?? null };
    }),
    suggestions,
    manifest,
  };
}

/**
 * Reads a reviewed .docx: comments, suggested edits and the review manifest,
 * or Swedish problems naming the file. Never throws.
 */
export function readReview(bytes: Uint8Array, options: ReadReviewOptions): ReviewRead {
  const label = `«${options.fileName}»`;
  try {
    return read(bytes, label);
  } catch (error) {
    // A bug, not the file: say so, with what the error was, rather than throw into the import view.
    const detail = error instanceof Error ? error.message : String(error);
    return { ok: false, problems: [`${label}: något gick fel när filen lästes (${detail}). Filen lästes inte in; rapportera gärna felet.`] };
  }
}
