/**
 * Dates, numbers and amounts as a document in the given language writes them: `27 november 2026`
 * or `27 November 2026`, `1 234 kr` or `SEK 1,234`. Numbers and month names come from Intl in the
 * catalogue's locale; the catalogue adds only what Intl does not say the way the documents want it
 * (the currency's place, the per cent sign, quarters and weeks). Tables keep ISO dates.
 * Pure: the caller passes the date, nothing reads the clock.
 */
import { formatInteger } from '../../format.ts';
import { planName } from '../../plan/plan-scope.ts';
import type { ActionPlan } from '../../domain/plan.ts';
import type { DocumentWords } from './sv.ts';

const cache = new Map<string, Intl.NumberFormat | Intl.DateTimeFormat>();

function numberFormat(words: DocumentWords, name: string, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${words.locale} n ${name}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.NumberFormat)) {
    format = new Intl.NumberFormat(words.locale, options);
    cache.set(key, format);
  }
  return format;
}

function dateFormat(words: DocumentWords, name: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${words.locale} d ${name}`;
  let format = cache.get(key);
  if (!(format instanceof Intl.DateTimeFormat)) {
    // UTC on both sides, so no time zone can move a date to the day before.
    format = new Intl.DateTimeFormat(words.locale, { ...options, timeZone: 'UTC' });
    cache.set(key, format);
  }
  return format;
}

/** The moment a real `YYYY-MM-DD` date starts in UTC; throws on anything else (a bug in the caller). */
function utcDate(isoDate: string): Date {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  const date = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999.
  date.setUTCFullYear(year, month - 1, day);
  if (!match || date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) throw new Error(`longDate: not an ISO date: ${isoDate}`);
  return date;
}

/** `2026-11-27` → `27 november 2026` / `27 November 2026`. Throws on anything that is not a real `YYYY-MM-DD` date. */
export function longDate(words: DocumentWords, isoDate: string): string {
  return dateFormat(words, 'long', { day: 'numeric', month: 'long', year: 'numeric' }).format(utcDate(isoDate));
}

/** As `longDate`, but a damaged date is shown as it is, so it never stops an export. */
export function dateInWords(words: DocumentWords, isoDate: string | undefined): string {
  if (isoDate === undefined) return '';
  try {
    return longDate(words, isoDate);
  } catch {
    return isoDate;
  }
}

/** `2026-02-14` → `februari 2026` / `February 2026`. */
export function monthInWords(words: DocumentWords, isoDate: string): string {
  return dateFormat(words, 'month', { month: 'long', year: 'numeric' }).format(utcDate(`${isoDate.slice(0, 7)}-01`));
}

/** One date, or the first and the last in words with an en dash between. */
export function dateRange(words: DocumentWords, from: string, to: string): string {
  return from === to ? longDate(words, from) : `${longDate(words, from)} – ${longDate(words, to)}`;
}

/** The calendar quarter a date falls in: `2026 K4` / `2026 Q4`. */
export function quarterInWords(words: DocumentWords, isoDate: string): string {
  utcDate(isoDate);
  return words.common.quarter(isoDate.slice(0, 4), Math.floor((Number(isoDate.slice(5, 7)) - 1) / 3) + 1);
}

/** `1 234` / `1,234`. */
export function integer(words: DocumentWords, value: number): string {
  return formatInteger(value, words.language);
}

/** Up to six decimals with the language's decimal sign; an empty value is an en dash. */
export function decimal(words: DocumentWords, value: number | null): string {
  return value === null ? '–' : numberFormat(words, 'decimal', { maximumFractionDigits: 6 }).format(value);
}

/** Hours with up to two decimals and no thousands separator, for tables of time: 90 minutes → `1,5` / `1.5`. */
export function hours(words: DocumentWords, minutes: number): string {
  const text = numberFormat(words, 'hours', { maximumFractionDigits: 2, useGrouping: false }).format(Math.abs(minutes) / 60);
  return minutes < 0 && text !== '0' ? `-${text}` : text;
}

/** Whole kronor from öre: `1 234 567 kr` / `SEK 1,234,567`. */
export function kronor(words: DocumentWords, ore: number): string {
  return words.common.amount(integer(words, Math.round(ore / 100)));
}

/** Exact kronor, öre shown when there are any (`1 234,50 kr` / `SEK 1,234.50`), so cells add up to their total. */
export function kronorExact(words: DocumentWords, ore: number): string {
  const abs = Math.abs(ore);
  const figures = abs % 100 === 0 ? integer(words, abs / 100) : numberFormat(words, 'öre', { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(abs / 100);
  return `${ore < 0 ? '-' : ''}${words.common.amount(figures)}`;
}

/** A share with a fixed number of decimals, for tables of money: 1/3 → `33,3 %` / `33.3%`; null → `–`. */
export function fixedPercent(words: DocumentWords, share: number | null, decimals = 1): string {
  if (share === null || !Number.isFinite(share)) return '–';
  // signDisplay 'negative': a share that rounds to zero never shows as "−0,0 %".
  const figures = numberFormat(words, `percent${decimals}`, { minimumFractionDigits: decimals, maximumFractionDigits: decimals, signDisplay: 'negative' }).format(share * 100);
  return words.common.percent(figures);
}

/** A share of a whole with at most one decimal (`12,5 %`, `50 %`); `–` when the whole is nothing. */
export function share(words: DocumentWords, part: number, whole: number): string {
  return whole === 0 ? '–' : numberFormat(words, 'share', { style: 'percent', maximumFractionDigits: 1 }).format(part / whole);
}

/** A plan by its title and period, an untitled one named in the document's language. */
export function planInWords(words: DocumentWords, plan: Pick<ActionPlan, 'title' | 'periodStart' | 'periodEnd'>): string {
  return planName({ ...plan, title: plan.title.trim() === '' ? words.common.untitled : plan.title });
}

/** The text, or the catalogue's "(utan namn)" when it is blank. */
export function titleOr(words: DocumentWords, text: string): string {
  return text.trim() === '' ? words.common.untitled : text;
}
