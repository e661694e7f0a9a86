import { describe, expect, it } from 'vitest';
import { brokenWords, layoutProblems, pageFill, parseBboxLayout, sparsePages, userWords } from '../../../e2e/harness/pdf-layout.ts';
import type { PdfBlock, PdfPage } from '../../../e2e/harness/pdf-layout.ts';

/** A block of lines, each line's words left to right; lines 12 pt apart from `top`, words 40 pt apart from `left`. */
function block(lines: string[][], left = 60, top = 100): PdfBlock {
  return { lines: lines.map((words, row) => ({ words: words.map((text, i) => ({ text, xMin: left + 40 * i, xMax: left + 40 * i + 35, yMin: top + 12 * row, yMax: top + 12 * row + 10 })) })) };
}

/** An A4 page (portrait unless told) holding the blocks, with a running header and a page number in the margins. */
function page(number: number, blocks: PdfBlock[], landscape = false): PdfPage {
  const [width, height] = landscape ? [841.89, 595.3] : [595.3, 841.89];
  const furniture = [block([['Handlingsplan', '2026–2028']], 300, 35), block([['Sida', `${number}`]], 280, height - 45)];
  return { number, width, height, blocks: [...furniture, ...blocks], layoutText: `sidan ${number}` };
}

const words = ['Arbetsförmedlingen ansvarar', 'Kickoff för UF-lärare', 'Projektledaren'];

describe('words broken across two lines of a cell', () => {
  it('finds a word of the user\'s text split mid-word, as the old narrow columns did', () => {
    const pages = [page(1, [block([['Arbetsförmedlinge'], ['n']]), block([['Projektleda'], ['ren']], 300)])];
    expect(brokenWords(pages, words)).toEqual([
      { page: 1, word: 'Arbetsförmedlingen', asRendered: 'Arbetsförmedlinge|n' },
      { page: 1, word: 'Projektledaren', asRendered: 'Projektleda|ren' },
    ]);
  });

  it('finds an amount or a date split across lines, sums the user never typed included', () => {
    // poppler splits words at a no-break space too; either way the whole amount is found.
    const pages = [page(2, [block([['1', '765', '000'], ['kr']], 500), block([['1\u00a0700'], ['000', 'kr']], 700), block([['2026-08-'], ['25']], 400), block([['v.'], ['48']], 60)])];
    expect(brokenWords(pages, []).map((b) => b.word)).toEqual(['1 765 000 kr', '1\u00a0700 000 kr', '2026-08-25', 'v. 48']);
    const english = [page(1, [block([['SEK'], ['1,765,000']], 500), block([['−SEK'], ['150,000.50']], 500), block([['week'], ['48']], 60)])];
    expect(brokenWords(english, []).map((b) => b.word)).toEqual(['SEK 1,765,000', '−SEK 150,000.50', 'week 48']);
  });

  it('finds a hyphen the renderer put into a word, but not a break after the word\'s own hyphen', () => {
    const pages = [page(1, [block([['Arbetsför-'], ['medlingen']]), block([['Kickoff', 'för', 'UF-'], ['lärare']], 300)])];
    expect(brokenWords(pages, words)).toEqual([{ page: 1, word: 'Arbetsförmedlingen', asRendered: 'Arbetsför-|medlingen' }]);
  });

  it('leaves alone text that wraps between words, and one figure above another in a column', () => {
    const pages = [page(1, [block([['Kickoff', 'för'], ['UF-lärare']]), block([['45\u00a0000', 'kr'], ['120\u00a0000', 'kr'], ['2026-08-25'], ['2026-09-01'], ['8'], ['12,5']], 400)])];
    expect(brokenWords(pages, words)).toEqual([]);
  });

  it('takes the user\'s words with quotes and sentence marks trimmed, and ignores single letters', () => {
    expect([...userWords(['”Arbetsförmedlingen”, (Projektledaren). a'])]).toEqual(['Arbetsförmedlingen', 'Projektledaren']);
    const pages = [page(1, [block([['(Arbetsförmedlinge'], ['n).']])])];
    expect(brokenWords(pages, ['”Arbetsförmedlingen”'])).toHaveLength(1);
  });
});

describe('nearly empty pages', () => {
  it('measures from the top of the text area to the lowest word, not counting header and page number', () => {
    // The text area of a portrait A4 page with 2 cm margins runs from 56.7 to 785.2 pt.
    const half = page(1, [block([['Text']], 60, 400)]);
    expect(pageFill(half)).toBeCloseTo((410 - 56.7) / (841.89 - 2 * 56.7), 3);
    expect(pageFill(page(1, []))).toBe(0);
  });

  it('finds a page before the last that is less than a fifth full, and says what is on it', () => {
    const full = page(1, [block([['Text']], 60, 700)]);
    const sparse = page(2, [block([['En'], ['rad']], 60, 80)]);
    const last = page(3, [block([['Slut']], 60, 80)]);
    expect(sparsePages([full, sparse, last]).map((p) => p.page)).toEqual([2]);
    expect(layoutProblems([full, sparse, last], [])).toEqual([expect.stringMatching(/^sidan 2 av 3 är bara till \d+ % fylld:\nsidan 2$/)]);
  });

  it('lets the last page be short, and a page before a change of orientation, which must start a new page', () => {
    const beforeLandscape = page(1, [block([['Slutet', 'av', 'tidplanen']], 60, 80)]);
    const landscape = page(2, [block([['Budget']], 60, 400)], true);
    const last = page(3, [block([['Slut']], 60, 80)]);
    expect(sparsePages([beforeLandscape, landscape, last])).toEqual([]);
  });
});

describe('reading pdftotext -bbox-layout', () => {
  it('reads pages, blocks, lines and words with their boxes, XML entities decoded', () => {
    const xhtml = `<doc><page width="595.3" height="841.9"><flow><block xMin="1" yMin="2" xMax="3" yMax="4">
      <line xMin="1" yMin="2" xMax="3" yMax="4"><word xMin="56.8" yMin="99.1" xMax="70.6" yMax="113.4">Tom</word><word xMin="74" yMin="99.1" xMax="80" yMax="113.4">&amp;</word></line>
      <line xMin="1" yMin="2" xMax="3" yMax="4"><word xMin="56.8" yMin="111" xMax="90" yMax="125">&lt;Jerry&gt;</word></line>
    </block></flow></page><page width="841.9" height="595.3"></page></doc>`;
    const pages = parseBboxLayout(xhtml);
    expect(pages.map((p) => [p.number, p.width, p.height])).toEqual([
      [1, 595.3, 841.9],
      [2, 841.9, 595.3],
    ]);
    expect(pages[0]?.blocks[0]?.lines.map((l) => l.words.map((w) => w.text))).toEqual([['Tom', '&'], ['<Jerry>']]);
    expect(pages[0]?.blocks[0]?.lines[0]?.words[0]).toEqual({ text: 'Tom', xMin: 56.8, yMin: 99.1, xMax: 70.6, yMax: 113.4 });
  });
});
