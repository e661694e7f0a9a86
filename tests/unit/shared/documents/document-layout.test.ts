/**
 * The layout rules every Word document follows, read from the packed XML of realistic samples
 * (tests/e2e/document-samples.ts, which document-layout.spec.ts also renders in LibreOffice):
 * columns as wide as their longest word and widest figure, no forced page breaks, keep-with-next
 * only where it belongs, landscape only where a table needs it.
 */
import { describe, expect, it } from 'vitest';
import { defaultCellMargin, measureColumns } from '#shared/documents/column-widths.ts';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { documentSamples } from '../../../e2e/document-samples.ts';
import { paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { gridWidths, tableXml, tables } from './docx-tables.ts';
import { exampleWorkbook } from './document-fixtures.ts';
import { documentWords } from '#shared/documents/words/index.ts';

const samples = await Promise.all(documentSamples().map(async (s) => ({ name: s.name, xml: part(unzipDocx(await packDocx(s.document)), 'word/document.xml') })));

const rowsOf = (table: string): string[] => table.match(/<w:tr>[\s\S]*?<\/w:tr>/g) ?? [];
const paragraphsOf = (xml: string): string[] => xml.match(/<w:p[ >][\s\S]*?<\/w:p>/g) ?? [];

describe.each(samples)('$name', ({ xml }) => {
  it('gives every table column at least the width of its longest word and widest figure', () => {
    const texts = tables(xml);
    const widths = gridWidths(xml);
    tableXml(xml).forEach((table, t) => {
      // The size the table is set in (half-points), or the document's 11 pt; its cell margins, or the default.
      const size = Number(/<w:sz w:val="(\d+)"\/>/.exec(table)?.[1] ?? 22);
      const margin = Number(/<w:tblCellMar>[\s\S]*?<w:left [^>]*w:w="(\d+)"/.exec(table)?.[1] ?? defaultCellMargin);
      const [header = [], ...rest] = texts[t] ?? [];
      const hasSum = /<w:shd [^>]*w:fill="D9E2F3"/.test(rowsOf(table).at(-1) ?? '') && rest.length > 0;
      const measures = measureColumns({ header, rows: hasSum ? rest.slice(0, -1) : rest, footers: hasSum ? [rest.at(-1) ?? []] : [] }, size, margin);
      const tooNarrow = measures.map((m, i) => ({ column: header[i], width: widths[t]?.[i] ?? 0, needs: m.min })).filter((c) => c.width < c.needs);
      expect(tooNarrow, `table ${t + 1} (${header.join(' | ')})`).toEqual([]);
    });
  });

  it('forces no page break: a section starts where the one before it ends', () => {
    expect(xml).not.toContain('w:pageBreakBefore');
    expect(xml).not.toMatch(/<w:br w:type="page"\/>/);
  });

  it('keeps a table\'s header row with the next row, and no other row of any table but a short one kept whole', () => {
    for (const table of tableXml(xml)) {
      const [header = '', ...rest] = rowsOf(table);
      expect(paragraphsOf(header).every((p) => p.includes('<w:keepNext/>'))).toBe(true);
      const kept = rest.filter((row) => row.includes('<w:keepNext/>'));
      if (kept.length === 0) continue;
      // An indicator's values per year move to the next page whole: every row but the last keeps, and the table is short.
      expect(rest.length).toBeLessThanOrEqual(30);
      expect(kept).toEqual(rest.slice(0, -1));
    }
  });

  it('keeps with the next paragraph only headings, the short labels above a text and short labelled values, never a text itself', () => {
    const body = xml.replace(/<w:tbl>[\s\S]*?<\/w:tbl>/g, '');
    const kept = paragraphsOf(body).filter((p) => p.includes('<w:keepNext/>') && !/<w:pStyle w:val="(Title|Heading\d)"\/>/.test(p));
    for (const text of kept.flatMap(paragraphTexts)) {
      // A labelled value of at most two lines ("Utgångsläge: 78,5 % (2019)", an indicator's facts above its chart) may keep too.
      if (/^[^:\n]{1,60}: /u.test(text)) expect(text.length, text).toBeLessThanOrEqual(200);
      else expect(text.length, text).toBeLessThanOrEqual(60);
    }
  });
});

describe('the handlingsplan\'s activities', () => {
  it('stay on portrait pages when their tables fit across them, so no landscape section leaves a page half empty', async () => {
    const book = exampleWorkbook();
    const plan = book.actionPlans[0];
    const goalArea = book.goalAreas[0];
    if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
    const short = book.activities.map((a, i) => ({ ...a, title: `Möte ${i + 1}`, responsible: 'Per Ek' }));
    const content: PlanContent = { plan, strategies: book.strategies, tactics: book.tactics, activities: short };
    const doc = buildHandlingsplan({ content, goalArea, contacts: book.contacts, ownerName: 'Anna Lindqvist', today: '2026-11-27', draft: false, completeness: [] }, documentWords('sv'), undefined);
    const xml = part(unzipDocx(await packDocx(doc)), 'word/document.xml');
    expect(xml.match(/w:orient="(\w+)"/g)).toEqual(['w:orient="portrait"']);
  });

  it('go to a landscape section when long words would not fit across a portrait page', () => {
    const landscape = samples.filter((s) => s.name.startsWith('handlingsplan')).map((s) => s.xml.match(/w:orient="(\w+)"/g));
    for (const orientations of landscape) expect(orientations).toEqual(['w:orient="portrait"', 'w:orient="landscape"', 'w:orient="portrait"']);
  });
});
