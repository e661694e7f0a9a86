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
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

/** The document language, written on the default run style so every run inherits it. */
export const documentLanguage = 'sv-SE';

/** A4 in twentieths of a point, portrait; docx swaps the sides itself for landscape sections. */
export const a4 = { width: 11_906, height: 16_838 } as const;
export const pageMargin = 1_134; // 2 cm

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

export interface Column {
  header: string;
  /** Width in twentieths of a point. */
  width: number;
  align?: CellAlignment;
}

const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;
const tableBorders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function cell(text: string, width: number, align: CellAlignment, header: boolean): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: header ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    // Every cell holds a paragraph, even an empty one: Word refuses a <w:tc> without <w:p>.
    children: [new Paragraph({ alignment: align === 'right' ? AlignmentType.RIGHT : AlignmentType.LEFT, children: textRuns(text, { bold: header }) })],
  });
}

/**
 * A table whose first row is marked as header row (`w:tblHeader`): Word repeats
 * it on every page and screen readers announce it. Rows never split across pages.
 */
export function dataTable(columns: readonly Column[], rows: readonly (readonly string[])[], footerRow?: readonly string[]): Table {
  const headerRow = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: columns.map((c) => cell(c.header, c.width, c.align ?? 'left', true)),
  });
  const bodyRow = (values: readonly string[], bold: boolean): TableRow =>
    new TableRow({
      cantSplit: true,
      children: columns.map((c, i) => cell(values[i] ?? '', c.width, c.align ?? 'left', bold)),
    });
  return new Table({
    width: { size: columns.reduce((sum, c) => sum + c.width, 0), type: WidthType.DXA },
    columnWidths: columns.map((c) => c.width),
    borders: tableBorders,
    rows: [headerRow, ...rows.map((r) => bodyRow(r, false)), ...(footerRow ? [bodyRow(footerRow, true)] : [])],
  });
}

/** Running header: what the document is about, which version and when, on every page. */
export function runningHeader(text: string): { default: Header } {
  return { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: textRuns(text, { size: 18, color: '595959' }) })] }) };
}

/** "Sida X av Y" with Word's PAGE and NUMPAGES fields. */
export function pageNumberFooter(): { default: Footer } {
  return {
    default: new Footer({
      children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: ['Sida ', PageNumber.CURRENT, ' av ', PageNumber.TOTAL_PAGES], size: 18 })] })],
    }),
  };
}
