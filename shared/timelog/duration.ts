/**
 * Reading and writing durations the way people in Sweden type them: `1:30`, `1,5 h`, `90 min`,
 * `1 t 30 m`. Durations are whole minutes; one entry holds at most a day.
 */

export type DurationError = 'empty' | 'unreadable' | 'negative' | 'zero' | 'tooLong';
export type DurationResult = { ok: true; minutes: number } | { ok: false; code: DurationError };

/** The most one time entry can hold: a whole day. */
export const maxEntryMinutes = 24 * 60;

const number = String.raw`(\d+(?:[.,]\d+)?)`;
const hourUnit = String.raw`(?:h|t|tim|timme|timmar|hour|hours)`;
const minuteUnit = String.raw`(?:m|min|minut|minuter|minute|minutes)`;

const clockForm = /^(\d{1,2}):(\d{2})$/;
const hoursForm = new RegExp(`^${number}\\s*${hourUnit}?$`);
const minutesForm = new RegExp(`^${number}\\s*${minuteUnit}$`);
const hoursAndMinutesForm = new RegExp(`^${number}\\s*${hourUnit}\\s*(\\d+)\\s*${minuteUnit}$`);

function decimal(text: string): number {
  return Number(text.replace(',', '.'));
}

function checked(exactMinutes: number): DurationResult {
  const minutes = Math.round(exactMinutes);
  if (!Number.isFinite(minutes)) return { ok: false, code: 'unreadable' };
  if (minutes === 0) return { ok: false, code: 'zero' };
  if (minutes > maxEntryMinutes) return { ok: false, code: 'tooLong' };
  return { ok: true, minutes };
}

/** Reads a duration typed by a user. A bare number means hours; the result is rounded to whole minutes. */
export function parseDuration(text: string): DurationResult {
  // No-break and other fixed-width spaces come in when people paste from Word or a web page.
  const normalised = text.replace(/[\u00a0\u2007\u202f]/g, ' ').trim().toLowerCase();
  if (normalised === '') return { ok: false, code: 'empty' };
  if (normalised.startsWith('-') || normalised.startsWith('\u2212')) return { ok: false, code: 'negative' };

  const clock = clockForm.exec(normalised);
  if (clock) {
    const minutePart = Number(clock[2]);
    if (minutePart >= 60) return { ok: false, code: 'unreadable' };
    return checked(Number(clock[1]) * 60 + minutePart);
  }
  const both = hoursAndMinutesForm.exec(normalised);
  if (both) {
    const minutePart = Number(both[2]);
    if (minutePart >= 60) return { ok: false, code: 'unreadable' };
    return checked(decimal(both[1] ?? '') * 60 + minutePart);
  }
  const minutes = minutesForm.exec(normalised);
  if (minutes) return checked(decimal(minutes[1] ?? ''));
  const hours = hoursForm.exec(normalised);
  if (hours) return checked(decimal(hours[1] ?? '') * 60);
  return { ok: false, code: 'unreadable' };
}

/** Decimal hours with a decimal comma and at most two decimals, trailing zeros dropped: 90 → `1,5`. */
function formatHours(minutes: number): string {
  const text = (Math.abs(minutes) / 60).toFixed(2).replace(/\.?0+$/, '').replace('.', ',');
  return minutes < 0 && text !== '0' ? `-${text}` : text;
}

/** Hours and minutes as on a clock: 90 → `1:30`, -90 → `-1:30`. */
export function formatHoursMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes));
  const text = `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
  return minutes < 0 && whole !== 0 ? `-${text}` : text;
}

/** A duration for tables and exports: `'hours'` gives `1,5`, `'hoursMinutes'` gives `1:30`. */
export function formatDuration(minutes: number, style: 'hours' | 'hoursMinutes'): string {
  return style === 'hours' ? formatHours(minutes) : formatHoursMinutes(minutes);
}
