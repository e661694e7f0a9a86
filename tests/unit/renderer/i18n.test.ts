import { describe, expect, it } from 'vitest';
import { en } from '../../../renderer/i18n/en.ts';
import { translator } from '../../../renderer/i18n/i18n.tsx';
import { sv } from '../../../renderer/i18n/sv.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogue', () => {
  it('has the same keys and placeholders in Swedish and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
    for (const key of Object.keys(sv) as (keyof typeof sv)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(sv[key]));
      expect(en[key].trim(), key).not.toBe('');
    }
  });
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('sv');
    expect(t('overview.greeting', { name: 'Anna' })).toBe('Hej Anna!');
    expect(t('validation.tooLong', { field: 'Namn', max: 200 })).toBe('Namn: högst 200 tecken.');
    expect(t('overview.greeting')).toBe('Hej {name}!');
  });
});
