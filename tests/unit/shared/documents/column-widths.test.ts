import { describe, expect, it } from 'vitest';
import { cellPadding, columnWidths, fitColumns, isFigure, measureColumns, textWidth } from '#shared/documents/column-widths.ts';
import type { ColumnMeasure, TableText } from '#shared/documents/column-widths.ts';
import { landscapeTextWidth, portraitTextWidth } from '#shared/documents/docx-parts.ts';
import { formatKronor } from '#shared/format.ts';

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

/** The handlingsplan's activity table with the words that broke in the old fixed columns. */
const activities: TableText = {
  header: ['Aktivitet', 'Ansvarig', 'Start', 'Slut', 'Status', 'Kostnad'],
  rows: [
    ['Kickoff för UF-lärare', 'Arbetsförmedlingen', '2026-08-25', '2026-08-26', 'klar', formatKronor(45_000_00)],
    ['Rådgivardagar i sex kommuner', 'Projektledaren', '2027-03-01', '2027-12-15', 'planerad', formatKronor(1_700_000_00)],
    ['Kompetensförsörjningsinsatser i Bergslagen', 'Länsstyrelsen i Örebro län', '2027-01-15', '2027-02-28', 'planerad', formatKronor(80_000_00)],
  ],
  footers: [['Summa (utom strukna)', '', '', '', '', formatKronor(1_825_000_00)]],
};

describe('measuring text', () => {
  it('measures in DejaVu Sans, the widest face a document is set in, bold wider than regular and growing with the size', () => {
    // "0" is 636/1000 em; at 11 pt (22 half-points) an em is 220 twips; 3 % slack on top.
    expect(textWidth('0', 22)).toBe(Math.ceil(0.636 * 220 * 1.03));
    expect(textWidth('Arbetsförmedlingen', 22, true)).toBeGreaterThan(textWidth('Arbetsförmedlingen', 22));
    expect(textWidth('Arbetsförmedlingen', 22)).toBeGreaterThan(textWidth('Arbetsförmedlingen', 18));
    expect(textWidth('iiii', 20)).toBeLessThan(textWidth('MMMM', 20));
    // A character outside the table (an emoji) counts as a full em, never as nothing.
    expect(textWidth('🚀', 20)).toBe(Math.ceil(200 * 1.03));
  });

  it.each([
    ['1\u00a0700\u00a0000 kr', true],
    ['\u2212150\u00a0000 kr', true],
    ['2026-11-27', true],
    ['v. 48', true],
    ['2026 v. 48', true],
    ['44,3\u00a0%', true],
    ['+2,5', true],
    ['12,5', true],
    ['SEK 1,700,000', true],
    ['SEK\u00a01,700,000', true],
    ['\u2212SEK 150,000.50', true],
    ['week 48', true],
    ['2026 week 48', true],
    ['33.3%', true],
    ['Arbetsförmedlingen', false],
    ['SEKTOR 12', false],
    ['2027 (outside the period)', false],
    ['2027 (utanför perioden)', false],
    ['Hög (15)', false],
    ['', false],
  ])('counts %j as a figure: %s', (text, figure) => {
    expect(isFigure(text)).toBe(figure);
  });
});

describe('measureColumns', () => {
  const [title, responsible, start, , , cost] = measureColumns(activities, 20);

  it('makes a column at least as wide as its longest word, cell margins included', () => {
    expect(responsible?.min).toBe(textWidth('Arbetsförmedlingen', 20) + cellPadding);
    expect(title?.min).toBe(textWidth('Kompetensförsörjningsinsatser', 20) + cellPadding);
  });

  it('keeps a whole amount or date as one piece, the bold sum included', () => {
    expect(cost?.min).toBe(textWidth('1\u00a0825\u00a0000 kr', 20, true) + cellPadding);
    expect(start?.min).toBe(textWidth('2027-03-01', 20) + cellPadding);
    expect(start?.min).toBe(start?.max);
    expect(cost?.wraps).toBe(false);
    expect(title?.wraps).toBe(true);
  });

  it('gives the longest line as max and the mean line of the body as typical', () => {
    expect(title?.max).toBe(textWidth('Kompetensförsörjningsinsatser i Bergslagen', 20) + cellPadding);
    const lines = activities.rows.map((r) => textWidth(r[0] ?? '', 20));
    expect(title?.typical).toBeCloseTo(sum(lines) / lines.length + cellPadding, 6);
  });

  it('lets a word break after a hyphen between letters and at a soft hyphen, never inside a date', () => {
    const [hyphened, soft, dated] = measureColumns({ header: ['A', 'B', 'C'], rows: [['UF-lärarna', 'Sanno\u00adlikhet', 'Möte 2026-08-25']] }, 20);
    expect(hyphened?.min).toBe(textWidth('lärarna', 20) + cellPadding);
    expect(soft?.min).toBe(textWidth('Sanno-', 20) + cellPadding);
    expect(dated?.min).toBe(textWidth('2026-08-25', 20) + cellPadding);
  });

  it('keeps a header of several words to about two lines, and measures each line of a cell', () => {
    const [column] = measureColumns({ header: ['Samverkansöverenskommelser och regionala utvecklingsnätverk'], rows: [['1,5']] }, 18);
    expect(column?.min).toBeGreaterThanOrEqual(Math.ceil(textWidth('Samverkansöverenskommelser och regionala utvecklingsnätverk', 18, true) / 2) + cellPadding);
    const [twoLines] = measureColumns({ header: ['Taktik'], rows: [['En ingång\n(Innovationsstöd i hela länet)']] }, 20);
    expect(twoLines?.max).toBe(textWidth('(Innovationsstöd i hela länet)', 20) + cellPadding);
  });
});

describe('fitColumns', () => {
  it('never gives a column less than its longest word or widest figure, and fills the line exactly', () => {
    for (const [width, size] of [[landscapeTextWidth, 20], [landscapeTextWidth, 22]] as const) {
      const measures = measureColumns(activities, size);
      const { widths, fits } = fitColumns(measures, width);
      expect(fits).toBe(true);
      expect(sum(widths)).toBe(width);
      widths.forEach((w, i) => expect(w).toBeGreaterThanOrEqual(measures[i]?.min ?? Infinity));
    }
  });

  it('gives what is left to the columns of text, in proportion to their text, none beyond its longest line', () => {
    const measures: ColumnMeasure[] = [
      { min: 1_000, max: 9_000, typical: 6_000, wraps: true },
      { min: 1_000, max: 5_000, typical: 2_000, wraps: true },
      { min: 1_500, max: 1_500, typical: 1_500, wraps: false },
    ];
    const { widths } = fitColumns(measures, 7_500);
    // 4 000 twips left, shared 6 000 : 2 000 (the figure column cannot grow).
    expect(widths).toEqual([4_000, 2_000, 1_500]);
  });

  it('lets a column of short texts stop wrapping before a column of long ones takes the rest', () => {
    const measures: ColumnMeasure[] = [
      { min: 1_200, max: 1_700, typical: 1_400, wraps: true },
      { min: 2_300, max: 4_000, typical: 2_900, wraps: true },
    ];
    expect(fitColumns(measures, 5_000).widths).toEqual([1_700, 3_300]);
  });

  it('gives the line to the columns of text once all text stands unwrapped, and to the label column in a table of figures', () => {
    const text: ColumnMeasure[] = [
      { min: 1_000, max: 2_000, typical: 1_500, wraps: true },
      { min: 1_500, max: 1_500, typical: 1_500, wraps: false },
    ];
    expect(fitColumns(text, 6_000).widths).toEqual([4_500, 1_500]);
    const figures: ColumnMeasure[] = [
      { min: 900, max: 900, typical: 900, wraps: false },
      { min: 1_500, max: 1_500, typical: 1_500, wraps: false },
      { min: 1_500, max: 1_500, typical: 1_500, wraps: false },
    ];
    expect(fitColumns(figures, 6_000).widths).toEqual([3_000, 1_500, 1_500]);
  });

  it('says when even the longest words do not fit, and squeezes the columns in proportion then', () => {
    const measures: ColumnMeasure[] = [
      { min: 6_000, max: 8_000, typical: 7_000, wraps: true },
      { min: 4_000, max: 4_000, typical: 4_000, wraps: false },
    ];
    const { widths, fits } = fitColumns(measures, 5_000);
    expect(fits).toBe(false);
    expect(widths).toEqual([3_000, 2_000]);
    // The activity table with its long words needs a landscape page: across a portrait page it does not fit even at 8 pt.
    expect(columnWidths(activities, portraitTextWidth, 16).fits).toBe(false);
    expect(columnWidths(activities, landscapeTextWidth, 20).fits).toBe(true);
  });

  it('keeps an amount of 1 700 000 kr on one line where the old fixed columns broke it', () => {
    const { widths } = columnWidths(activities, landscapeTextWidth, 22);
    expect(widths[5]).toBeGreaterThanOrEqual(textWidth('1\u00a0825\u00a0000 kr', 22, true) + cellPadding);
    expect(widths[1]).toBeGreaterThanOrEqual(textWidth('Arbetsförmedlingen', 22) + cellPadding);
  });
});
