/**
 * Just enough of WordprocessingML to read a document's paragraphs, their
 * styles and their text, without a DOM (shared/ has none): a tokenizer over
 * the XML and a little state. It reads w:p, w:pStyle, w:outlineLvl, w:numPr,
 * w:t, w:tab, w:br/w:cr, and styles.xml's w:style (name, basedOn, outline
 * level). Entities: the five XML ones and numeric references; nothing is
 * ever expanded from a DTD, so no entity bomb can grow.
 */

export interface WordParagraph {
  /** The paragraph's style id (w:pStyle), '' for the default style. */
  styleId: string;
  /** The paragraph's own outline level (w:outlineLvl, 0 = level 1), or null. */
  outlineLevel: number | null;
  /** Part of a numbered or bulleted list. */
  listItem: boolean;
  text: string;
}

export interface WordStyle {
  id: string;
  /** The style's internal name, e.g. "heading 1" (Word writes the English name whatever the UI language). */
  name: string;
  basedOn: string | null;
  outlineLevel: number | null;
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

/** The body's paragraphs in document order (a text box's paragraphs come just before the paragraph holding it). */
export function wordParagraphs(documentXml: string): WordParagraph[] {
  const w = prefixFor(documentXml, wordprocessingNamespaces, 'w');
  const mc = prefixFor(documentXml, [compatibilityNamespace], 'mc');
  const paragraphs: WordParagraph[] = [];
  const open: WordParagraph[] = [];
  let inProperties = 0;
  let inText = false;
  // mc:Fallback repeats an mc:Choice's content for old readers; reading both would double the text.
  let skipping = 0;
  for (const token of tokens(documentXml)) {
    if ('text' in token) {
      const current = open.at(-1);
      if (skipping === 0 && inText && current) current.text += token.text;
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
    switch (tag.local) {
      case 'p':
        if (tag.closing) {
          const done = open.pop();
          if (done) paragraphs.push(done);
        } else if (!tag.selfClosing) open.push({ styleId: '', outlineLevel: null, listItem: false, text: '' });
        break;
      case 'pPr':
        if (!tag.selfClosing) inProperties += tag.closing ? -1 : 1;
        break;
      case 'pStyle':
        if (current && inProperties > 0) current.styleId = attribute(tag.attributes, `${w}:val`) ?? '';
        break;
      case 'outlineLvl':
        if (current && inProperties > 0) current.outlineLevel = outline(attribute(tag.attributes, `${w}:val`));
        break;
      case 'numPr':
        if (current && inProperties > 0 && !tag.closing) current.listItem = true;
        break;
      case 't':
        if (!tag.selfClosing) inText = !tag.closing;
        break;
      case 'tab':
        if (current && inProperties === 0 && !tag.closing) current.text += '\t';
        break;
      case 'br':
      case 'cr':
        if (current && inProperties === 0 && !tag.closing && attribute(tag.attributes, `${w}:type`) !== 'page') current.text += '\n';
        break;
      case 'noBreakHyphen':
        if (current && !tag.closing) current.text += '-';
        break;
    }
  }
  return paragraphs;
}

/** Paragraph styles by id, from word/styles.xml. */
export function wordStyles(stylesXml: string): Map<string, WordStyle> {
  const w = prefixFor(stylesXml, wordprocessingNamespaces, 'w');
  const styles = new Map<string, WordStyle>();
  let current: (WordStyle & { paragraph: boolean }) | null = null;
  for (const token of tokens(stylesXml)) {
    if ('text' in token) continue;
    const { tag } = token;
    if (tag.prefix !== w) continue;
    if (tag.local === 'style') {
      if (tag.closing || tag.selfClosing) {
        if (current?.paragraph) styles.set(current.id, { id: current.id, name: current.name, basedOn: current.basedOn, outlineLevel: current.outlineLevel });
        current = null;
      }
      if (!tag.closing && !tag.selfClosing) {
        const type = attribute(tag.attributes, `${w}:type`);
        current = { id: attribute(tag.attributes, `${w}:styleId`) ?? '', name: '', basedOn: null, outlineLevel: null, paragraph: type === null || type === 'paragraph' };
      }
      continue;
    }
    if (!current || tag.closing) continue;
    if (tag.local === 'name') current.name = attribute(tag.attributes, `${w}:val`) ?? '';
    else if (tag.local === 'basedOn') current.basedOn = attribute(tag.attributes, `${w}:val`);
    else if (tag.local === 'outlineLvl') current.outlineLevel = outline(attribute(tag.attributes, `${w}:val`));
  }
  return styles;
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

/** Styles whose paragraphs are furniture, not content: the title, the table of contents. */
export function isFurniture(paragraph: WordParagraph, styles: ReadonlyMap<string, WordStyle>): boolean {
  const name = (styles.get(paragraph.styleId)?.name ?? paragraph.styleId).toLowerCase();
  return name === 'title' || name === 'subtitle' || name === 'toc heading' || /^toc\s*\d$/.test(name) || name === 'rubrik' || name === 'underrubrik';
}
