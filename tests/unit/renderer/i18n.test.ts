import { describe, expect, it } from 'vitest';
import { catalogues } from '../../../renderer/i18n/catalogues.ts';
import { translator } from '../../../renderer/i18n/i18n.tsx';
import { sv } from '../../../renderer/i18n/sv.ts';
import { languages } from '#shared/settings.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it.each(languages.filter((l) => l !== 'sv'))('has the same keys and placeholders in %s as in Swedish', (language) => {
    const catalogue = catalogues[language];
    expect(Object.keys(catalogue).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(catalogue[key]), key).toEqual(placeholders(sv[key]));
      expect(catalogue[key].trim(), key).not.toBe('');
    }
  });
  it('uses a language\'s own words, not Swedish, for most messages', () => {
    for (const language of languages.filter((l) => l !== 'sv')) {
      const catalogue = catalogues[language];
      const keys = Object.keys(sv) as (keyof typeof sv)[];
      const same = keys.filter((key) => catalogue[key] === sv[key] && /[åäö]/i.test(sv[key]));
      expect(same, language).toEqual([]);
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('sv');
    expect(t('overview.greeting', { name: 'Anna' })).toBe('Hej Anna!');
    expect(t('validation.tooLong', { field: 'Namn', max: 200 })).toBe('Namn: högst 200 tecken.');
    expect(t('overview.greeting')).toBe('Hej {name}!');
  });
});
