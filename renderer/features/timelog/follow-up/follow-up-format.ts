/**
 * Hours for the follow-up's tables and charts: decimal comma and grouped thousands in Swedish
 * (`1 234,5`), at most two decimals so quarter hours stay exact. The CSV files keep their own
 * format (shared/timelog/csv.ts): Excel must read them as numbers.
 */
import type { Locale } from '#shared/format.ts';
import { numberFormat } from '#shared/locale.ts';
import type { Translate } from '../../../i18n/i18n.tsx';

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

/**
 * A summary period's name in the UI language, from its key: `2026-W48` → `v. 48` / `week 48`,
 * `2026 K4` → `2026 K4` / `Q4 2026`; months (`2026-11`) and years read the same in both.
 */
export function periodName(key: string, t: Translate): string {
  const week = /^\d{4}-W(\d{2})$/.exec(key);
  if (week) return t('timelog.week.label', { week: Number(week[1]) });
  const quarter = /^(\d{4}) K(\d)$/.exec(key);
  if (quarter) return t('timelog.followUp.quarterLabel', { year: quarter[1] ?? '', quarter: quarter[2] ?? '' });
  return key;
}

/** The week number alone, for a chart's axis: `2026-W08` → `8`. */
export function weekNumberOf(weekKey: string): string {
  return String(Number(weekKey.slice(weekKey.indexOf('-W') + 2)));
}
