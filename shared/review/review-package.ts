/**
 * The handlingsplan as a review package (granskningspaket): the ordinary Word export with an
 * anchor on every part that can be commented on (./anchors.ts) and the manifest (./manifest.ts)
 * in a custom XML part, plus the plan id, version and checksum as custom document properties.
 *
 * docx (v9) writes a custom XML part only for a bibliography, so the manifest is added to the
 * packed file: `withReviewManifest` is a pure function over the zip's bytes (fflate, as docx uses).
 */
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { buildHandlingsplan } from '../documents/handlingsplan.ts';
import type { HandlingsplanInput } from '../documents/handlingsplan.ts';
import { packDocx } from '../documents/pack.ts';
import type { DocumentWords } from '../documents/words/index.ts';
import { textHash } from './anchors.ts';
import { ReviewAnchors } from './docx-anchors.ts';
import { manifestXml, reviewManifest, reviewNamespace } from './manifest.ts';
import type { ManifestPart, ReviewManifest } from './manifest.ts';
import { anchoredRegions } from './regions.ts';

const relationshipTypes = {
  customXml: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml',
  customXmlProps: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps',
  customProperties: 'http://schemas.openxmlformats.org/officeDocument/2006/relationships/custom-properties',
};
const contentTypes = {
  customXmlProps: 'application/vnd.openxmlformats-officedocument.customXmlProperties+xml',
  customProperties: 'application/vnd.openxmlformats-officedocument.custom-properties+xml',
};

/** The names of the custom document properties the package sets (File › Properties › Custom in Word and LibreOffice). */
export const reviewProperties = { planId: 'MOA granskning plan-id', planVersion: 'MOA granskning version', checksum: 'MOA granskning kontrollsumma' } as const;

function escapeXml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A GUID made from the checksum, for the custom XML part's item id: the same export, the same id. */
function itemGuid(checksum: string): string {
  const hex = (textHash(`a${checksum}`) + textHash(`b${checksum}`)).toUpperCase();
  return `{${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}}`;
}

/** A relationship added before the end of a .rels part, with an id not yet used there. */
function withRelationship(rels: string, type: string, target: string): string {
  let n = 1;
  while (rels.includes(`Id="rIdMoa${n}"`)) n += 1;
  const relationship = `<Relationship Id="rIdMoa${n}" Type="${type}" Target="${target}"/>`;
  const end = rels.lastIndexOf('</Relationships>');
  if (end < 0) throw new Error('a relationships part without </Relationships>');
  return `${rels.slice(0, end)}${relationship}${rels.slice(end)}`;
}

function withOverride(types: string, partName: string, contentType: string): string {
  const end = types.lastIndexOf('</Types>');
  if (end < 0) throw new Error('[Content_Types].xml without </Types>');
  return `${types.slice(0, end)}<Override PartName="${partName}" ContentType="${contentType}"/>${types.slice(end)}`;
}

const emptyCustomProperties =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"/>';

/** docProps/custom.xml (docx writes one, empty) with the plan id, version and checksum added; property ids go on from the largest there (2 is the first allowed). */
function withCustomProperties(customXml: string, manifest: ReviewManifest): string {
  if (/<property\b[^>]*\bname="MOA /.test(customXml)) throw new Error('the package already has review properties');
  let pid = Math.max(1, ...[...customXml.matchAll(/\bpid="(\d+)"/g)].map((m) => Number(m[1])));
  const property = (name: string, value: string) =>
    `<property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="${(pid += 1)}" name="${escapeXml(name)}"><vt:lpwstr>${escapeXml(value)}</vt:lpwstr></property>`;
  const added = property(reviewProperties.planId, manifest.planId) + property(reviewProperties.planVersion, `${manifest.planVersion}`) + property(reviewProperties.checksum, manifest.checksum);
  const empty = /<Properties\b([^>]*?)\s*\/>/.exec(customXml);
  if (empty) return `${customXml.slice(0, empty.index)}<Properties${empty[1] ?? ''}>${added}</Properties>${customXml.slice(empty.index + empty[0].length)}`;
  const end = customXml.lastIndexOf('</Properties>');
  if (end < 0) throw new Error('docProps/custom.xml without </Properties>');
  return `${customXml.slice(0, end)}${added}${customXml.slice(end)}`;
}

/**
 * The .docx with the manifest as a custom XML part (`customXml/itemN.xml`, the first N free, with
 * its properties part naming our namespace and the main document's relationship to it) and the
 * plan id, version and checksum added to the custom document properties. Throws on a package that
 * is not a Word document or already has our properties: it is meant for the file docx has just packed.
 */
export function withReviewManifest(docxBytes: Uint8Array, manifest: ReviewManifest): Uint8Array {
  const files: Zippable = unzipSync(docxBytes);
  const text = (name: string): string => {
    const data = files[name];
    if (!(data instanceof Uint8Array)) throw new Error(`the package has no ${name}`);
    return strFromU8(data);
  };
  let n = 1;
  while (files[`customXml/item${n}.xml`] !== undefined) n += 1;
  files[`customXml/item${n}.xml`] = strToU8(manifestXml(manifest));
  files[`customXml/itemProps${n}.xml`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="no"?>\n' +
      `<ds:datastoreItem ds:itemID="${itemGuid(manifest.checksum)}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${reviewNamespace}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  files[`customXml/_rels/item${n}.xml.rels`] = strToU8(
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${relationshipTypes.customXmlProps}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  files['word/_rels/document.xml.rels'] = strToU8(withRelationship(text('word/_rels/document.xml.rels'), relationshipTypes.customXml, `../customXml/item${n}.xml`));
  let types = withOverride(text('[Content_Types].xml'), `/customXml/itemProps${n}.xml`, contentTypes.customXmlProps);
  if (files['docProps/custom.xml'] === undefined) {
    files['docProps/custom.xml'] = strToU8(withCustomProperties(emptyCustomProperties, manifest));
    files['_rels/.rels'] = strToU8(withRelationship(text('_rels/.rels'), relationshipTypes.customProperties, 'docProps/custom.xml'));
    types = withOverride(types, '/docProps/custom.xml', contentTypes.customProperties);
  } else files['docProps/custom.xml'] = strToU8(withCustomProperties(text('docProps/custom.xml'), manifest));
  // The manifest needs no override where the package has the usual Default for .xml (docx writes it).
  if (!/<Default\b[^>]*\bExtension="xml"/i.test(types)) types = withOverride(types, `/customXml/item${n}.xml`, 'application/xml');
  files['[Content_Types].xml'] = strToU8(types);
  return zipSync(files, { level: 6 });
}

/** What the review package says about the export besides its parts. */
export interface ReviewExport {
  /** The day of the export, `YYYY-MM-DD`. */
  exportedAt: string;
  appVersion: string;
}

export interface ReviewPackage {
  bytes: Uint8Array;
  manifest: ReviewManifest;
}

/**
 * The manifest of a document whose parts were anchored: the parts in document order, each with
 * the hash of its region's text. A part the builder anchored but the document lacks is a bug.
 */
export function manifestForDocument(documentXml: string, anchored: readonly Omit<ManifestPart, 'textHash'>[], head: Omit<ReviewManifest, 'parts' | 'checksum'>): ReviewManifest {
  const byAnchor = new Map(anchored.map((p) => [p.anchor, p]));
  const parts: ManifestPart[] = [];
  for (const region of anchoredRegions(documentXml)) {
    const part = byAnchor.get(region.anchor);
    if (part === undefined) continue;
    byAnchor.delete(region.anchor);
    parts.push({ ...part, textHash: textHash(region.text) });
  }
  if (byAnchor.size > 0) throw new Error(`anchors missing from the document: ${[...byAnchor.keys()].join(', ')}`);
  return reviewManifest({ ...head, parts });
}

/** The handlingsplan as a review package: anchored, packed, with its manifest. */
export async function buildHandlingsplanReviewPackage(input: HandlingsplanInput, words: DocumentWords, styles: string | undefined, about: ReviewExport): Promise<ReviewPackage> {
  const anchors = new ReviewAnchors();
  const packed = await packDocx(buildHandlingsplan(input, words, styles, { reviewAnchors: anchors }));
  const documentXml = unzipSync(packed, { filter: (file) => file.name === 'word/document.xml' })['word/document.xml'];
  if (documentXml === undefined) throw new Error('docx packed no word/document.xml');
  const { plan } = input.content;
  const manifest = manifestForDocument(strFromU8(documentXml), anchors.parts, {
    planId: plan.id,
    planVersion: plan.version,
    goalAreaCode: input.goalArea.code,
    exportedAt: about.exportedAt,
    appVersion: about.appVersion,
  });
  return { bytes: withReviewManifest(packed, manifest), manifest };
}
