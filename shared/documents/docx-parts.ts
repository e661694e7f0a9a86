/**
 * Building blocks shared by the Word document builders: text that keeps its
 * line breaks, tables with a repeating header row, and the page furniture.
 * docx escapes XML itself, so text goes in raw; we only drop characters XML
 * 1.0 cannot hold at all (Word would refuse the whole file).
 */
import {
  AlignmentType,
  BorderStyle,
  Footer,
  Header,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableOfContents,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { FileChild, HeadingLevel, IPropertiesOptions, ISectionOptions, IStylesOptions, PageOrientation } from 'docx';
import { columnMeasurer, defaultCellMargin, fitColumns, tightCellMargin } from './column-widths.ts';
import type { TableText } from './column-widths.ts';
import type { DocumentWords } from './words/index.ts';

/** The language of the default style set and of a reference document's styles as merged (./reference-styles.ts); a document in another language relabels them. */
export const documentLanguage = 'sv-SE';

/** A4 in twentieths of a point, portrait; docx swaps the sides itself for landscape sections. */
export const a4 = { width: 11_906, height: 16_838 } as const;
export const pageMargin = 1_134; // 2 cm

/** Usable width between the margins, portrait and landscape. */
export const portraitTextWidth = a4.width - 2 * pageMargin;
export const landscapeTextWidth = a4.height - 2 * pageMargin;

/** Whether XML 1.0 can hold the code point: not C0 controls other than tab/LF/CR, lone surrogates, U+FFFE or U+FFFF. */
function isXmlChar(code: number): boolean {
  if (code < 0x20) return code === 0x09 || code === 0x0a || code === 0x0d;
  return !(code >= 0xd800 && code <= 0xdfff) && code !== 0xfffe && code !== 0xffff;
}

/** Text as XML can carry it; everything else (including `&`, `<`, quotes and emoji) is kept exactly. */
export function xmlSafe(text: string): string {
  let out = '';
  // for…of walks code points, so a proper surrogate pair (emoji) arrives whole and only a lone half is dropped.
  for (const ch of text) if (isXmlChar(ch.codePointAt(0) ?? 0)) out += ch;
  return out;
}

export interface RunStyle {
  bold?: boolean;
  italics?: boolean;
  size?: number;
  color?: string;
}

/** One run per line, with a line break (`<w:br/>`) before every line but the first. */
export function textRuns(text: string, style: RunStyle = {}): TextRun[] {
  const lines = xmlSafe(text).replace(/\r\n?/g, '\n').split('\n');
  return lines.map((line, index) => new TextRun({ text: line, break: index > 0 ? 1 : undefined, ...style }));
}

/** A paragraph of user text with its line breaks kept. */
export function textParagraph(text: string, style: RunStyle = {}): Paragraph {
  return new Paragraph({ children: textRuns(text, style) });
}

/** A bold label and its value on one line, e.g. "Effektmål: Fler unga …". */
export function labelledParagraph(label: string, value: string, emptyText: string): Paragraph {
  const children = [new TextRun({ text: `${label}: `, bold: true }), ...(value.trim() === '' ? [new TextRun({ text: emptyText, italics: true })] : textRuns(value))];
  return new Paragraph({ children });
}

export type CellAlignment = 'left' | 'right';

/** A table column: its header and how its cells align; its width comes from the content (./column-widths.ts). */
export interface Column {
  header: string;
  align?: CellAlignment;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const tableBorders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

/** The document's body text, 11 pt, in half-points. */
export const bodySize = 22;
/** The smallest a table is set when its words do not fit the line at the size asked for: 8 pt. */
const smallestTableSize = 16;

export interface TableOptions {
  /** Font size in half-points for a dense table of figures; the document's 11 pt when left out. */
  size?: number;
  /** The line the table spans, in twips; the portrait text width when left out. */
  width?: number;
  /**
   * All the tables of a run of tables with the same columns (one per tactic, per quarter …), this
   * one included: measured together instead of this one alone, so that they all get the same
   * widths and size and their columns line up down the pages.
   */
  siblings?: readonly { rows: readonly (readonly string[])[]; footer?: readonly string[] }[];
  /**
   * A short table of figures read as one (an indicator's values per year): every row keeps with
   * the next, so the table moves to the next page whole instead of leaving a row or two behind.
   */
  keepTogether?: boolean;
}

/** A header cell (bold, shaded, kept with the next row), a body cell, or a cell of the sum row (bold, shaded). */
type CellKind = 'header' | 'body' | 'sum';

/**
 * A cell says only what differs from the defaults: a body cell is neither bold nor shaded and its
 * paragraph is left-aligned, so it writes none of that, and its width comes from the table's grid
 * (`w:tblGrid`). A large table has thousands of cells, and a default restated in each of them made
 * the document three times the XML to build, pack and open. The header row alone carries each
 * column's width (`w:tcW`) besides the grid: Word's automatic layout takes a column's preferred
 * width from its cells, and the header is in every table.
 */
function cell(text: string, width: number | undefined, align: CellAlignment, kind: CellKind, size: number | undefined, keepNext = kind === 'header'): TableCell {
  const emphasised = kind !== 'body';
  const style: RunStyle = {};
  if (emphasised) style.bold = true;
  if (size !== undefined) style.size = size;
  return new TableCell({
    width: width === undefined ? undefined : { size: width, type: WidthType.DXA },
    shading: emphasised ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    // Every cell holds a paragraph, even an empty one: Word refuses a <w:tc> without <w:p>.
    // Only the header row keeps with the next row, so it never ends a page alone; body rows flow.
    children: [
      new Paragraph({
        alignment: align === 'right' ? AlignmentType.RIGHT : undefined,
        keepNext: keepNext ? true : undefined,
        children: textRuns(keepRangesWhole(text), style),
      }),
    ],
  });
}

/**
 * A range of figures ("2026–2028", "1–3") stands on one line in a cell: word joiners around its dash, since
 * Word and LibreOffice may otherwise break after the dash. The column widths already leave room for it.
 */
export function keepRangesWhole(text: string): string {
  return text.replace(/(\d)–(?=\d)/gu, '$1\u2060–\u2060');
}

export interface TableLayout {
  /** Each column's width in twips, adding up to the line. */
  widths: number[];
  /** The size the text is set in, in half-points. */
  size: number;
  /** The cells' left and right margins, in twips. */
  margin: number;
  /** False when even at 8 pt with narrow margins some word or figure does not fit: it will break. */
  fits: boolean;
}

/**
 * The widths of a table's columns across the line, and the size its text is set in: the size
 * asked for, or a step smaller (down to 8 pt) when the longest word or the widest figure of some
 * column would not fit otherwise, and at 8 pt narrower cell margins as the last resort.
 */
export function tableLayout(columns: readonly Column[], rows: readonly (readonly string[])[], footerRow: readonly string[] | undefined, options: TableOptions = {}): TableLayout {
  const { siblings } = options;
  if (siblings === undefined) return measuredLayout(columns, [{ rows, footer: footerRow }], options);
  // Every table of a run of siblings measures the same text (the whole run): measured once, not once per table.
  const key = JSON.stringify([columns.map((c) => c.header), options.width ?? null, options.size ?? null]);
  let known = siblingLayouts.get(siblings);
  if (known === undefined) {
    known = new Map();
    siblingLayouts.set(siblings, known);
  }
  const cached = known.get(key);
  if (cached !== undefined) return cached;
  const layout = measuredLayout(columns, siblings, options);
  known.set(key, layout);
  return layout;
}

/** The layouts of runs of sibling tables, by the run (the same array for all its tables) and the columns, width and size asked for. */
const siblingLayouts = new WeakMap<NonNullable<TableOptions['siblings']>, Map<string, TableLayout>>();

function measuredLayout(columns: readonly Column[], measured: NonNullable<TableOptions['siblings']>, options: TableOptions): TableLayout {
  const table: TableText = {
    header: columns.map((c) => c.header),
    rows: measured.flatMap((t) => t.rows),
    footers: measured.map((t) => t.footer).filter((f): f is readonly string[] => f !== undefined),
  };
  const width = options.width ?? portraitTextWidth;
  const asked = options.size ?? bodySize;
  // The text is measured once and fitted at each size tried.
  const measure = columnMeasurer(table);
  let fitted = fitColumns(measure(asked), width);
  let size = asked;
  while (!fitted.fits && size - 2 >= smallestTableSize) {
    size -= 2;
    fitted = fitColumns(measure(size), width);
  }
  if (fitted.fits) return { widths: fitted.widths, size, margin: defaultCellMargin, fits: true };
  const tight = fitColumns(measure(size, tightCellMargin), width);
  return { widths: tight.widths, size, margin: tightCellMargin, fits: tight.fits };
}

/**
 * A table across the line whose first row is marked as header row (`w:tblHeader`): Word repeats
 * it on every page and screen readers announce it. Rows never split across pages. Column widths
 * follow the content, so no word and no amount or date is broken inside a cell.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly string[])[], footerRow?: readonly string[], options: TableOptions = {}): Table {
  const layout = tableLayout(columns, rows, footerRow, options);
  // At the document's own size the runs inherit it, so a reference document's body size still applies.
  const size = options.size === undefined && layout.size === bodySize ? undefined : layout.size;
  const widthOf = (i: number): number => layout.widths[i] ?? 0;
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c, i) => cell(c.header, widthOf(i), c.align ?? 'left', 'header', size)),
  });
  const bodyRow = (values: readonly string[], kind: CellKind, keepNext: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => cell(values[i] ?? '', undefined, c.align ?? 'left', kind, size, keepNext)),
    });
  const bodyRows = [...rows.map((r): [readonly string[], CellKind] => [r, 'body']), ...(footerRow ? [[footerRow, 'sum'] as [readonly string[], CellKind]] : [])];
  return new Table({
    width: { size: layout.widths.reduce((sum, w) => sum + w, 0), type: WidthType.DXA },
    // The grid (`w:tblGrid`) comes from the header row's widths. Given as `columnWidths`, docx would
    // write them into every cell as well, since Word's automatic layout sizes a column of cells
    // without a width to its content; the fixed layout takes the widths from the grid and the
    // first row instead, which are the widths measured for the content (./column-widths.ts).
    layout: TableLayoutType.FIXED,
    // Only a crowded table says its margins; the others take the table style's (the reference document's, if any).
    ...(layout.margin === defaultCellMargin ? {} : { margins: { left: layout.margin, right: layout.margin, marginUnitType: WidthType.DXA } }),
    borders: tableBorders,
    rows: [headerRow, ...bodyRows.map(([values, kind], i) => bodyRow(values, kind, options.keepTogether === true && i < bodyRows.length - 1))],
  });
}

/** Running header: what the document is about, which version and when, on every page. */
export function runningHeader(text: string): { default: Header } {
  return { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(text, { size: 18, color: '595959' }) })] }) };
}

/** "Sida X av Y" / "Page X of Y" with Word's PAGE and NUMPAGES fields. */
export function pageNumberFooter(words: DocumentWords): { default: Footer } {
  const { before, between } = words.common.pageNumber;
  return {
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES], size: 18 })] })],
    }),
  };
}

export type HeadingLevelValue = (typeof HeadingLevel)[keyof typeof HeadingLevel];
export type Orientation = (typeof PageOrientation)[keyof typeof PageOrientation];

/** A heading kept with what follows it, so it never ends a page alone. */
export function heading(text: string, level: HeadingLevelValue, pageBreakBefore = false): Paragraph {
  return new Paragraph({ heading: level, pageBreakBefore, keepNext: true, children: textRuns(text) });
}

/** A plain sentence in italics for what is absent ("Ingen tid är loggad under perioden."). */
export function noteParagraph(text: string): Paragraph {
  return new Paragraph({ children: textRuns(text, { italics: true }) });
}

/**
 * The contents, right under the title block: a title page of its own would stand nearly empty, and
 * the document's first section follows on the same page rather than after a forced break.
 */
export function tableOfContents(words: DocumentWords): FileChild[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: words.common.contents, bold: true, size: 32 })] }),
    new TableOfContents(words.common.contents, { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new TextRun({ text: words.common.contentsNote, italics: true, size: 18 })] }),
  ];
}

/** An empty paragraph: the space after a table, which Word would otherwise glue to the next one. */
export function spacer(): Paragraph {
  return new Paragraph({ children: [] });
}

/**
 * A section of A4 with the usual margins. Each section gets its own header
 * and footer, so none depends on Word's inheritance between sections.
 */
export function pageSection(children: FileChild[], orientation: Orientation, headerText: string, words: DocumentWords): ISectionOptions {
  return {
    properties: { page: { size: { width: a4.width, height: a4.height, orientation }, margin: { top: pageMargin, bottom: pageMargin, left: pageMargin, right: pageMargin } } },
    headers: runningHeader(headerText),
    footers: pageNumberFooter(words),
    children,
  };
}

/** The default style set: Calibri 11, Title and Heading 1–3 in dark blue, the language (`sv-SE`, `en-GB`) on every style a run may take its language from. */
function documentStylesIn(language: string): IStylesOptions {
  return {
    default: {
      document: { run: { language: { value: language }, font: 'Calibri', size: 22 } },
      title: { run: { language: { value: language }, size: 48, bold: true } },
      heading1: { run: { language: { value: language }, size: 32, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 360, after: 120 } } },
      heading2: { run: { language: { value: language }, size: 26, bold: true, color: '1F3864' }, paragraph: { spacing: { before: 240, after: 80 } } },
      heading3: { run: { language: { value: language }, size: 23, bold: true, color: '2F5496' }, paragraph: { spacing: { before: 200, after: 60 } } },
    },
  };
}

/** The default style set in Swedish, as the reference template and the merge of reference styles know it. */
export const documentStyles: IStylesOptions = documentStylesIn(documentLanguage);

/** Styles XML with every language (`<w:lang w:val>`) set to the given one; east Asian and bidirectional languages are left as they are. */
export function stylesInLanguage(stylesXml: string, language: string): string {
  return stylesXml.replace(/<w:lang(?=[\s/>])[^>]*>/g, (tag) => tag.replace(/(\sw:val=)("[^"]*"|'[^']*')/, `$1"${language}"`));
}

/**
 * The document's styles: the default set, or a reference document's styles.xml
 * already completed by `mergeReferenceStyles` (./reference-styles.ts). With
 * `externalStyles` docx puts its own defaults first and lets the external
 * styles replace them by id, whereas `styles.default` would replace the
 * reference's Title and headings, so it is left out then.
 */
export function documentStyleOptions(referenceStyles: string | undefined, words: DocumentWords): Pick<IPropertiesOptions, 'styles' | 'externalStyles'> {
  const language = words.locale;
  if (referenceStyles === undefined) return { styles: language === documentLanguage ? documentStyles : documentStylesIn(language) };
  return { externalStyles: language === documentLanguage ? referenceStyles : stylesInLanguage(referenceStyles, language) };
}

export interface CoreProperties {
  title: string;
  author: string;
  subject: string;
  description: string;
}

/** Title, author, subject and description for docProps/core.xml (docx writes the created date itself). */
export function coreProperties(p: CoreProperties): Pick<IPropertiesOptions, 'title' | 'creator' | 'lastModifiedBy' | 'subject' | 'description'> {
  return { title: xmlSafe(p.title), creator: xmlSafe(p.author), lastModifiedBy: xmlSafe(p.author), subject: xmlSafe(p.subject), description: xmlSafe(p.description) };
}
