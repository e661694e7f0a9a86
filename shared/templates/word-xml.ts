/**
 * Just enough of WordprocessingML to read a document's paragraphs, their
 * styles and their text, without a DOM (shared/ has none): a tokenizer over
 * the XML and a little state. It reads w:p, w:pStyle, w:outlineLvl, w:numPr,
 * w:r with its w:i and w:rStyle, w:t, w:tab, w:br/w:cr, styles.xml's
 * w:style (name, basedOn, outline level, italic) and core.xml's title. Entities: the five XML ones and numeric references; nothing is
 * ever expanded from a DTD, so no entity bomb can grow.
 */

/** A stretch of a paragraph's text with the same run formatting. */
export interface WordRun {
  text: string;
  /** The run's own italic (w:i), null when the run does not say. */
  italic: boolean | null;
  /** The run's character style id (w:rStyle), '' for none. */
  characterStyle: string;
}

export interface WordParagraph {
  /** The paragraph's style id (w:pStyle), '' for the default style. */
  styleId: string;
  /** The paragraph's own outline level (w:outlineLvl, 0 = level 1), or null. */
  outlineLevel: number | null;
  /** Part of a numbered or bulleted list. */
  listItem: boolean;
  text: string;
  /** The same text split where the run formatting changes. */
  runs: WordRun[];
}

export interface WordStyle {
  id: string;
  /** The style's internal name, e.g. "heading 1" (Word writes the English name whatever the UI language). */
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
  /** The style's italic (w:i in its w:rPr), null when it does not say. */
  italic: boolean | null;
}

/** Paragraph and character styles by id. */
export interface WordStyleSheet {
  paragraph: Map<string, WordStyle>;
  character: Map<string, WordStyle>;
}

const wordprocessingNamespaces = ['http://schemas.openxmlformats.org/wordprocessingml/2006/main', 'http://purl.oclc.org/ooxml/wordprocessingml/main'];
const compatibilityNamespace = 'http://schemas.openxmlformats.org/markup-compatibility/2006';

/** Decodes the five XML entities and numeric character references; an invalid reference becomes U+FFFD. */
export function decodeXmlEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(lt|gt|amp|quot|apos|#x[0-9A-Fa-f]{1,8}|#[0-9]{1,10});/g, (_whole, entity: string) => {
    switch (entity) {
      case 'lt':
        return '<';
      case 'gt':
        return '>';
      case 'amp':
        return '&';
      case 'quot':
        return '"';
      case 'apos':
        return "'";
    }
    const code = entity.startsWith('#x') ? parseInt(entity.slice(2), 16) : parseInt(entity.slice(1), 10);
    const valid = code > 0 && code <= 0x10ffff && !(code >= 0xd800 && code <= 0xdfff);
    return valid ? String.fromCodePoint(code) : '\ufffd';
  });
}

/**
 * Comments, CDATA, declarations, then tags (attribute values may hold `>`),
 * then text. No part can run past the next `<` except comments and CDATA,
 * which end the input when unclosed, so the scan stays linear on any input.
 */
const tokenPattern = /<!--[\s\S]*?(?:-->|$)|<!\[CDATA\[([\s\S]*?)(?:\]\]>|$)|<[?!][^<>]*>|<(\/?)([A-Za-z_][\w.-]*(?::[A-Za-z_][\w.-]*)?)((?:"[^"<]*"|'[^'<]*'|[^'"<>])*)>|([^<]+)/g;

interface Tag {
  closing: boolean;
  selfClosing: boolean;
  prefix: string;
  local: string;
  attributes: string;
}

type Token = { tag: Tag } | { text: string };

function* tokens(xml: string): Generator<Token> {
  for (const m of xml.matchAll(tokenPattern)) {
    if (m[1] !== undefined) yield { text: m[1] };
    else if (m[3] !== undefined) {
      const attributes = m[4] ?? '';
      const name = m[3];
      const colon = name.indexOf(':');
      yield {
        tag: {
          closing: m[2] === '/',
          selfClosing: attributes.trimEnd().endsWith('/'),
          prefix: colon < 0 ? '' : name.slice(0, colon),
          local: colon < 0 ? name : name.slice(colon + 1),
          attributes,
        },
      };
    } else if (m[5] !== undefined) yield { text: decodeXmlEntities(m[5]) };
  }
}

/** An attribute's value (entities decoded), by its qualified name. */
export function attribute(attributes: string, qualifiedName: string): string | null {
  const escaped = qualifiedName.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const m = new RegExp(`(?:^|\\s)${escaped}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`).exec(attributes);
  if (!m) return null;
  return decodeXmlEntities(m[1] ?? m[2] ?? '');
}

/** The prefix bound to a namespace in the document (usually `w` and `mc`). */
function prefixFor(xml: string, namespaces: readonly string[], fallback: string): string {
  const head = xml.slice(0, 20_000);
  for (const m of head.matchAll(/xmlns:([A-Za-z_][\w.-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    if (namespaces.includes(m[2] ?? m[3] ?? '')) return m[1] ?? fallback;
  }
  return fallback;
}

const outline = (value: string | null): number | null => {
  if (value === null || !/^\d{1,2}$/.test(value)) return null;
  return Number(value);
};

/** A toggle property's value (w:i, w:b …): on unless w:val says 0, false or off. */
function toggle(attributes: string, w: string): boolean {
  const value = attribute(attributes, `${w}:val`);
  return value === null || !/^(0|false|off)$/i.test(value);
}

/** The body's paragraphs in document order (a text box's paragraphs come just before the paragraph holding it). */
export function wordParagraphs(documentXml: string): WordParagraph[] {
  const w = prefixFor(documentXml, wordprocessingNamespaces, 'w');
  const mc = prefixFor(documentXml, [compatibilityNamespace], 'mc');
  const paragraphs: WordParagraph[] = [];
  const open: WordParagraph[] = [];
  // The runs being read (a text box's runs sit inside a run of the paragraph holding it).
  const runs: { italic: boolean | null; characterStyle: string }[] = [];
  let inProperties = 0;
  let inRunProperties = 0;
  let inText = false;
  // mc:Fallback repeats an mc:Choice's content for old readers; reading both would double the text.
  let skipping = 0;
  // w:pPrChange and w:rPrChange hold the properties before a tracked change, not the ones that apply.
  let inChange = 0;
  const add = (text: string) => {
    const current = open.at(-1);
    if (!current) return;
    current.text += text;
    const run = runs.at(-1) ?? { italic: null, characterStyle: '' };
    const last = current.runs.at(-1);
    if (last && last.italic === run.italic && last.characterStyle === run.characterStyle) last.text += text;
    else current.runs.push({ text, italic: run.italic, characterStyle: run.characterStyle });
  };
  for (const token of tokens(documentXml)) {
    if ('text' in token) {
      if (skipping === 0 && inText) add(token.text);
      continue;
    }
    const { tag } = token;
    if (tag.prefix === mc && tag.local === 'Fallback') {
      if (tag.selfClosing) continue;
      skipping += tag.closing ? -1 : 1;
      continue;
    }
    if (skipping > 0 || tag.prefix !== w) continue;
    const current = open.at(-1);
    const properties = inChange === 0 && !tag.closing;
    switch (tag.local) {
      case 'p':
        if (tag.closing) {
          const done = open.pop();
          if (done) paragraphs.push(done);
        } else if (!tag.selfClosing) open.push({ styleId: '', outlineLevel: null, listItem: false, text: '', runs: [] });
        break;
      case 'pPr':
        if (!tag.selfClosing) inProperties += tag.closing ? -1 : 1;
        break;
      case 'pPrChange':
      case 'rPrChange':
        if (!tag.selfClosing) inChange += tag.closing ? -1 : 1;
        break;
      case 'r':
        if (tag.selfClosing) break;
        if (tag.closing) runs.pop();
        else runs.push({ italic: null, characterStyle: '' });
        break;
      case 'rPr':
        if (!tag.selfClosing) inRunProperties += tag.closing ? -1 : 1;
        break;
      case 'i': {
        // The paragraph mark's w:rPr sits in w:pPr and formats no text.
        const run = runs.at(-1);
        if (run && properties && inRunProperties > 0 && inProperties === 0) run.italic = toggle(tag.attributes, w);
        break;
      }
      case 'rStyle': {
        const run = runs.at(-1);
        if (run && properties && inRunProperties > 0 && inProperties === 0) run.characterStyle = attribute(tag.attributes, `${w}:val`) ?? '';
        break;
      }
      case 'pStyle':
        if (current && properties && inProperties > 0) current.styleId = attribute(tag.attributes, `${w}:val`) ?? '';
        break;
      case 'outlineLvl':
        if (current && properties && inProperties > 0) current.outlineLevel = outline(attribute(tag.attributes, `${w}:val`));
        break;
      case 'numPr':
        if (current && properties && inProperties > 0) current.listItem = true;
        break;
      case 't':
        if (!tag.selfClosing) inText = !tag.closing;
        break;
      case 'tab':
        if (inProperties === 0 && !tag.closing) add('\t');
        break;
      case 'br':
      case 'cr':
        if (inProperties === 0 && !tag.closing && attribute(tag.attributes, `${w}:type`) !== 'page') add('\n');
        break;
      case 'noBreakHyphen':
        if (!tag.closing) add('-');
        break;
    }
  }
  return paragraphs;
}

/** Paragraph and character styles by id, from word/styles.xml. */
export function wordStyleSheet(stylesXml: string): WordStyleSheet {
  const w = prefixFor(stylesXml, wordprocessingNamespaces, 'w');
  const sheet: WordStyleSheet = { paragraph: new Map(), character: new Map() };
  let current: (WordStyle & { type: string }) | null = null;
  // Only the style's own w:rPr says whether its text is italic (not a table style's conditional formats).
  let inRunProperties = 0;
  let inConditional = 0;
  for (const token of tokens(stylesXml)) {
    if ('text' in token) continue;
    const { tag } = token;
    if (tag.prefix !== w) continue;
    if (tag.local === 'style') {
      if (tag.closing || tag.selfClosing) {
        if (current && (current.type === 'paragraph' || current.type === 'character')) {
          const { type, ...style } = current;
          sheet[type].set(style.id, style);
        }
        current = null;
      }
      if (!tag.closing && !tag.selfClosing) {
        const type = attribute(tag.attributes, `${w}:type`) ?? 'paragraph';
        current = { id: attribute(tag.attributes, `${w}:styleId`) ?? '', name: '', basedOn: null, outlineLevel: null, italic: null, type };
        inRunProperties = 0;
        inConditional = 0;
      }
      continue;
    }
    if (!current) continue;
    if (tag.local === 'rPr' && !tag.selfClosing) inRunProperties += tag.closing ? -1 : 1;
    if (tag.local === 'tblStylePr' && !tag.selfClosing) inConditional += tag.closing ? -1 : 1;
    if (tag.closing) continue;
    if (tag.local === 'name') current.name = attribute(tag.attributes, `${w}:val`) ?? '';
    else if (tag.local === 'basedOn') current.basedOn = attribute(tag.attributes, `${w}:val`);
    else if (tag.local === 'outlineLvl') current.outlineLevel = outline(attribute(tag.attributes, `${w}:val`));
    else if (tag.local === 'i' && inRunProperties > 0 && inConditional === 0) current.italic = toggle(tag.attributes, w);
  }
  return sheet;
}

/** Paragraph styles by id, from word/styles.xml. */
export function wordStyles(stylesXml: string): Map<string, WordStyle> {
  return wordStyleSheet(stylesXml).paragraph;
}

/** A style's italic, from it or the styles it is based on; null when none says. */
function styleItalic(id: string, styles: ReadonlyMap<string, WordStyle>): boolean | null {
  let at: string | null = id;
  for (let step = 0; at && step < 10; step += 1) {
    const style = styles.get(at);
    if (!style) return null;
    if (style.italic !== null) return style.italic;
    at = style.basedOn;
  }
  return null;
}

/** Character style ids Word uses for emphasis when styles.xml does not say (English and Swedish Word). */
const emphasisIdPattern = /^(?:emphasis|subtleemphasis|intenseemphasis|betoning|diskretbetoning|starkbetoning)$/i;

/**
 * Whether a run's text is italic: the run's own w:i, else its character
 * style's, else its paragraph style's (each with the styles it is based on).
 */
export function runIsItalic(run: WordRun, paragraph: WordParagraph, sheet: WordStyleSheet): boolean {
  if (run.italic !== null) return run.italic;
  if (run.characterStyle !== '') {
    const fromStyle = styleItalic(run.characterStyle, sheet.character);
    if (fromStyle !== null) return fromStyle;
    if (!sheet.character.has(run.characterStyle) && emphasisIdPattern.test(run.characterStyle)) return true;
  }
  return styleItalic(paragraph.styleId, sheet.paragraph) ?? false;
}

/** The document title in docProps/core.xml (dc:title), '' when there is none. */
export function coreTitle(coreXml: string): string {
  let inTitle = false;
  let title = '';
  for (const token of tokens(coreXml)) {
    if ('text' in token) {
      if (inTitle) title += token.text;
      continue;
    }
    // dc is the Dublin Core prefix in every core.xml Word writes; the local name alone is enough here.
    if (token.tag.local === 'title' && !token.tag.selfClosing) inTitle = !token.tag.closing;
  }
  return title.replace(/\s+/g, ' ').trim();
}

/** Built-in style ids Word uses when styles.xml does not say (English and Swedish Word). */
const headingIdPattern = /^(?:heading|rubrik)\s*([1-9])$/i;

/**
 * A paragraph's heading level (1 = Heading 1), or null for body text. The
 * paragraph's own outline level wins; then its style and the styles it is
 * based on: an outline level, or the name "heading N"; last, a style id such
 * as `Heading1` or `Rubrik1`. Outline level 9 is body text (Word's TOC
 * Heading is based on Heading 1 but sets it, so it is no heading).
 */
export function headingLevel(paragraph: WordParagraph, styles: ReadonlyMap<string, WordStyle>): number | null {
  if (paragraph.outlineLevel !== null) return paragraph.outlineLevel < 9 ? paragraph.outlineLevel + 1 : null;
  let id: string | null = paragraph.styleId;
  for (let step = 0; id && step < 10; step += 1) {
    const style = styles.get(id);
    if (!style) break;
    if (style.outlineLevel !== null) return style.outlineLevel < 9 ? style.outlineLevel + 1 : null;
    const named = /^heading\s*([1-9])$/i.exec(style.name.trim());
    if (named) return Number(named[1]);
    id = style.basedOn;
  }
  const byId = headingIdPattern.exec(paragraph.styleId);
  return byId ? Number(byId[1]) : null;
}

/** Whether the paragraph is in the Title style (Swedish Word: style id "Rubrik", name "Title"). */
export function isTitle(paragraph: WordParagraph, styles: ReadonlyMap<string, WordStyle>): boolean {
  const name = (styles.get(paragraph.styleId)?.name ?? paragraph.styleId).toLowerCase();
  return name === 'title' || name === 'rubrik';
}

/** Styles whose paragraphs are furniture, not content: the title, the table of contents. */
export function isFurniture(paragraph: WordParagraph, styles: ReadonlyMap<string, WordStyle>): boolean {
  const name = (styles.get(paragraph.styleId)?.name ?? paragraph.styleId).toLowerCase();
  return name === 'title' || name === 'subtitle' || name === 'toc heading' || /^toc\s*\d$/.test(name) || name === 'rubrik' || name === 'underrubrik';
}
