/**
 * Swedish (and English) number, money and date formatting, shared by the UI
 * and the document builders. Intl is part of the language, not of a host.
 */
import { numberFormat } from './locale.ts';
import type { Language } from './settings.ts';

/** The language numbers and dates are written for (the UI or document language). */
export type Locale = Language;

/** `10 000` in Swedish (with a no-break space as thousands separator), `10,000` in English. */
export function formatInteger(value: number, locale: Locale = 'sv'): string {
  return numberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** A measured value as written in Swedish: `8,4`, `1 234,56`, `-3`; at most `fractionDigits` decimals, none when whole. */
export function formatNumber(value: number, locale: Locale = 'sv', fractionDigits = 2): string {
  return numberFormat(locale, { maximumFractionDigits: fractionDigits }).format(value);
}

/** A file's size as people read it: `512 B`, `60 kB`, `12,1 MB` (1 kB = 1 024 bytes, as file managers count). */
export function formatFileSize(bytes: number, locale: Locale = 'sv'): string {
  if (bytes < 1024) return `${formatInteger(bytes, locale)} B`;
  if (bytes < 1024 * 1024) return `${formatInteger(Math.round(bytes / 1024), locale)} kB`;
  const tenths = Math.round((bytes / (1024 * 1024)) * 10);
  const decimal = locale === 'sv' ? ',' : '.';
  return `${formatInteger(Math.floor(tenths / 10), locale)}${decimal}${tenths % 10} MB`;
}

/** Whole kronor from öre, e.g. `1 234 567 kr`. */
export function formatKronor(ore: number, locale: Locale = 'sv'): string {
  return `${formatInteger(Math.round(ore / 100), locale)} kr`;
}

/** Exact kronor: `1 234 kr`, or `1 234,50 kr` when there are öre, so a 50-öre gap is never shown as 0 kr and cells add up to their total. */
export function formatKronorExact(ore: number, locale: Locale = 'sv'): string {
  const abs = Math.abs(ore);
  const sign = ore < 0 ? '-' : '';
  const whole = formatInteger(Math.floor(abs / 100), locale);
  return abs % 100 === 0 ? `${sign}${whole} kr` : `${sign}${whole}${locale === 'sv' ? ',' : '.'}${String(abs % 100).padStart(2, '0')} kr`;
}

const pad2 = (n: number) => String(n).padStart(2, '0');

/** The time of day on this computer's clock, `09:14` (24-hour clock in both languages). */
export function formatTimeOfDay(moment: Date): string {
  return `${pad2(moment.getHours())}:${pad2(moment.getMinutes())}`;
}

/** A moment as a local date and time: `2026-11-27 kl. 09:14` in Swedish, `2026-11-27 09:14` in English; `–` for an invalid date. */
export function formatDateTime(moment: Date, locale: Locale = 'sv'): string {
  if (Number.isNaN(moment.getTime())) return '–';
  const date = `${moment.getFullYear()}-${pad2(moment.getMonth() + 1)}-${pad2(moment.getDate())}`;
  return locale === 'sv' ? `${date} kl. ${formatTimeOfDay(moment)}` : `${date} ${formatTimeOfDay(moment)}`;
}
