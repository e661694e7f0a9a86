import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sideText, tokenize, wordChanges, type TextPart } from '#shared/plan/word-diff.ts';

const show = (parts: TextPart[] | null) => parts?.map((p) => (p.change === 'same' ? p.text : p.change === 'removed' ? `[-${p.text}]` : `[+${p.text}]`)).join('') ?? null;

describe('wordChanges', () => {
  it('marks the words that changed inside a text and keeps the rest as it was', () => {
    const before = 'Fler unga startar företag i Örebro län, särskilt kvinnor.';
    const after = 'Fler unga driver företag i hela Örebro län, särskilt kvinnor och nyanlända.';
    expect(show(wordChanges(before, after))).toBe('Fler unga [-startar][+driver] företag i [+hela ]Örebro län, särskilt kvinnor[+ och nyanlända].');
  });

  it('keeps a number with its decimal comma and a hyphenated word in one piece', () => {
    expect(tokenize('UF-företag 10,5 kr')).toEqual(['UF', '-', 'företag', ' ', '10,5', ' ', 'kr']);
    expect(show(wordChanges('Målet är 10 procent fler', 'Målet är 10,5 procent fler'))).toBe('Målet är [-10][+10,5] procent fler');
  });

  it('joins neighbouring replacements into one change, removed words first', () => {
    // The space after the changed words is kept text, not struck through.
    expect(show(wordChanges('Få unga i länet', 'Alltför få unga i länet'))).toBe('[-Få][+Alltför få] unga i länet');
    expect(show(wordChanges('Vi ska starta tre nya kurser i Laxå', 'Vi ska erbjuda fem korta kurser i Laxå'))).toBe('Vi ska [-starta tre nya][+erbjuda fem korta] kurser i Laxå');
  });

  it('keeps line breaks of a multi-line text', () => {
    expect(show(wordChanges('Rad ett\nRad två', 'Rad ett\nRad tre\nRad fyra'))).toBe('Rad ett\nRad [-två][+tre\nRad fyra]');
  });

  it('gives nothing when a word view would not help: an empty side, single words, or a rewritten text', () => {
    expect(wordChanges('', 'Ny text här')).toBeNull();
    expect(wordChanges('Gammal text', '')).toBeNull();
    expect(wordChanges('planerad', 'pågår')).toBeNull();
    expect(wordChanges('samma text', 'samma text')).toBeNull();
    expect(wordChanges('Läxhjälp i alla kommuner under hösten', 'Mentorer för nyanlända elever på gymnasiet')).toBeNull();
  });

  it('gives up on texts too far apart to compare, instead of working for long', () => {
    // Every other word changed: half the text is kept, but 1 200 edits are too many to show word by word.
    const words = (changed: boolean) => Array.from({ length: 1200 }, (_, i) => (changed && i % 2 === 1 ? `ny${i}` : `ord${i}`)).join(' ');
    expect(wordChanges(words(false), words(true))).toBeNull();
    expect(show(wordChanges('ord0 ord1 ord2', 'ord0 ny1 ord2'))).toBe('ord0 [-ord1][+ny1] ord2');
  });

  it('puts both texts back together exactly, whatever they are', () => {
    const text = fc.array(fc.constantFrom('Fler', 'unga', 'företag', 'i', 'Örebro', '10,5', ',', '.', ' ', '  ', '\n', 'UF-', 'kr', 'å'), { maxLength: 30 }).map((t) => t.join(''));
    fc.assert(
      fc.property(text, text, (before, after) => {
        const parts = wordChanges(before, after);
        if (parts === null) return;
        expect(sideText(parts, 'before')).toBe(before);
        expect(sideText(parts, 'after')).toBe(after);
        expect(parts.every((p) => p.text !== '')).toBe(true);
      }),
    );
  });
});
