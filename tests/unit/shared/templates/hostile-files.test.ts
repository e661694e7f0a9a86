/**
 * The corpus in tests/fixtures/templates/ (made by make-fixtures.mjs there):
 * each hostile or broken file is refused with a Swedish message that says
 * what is wrong.
 */
import { describe, expect, test } from 'vitest';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import { templateLimits } from '#shared/templates/limits.ts';
import { templateProblemText } from '#shared/templates/problems.ts';
import { fixture, problemsOf } from './helpers.ts';

function refusal(name: string) {
  const problems = problemsOf(parseTemplateFile(fixture(name), name));
  return { problems, first: problems[0], text: problems.map(templateProblemText).join('\n') };
}

describe('hostile template files', () => {
  test('a zip bomb whose 40 entries share one stream (GBs inflated) is refused before inflating', () => {
    const { first } = refusal('bomb-overlap.zip');
    expect(first).toMatchObject({ code: 'corruptZip' });
    expect(first?.message).toMatch(/delar samma data, som i en zip-bomb/);
  });

  test('an entry that says it inflates past the limit is refused by its declared size', () => {
    const { first } = refusal('bomb-large.zip');
    expect(first).toMatchObject({ code: 'inflateLimit' });
    expect(first?.message).toMatch(/"mall\.json" packas upp till 30 MB; gränsen är 20 MB per fil/);
  });

  test('an entry that inflates a thousand times its size is refused as a zip bomb', () => {
    const { first } = refusal('bomb-ratio.zip');
    expect(first).toMatchObject({ code: 'inflateLimit' });
    expect(first?.message).toMatch(/packas upp [\d\s\u00a0]+ gånger sin packade storlek.*zip-bomb/);
  });

  test('an entry that inflates past the size it declares is stopped there', () => {
    const { first } = refusal('bomb-lying.zip');
    expect(first).toMatchObject({ code: 'inflateLimit' });
    expect(first?.message).toMatch(/packas upp till mer än de 2 kB som zip-filen anger; uppackningen avbröts/);
  });

  test('a path with .. is refused', () => {
    const { first } = refusal('dotdot.zip');
    expect(first).toMatchObject({ code: 'unsafePath' });
    expect(first?.message).toContain('"../../hemlig.json", vars sökväg innehåller ".." och pekar utanför paketet');
  });

  test('an absolute path is refused', () => {
    const { first } = refusal('absolute.zip');
    expect(first).toMatchObject({ code: 'unsafePath' });
    expect(first?.message).toContain('"/etc/mall.json", vars sökväg är en absolut sökväg');
  });

  test('a path with a drive letter is refused', () => {
    expect(refusal('drive-letter.zip').first?.message).toContain('"C:/Users/mall.json", vars sökväg börjar med en enhetsbokstav');
  });

  test('a zip with more entries than any package is refused before reading them', () => {
    const { first } = refusal('many-entries.zip');
    expect(first).toMatchObject({ code: 'tooManyEntries' });
    expect(first?.message).toMatch(/innehåller 200 filer; högst 50 är tillåtna/);
  });

  test('a truncated zip is refused as cut off', () => {
    const { first } = refusal('truncated.zip');
    expect(first).toMatchObject({ code: 'truncated' });
    expect(first?.message).toMatch(/är avkortad: innehållsförteckningen i slutet av filen saknas/);
  });

  test('truncated JSON is refused as cut off', () => {
    const { first } = refusal('truncated.json');
    expect(first).toMatchObject({ code: 'truncated' });
    expect(first?.message).toBe('Filen truncated.json: JSON-texten tar slut mitt i (en avslutande } eller ] saknas). Filen är troligen avkortad; hämta eller kopiera den igen.');
  });

  test('a __proto__ key is refused, names where it is, and pollutes nothing', () => {
    const { first } = refusal('proto.json');
    expect(first).toMatchObject({ code: 'forbiddenKey', path: 'handlingsplan.sektioner[2]' });
    expect(first?.message).toMatch(/fältet "__proto__" är inte tillåtet/);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('constructor and prototype keys are refused', () => {
    const { first } = refusal('constructor.json');
    expect(first).toMatchObject({ code: 'forbiddenKey' });
    expect(first?.message).toMatch(/^Filen constructor\.json: fältet "constructor" är inte tillåtet i en mall/);
    expect(Object.prototype).not.toHaveProperty('polluted');
  });

  test('nesting deeper than any template is refused before parsing', () => {
    const { first } = refusal('deep.json');
    expect(first).toMatchObject({ code: 'tooDeep' });
    expect(first?.message).toMatch(/^Filen deep\.json: innehållet är nästlat 5[\s\u00a0]001 nivåer djupt; en mall har högst 12\. Filen lästes inte in\.$/);
  });

  test('a newer format version says which version is needed', () => {
    const { problems, first } = refusal('newer-version.json');
    expect(problems).toHaveLength(1);
    expect(first).toMatchObject({ code: 'newerFormat' });
    expect(first?.message).toBe(
      'Mallen är skriven i formatversion 3, men den här versionen av MOA-arbetsboken läser bara formatversion 1. Uppdatera MOA-arbetsboken till en version som läser formatversion 3 för att importera mallen.',
    );
  });

  test('UTF-16 text is refused with how to save it', () => {
    expect(refusal('utf16.json').first).toMatchObject({ code: 'notUtf8', message: 'Filen utf16.json är sparad som UTF-16; spara den som UTF-8 och försök igen.' });
  });

  test('a file that is neither JSON nor zip is refused', () => {
    expect(refusal('not-a-template.png').first).toMatchObject({
      code: 'notTemplateFile',
      message: 'Filen not-a-template.png är varken en mall i JSON-format (.json) eller ett mallpaket (.zip).',
    });
  });

  test('a file over 20 MB is refused by its size alone', () => {
    const big = new Uint8Array(25 * 1024 * 1024).fill(0x20);
    big[0] = 0x7b;
    const first = problemsOf(parseTemplateFile(big, 'stor.json'))[0];
    expect(first).toMatchObject({ code: 'tooLarge', message: 'Filen stor.json är 25 MB; en mall får vara högst 20 MB.' });
    expect(templateLimits.maxFileBytes).toBe(20 * 1024 * 1024);
  });

  test('an empty file is refused', () => {
    expect(problemsOf(parseTemplateFile(new Uint8Array(0), 'tom.json'))[0]).toMatchObject({ code: 'empty', message: 'Filen tom.json är tom.' });
  });
});
