/**
 * Everything that depends on the language's locale, in one place: the BCP-47
 * tag per language, sorting, number formats and month names. Used by the UI
 * and by shared rules; a new language needs its tag here (the record below
 * refuses to compile without it). Intl is part of the language, not of a host.
 */
import type { Language } from './settings.ts';

/** The locale each language is written in: Swedish as in Sweden, English as in Britain. */
export const localeTags: Record<Language, string> = { sv: 'sv-SE', en: 'en-GB' };

/** The locale of the workbook's data (codes, names, titles), which is Swedish whatever the UI language. */
export const dataLocale = localeTags.sv;

/**
 * How lists are sorted. `names`: case and accents ignored and numbers by value,
 * for what people name (contacts, templates, categories); `text`: every
 * difference counts, for stable orders; `numbered`: like `text` with numbers
 * by value, so "1.10" comes after "1.9".
 */
const collations = {
  names: { sensitivity: 'base', numeric: true },
  text: {},
  numbered: { numeric: true },
} as const satisfies Record<string, Intl.CollatorOptions>;

const collators = new Map<string, Intl.Collator>();

/** A shared collator; lists of the workbook's data sort in Swedish order (å, ä, ö after z) unless told otherwise. */
export function collator(kind: keyof typeof collations, language: Language = 'sv'): Intl.Collator {
  const key = `${language}:${kind}`;
  let found = collators.get(key);
  if (!found) {
    found = new Intl.Collator(localeTags[language], collations[kind]);
    collators.set(key, found);
  }
  return found;
}

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A shared number format for the language (made once per language and options). */
export function numberFormat(language: Language, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${language}:${JSON.stringify(options)}`;
  let found = numberFormats.get(key);
  if (!found) {
    found = new Intl.NumberFormat(localeTags[language], options);
    numberFormats.set(key, found);
  }
  return found;
}

const monthFormats = new Map<Language, Intl.DateTimeFormat>();

/** A month's name (1–12) in the language: "mars", "March". */
export function monthName(month: number, language: Language): string {
  let format = monthFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(localeTags[language], { month: 'long', timeZone: 'UTC' });
    monthFormats.set(language, format);
  }
  return format.format(new Date(Date.UTC(2026, month - 1, 1)));
}

/** "a, b och c", "a, b and c". */
export function listText(language: Language, parts: readonly string[]): string {
  return new Intl.ListFormat(localeTags[language], { style: 'long', type: 'conjunction' }).format(parts);
}
