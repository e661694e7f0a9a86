import { describe, expect, it } from 'vitest';
import { collator, dataLocale, listText, localeTags, monthName, numberFormat } from '#shared/locale.ts';
import { languages } from '#shared/settings.ts';

describe('locale', () => {
  it('has a locale for every language', () => {
    for (const language of languages) expect(Intl.getCanonicalLocales(localeTags[language])).toEqual([localeTags[language]]);
    expect(localeTags).toEqual({ sv: 'sv-SE', en: 'en-GB' });
    expect(dataLocale).toBe('sv-SE');
  });

  it('sorts the workbook\'s data in Swedish order: å, ä, ö after z', () => {
    expect(['Örebro', 'Alingsås', 'Zeta', 'Ängelholm', 'Åre'].sort(collator('text').compare)).toEqual(['Alingsås', 'Zeta', 'Åre', 'Ängelholm', 'Örebro']);
  });

  it('compares names without case or accents and numbers by value', () => {
    expect(collator('names').compare('anna', 'Anna')).toBe(0);
    expect(collator('names').compare('Cafe', 'Café')).toBe(0);
    expect(['Strategi 10', 'Strategi 9'].sort(collator('names').compare)).toEqual(['Strategi 9', 'Strategi 10']);
    expect(collator('text').compare('anna', 'Anna')).not.toBe(0);
    expect(['1.10', '1.9', '1.2'].sort(collator('numbered').compare)).toEqual(['1.2', '1.9', '1.10']);
    expect(['1.10', '1.9'].sort(collator('text').compare)).toEqual(['1.10', '1.9']);
  });

  it('makes each collator and number format once', () => {
    expect(collator('names')).toBe(collator('names'));
    expect(numberFormat('sv', { maximumFractionDigits: 2 })).toBe(numberFormat('sv', { maximumFractionDigits: 2 }));
    expect(numberFormat('sv', { maximumFractionDigits: 2 })).not.toBe(numberFormat('en', { maximumFractionDigits: 2 }));
  });

  it('writes numbers the way each language does', () => {
    expect(numberFormat('sv', { maximumFractionDigits: 2 }).format(1234.5)).toBe('1\u00a0234,5');
    expect(numberFormat('en', { maximumFractionDigits: 2 }).format(1234.5)).toBe('1,234.5');
  });

  it('names months and lists in the language', () => {
    expect(monthName(3, 'sv')).toBe('mars');
    expect(monthName(12, 'en')).toBe('December');
    expect(listText('sv', ['a', 'b', 'c'])).toBe('a, b och c');
    expect(listText('en', ['a', 'b', 'c'])).toBe('a, b and c');
  });
});
