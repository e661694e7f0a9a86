/**
 * Hours for the follow-up's tables and charts: decimal comma and grouped thousands in Swedish
 * (`1 234,5`), at most two decimals so quarter hours stay exact. The CSV files keep their own
 * format (shared/timelog/csv.ts): Excel must read them as numbers.
 */
import type { Locale } from '../../../../shared/format.ts';

const tags: Record<Locale, string> = { sv: 'sv-SE', en: 'en-GB' };
const cache = new Map<string, Intl.NumberFormat>();

function numberFormat(locale: Locale, kind: 'hours' | 'signed' | 'percent'): Intl.NumberFormat {
  const key = `${locale}:${kind}`;
  let format = cache.get(key);
  if (!format) {
    format =
      kind === 'percent'
        ? new Intl.NumberFormat(tags[locale], { style: 'percent', maximumFractionDigits: 0 })
        : new Intl.NumberFormat(tags[locale], { maximumFractionDigits: 2, signDisplay: kind === 'signed' ? 'exceptZero' : 'auto' });
    cache.set(key, format);
  }
  return format;
}

/** Minutes as hours: 90 → `1,5`, 74 100 → `1 235`. */
export function formatHours(minutes: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, 'hours').format(minutes / 60);
}

/** Minutes as hours with a sign: 150 → `+2,5`, -150 → `−2,5`, 0 → `0`. */
export function formatSignedHours(minutes: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, 'signed').format(minutes / 60);
}

/** A share as a whole percentage (`23 %`); null (nothing logged) as a dash. */
export function formatShare(share: number | null, locale: Locale = 'sv'): string {
  return share === null ? '–' : numberFormat(locale, 'percent').format(share);
}

/** Whether MOA time is over, under or exactly at the mandate. */
export function mandateBalance(overMinutes: number): 'over' | 'under' | 'even' {
  return overMinutes > 0 ? 'over' : overMinutes < 0 ? 'under' : 'even';
}

/** A plain decimal as typed in a form or shown in a sentence: 7.5 → `7,5`. */
export function formatDecimal(value: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, 'hours').format(value);
}
