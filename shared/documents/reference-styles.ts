/**
 * The secretariat's look for exported documents. A template may carry a
 * reference Word document (.docx or .dotx); its styles then take the place of
 * the default set, so an export looks like the secretariat's own documents.
 *
 * 1. `referenceStylesFromDocx` reads word/styles.xml once, when the file is
 *    added, and refuses what cannot be used with a Swedish message.
 * 2. `mergeReferenceStyles` completes those styles with the ones the builders
 *    need (`referenceStylesForExport` does it against the default set).
 * 3. The builders take the result as `referenceStyles`.
 *
 * The default set ships as resources/word/MOA-standard.dotx
 * (`defaultReferenceTemplate`), for the secretariat to start from.
 *
 * Styles do not nest, so small string operations on `<w:style>` blocks do;
 * nothing is decoded or re-encoded that is not changed.
 */
import { Document, HeadingLevel, ImportedXmlComponent, PageOrientation, Paragraph, readTheme } from 'docx';
import type { IThemeFontOptions, IThemeOptions } from 'docx';
import { Unzip, UnzipInflate, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { coreProperties, documentLanguage, documentStyles, heading, pageSection, stylesInLanguage, textParagraph, textRuns } from './docx-parts.ts';
import { sv } from './words/sv.ts';
import { packDocx } from './pack.ts';

const megabyte = 1024 * 1024;
/** A reference document larger than this is refused unread. */
export const maxReferenceFileBytes = 20 * megabyte;
/** The most a part we read (styles, theme) may inflate to; reading stops there, so a zip bomb is never inflated whole. */
export const maxReferencePartBytes = 5 * megabyte;
/** Compressed bytes inflated at a time: deflate expands at most about 1 000 times, so one step makes at most a few MB. */
const inflateStep = 4096;

const stylesPart = 'word/styles.xml';
const themePart = 'word/theme/theme1.xml';
const documentPart = 'word/document.xml';
const mainNamespace = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const strictNamespace = 'http://purl.oclc.org/ooxml/wordprocessingml/main';

export const referenceStylesMessages = {
  notWord: 'Filen är inte ett Word-dokument (.docx/.dotx).',
  oldOrProtected: 'Filen är ett äldre Word-dokument (.doc/.dot) eller lösenordsskyddad. Spara den i Word som Word-dokument (.docx) eller Word-mall (.dotx) utan lösenord.',
  tooLarge: 'Filen är för stor: ett referensdokument får vara högst 20 MB.',
  damaged: 'Word-dokumentet är ofullständigt eller skadat. Spara det på nytt i Word och försök igen.',
  noStyles: 'Word-dokumentet saknar formatmallar (word/styles.xml).',
  stylesTooLarge: 'Word-dokumentets formatmallar är för stora: word/styles.xml blir över 5 MB uppackad.',
  themeTooLarge: 'Word-dokumentets tema är för stort: word/theme/theme1.xml blir över 5 MB uppackad.',
  unreadableStyles: 'Word-dokumentets formatmallar (word/styles.xml) går inte att läsa. Spara dokumentet på nytt i Word och försök igen.',
  strict: 'Word-dokumentet är sparat som Strict Open XML. Spara det i Word som vanligt Word-dokument (.docx) eller Word-mall (.dotx).',
} as const;

export type ReferenceStylesResult = { ok: true; stylesXml: string } | { ok: false; message: string };

// ---------------------------------------------------------------------------
// Reading the reference document

function startsWith(bytes: Uint8Array, signature: readonly number[]): boolean {
  return signature.every((b, i) => bytes[i] === b);
}

/** Whether the zip's end record is there: a file cut short (an interrupted copy) has lost it. */
function hasEndOfCentralDirectory(bytes: Uint8Array): boolean {
  const lowest = Math.max(0, bytes.length - 22 - 0xffff);
  for (let i = bytes.length - 22; i >= lowest; i -= 1) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

interface ReadParts {
  parts: Map<string, Uint8Array>;
  /** Every entry name met (lower case); complete unless reading stopped early. */
  names: Set<string>;
  oversized?: string;
  broken?: string;
}

/**
 * The wanted parts (lower-case names), inflated a few KB of input at a time so
 * that one growing past `maxReferencePartBytes` stops everything at once.
 */
function readParts(bytes: Uint8Array, wanted: readonly string[]): ReadParts {
  const result: ReadParts = { parts: new Map(), names: new Set() };
  const unzip = new Unzip((file) => {
    // OPC part names are case-insensitive; of two entries with one name the first counts.
    const name = file.name.toLowerCase();
    const first = !result.names.has(name);
    result.names.add(name);
    if (!first || !wanted.includes(name)) return;
    const chunks: Uint8Array[] = [];
    let size = 0;
    file.ondata = (error, data, final) => {
      if (result.oversized !== undefined || result.broken !== undefined) return;
      if (error) {
        result.broken = name;
        return;
      }
      size += data.length;
      if (size > maxReferencePartBytes) {
        result.oversized = name;
        return;
      }
      chunks.push(data);
      if (final) {
        const whole = new Uint8Array(size);
        let at = 0;
        for (const chunk of chunks) whole.set(chunk, (at += chunk.length) - chunk.length);
        result.parts.set(name, whole);
      }
    };
    file.start();
  });
  unzip.register(UnzipInflate);
  for (let at = 0; at < bytes.length; at += inflateStep) {
    if (result.oversized !== undefined || result.broken !== undefined || result.parts.size === wanted.length) break;
    const end = Math.min(at + inflateStep, bytes.length);
    unzip.push(bytes.subarray(at, end), end === bytes.length);
  }
  return result;
}

/**
 * The root element's start tag, `<w:styles …>`, after the declaration,
 * comments and whitespace; undefined if the root is another element. A scan,
 * not a regular expression, so that no input makes it slow.
 */
function stylesRootTag(xml: string): string | undefined {
  let at = xml.startsWith('\uFEFF') ? 1 : 0;
  for (;;) {
    while (at < xml.length && ' \t\r\n'.includes(xml.charAt(at))) at += 1;
    const close = xml.startsWith('<?', at) ? '?>' : xml.startsWith('<!--', at) ? '-->' : undefined;
    if (close === undefined) break;
    const end = xml.indexOf(close, at);
    if (end === -1) return undefined;
    at = end + close.length;
  }
  const end = xml.indexOf('>', at);
  const tag = end === -1 ? '' : xml.slice(at, end + 1);
  return /^<w:styles[\s/>]/.test(tag) ? tag : undefined;
}

/** Whether the text is a styles part docx can read. Checked before any regular expression runs on it: on well-formed XML they stay linear. */
function isStylesPart(xml: string): boolean {
  if (stylesRootTag(xml) === undefined) return false;
  try {
    ImportedXmlComponent.fromXmlString(xml);
    return true;
  } catch {
    return false;
  }
}

/**
 * The styles of a reference Word document (.docx, .dotx, also .docm/.dotm:
 * only word/styles.xml and the theme are read, never macros), or a Swedish
 * message saying what is wrong. Never throws.
 *
 * Theme fonts and colours are written into the styles, so they keep the
 * reference's look in a document with another theme.
 */
export function referenceStylesFromDocx(bytes: Uint8Array): ReferenceStylesResult {
  const fail = (message: string): ReferenceStylesResult => ({ ok: false, message });
  if (bytes.length > maxReferenceFileBytes) return fail(referenceStylesMessages.tooLarge);
  // An OLE compound file: Word 97–2003 (.doc/.dot), or any Office file with a password.
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return fail(referenceStylesMessages.oldOrProtected);
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return fail(referenceStylesMessages.notWord);
  if (!hasEndOfCentralDirectory(bytes)) return fail(referenceStylesMessages.damaged);

  let read: ReadParts;
  try {
    read = readParts(bytes, [stylesPart, themePart]);
  } catch {
    // fflate throws on a zip that ends inside an entry or cannot be followed.
    return fail(referenceStylesMessages.damaged);
  }
  if (read.oversized === stylesPart) return fail(referenceStylesMessages.stylesTooLarge);
  if (read.oversized === themePart) return fail(referenceStylesMessages.themeTooLarge);
  if (read.broken !== undefined) return fail(read.broken === stylesPart ? referenceStylesMessages.unreadableStyles : referenceStylesMessages.damaged);
  const styles = read.parts.get(stylesPart);
  if (styles === undefined) return fail(read.names.has(documentPart) ? referenceStylesMessages.noStyles : referenceStylesMessages.notWord);
  // Word writes UTF-8; UTF-16 is allowed by the standard but nothing we read.
  if (startsWith(styles, [0xff, 0xfe]) || startsWith(styles, [0xfe, 0xff])) return fail(referenceStylesMessages.unreadableStyles);

  try {
    const xml = strFromU8(styles);
    const root = stylesRootTag(xml);
    if (root?.includes(strictNamespace)) return fail(referenceStylesMessages.strict);
    // docx's own parser, the one the builders will run: what it refuses would make every export fail.
    if (root === undefined || attributesOf(root).get('xmlns:w') !== mainNamespace || !isStylesPart(xml)) return fail(referenceStylesMessages.unreadableStyles);
    const theme = read.parts.get(themePart);
    const stylesXml = withThemeWrittenOut(xml, theme === undefined ? undefined : themeOf(strFromU8(theme)));
    return isStylesPart(stylesXml) ? { ok: true, stylesXml } : fail(referenceStylesMessages.unreadableStyles);
  } catch {
    return fail(referenceStylesMessages.unreadableStyles);
  }
}

// ---------------------------------------------------------------------------
// Small XML helpers for start tags and style blocks

const attributePattern = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** A start tag's attributes, values as written (still escaped). */
function attributesOf(tag: string): Map<string, string> {
  const attributes = new Map<string, string>();
  for (const m of tag.matchAll(attributePattern)) if (m[1] !== undefined) attributes.set(m[1], m[2] ?? m[3] ?? '');
  return attributes;
}

/** The start tag with its attributes changed (values escaped already), or as it was when nothing changed. */
function rewriteTag(tag: string, change: (attributes: Map<string, string>) => void): string {
  const attributes = attributesOf(tag);
  const before = JSON.stringify([...attributes]);
  change(attributes);
  if (JSON.stringify([...attributes]) === before) return tag;
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? '';
  const written = [...attributes].map(([key, value]) => ` ${key}="${value.replace(/"/g, '&quot;')}"`).join('');
  return `<${name}${written}${/\/\s*>$/.test(tag) ? '/>' : '>'}`;
}

function escapeAttribute(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;');
}

function unescapeXml(value: string): string {
  return value.replace(/&(amp|lt|gt|quot|apos|#x[0-9a-fA-F]+|#[0-9]+);/g, (_m, entity: string) => {
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
    if (named[entity] !== undefined) return named[entity];
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '';
  });
}

interface StyleBlock {
  xml: string;
  id: string | undefined;
  type: string;
  /** As Word compares built-in names: lower case ("heading 1"). */
  name: string | undefined;
  isDefault: boolean;
}

const stylePattern = /<w:style(?=[\s/>])[^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g;
const referencePattern = /<w:(?:basedOn|next|link)(?=[\s/>])[^>]*>/g;

function styleBlocks(xml: string): StyleBlock[] {
  return [...xml.matchAll(stylePattern)].map(([block]) => {
    const attributes = attributesOf(/^<[^>]*>/.exec(block)?.[0] ?? '');
    const id = attributes.get('w:styleId');
    const nameTag = /<w:name(?=[\s/>])[^>]*>/.exec(block)?.[0];
    const name = nameTag === undefined ? undefined : attributesOf(nameTag).get('w:val');
    return {
      xml: block,
      id: id === undefined ? undefined : unescapeXml(id),
      type: attributes.get('w:type') ?? 'paragraph',
      name: name === undefined ? undefined : unescapeXml(name).toLowerCase(),
      isDefault: ['1', 'true', 'on'].includes(attributes.get('w:default') ?? ''),
    };
  });
}

/** The style ids a style's basedOn, next and link name. */
function referencedIds(block: string): string[] {
  return [...block.matchAll(referencePattern)].flatMap(([tag]) => {
    const id = attributesOf(tag).get('w:val');
    return id === undefined ? [] : [unescapeXml(id)];
  });
}

// ---------------------------------------------------------------------------
// Theme fonts and colours written out

function themeOf(themeXml: string): IThemeOptions | undefined {
  try {
    return readTheme(themeXml);
  } catch {
    return undefined; // a broken theme only means its fonts stay references
  }
}

const themeFontAttributes = [
  ['w:asciiTheme', 'w:ascii'],
  ['w:hAnsiTheme', 'w:hAnsi'],
  ['w:eastAsiaTheme', 'w:eastAsia'],
  ['w:cstheme', 'w:cs'],
] as const;

/** `minorHAnsi` → the theme's body font for Latin text, `majorBidi` → its heading font for complex scripts … */
function themeTypeface(theme: IThemeOptions, reference: string): string | undefined {
  const font = reference.startsWith('major') ? theme.fonts?.headings : reference.startsWith('minor') ? theme.fonts?.body : undefined;
  if (font === undefined) return undefined;
  const fonts: IThemeFontOptions = typeof font === 'string' ? { latin: font } : font;
  const typeface = reference.endsWith('EastAsia') ? fonts.eastAsia : reference.endsWith('Bidi') ? fonts.complexScript : fonts.latin;
  return typeface === undefined || typeface === '' ? undefined : typeface;
}

/**
 * The styles with theme fonts replaced by the reference theme's fonts, and
 * theme colours dropped where the colour itself is written beside them (Word
 * always writes it). An export has docx's theme, not the reference's, so a
 * theme reference would otherwise show docx's fonts and colours.
 */
function withThemeWrittenOut(stylesXml: string, theme: IThemeOptions | undefined): string {
  const fonts =
    theme === undefined
      ? stylesXml
      : stylesXml.replace(/<w:rFonts(?=[\s/>])[^>]*>/g, (tag) =>
          rewriteTag(tag, (attributes) => {
            for (const [themeAttribute, fontAttribute] of themeFontAttributes) {
              const reference = attributes.get(themeAttribute);
              const typeface = reference === undefined ? undefined : themeTypeface(theme, reference);
              if (typeface === undefined) continue;
              attributes.delete(themeAttribute);
              attributes.set(fontAttribute, escapeAttribute(typeface));
            }
          }),
        );
  return fonts.replace(/<w:[A-Za-z]+(?=[\s/>])[^>]*\sw:theme(?:Color|Fill)\s*=[^>]*>/g, (tag) =>
    rewriteTag(tag, (attributes) => {
      const colour = tag.startsWith('<w:color') ? attributes.get('w:val') : attributes.get('w:color');
      if (colour !== undefined) for (const a of ['w:themeColor', 'w:themeShade', 'w:themeTint']) attributes.delete(a);
      if (attributes.has('w:fill')) for (const a of ['w:themeFill', 'w:themeFillShade', 'w:themeFillTint']) attributes.delete(a);
    }),
  );
}

// ---------------------------------------------------------------------------
// Merging with the default set

/**
 * The style ids the builders' documents use: Normal and the default table
 * style implicitly, the rest by `w:pStyle`/`w:rStyle` (bulleted lists, the TOC
 * entries, the footnote separators), Hyperlink in the TOC once Word updates it.
 */
export const builderStyleIds: readonly string[] = ['Normal', 'TableNormal', 'Title', 'Heading1', 'Heading2', 'Heading3', 'ListParagraph', 'TOC1', 'TOC2', 'Hyperlink', 'FootnoteReference', 'EndnoteReference'];

/** `w:styleId`, `basedOn`, `next`, `link` and style references renamed; the rest of each tag as written. */
function withRenamedIds(xml: string, renames: ReadonlyMap<string, string>): string {
  const rename = (attribute: string) => (tag: string) =>
    rewriteTag(tag, (attributes) => {
      const id = attributes.get(attribute);
      const to = id === undefined ? undefined : renames.get(unescapeXml(id));
      if (to !== undefined) attributes.set(attribute, escapeAttribute(to));
    });
  return xml
    .replace(/<w:style(?=[\s/>])[^>]*>/g, rename('w:styleId'))
    .replace(/<w:(?:basedOn|next|link|pStyle|rStyle|tblStyle)(?=[\s/>])[^>]*>/g, rename('w:val'));
}

const swedish = `<w:lang w:val="${documentLanguage}"/>`;

/**
 * Every language in the styles set to Swedish (the text is Swedish, whatever
 * language the reference was written in), and document defaults that carry it.
 */
function inSwedish(xml: string, fallbackDocDefaults: string | undefined): string {
  const relabelled = stylesInLanguage(xml, documentLanguage);
  const docDefaults = /<w:docDefaults\s*\/>|<w:docDefaults(?=[\s>])[^>]*>[\s\S]*?<\/w:docDefaults>/.exec(relabelled);
  if (docDefaults === null) {
    const inserted = fallbackDocDefaults ?? `<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault></w:docDefaults>`;
    return relabelled.replace(/<w:styles(?=[\s>])[^>]*>/, (root) => root + inserted);
  }
  const withLanguage = (block: string): string => {
    if (/<w:lang(?=[\s/>])/.test(block)) return block.replace(/<w:lang(?=[\s/>])[^>]*>/, (tag) => rewriteTag(tag, (attributes) => attributes.set('w:val', documentLanguage)));
    const fullDefault = `<w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault>`;
    if (/^<w:docDefaults\s*\/>$/.test(block)) return `<w:docDefaults>${fullDefault}</w:docDefaults>`;
    if (!/<w:rPrDefault(?=[\s/>])/.test(block)) return block.replace(/^<w:docDefaults[^>]*>/, (tag) => tag + fullDefault);
    if (/<w:rPrDefault\s*\/>/.test(block)) return block.replace(/<w:rPrDefault\s*\/>/, fullDefault);
    if (/<w:rPr\s*\/>/.test(block)) return block.replace(/<w:rPr\s*\/>/, `<w:rPr>${swedish}</w:rPr>`);
    if (!/<w:rPr(?=[\s>])/.test(block)) return block.replace(/<w:rPrDefault[^>]*>/, (tag) => `${tag}<w:rPr>${swedish}</w:rPr>`);
    // In run properties lang comes after everything but eastAsianLayout, specVanish, oMath and rPrChange.
    return block.replace(/(<w:rPr(?=[\s>])[^>]*>[\s\S]*?)(<w:(?:eastAsianLayout|specVanish|oMath|rPrChange)(?=[\s/>])|<\/w:rPr>)/, (_m, before: string, after: string) => before + swedish + after);
  };
  return relabelled.slice(0, docDefaults.index) + withLanguage(docDefaults[0]) + relabelled.slice(docDefaults.index + docDefaults[0].length);
}

/**
 * The reference's styles, all kept (its Normal, Title, headings, table
 * styles, fonts, colours and document defaults win), completed with every
 * style the builders use that it lacks, taken from the fallback (the default
 * set, `defaultStylesXml()`), so that no builder style is left to docx's own
 * default silently. Also:
 * - a reference style with a built-in name under another id (Swedish Word
 *   saves "heading 1" as `Rubrik1`) gets the fallback's id, so the builders'
 *   `Heading1` finds it and no name is there twice;
 * - list numbering is dropped from styles, since the export has its own
 *   numbering part where the reference's numbers mean other lists;
 * - the language is Swedish.
 * A reference that is no readable styles part gives the fallback unchanged.
 */
export function mergeReferenceStyles(referenceStylesXml: string, fallbackStylesXml: string): string {
  if (!isStylesPart(referenceStylesXml)) return fallbackStylesXml;
  // Without comments (a commented-out style is no style), and with a self-closed root opened up to take styles.
  const reference = referenceStylesXml.replace(/<!--[\s\S]*?-->/g, '').replace(/(<w:styles(?=[\s/])[^>]*?)\s*\/>/, '$1></w:styles>');
  const fallback = styleBlocks(fallbackStylesXml);
  const original = styleBlocks(reference);

  const originalIds = new Set(original.flatMap((s) => (s.id === undefined ? [] : [s.id])));
  const renames = new Map<string, string>();
  for (const style of fallback) {
    if (style.id === undefined || style.name === undefined || originalIds.has(style.id)) continue;
    const match = original.find((r) => r.id !== undefined && !renames.has(r.id) && r.type === style.type && r.name === style.name);
    if (match?.id !== undefined) renames.set(match.id, style.id);
  }

  const fallbackDocDefaults = /<w:docDefaults(?=[\s>])[^>]*>[\s\S]*?<\/w:docDefaults>/.exec(fallbackStylesXml)?.[0];
  const merged = inSwedish(withRenamedIds(reference, renames), fallbackDocDefaults).replace(/<w:numPr\s*\/>|<w:numPr(?=[\s>])[^>]*>[\s\S]*?<\/w:numPr>/g, '');

  const kept = styleBlocks(merged);
  const have = new Set(kept.flatMap((s) => (s.id === undefined ? [] : [s.id])));
  const defaultTypes = new Set(kept.filter((s) => s.isDefault).map((s) => s.type));
  const byId = new Map(fallback.flatMap((s) => (s.id === undefined ? [] : [[s.id, s] as const])));
  const added = new Set<string>();
  const wanted = [...builderStyleIds];
  for (let id = wanted.shift(); id !== undefined; id = wanted.shift()) {
    const style = byId.get(id);
    if (have.has(id) || added.has(id) || style === undefined) continue;
    added.add(id);
    wanted.push(...referencedIds(style.xml)); // its basedOn, next and link, when the reference lacks them too
  }
  const appended = fallback
    .filter((s) => s.id !== undefined && added.has(s.id))
    .map((s) => {
      const own = defaultTypes.has(s.type) ? s.xml.replace(/^<[^>]*>/, (tag) => rewriteTag(tag, (attributes) => attributes.delete('w:default'))) : s.xml;
      // A reference to a style in neither set would dangle (docx bases its footnote reference on DefaultParagraphFont, which it never writes).
      return own.replace(referencePattern, (tag) => {
        const id = attributesOf(tag).get('w:val');
        return id !== undefined && (have.has(unescapeXml(id)) || added.has(unescapeXml(id))) ? tag : '';
      });
    })
    .join('');
  const end = merged.lastIndexOf('</w:styles>');
  return end === -1 ? fallbackStylesXml : merged.slice(0, end) + appended + merged.slice(end);
}

// ---------------------------------------------------------------------------
// The default set

let defaultStyles: Promise<string> | undefined;

/** word/styles.xml as the builders write it without a reference document: docx's defaults with `documentStyles`. */
export function defaultStylesXml(): Promise<string> {
  defaultStyles ??= packDocx(new Document({ styles: documentStyles, sections: [{ children: [] }] })).then(
    (bytes) => {
      const styles = unzipSync(bytes, { filter: (file) => file.name === stylesPart })[stylesPart];
      if (styles === undefined) throw new Error(`docx wrote no ${stylesPart}`);
      return strFromU8(styles);
    },
    (error: unknown) => {
      defaultStyles = undefined;
      throw error;
    },
  );
  return defaultStyles;
}

/**
 * What a builder's `referenceStyles` should be for a template: its reference
 * styles (from `referenceStylesFromDocx`) merged with the default set, or
 * undefined for the default set itself.
 */
export async function referenceStylesForExport(referenceStylesXml: string | undefined): Promise<string | undefined> {
  return referenceStylesXml === undefined ? undefined : mergeReferenceStyles(referenceStylesXml, await defaultStylesXml());
}

/** Fixed, so that writing the template again gives the same bytes and no change to commit. */
const templateDate = '2026-01-01T00:00:00Z';
const documentContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml';
const templateContentType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml';

/**
 * resources/word/MOA-standard.dotx: a Word template with exactly the default
 * styles and a page that shows them, for the secretariat to change in Word
 * and hand out as its reference document. Written by
 * scripts/write-default-reference.mjs.
 */
export async function defaultReferenceTemplate(): Promise<Uint8Array> {
  const headerText = 'MOA-standard · referensdokument för MOA-arbetsboken';
  const doc = new Document({
    ...coreProperties({ title: 'MOA-standard', author: 'MOA-arbetsboken', subject: 'Formatmallar för export från MOA-arbetsboken', description: 'Standardmallen för exporterade Word-dokument.' }),
    styles: documentStyles,
    sections: [
      pageSection(
        [
          new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('MOA-standard') }),
          textParagraph('Formatmallarna i den här Word-mallen är de som MOA-arbetsboken använder när den exporterar handlingsplaner, aktivitetsplaner, projektplaner och tidrapporter.'),
          heading('Så gör kansliet mallen till sin egen', HeadingLevel.HEADING_1),
          textParagraph('Öppna mallen i Word och ändra formatmallarna Normal, Rubrik, Rubrik 1, Rubrik 2 och Rubrik 3 (Start → Formatmallar → högerklicka → Ändra): typsnitt, storlek, färg och avstånd. Spara som Word-mall (.dotx) och lägg in filen som referensdokument i kansliets mall i MOA-arbetsboken.'),
          heading('Rubrik 2', HeadingLevel.HEADING_2),
          textParagraph('Brödtext i formatmallen Normal. Numrerade rubriker följer inte med till exporten, och tabellerna har sin egen formatering.'),
          heading('Rubrik 3', HeadingLevel.HEADING_3),
          textParagraph('Brödtext i formatmallen Normal.'),
        ],
        PageOrientation.PORTRAIT,
        headerText,
        sv,
      ),
    ],
  });
  const files = unzipSync(await packDocx(doc));
  const contentTypes = files['[Content_Types].xml'];
  const text = contentTypes === undefined ? '' : strFromU8(contentTypes);
  if (!text.includes(documentContentType)) throw new Error('docx wrote no main document content type to turn into a template');
  files['[Content_Types].xml'] = strToU8(text.replace(documentContentType, templateContentType));
  const core = files['docProps/core.xml'];
  if (core !== undefined) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(created|modified)\b[^>]*>)[^<]*/g, `$1${templateDate}`));
  return zipSync(files, { level: 9, mtime: new Date(templateDate) });
}
