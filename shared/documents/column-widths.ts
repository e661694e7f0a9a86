/**
 * Table column widths from the table's content, so that no word is broken
 * in a narrow column ("Arbetsförmedlinge|n") and no amount or date wraps
 * ("1 700 000 | kr"): every column is at least as wide as its widest
 * unbreakable piece (a word, or a whole figure), and what the line has left
 * goes to the columns whose text still wraps, in proportion to how much text
 * they hold (fitColumns). Pure: text in, twips out.
 *
 * Widths are measured in DejaVu Sans, the widest face a document is set in:
 * LibreOffice falls back to it where Calibri (and its metric twin Carlito)
 * is missing, as on a plain Debian machine; Word's Calibri is narrower, so
 * what fits here fits there.
 */

/** The characters whose advance widths are known, and those widths in thousandths of an em. */
const knownCharacters =
  ' !"#$%&\'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[\\]^_`abcdefghijklmnopqrstuvwxyz{|}~\u00a0¡¢£¤¥¦§¨©ª«¬\u00ad®¯°±²³´µ¶·¸¹º»¼½¾¿ÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖ×ØÙÚÛÜÝÞßàáâãäåæçèéêëìíîïðñòóôõö÷øùúûüýþÿ–—‘’“”…−€•←→↑↓\u202f';
// DejaVu Sans and DejaVu Sans Bold 2.37, read from the fonts' hmtx tables.
const regularWidths =
  '318,401,460,838,636,950,780,275,390,390,500,838,318,361,318,337,636,636,636,636,636,636,636,636,636,636,337,337,838,838,838,531,1000,684,686,698,770,632,575,775,752,295,295,656,557,863,748,787,603,787,695,635,611,732,684,989,685,611,685,390,337,390,838,500,500,613,635,550,635,615,352,635,634,278,278,579,278,974,634,612,635,635,411,521,392,634,592,818,592,592,525,636,337,636,838,318,401,636,636,636,636,337,500,500,1000,471,612,838,361,1000,500,500,838,401,401,500,636,636,318,500,401,471,612,969,969,969,531,684,684,684,684,684,684,974,698,632,632,632,632,295,295,295,295,775,748,787,787,787,787,787,838,787,732,732,732,732,611,605,630,613,613,613,613,613,613,982,550,615,615,615,615,278,278,278,278,612,634,612,612,612,612,612,838,612,634,634,634,634,592,635,592,500,1000,318,318,518,518,1000,838,636,590,838,838,838,838,200';
const boldWidths =
  '348,456,521,838,696,1002,872,306,457,457,523,838,380,415,380,365,696,696,696,696,696,696,696,696,696,696,400,400,838,838,838,580,1000,774,762,734,830,683,683,821,837,372,372,775,637,995,837,850,733,850,770,720,682,812,774,1103,771,724,725,457,365,457,838,500,500,675,716,593,716,678,435,716,712,343,343,665,343,1042,712,687,716,716,493,595,478,712,652,924,645,652,582,712,365,712,838,348,456,696,696,636,696,365,500,500,1000,564,646,838,415,1000,500,500,838,438,438,500,736,636,380,500,438,564,646,1035,1035,1035,580,774,774,774,774,774,774,1085,734,683,683,683,683,372,372,372,372,838,837,850,850,850,850,850,838,850,812,812,812,812,724,738,719,675,675,675,675,675,675,1048,593,678,678,678,678,343,343,343,343,687,712,687,687,687,687,687,838,687,712,712,712,712,652,716,652,500,1000,380,380,657,657,1000,838,696,639,838,838,838,838,200';

function widthTable(widths: string): Map<string, number> {
  const values = widths.split(',').map(Number);
  return new Map([...knownCharacters].map((ch, i) => [ch, values[i] ?? 0]));
}

const regular = widthTable(regularWidths);
const bold = widthTable(boldWidths);

/** A character the tables do not hold (another script, an emoji) counts as a full em: too wide rather than too narrow. */
const unknownWidth = 1_000;

/** A cell's left and right margin by default in Word and LibreOffice (0.19 cm), in twips. */
export const defaultCellMargin = 108;
/** The margin a crowded table falls back to (0.1 cm): the last resort before words would break. */
export const tightCellMargin = 57;

/** What a column needs beside its text: the cell's left and right margins, its borders and room for rounding in the renderer. */
export function cellPaddingFor(margin: number): number {
  return 2 * margin + 2 * 10 + 40;
}

export const cellPadding = cellPaddingFor(defaultCellMargin);
/** Text is measured 3 % wider than the font says, for hinting and for the renderer's own rounding. */
const slack = 1.03;

/** How wide a text stands, in thousandths of an em: the same at every size. */
function emThousandths(text: string, isBold: boolean): number {
  const table = isBold ? bold : regular;
  let thousandths = 0;
  for (const ch of text) thousandths += table.get(ch) ?? unknownWidth;
  return thousandths;
}

/** Thousandths of an em in twips at `size` half-points. */
function twips(thousandths: number, size: number): number {
  // An em is `size / 2` points, a point 20 twips.
  return Math.ceil((thousandths / 1_000) * (size / 2) * 20 * slack);
}

/** How wide a text stands on one line, in twips, at `size` half-points (Word's unit: 22 is 11 pt). */
export function textWidth(text: string, size: number, isBold = false): number {
  return twips(emThousandths(text, isBold), size);
}

/**
 * Whether a cell's line is a figure that must stand on one line: an amount ("1 700 000 kr",
 * "−150 000 kr", "SEK 1,700,000"), a date ("2026-11-27"), a week ("v. 48", "2026 v. 48",
 * "week 48"), a share ("44,3 %"), a number of hours ("12,5"). Digits with their separators
 * and at most a unit, in the words of either document language.
 */
export function isFigure(line: string): boolean {
  if (!/\d/.test(line) || line.length > 40) return false;
  const bare = line.replace(/(^|[\s\u00a0\u2212+-])(kr|tkr|v\.|h|SEK|week)(?=[\s\u00a0]|$)/g, '$1');
  return /^[\d\s\u00a0\u202f.,:;%+\-−–/()]+$/u.test(bare);
}

/** The pieces a line may be broken between: words, a word with hyphens after each hyphen, a soft hyphen's parts (with the hyphen it shows). */
function unbreakablePieces(line: string): string[] {
  if (isFigure(line)) return [line];
  return line.split(/[ \t]+/).flatMap((word) => {
    const softParts = word.split('\u00ad');
    return softParts.flatMap((part, i) => {
      const shown = i < softParts.length - 1 ? `${part}-` : part;
      // After a hyphen that follows a letter ("UF-lärare"); never inside a number or a date.
      return shown.split(/(?<=\p{L}-)(?=\p{L})/u);
    });
  });
}

/** The text of a table as the builder lays it out: the header row and the footer rows (sums) are bold. */
export interface TableText {
  header: readonly string[];
  rows: readonly (readonly string[])[];
  footers?: readonly (readonly string[])[];
}

export interface ColumnMeasure {
  /** The widest piece that must not be broken (a word, a figure; a header's half), cell margins included, in twips. */
  min: number;
  /** The longest line as it would stand unwrapped, cell margins included. */
  max: number;
  /** How much text the column holds: the mean unwrapped width of its body cells, at least `min`. */
  typical: number;
  /** Whether some body cell holds text that may wrap (not only figures): such columns take what is left once all text stands unwrapped. */
  wraps: boolean;
}

/** Measures every column of a table at `size` half-points, cell margins of `margin` twips included. */
export function measureColumns(table: TableText, size: number, margin = defaultCellMargin): ColumnMeasure[] {
  return columnMeasurer(table)(size, margin);
}

/** A column's body cells as measured in ems, which holds at every size. */
interface BodyText {
  /** The widest unbreakable piece of any cell. */
  widestPiece: number;
  /** The longest line of any cell. */
  longestLine: number;
  /** Each cell's longest line, of the cells that hold more than blanks, with how many cells have it. */
  cellLines: Map<number, number>;
  wraps: boolean;
}

const cellLines = (text: string): string[] => text.split(/\r\n?|\n/);

function bodyText(rows: readonly (readonly string[])[], column: number): BodyText {
  const body: BodyText = { widestPiece: 0, longestLine: 0, cellLines: new Map(), wraps: false };
  // A column repeats its texts (statuses, dates, names): each distinct text is measured once.
  const longestLineOf = new Map<string, number>();
  for (const row of rows) {
    const text = row[column] ?? '';
    let longest = longestLineOf.get(text);
    if (longest === undefined) {
      longest = 0;
      for (const line of cellLines(text)) {
        longest = Math.max(longest, emThousandths(line, false));
        for (const piece of unbreakablePieces(line)) body.widestPiece = Math.max(body.widestPiece, emThousandths(piece, false));
        if (line.trim() !== '' && !isFigure(line)) body.wraps = true;
      }
      longestLineOf.set(text, longest);
      body.longestLine = Math.max(body.longestLine, longest);
    }
    if (text.trim() !== '') body.cellLines.set(longest, (body.cellLines.get(longest) ?? 0) + 1);
  }
  return body;
}

const noBody: BodyText = { widestPiece: 0, longestLine: 0, cellLines: new Map(), wraps: false };

/**
 * The measuring of a table's columns, for any size and margin: the body cells, which are nearly
 * all of a large table, are measured in ems once, and the few bold header and sum cells at each
 * size. Gives what `measureColumns` gives, to the twip: a width in twips is rounded up from ems,
 * so the widest in ems is the widest in twips.
 */
export function columnMeasurer(table: TableText): (size: number, margin?: number) => ColumnMeasure[] {
  const bodies = table.header.map((_, column) => bodyText(table.rows, column));
  return (size, margin = defaultCellMargin) => {
    const padding = cellPaddingFor(margin);
    return table.header.map((headerText, column) => {
      const body = bodies[column] ?? noBody;
      let min = twips(body.widestPiece, size);
      let max = twips(body.longestLine, size);
      let bodyTotal = 0;
      let bodyCells = 0;
      for (const [longest, count] of body.cellLines) {
        bodyTotal += twips(longest, size) * count;
        bodyCells += count;
      }
      // The header and the sum rows are bold.
      const boldCells = [headerText, ...(table.footers ?? []).map((footer) => footer[column] ?? '')];
      boldCells.forEach((text, i) => {
        let longestLine = 0;
        for (const line of cellLines(text)) {
          longestLine = Math.max(longestLine, textWidth(line, size, true));
          for (const piece of unbreakablePieces(line)) min = Math.max(min, textWidth(piece, size, true));
          // A header of several words takes at most about two lines: a header stacked word by word is hard to read.
          if (i === 0 && /\S\s+\S/.test(line.trim())) min = Math.max(min, Math.ceil(textWidth(line, size, true) / 2) + textWidth('nn', size, true));
        }
        max = Math.max(max, longestLine);
      });
      const typical = bodyCells === 0 ? min : bodyTotal / bodyCells;
      return { min: min + padding, max: max + padding, typical: Math.max(min, typical) + padding, wraps: body.wraps };
    });
  };
}

export interface FittedColumns {
  /** One width per column, in twips, adding up to the line's width. */
  widths: number[];
  /** False when even the unbreakable pieces do not fit the line: the widths are then squeezed and words will break. */
  fits: boolean;
}

/** Shares `amount` in proportion to `weights` (all equal when they add up to nothing), in whole twips that add up exactly. */
function share(amount: number, weights: readonly number[]): number[] {
  const total = weights.reduce((sum, w) => sum + w, 0);
  const parts = weights.map((w) => (total === 0 ? amount / weights.length : (amount * w) / total));
  const whole = parts.map(Math.floor);
  // The twips lost to rounding go to the columns that lost the most.
  const order = parts.map((p, i) => [p - Math.floor(p), i] as const).sort((a, b) => b[0] - a[0]);
  let left = amount - whole.reduce((sum, w) => sum + w, 0);
  for (const [, i] of order) {
    if (left <= 0) break;
    whole[i] = (whole[i] ?? 0) + 1;
    left -= 1;
  }
  return whole;
}

/**
 * Widths for measured columns across a line of `width` twips. Every column gets its `min`. Of what
 * is left, a column that needs no more than an even share to stand unwrapped gets that first, so a
 * column of short texts stops wrapping; the rest is handed out in proportion to how much text each
 * column holds (`typical`), none beyond its longest line. Once every line stands unwrapped, the
 * columns of text take what remains (in a table of figures alone, the first column, its labels),
 * so figures stay close together.
 */
export function fitColumns(measures: readonly ColumnMeasure[], width: number): FittedColumns {
  const minTotal = measures.reduce((sum, m) => sum + m.min, 0);
  if (minTotal > width) return { widths: share(width, measures.map((m) => m.min)), fits: false };
  const widths = measures.map((m) => m.min);
  const open = new Set(measures.map((_, i) => i).filter((i) => (measures[i]?.max ?? 0) > (measures[i]?.min ?? 0)));
  let left = width - minTotal;
  const need = (i: number): number => (measures[i]?.max ?? 0) - (widths[i] ?? 0);
  while (left > 0 && open.size > 0) {
    // A column that needs no more than an even share to stand unwrapped gets it first: one column less that wraps.
    const cheap = [...open].filter((i) => need(i) <= left / open.size);
    if (cheap.length > 0) {
      for (const i of cheap) {
        left -= need(i);
        widths[i] = measures[i]?.max ?? 0;
        open.delete(i);
      }
      continue;
    }
    const columns = [...open];
    const given = share(left, columns.map((i) => measures[i]?.typical ?? 0));
    let handedOut = 0;
    columns.forEach((i, k) => {
      const room = (measures[i]?.max ?? 0) - (widths[i] ?? 0);
      const add = Math.min(room, given[k] ?? 0);
      widths[i] = (widths[i] ?? 0) + add;
      handedOut += add;
      if (add >= room) open.delete(i);
    });
    left -= handedOut;
    if (handedOut === 0) break;
  }
  if (left > 0) {
    const anyWraps = measures.some((m) => m.wraps);
    const weights = measures.map((m, i) => (anyWraps ? (m.wraps ? m.max : 0) : i === 0 ? 1 : 0));
    share(left, weights).forEach((add, i) => (widths[i] = (widths[i] ?? 0) + add));
  }
  return { widths, fits: true };
}

/** Column widths for a table's text across a line of `width` twips at `size` half-points, with cell margins of `margin` twips. */
export function columnWidths(table: TableText, width: number, size: number, margin = defaultCellMargin): FittedColumns {
  return fitColumns(measureColumns(table, size, margin), width);
}
