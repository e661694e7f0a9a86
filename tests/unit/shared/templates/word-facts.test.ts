/** The period a Word template's text states, for the import form's proposal. */
import { describe, expect, test } from 'vitest';
import { periodFromText } from '#shared/templates/word-facts.ts';

const year = (y: number) => ({ validFrom: `${y}-01-01`, validTo: `${y}-12-31` });

describe('the period in a Word template’s text', () => {
  test.each([
    ['Gäller 2027-01-01 – 2027-12-31.', { validFrom: '2027-01-01', validTo: '2027-12-31' }],
    ['Mallen gäller 2027-03-01 till och med 2028-02-29', { validFrom: '2027-03-01', validTo: '2028-02-29' }],
    ['Period: 2027', year(2027)],
    ['Perioden 2027', year(2027)],
    ['Handlingsplan för 2027–2028', { validFrom: '2027-01-01', validTo: '2028-12-31' }],
    ['för 2027-2028', { validFrom: '2027-01-01', validTo: '2028-12-31' }],
    ['Verksamhetsåret 2027', year(2027)],
    ['Gäller år 2027', year(2027)],
  ])('%j', (text, period) => {
    expect(periodFromText('', [text], [])).toEqual(period);
  });

  test('a year in the title when the text says nothing', () => {
    expect(periodFromText('RUS handlingsplan 2027', ['Fyll i alla delar.'], [])).toEqual(year(2027));
  });

  test('what the text before the headings says wins over a year in the title', () => {
    expect(periodFromText('Mall 2026', ['Gäller 2027-01-01 – 2027-12-31'], [])).toEqual({ validFrom: '2027-01-01', validTo: '2027-12-31' });
  });

  test('years in the guidance further down count only where it says they are the period', () => {
    expect(periodFromText('Mall', [], ['Beskriv läget 2020–2025 i regionen.'])).toBeNull();
    expect(periodFromText('Mall', [], ['Planen gäller 2027-01-01 – 2027-12-31.'])).toEqual({ validFrom: '2027-01-01', validTo: '2027-12-31' });
  });

  test('impossible dates, reversed ranges and unlikely years are no period', () => {
    expect(periodFromText('', ['Gäller 2027-02-30 – 2027-12-31'], [])).toBeNull();
    expect(periodFromText('', ['Gäller 2028-01-01 – 2027-12-31'], [])).toBeNull();
    expect(periodFromText('', ['Ring 0019-1234 för frågor', 'Period: 3027'], [])).toBeNull();
    expect(periodFromText('', ['Ärende 2027-4411'], [])).toBeNull();
  });
});
