/**
 * Hours for the follow-up's tables and charts: decimal comma and grouped thousands in Swedish
 * (`1 234,5`), at most two decimals so quarter hours stay exact. The CSV files keep their own
 * format (shared/timelog/csv.ts): Excel must read them as numbers.
 */
import type { Locale } from '../../../../shared/format.ts';
import { numberFormat } from '../../../../shared/locale.ts';

const hours: Intl.NumberFormatOptions = { maximumFractionDigits: 2 };
const signedHours: Intl.NumberFormatOptions = { maximumFractionDigits: 2, signDisplay: 'exceptZero' };
const wholePercent: Intl.NumberFormatOptions = { style: 'percent', maximumFractionDigits: 0 };

/** Minutes as hours: 90 → `1,5`, 74 100 → `1 235`. */
export function formatHours(minutes: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, hours).format(minutes / 60);
}

/** Minutes as hours with a sign: 150 → `+2,5`, -150 → `−2,5`, 0 → `0`. */
export function formatSignedHours(minutes: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, signedHours).format(minutes / 60);
}

/** A share as a whole percentage (`23 %`); null (nothing logged) as a dash. */
export function formatShare(share: number | null, locale: Locale = 'sv'): string {
  return share === null ? '–' : numberFormat(locale, wholePercent).format(share);
}

/** Whether MOA time is over, under or exactly at the mandate. */
export function mandateBalance(overMinutes: number): 'over' | 'under' | 'even' {
  return overMinutes > 0 ? 'over' : overMinutes < 0 ? 'under' : 'even';
}

/** A plain decimal as typed in a form or shown in a sentence: 7.5 → `7,5`. */
export function formatDecimal(value: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, hours).format(value);
}
