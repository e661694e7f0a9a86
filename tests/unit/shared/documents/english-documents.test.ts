/**
 * The four documents in English: valid for Word, and not one word of the
 * Swedish catalogue left in them, nor an å, ä or ö, other than in what the
 * user typed (the samples keep their Swedish data). Built from the layout
 * samples (../../e2e/document-samples.ts) and a few empty cases.
 */
import type { Document } from 'docx';
import { describe, expect, it } from 'vitest';
import { buildAktivitetsplan } from '#shared/documents/aktivitetsplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { buildTidrapport } from '#shared/documents/tidrapport.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { documentSamples, stringsIn } from '../../../e2e/document-samples.ts';
import { aktivitetsplanInput, tidrapportInput } from './document-fixtures.ts';
import { paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { furniture } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');
const en = documentWords('en');

/** Every text of a catalogue, the sentences' templates included (a function's source holds its words). */
function catalogueTexts(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'function') return [String(value)];
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(catalogueTexts);
  return [];
}

function wordsOf(texts: readonly string[]): Set<string> {
  return new Set(texts.flatMap((t) => t.toLocaleLowerCase('sv-SE').match(/\p{L}{3,}/gu) ?? []));
}

/** The Swedish catalogue's words that English does not share (Status, Budget, Plan … are both). */
const englishWords = wordsOf(catalogueTexts(en));
const swedishOnly = [...wordsOf(catalogueTexts(sv))].filter((w) => !englishWords.has(w));

interface EnglishCase {
  name: string;
  document: Document;
  userData: string[];
}

const cases: EnglishCase[] = [
  ...documentSamples().filter((s) => s.name.endsWith('(in English)')),
  ...(
    [
      ['aktivitetsplan of a goal area without activities', aktivitetsplanInput({ goalAreaId: 'hf' })],
      ['aktivitetsplan of a period without activities', aktivitetsplanInput({ goalAreaId: null, period: { from: '2040-01-01', to: '2040-12-31' } })],
    ] as const
  ).map(([name, input]) => ({ name, document: buildAktivitetsplan(input, en, undefined), userData: stringsIn(input) })),
  ...([['tidrapport of a month without time', tidrapportInput({ mandateDescription: '' }, [])]] as const).map(([name, input]) => ({
    name,
    document: buildTidrapport(input, en, undefined),
    userData: stringsIn(input),
  })),
];

/** All the text a reader meets: body, running headers and footers, and the document's properties. */
function documentText(parts: Map<string, string>): string {
  const xml = [part(parts, 'word/document.xml'), ...furniture(parts, 'header'), ...furniture(parts, 'footer')];
  const properties = part(parts, 'docProps/core.xml').replace(/<[^>]*>/g, '\n');
  return [...xml.flatMap(paragraphTexts), properties].join('\n');
}

/** The text without the user's own strings (compared without case: a perspective is printed capitalised). */
function withoutUserData(text: string, userData: readonly string[]): string {
  let rest = text.toLocaleLowerCase('sv-SE');
  const pieces = userData.flatMap((s) => s.split('\n')).map((s) => s.trim().toLocaleLowerCase('sv-SE')).filter((s) => s !== '');
  for (const piece of [...new Set(pieces)].sort((a, b) => b.length - a.length)) rest = rest.replaceAll(piece, ' ');
  return rest;
}

describe('the documents in English', () => {
  it('knows the Swedish words to look for', () => {
    // Words of every part of the catalogue, so that a Swedish word left in a builder would be caught.
    for (const word of ['sida', 'innehåll', 'utkast', 'målområde', 'summa', 'kostnad', 'planerad', 'timmar', 'underskrift', 'finansiering', 'sannolikhet']) expect(swedishOnly).toContain(word);
  });

  it.for(cases.map((c) => [c.name, c] as const))('%s: valid, with English words only', { timeout: validationTimeout }, async ([, { document, userData }]) => {
    const bytes = await packDocx(document);
    const parts = unzipDocx(bytes);
    const text = documentText(parts);
    const rest = withoutUserData(text, userData);
    const left = [...new Set(rest.match(/\p{L}*[åäö]\p{L}*/gu) ?? [])];
    expect(left, 'å, ä or ö outside the user’s text').toEqual([]);
    const restWords = wordsOf([rest]);
    expect(swedishOnly.filter((w) => restWords.has(w))).toEqual([]);
    expect(text).toMatch(/\d{1,2} (January|February|March|April|May|June|July|August|September|October|November|December) \d{4}/);
    expect(furniture(parts, 'footer').join('')).toContain('Page ');
    expect(part(parts, 'word/styles.xml')).toContain('w:val="en-GB"');
    expect(part(parts, 'word/styles.xml')).not.toContain('sv-SE');
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  });
});
