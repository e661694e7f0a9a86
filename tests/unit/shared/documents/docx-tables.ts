/** Reading tables, sections and page furniture out of a packed .docx's XML in tests. */
import { paragraphTexts } from './docx-reading.ts';

/** Every table as rows of cell texts (a cell's paragraphs joined by newlines). Our builders never nest tables. */
export function tables(xml: string): string[][][] {
  return (xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? []).map((table) =>
    (table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? []).map((row) => (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).map((cell) => paragraphTexts(cell).join('\n'))),
  );
}

/** The raw XML of every table. */
export function tableXml(xml: string): string[] {
  return xml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
}

/** The document body split into its sections: each section's content ends with its `<w:sectPr>`. */
export function sections(xml: string): string[] {
  const body = /<w:body>([\s\S]*)<\/w:body>/.exec(xml)?.[1] ?? '';
  return body.split('</w:sectPr>').slice(0, -1);
}

/** The text of every header (`header`) or footer (`footer`) part. */
export function furniture(parts: Map<string, string>, kind: 'header' | 'footer'): string[] {
  return [...parts].filter(([name]) => new RegExp(`^word/${kind}\\d+\\.xml$`).test(name)).map(([, xml]) => xml);
}

/** Whether the first row of every table is marked as a header row that repeats on each page. */
export function everyTableRepeatsItsHeader(xml: string): boolean {
  return tableXml(xml).every((table) => (/<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '').includes('<w:tblHeader/>'));
}

/** Whether every table cell holds at least one paragraph (Word refuses a cell without). */
export function everyCellHasAParagraph(xml: string): boolean {
  return (xml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).every((cell) => /<w:p[ >]/.test(cell));
}

/** The widths of each table's grid columns, in twips. */
export function gridWidths(xml: string): number[][] {
  return tableXml(xml).map((table) => [...table.matchAll(/<w:gridCol w:w="(\d+)"\/>/g)].map((m) => Number(m[1])));
}
