/**
 * The limits of shared/domain/common.ts and plan.ts as numbers the field
 * tables, the checks and the renderer can show, and what counts as a date.
 */

export const textLimits = { short: 500, long: 50_000, goalAreaCode: 20 } as const;
export const yearLimits = { min: 2000, max: 2100 } as const;
/** 10^12 kronor: far above any plan, far below where öre stop being exact in a double. */
export const maxKronor = 1_000_000_000_000;
export const maxOre = maxKronor * 100;

/** A real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(value);
  if (!match) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  return day <= days;
}

/** Dates a person means: a real calendar date with a year from 1900 to 2100, so a year typed digit by digit ("0202") is never taken. */
export const dateYearLimits = { min: 1900, max: 2100 } as const;

export function isPlausibleIsoDate(value: string): boolean {
  if (!isIsoDate(value)) return false;
  const year = Number(value.slice(0, 4));
  return year >= dateYearLimits.min && year <= dateYearLimits.max;
}

