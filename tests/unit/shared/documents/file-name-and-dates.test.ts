import { describe, expect, it } from 'vitest';
import { handlingsplanExportNames } from '#shared/documents/export-names.ts';
import { fileNamePart } from '#shared/documents/file-name.ts';
import { dateRange, longDate, monthInWords, quarterInWords } from '#shared/documents/words/format.ts';
import { documentWords } from '#shared/documents/words/index.ts';

const sv = documentWords('sv');
const en = documentWords('en');

describe('long dates', () => {
  it.each([
    ['2026-11-27', '27 november 2026', '27 November 2026'],
    ['2026-01-01', '1 januari 2026', '1 January 2026'],
    ['2028-02-29', '29 februari 2028', '29 February 2028'],
    ['2026-05-09', '9 maj 2026', '9 May 2026'],
    ['0012-03-04', '4 mars 12', '4 March 12'],
  ])('%s → %s / %s', (iso, swedish, english) => {
    expect(longDate(sv, iso)).toBe(swedish);
    expect(longDate(en, iso)).toBe(english);
  });

  it.each(['2026-13-01', '2026-02-29', '27/11/2026', '2026-11-27T10:00', ''])('refuses %j', (bad) => {
    expect(() => longDate(sv, bad)).toThrow();
    expect(() => longDate(en, bad)).toThrow();
  });

  it('names months, quarters and ranges in the language', () => {
    expect(monthInWords(sv, '2026-02-14')).toBe('februari 2026');
    expect(monthInWords(en, '2026-02-14')).toBe('February 2026');
    expect(quarterInWords(sv, '2026-11-27')).toBe('2026 K4');
    expect(quarterInWords(en, '2026-01-01')).toBe('2026 Q1');
    expect(dateRange(en, '2026-11-01', '2026-11-30')).toBe('1 November 2026 – 30 November 2026');
    expect(dateRange(sv, '2026-11-01', '2026-11-01')).toBe('1 november 2026');
  });
});

describe('the handlingsplan file name', () => {
  const name = (goalArea: string, start: number, end: number, version: number) => handlingsplanExportNames(sv, { title: 'Plan', periodStart: start, periodEnd: end, version }, { name: goalArea }, '2026-11-27').fileName;

  it('names the file by kind, goal area, period, version and date', () => {
    expect(name('Innovationer och entreprenörskap', 2012, 2014, 3)).toBe('Handlingsplan_Innovationer-och-entreprenorskap_2012-2014_v3_2026-11-27.docx');
    expect(handlingsplanExportNames(en, { title: 'Plan', periodStart: 2027, periodEnd: 2027, version: 1 }, { name: 'Hälsa' }, '2026-11-27').fileName).toBe('Action-plan_Halsa_2027_v1_2026-11-27.docx');
  });

  it('turns å, ä, ö into a, a, o and strips other diacritics', () => {
    expect(fileNamePart('Kunskapslyft för barn & unga – Åre/Älvdalen')).toBe('Kunskapslyft-for-barn-unga-Are-Alvdalen');
    expect(fileNamePart('Café Zoë, Ærø, Łódź')).toBe('Cafe-Zoe-r-odz');
  });

  it('replaces anything else with single hyphens and trims them', () => {
    expect(fileNamePart('  ../..\\Mål:områ*de?  "1" <2> |3| 🚀 ')).toBe('Mal-omra-de-1-2-3');
    expect(name('🚀🚀', 2026, 2026, 1)).toBe('Handlingsplan_2026_v1_2026-11-27.docx');
  });

  it('keeps the name short', () => {
    const long = name('Långt namn '.repeat(40), 2026, 2028, 12);
    expect(long.length).toBeLessThanOrEqual(140);
    expect(long).toMatch(/^Handlingsplan_Langt-namn[A-Za-z-]*[A-Za-z]_2026-2028_v12_2026-11-27\.docx$/);
  });
});
