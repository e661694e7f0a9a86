/**
 * Reading a rendered document's pages back from its PDF, to check the layout a reader sees:
 * no word of the user's text broken across two lines (the narrow-column defect: "Arbetsförmedlinge"
 * above "n", "1 700 000" above "kr"), and no page but the last left nearly empty.
 * poppler's `pdftotext -bbox-layout` gives every word with its box, grouped into lines and blocks
 * (in a table, a block is a column of cells); `pdftotext -layout -f N -l N` gives each page as
 * it looks, for the messages. The analysis below is pure, so it is unit-tested with made-up pages.
 */
import { execFileSync } from 'node:child_process';

export interface PdfWord {
  text: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

export interface PdfLine {
  words: PdfWord[];
}

export interface PdfBlock {
  lines: PdfLine[];
}

export interface PdfPage {
  /** 1-based, as pdftotext and a reader count. */
  number: number;
  width: number;
  height: number;
  blocks: PdfBlock[];
  /** The page as `pdftotext -layout` lays it out. */
  layoutText: string;
}

const attribute = (tag: string, name: string): number => Number(new RegExp(`${name}="([\\d.]+)"`).exec(tag)?.[1] ?? Number.NaN);

function unescapeXml(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code))).replace(/&amp;/g, '&');
}

/** Pages, blocks, lines and words out of `pdftotext -bbox-layout` XHTML. */
export function parseBboxLayout(xhtml: string): Omit<PdfPage, 'layoutText'>[] {
  const pages: Omit<PdfPage, 'layoutText'>[] = [];
  for (const pageMatch of xhtml.matchAll(/<page ([^>]*)>([\s\S]*?)<\/page>/g)) {
    const blocks = [...(pageMatch[2] ?? '').matchAll(/<block[^>]*>([\s\S]*?)<\/block>/g)].map((block) => ({
      lines: [...(block[1] ?? '').matchAll(/<line[^>]*>([\s\S]*?)<\/line>/g)].map((line) => ({
        words: [...(line[1] ?? '').matchAll(/<word ([^>]*)>([\s\S]*?)<\/word>/g)].map((word) => {
          const tag = word[1] ?? '';
          return { text: unescapeXml(word[2] ?? ''), xMin: attribute(tag, 'xMin'), yMin: attribute(tag, 'yMin'), xMax: attribute(tag, 'xMax'), yMax: attribute(tag, 'yMax') };
        }),
      })),
    }));
    pages.push({ number: pages.length + 1, width: attribute(pageMatch[1] ?? '', 'width'), height: attribute(pageMatch[1] ?? '', 'height'), blocks });
  }
  return pages;
}

/** Every page of a PDF with its words' boxes and its laid-out text. */
export function readPdfPages(pdfPath: string): PdfPage[] {
  const pages = parseBboxLayout(execFileSync('pdftotext', ['-bbox-layout', pdfPath, '-'], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
  return pages.map((page) => ({ ...page, layoutText: execFileSync('pdftotext', ['-layout', '-f', `${page.number}`, '-l', `${page.number}`, pdfPath, '-'], { encoding: 'utf8' }) }));
}

const edgePunctuation = /^[\s"'”“’‘«»([{<]+|[\s"'”“’‘«».,:;!?)\]}>]+$/gu;

/** The words of the user's text: split at white space, quotes and brackets and sentence marks trimmed off the ends. */
export function userWords(texts: readonly string[]): Set<string> {
  const words = new Set<string>();
  for (const text of texts) for (const raw of text.split(/[\s\u00a0\u202f]+/u)) {
    const word = raw.replace(edgePunctuation, '');
    if (word.length >= 2) words.add(word);
  }
  return words;
}

/**
 * Figures that must stand on one line whoever typed them, the document's own sums included: an amount
 * in kronor, a percentage, an ISO date, a week ("v. 48"), in Swedish and as the English documents
 * write them ("SEK 1,700,000", "12.5%", "week 48").
 */
const wholeFigures = [
  /^[−+-]?\d{1,3}(?:[ \u00a0]\d{3})*(?:,\d+)? kr$/u,
  /^[−+-]?\d+(?:,\d+)? %$/u,
  /^\d{4}-\d{2}-\d{2}$/u,
  /^v\. \d{1,2}$/u,
  /^[−+-]?SEK \d{1,3}(?:,\d{3})*(?:\.\d+)?$/u,
  /^week \d{1,2}$/u,
];
const isWholeFigure = (text: string): boolean => wholeFigures.some((pattern) => pattern.test(text));

export interface BrokenWord {
  page: number;
  /** The word as the user wrote it (or the figure as the document shows it). */
  word: string;
  /** How it stands in the PDF: the end of one line, a bar, the start of the next. */
  asRendered: string;
}

/** Trailing words of a line that belong to a figure, joined with spaces ("1 765 000"). */
function figureTail(words: readonly PdfWord[]): string {
  const tail: string[] = [];
  for (let i = words.length - 1; i >= 0 && /^[−+-]?[\d.,:\u00a0-]+$/u.test(words[i]?.text ?? ''); i -= 1) tail.unshift(words[i]?.text ?? '');
  return tail.join(' ');
}

/** Leading words of a line that can end a figure ("000 kr", "kr", "%"). */
function figureHead(words: readonly PdfWord[]): string[] {
  const heads: string[] = [];
  let text = '';
  for (const word of words) {
    if (!/^(?:[\d.,:-]+|kr|%)$/u.test(word.text)) break;
    text = text === '' ? word.text : `${text} ${word.text}`;
    heads.push(text);
  }
  return heads;
}

/**
 * Words the renderer broke across two lines of the same block (a table cell, or a paragraph): the end
 * of one line and the start of the next make one of the user's words or one whole figure. A break
 * right after a hyphen ("UF-" / "lärare") is where Word and LibreOffice may break, so it counts only
 * for dates and when the renderer added the hyphen itself ("Arbetsför-" / "medlingen").
 */
export function brokenWords(pages: readonly Omit<PdfPage, 'layoutText'>[], userText: readonly string[]): BrokenWord[] {
  const words = userWords(userText);
  const broken: BrokenWord[] = [];
  for (const page of pages) {
    for (const block of page.blocks) {
      const lines = [...block.lines].sort((a, b) => (a.words[0]?.yMin ?? 0) - (b.words[0]?.yMin ?? 0));
      for (let i = 0; i + 1 < lines.length; i += 1) {
        const above = lines[i]?.words ?? [];
        const below = lines[i + 1]?.words ?? [];
        const last = above.at(-1);
        const first = below[0];
        if (!last || !first) continue;
        const end = last.text.replace(/^[\s"'”“’‘«»([{<]+/u, '');
        const start = first.text.replace(/[\s"'”“’‘«».,:;!?)\]}>]+$/u, '');
        const joined = `${end}${start}`;
        const unhyphenated = end.endsWith('-') ? `${end.slice(0, -1)}${start}` : null;
        const tail = figureTail(above);
        const figure = tail === '' ? undefined : figureHead(below).map((head) => `${tail} ${head}`).find(isWholeFigure);
        const found = (word: string, asRendered = `${end}|${start}`): void => void broken.push({ page: page.number, word, asRendered });
        if (isWholeFigure(joined)) found(joined);
        else if (figure !== undefined) found(figure, `${tail}|${figure.slice(tail.length + 1)}`);
        else if (isWholeFigure(`${end} ${start}`)) found(`${end} ${start}`);
        else if (!end.endsWith('-') && words.has(joined)) found(joined);
        else if (unhyphenated !== null && !words.has(joined) && words.has(unhyphenated)) found(unhyphenated);
      }
    }
  }
  return broken;
}

/** The page's margins as the builders set them (2 cm): the running header lies above, the page number below. */
const marginPoints = (1_134 / 20) as number;

/**
 * How full a page is: from the top of the text area down to its lowest word, as a share of the
 * text area's height. The running header and the page number in the margins do not count.
 */
export function pageFill(page: Pick<PdfPage, 'height' | 'blocks'>): number {
  const bottom = page.height - marginPoints;
  let lowest = marginPoints;
  for (const block of page.blocks) for (const line of block.lines) for (const word of line.words) {
    if (word.yMin >= marginPoints && word.yMax <= bottom) lowest = Math.max(lowest, word.yMax);
  }
  return (lowest - marginPoints) / (bottom - marginPoints);
}

export interface SparsePage {
  page: number;
  /** Share of the text area used, 0–1. */
  fill: number;
  layoutText: string;
}

const isLandscape = (page: Pick<PdfPage, 'width' | 'height'>): boolean => page.width > page.height;

/**
 * Pages before the last that are less than `minFill` full (a fifth unless told). A page followed by
 * a page of the other orientation does not count: a landscape table must start a page of its own,
 * and no builder can know how full the page before it will be. Whether a table needs landscape at
 * all is the builders' choice, checked in their unit tests.
 */
export function sparsePages(pages: readonly PdfPage[], minFill = 0.2): SparsePage[] {
  return pages
    .slice(0, -1)
    .filter((page, i) => {
      const next = pages[i + 1];
      return next !== undefined && isLandscape(next) === isLandscape(page);
    })
    .map((page) => ({ page: page.number, fill: pageFill(page), layoutText: page.layoutText }))
    .filter((p) => p.fill < minFill);
}

/** The problems a reader would see, one sentence each; empty when the layout is good. */
export function layoutProblems(pages: readonly PdfPage[], userText: readonly string[]): string[] {
  const words = brokenWords(pages, userText).map((b) => `sidan ${b.page}: ”${b.word}” är avstavat över två rader (${b.asRendered})`);
  const sparse = sparsePages(pages).map(
    (p) => `sidan ${p.page} av ${pages.length} är bara till ${Math.round(p.fill * 100)} % fylld:\n${p.layoutText.replace(/\n{3,}/g, '\n\n').trimEnd()}`,
  );
  return [...words, ...sparse];
}
