/** Emphasis in guidance: `*kursiv*` is italic, a lone asterisk is an asterisk, and marking runs reads back the same. */
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { guidanceFromRuns, guidancePlainText, guidanceRuns, type GuidanceRun } from '#shared/templates/guidance-text.ts';

describe('reading guidance', () => {
  test.each<[string, GuidanceRun[]]>([
    ['Skriv *högst en halv sida*.', [{ text: 'Skriv ', italic: false }, { text: 'högst en halv sida', italic: true }, { text: '.', italic: false }]],
    ['*Helt kursiv.*', [{ text: 'Helt kursiv.', italic: true }]],
    ['Fält med * är obligatoriska.', [{ text: 'Fält med * är obligatoriska.', italic: false }]],
    ['* punkt ett\n* punkt två', [{ text: '* punkt ett\n* punkt två', italic: false }]],
    ['2 * 3 = 6', [{ text: '2 * 3 = 6', italic: false }]],
    ['*inte över\n\nstycken*', [{ text: '*inte över\n\nstycken*', italic: false }]],
    ['*över\nrader*', [{ text: 'över\nrader', italic: true }]],
    ['\\*inte kursiv\\*', [{ text: '*inte kursiv*', italic: false }]],
    ['C:\\mappar och \\\\', [{ text: 'C:\\mappar och \\', italic: false }]],
    ['**', [{ text: '**', italic: false }]],
  ])('%j', (text, runs) => {
    expect(guidanceRuns(text)).toEqual(runs);
  });

  test('the plain text leaves the marks out', () => {
    expect(guidancePlainText('Skriv *kort*, och \\* är en asterisk.')).toBe('Skriv kort, och * är en asterisk.');
  });
});

describe('marking runs', () => {
  test('spaces at an italic stretch’s edges move outside its marks; asterisks and backslashes are escaped', () => {
    expect(guidanceFromRuns([{ text: 'Se ', italic: false }, { text: ' exemplet ', italic: true }, { text: '(*) nedan.', italic: false }])).toBe('Se  *exemplet* (\\*) nedan.');
  });

  test('any runs within a paragraph read back as the same characters with the same italics', () => {
    const run = fc.record({ text: fc.string({ unit: fc.constantFrom('a', 'ö', ' ', '*', '\\', '\n', '.', '_') }), italic: fc.boolean() });
    fc.assert(
      fc.property(fc.array(run, { maxLength: 8 }), (runs) => {
        // A paragraph break never falls inside a paragraph's runs (paragraphs are marked one by one).
        fc.pre(!runs.map((r) => r.text).join('').includes('\n\n'));
        const back = guidanceRuns(guidanceFromRuns(runs));
        const flags = (rs: readonly GuidanceRun[]) => rs.flatMap((r) => [...r.text].map((c) => (/\s/.test(c) ? `${c}` : `${c}${r.italic ? 'I' : ''}`)));
        expect(flags(back)).toEqual(flags(runs));
      }),
      { numRuns: 500 },
    );
  });
});
