/**
 * The review package's manifest: which plan, version and export a Word file is, and every anchor
 * in it (./anchors.ts) with its part's record and text hash. It travels in a custom XML part of its
 * own namespace, which Word keeps as it is and LibreOffice carries through a .docx round trip.
 *
 * ```xml
 * <review xmlns="urn:moa-arbetsboken:review:1" planId="…" planVersion="3" goalAreaCode="IE"
 *         exportedAt="2026-11-27" appVersion="0.1.0" checksum="0123456789abcdef">
 *   <part anchor="_moa_g0k2x9a1b" kind="strategy" recordId="…" textHash="…"/>
 * </review>
 * ```
 *
 * Everything is in attributes, so white space a program adds between elements changes nothing.
 * Reading is strict and bounded: a DOCTYPE, entity declarations or any entity but XML's five are
 * refused, as is anything that is not this shape.
 */
import { decodeXmlEntities } from '../templates/word-xml.ts';
import { anchorKinds, maxBookmarkName, textHash } from './anchors.ts';
import type { AnchorKind } from './anchors.ts';

export const reviewNamespace = 'urn:moa-arbetsboken:review:1';

export interface ManifestPart {
  anchor: string;
  kind: AnchorKind;
  recordId: string;
  /** `textHash` (./anchors.ts) of the part's region text as exported (./regions.ts). */
  textHash: string;
}

export interface ReviewManifest {
  planId: string;
  planVersion: number;
  goalAreaCode: string;
  /** The day of the export, `YYYY-MM-DD`. */
  exportedAt: string;
  appVersion: string;
  /** `manifestChecksum` of the rest: the same for two exports of the same content. */
  checksum: string;
  /** In document order. */
  parts: ManifestPart[];
}

/** What a manifest holds before its checksum is taken. */
export type ManifestContent = Omit<ReviewManifest, 'checksum'>;

/** A manifest larger than this is not ours: 1 000 activities make about 150 kB. */
export const maxManifestChars = 4_000_000;
export const maxManifestParts = 20_000;
const maxValueChars = 300;

/**
 * The export's checksum: a hash over plan, version, goal area and every part (not the date or the
 * app's version), so the same content exported twice gives the same checksum.
 */
export function manifestChecksum(content: ManifestContent): string {
  const lines = [content.planId, `${content.planVersion}`, content.goalAreaCode, ...content.parts.map((p) => `${p.anchor}\t${p.kind}\t${p.recordId}\t${p.textHash}`)];
  return textHash(lines.join('\n'));
}

/** The manifest with its checksum taken. */
export function reviewManifest(content: ManifestContent): ReviewManifest {
  return { ...content, checksum: manifestChecksum(content) };
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;').replace(/\r/g, '&#13;');
}

/** The manifest as the custom XML part's text. */
export function manifestXml(manifest: ReviewManifest): string {
  const a = escapeAttribute;
  const head = `<review xmlns="${reviewNamespace}" planId="${a(manifest.planId)}" planVersion="${manifest.planVersion}" goalAreaCode="${a(manifest.goalAreaCode)}" exportedAt="${a(manifest.exportedAt)}" appVersion="${a(manifest.appVersion)}" checksum="${a(manifest.checksum)}">`;
  const parts = manifest.parts.map((p) => `<part anchor="${a(p.anchor)}" kind="${p.kind}" recordId="${a(p.recordId)}" textHash="${a(p.textHash)}"/>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n${head}\n${parts.join('\n')}\n</review>\n`;
}

export type ManifestRead = { ok: true; manifest: ReviewManifest } | { ok: false; problem: string };

const tokenPattern = /<!--[\s\S]*?-->|<\?[\s\S]*?\?>|<!([A-Za-z]*)|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:\s+[A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)/y;
const attributePattern = /([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;
const safeReference = /&(?:lt|gt|amp|quot|apos|#x[0-9A-Fa-f]{1,6}|#[0-9]{1,7});/g;

function attributesOf(text: string): Map<string, string> | string {
  const values = new Map<string, string>();
  for (const m of text.matchAll(attributePattern)) {
    const raw = m[2] ?? m[3] ?? '';
    if (raw.replace(safeReference, '').includes('&')) return 'en entitet som inte är en av XML:s fem';
    if (raw.length > maxValueChars) return `ett värde längre än ${maxValueChars} tecken`;
    values.set(m[1] ?? '', decodeXmlEntities(raw));
  }
  return values;
}

/** The element's local name if its prefix (or the default) is bound to our namespace on the root. */
function localIn(name: string, ours: ReadonlySet<string>): string | null {
  const colon = name.indexOf(':');
  const prefix = colon < 0 ? '' : name.slice(0, colon);
  return ours.has(prefix) ? name.slice(colon + 1) : null;
}

const isKind = (value: string): value is AnchorKind => (anchorKinds as readonly string[]).includes(value);

/**
 * The manifest in a custom XML part's text, or why it is not one (in Swedish, for the list of
 * what could not be read). Namespace prefixes, attribute order, quotes and white space may differ
 * from what `manifestXml` writes; a program that re-saved the part may have done so.
 */
export function readManifestXml(xml: string): ManifestRead {
  const fail = (why: string): ManifestRead => ({ ok: false, problem: `Granskningsmanifestet går inte att läsa: ${why}.` });
  if (xml.length > maxManifestChars) return fail(`det är större än ${maxManifestChars} tecken`);
  let head: ManifestContent | null = null;
  let checksum = '';
  const ours = new Set<string>();
  let depth = 0;
  let closed = false;
  let at = xml.charCodeAt(0) === 0xfeff ? 1 : 0;
  tokenPattern.lastIndex = at;
  while (at < xml.length) {
    const m = tokenPattern.exec(xml);
    if (!m) return fail('det är inte giltig XML');
    at = tokenPattern.lastIndex;
    const [, declaration, slash, name, attributeText, selfClose, text] = m;
    if (declaration !== undefined) return fail(declaration.toUpperCase() === 'DOCTYPE' || declaration.toUpperCase() === 'ENTITY' ? 'det har en DOCTYPE eller entitetsdeklaration, som vi aldrig skriver' : 'det har en okänd deklaration');
    if (text !== undefined) {
      if (text.trim() !== '') return fail('det har text där bara element hör hemma');
      continue;
    }
    if (name === undefined) continue; // a comment or the XML declaration
    if (closed) return fail('det har något efter rotelementet');
    if (slash === '/') {
      depth -= 1;
      if (depth < 0) return fail('ett element avslutas utan att ha börjat');
      if (depth === 0) closed = true;
      continue;
    }
    const attributes = attributesOf(attributeText ?? '');
    if (typeof attributes === 'string') return fail(`det har ${attributes}`);
    if (depth === 0) {
      for (const [key, value] of attributes) {
        if (value === reviewNamespace && (key === 'xmlns' || key.startsWith('xmlns:'))) ours.add(key === 'xmlns' ? '' : key.slice(6));
      }
      if (localIn(name, ours) !== 'review') return fail(`rotelementet är inte «review» i namnrymden ${reviewNamespace}`);
      const version = attributes.get('planVersion') ?? '';
      if (!/^[1-9][0-9]{0,8}$/.test(version)) return fail('planens version saknas eller är inte ett heltal');
      const planId = attributes.get('planId') ?? '';
      if (planId === '') return fail('planens id saknas');
      checksum = attributes.get('checksum') ?? '';
      head = {
        planId,
        planVersion: Number(version),
        goalAreaCode: attributes.get('goalAreaCode') ?? '',
        exportedAt: attributes.get('exportedAt') ?? '',
        appVersion: attributes.get('appVersion') ?? '',
        parts: [],
      };
    } else if (depth === 1 && head !== null && localIn(name, ours) === 'part') {
      const kind = attributes.get('kind') ?? '';
      const anchor = attributes.get('anchor') ?? '';
      if (!isKind(kind)) return fail(`delen ${head.parts.length + 1} har en okänd sort «${kind}»`);
      if (anchor === '' || anchor.length > maxBookmarkName) return fail(`delen ${head.parts.length + 1} saknar ett giltigt bokmärkesnamn`);
      if (head.parts.length >= maxManifestParts) return fail(`det har fler än ${maxManifestParts} delar`);
      head.parts.push({ anchor, kind, recordId: attributes.get('recordId') ?? '', textHash: attributes.get('textHash') ?? '' });
    } else return fail(`det har ett okänt element «${name}»`);
    if (selfClose !== '/') depth += 1;
    else if (depth === 0) closed = true;
    if (depth > 2) return fail('det är nästlat djupare än ett manifest är');
  }
  if (head === null || !closed) return fail(head === null ? 'det är tomt' : 'det tar slut innan rotelementet avslutas');
  return { ok: true, manifest: { ...head, checksum } };
}
