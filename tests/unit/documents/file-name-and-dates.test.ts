import { describe, expect, it } from 'vitest';
import { documentFileName, fileNamePart } from '../../../shared/documents/file-name.ts';
import { longSwedishDate } from '../../../shared/documents/swedish-dates.ts';

describe('longSwedishDate', () => {
  it.each([
    ['2026-11-27', '27 november 2026'],
    ['2026-01-01', '1 januari 2026'],
    ['2028-02-29', '29 februari 2028'],
    ['2026-05-09', '9 maj 2026'],
  ])('%s → %s', (iso, long) => expect(longSwedishDate(iso)).toBe(long));

  it.each(['2026-13-01', '2026-02-29', '27/11/2026', '2026-11-27T10:00', ''])('refuses %j', (bad) => {
    expect(() => longSwedishDate(bad)).toThrow();
  });
});

describe('documentFileName', () => {
  it('names the file by kind, goal area, period, version and date', () => {
    expect(documentFileName('Handlingsplan', 'Innovationer och entreprenörskap', 2012, 2014, 3, '2026-11-27')).toBe(
      'Handlingsplan_Innovationer-och-entreprenorskap_2012-2014_v3_2026-11-27.docx',
    );
  });

  it('turns å, ä, ö into a, a, o and strips other diacritics', () => {
    expect(fileNamePart('Kunskapslyft för barn & unga – Åre/Älvdalen')).toBe('Kunskapslyft-for-barn-unga-Are-Alvdalen');
    expect(fileNamePart('Café Zoë, Ærø, Łódź')).toBe('Cafe-Zoe-r-odz');
  });

  it('replaces anything else with single hyphens and trims them', () => {
    expect(fileNamePart('  ../..\\Mål:områ*de?  "1" <2> |3| 🚀 ')).toBe('Mal-omra-de-1-2-3');
    expect(documentFileName('Handlingsplan', '🚀🚀', 2026, 2026, 1, '2026-11-27')).toBe('Handlingsplan_2026_v1_2026-11-27.docx');
  });

  it('keeps the name short', () => {
    const name = documentFileName('Handlingsplan', 'Långt namn '.repeat(40), 2026, 2028, 12, '2026-11-27');
    expect(name.length).toBeLessThanOrEqual(140);
    expect(name).toMatch(/^Handlingsplan_Langt-namn[A-Za-z-]*[A-Za-z]_2026-2028_v12_2026-11-27\.docx$/);
  });
});
