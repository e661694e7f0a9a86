/**
 * The parts of a document's body as the anchors mark them (./anchors.ts): each anchor's paragraph
 * and the paragraphs after it up to the next anchor's, with their text. The review package hashes
 * these texts into its manifest; the comment reader can hash them again in a returned file to see
 * which parts a reviewer edited.
 *
 * This reads WordprocessingML we wrote or that Word or LibreOffice saved from it, leniently: it
 * is not the place to refuse hostile files (the reader checks a part with ./read-xml.ts first).
 */
import { decodeXmlEntities } from '../templates/word-xml.ts';
import { parseAnchorName } from './anchors.ts';

export interface AnchoredRegion {
  /** The bookmark's name as the file has it. */
  anchor: string;
  /** The region's text as `regionText` normalises it. */
  text: string;
}

/**
 * One paragraph's text for hashing: tabs and line breaks as spaces, invisible joiners, zero-width
 * spaces and soft hyphens dropped, white space collapsed and trimmed, so that a program that only
 * re-saves the file leaves it as it was.
 */
export function paragraphText(raw: string): string {
  return raw
    .replace(/[\u2060\u200b\u00ad\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const tokenPattern = /<(\/?)(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)((?:"[^"]*"|'[^']*'|[^'">])*)>|([^<]+)/g;

/** The anchors in document.xml in body order, each with the text of its region (paragraphs joined by a line feed, empty ones left out). */
export function anchoredRegions(documentXml: string): AnchoredRegion[] {
  const regions: { anchor: string; paragraphs: string[] }[] = [];
  let current: string[] | null = null;
  // Anchors met in the paragraph being read start their regions with it.
  let paragraph: string | null = null;
  let pendingAnchors: string[] = [];
  let inText = false;
  let depth = 0;
  const endParagraph = () => {
    if (paragraph === null) return;
    if (pendingAnchors.length > 0) {
      for (const anchor of pendingAnchors) {
        current = [];
        regions.push({ anchor, paragraphs: current });
      }
      pendingAnchors = [];
    }
    const text = paragraphText(paragraph);
    if (current !== null && text !== '') current.push(text);
    paragraph = null;
  };
  for (const m of documentXml.matchAll(tokenPattern)) {
    const [, slash, local, attributes, text] = m;
    if (text !== undefined) {
      if (inText && paragraph !== null) paragraph += decodeXmlEntities(text);
      continue;
    }
    const closing = slash === '/';
    const selfClosing = (attributes ?? '').trimEnd().endsWith('/');
    switch (local) {
      case 'p':
        // A paragraph inside a paragraph (a text box) is read as part of the outer one.
        if (closing) {
          depth -= 1;
          if (depth === 0) endParagraph();
        } else if (!selfClosing) {
          if (depth === 0) paragraph = '';
          depth += 1;
        }
        break;
      case 't':
        inText = !closing && !selfClosing;
        break;
      case 'tab':
      case 'br':
      case 'cr':
        if (!closing && paragraph !== null) paragraph += ' ';
        break;
      case 'bookmarkStart': {
        if (closing) break;
        const name = /\sw:name\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(attributes ?? '');
        const anchor = decodeXmlEntities(name?.[1] ?? name?.[2] ?? '');
        if (parseAnchorName(anchor) === null) break;
        // A bookmark between paragraphs belongs to the next one.
        pendingAnchors.push(anchor);
        break;
      }
    }
  }
  endParagraph();
  return regions.map((r) => ({ anchor: r.anchor, text: r.paragraphs.join('\n') }));
}
