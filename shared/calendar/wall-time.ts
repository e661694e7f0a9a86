/**
 * Wall-clock times as plain numbers: "wall seconds" are the seconds since 1970-01-01T00:00 of
 * the clock on the wall, read as if it were UTC. Zone arithmetic (zones.ts) turns them into real
 * instants and back; here they are only parsed, checked and written.
 */
import type { CalendarDate, LocalDateTime } from './types.ts';

/** The years an event may fall in, for export and import alike. */
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;

export const SECONDS_PER_DAY = 86_400;

/** A wall-clock time's fields; months and days count from 1. */
export interface WallFields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

/** Wall seconds of the fields; years below 100 are not moved to the 1900s as Date.UTC would. */
export function wallSeconds(fields: WallFields): number {
  const date = new Date(0);
  date.setUTCFullYear(fields.year, fields.month - 1, fields.day);
  date.setUTCHours(fields.hour, fields.minute, fields.second, 0);
  return Math.floor(date.getTime() / 1000);
}

/** The fields of wall seconds. */
export function wallFields(seconds: number): WallFields {
  const date = new Date(seconds * 1000);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
    hour: date.getUTCHours(),
    minute: date.getUTCMinutes(),
    second: date.getUTCSeconds(),
  };
}

/** True when the fields name a real moment of the calendar (no 31 April, no 25 o'clock). */
export function isRealWallTime(fields: WallFields): boolean {
  if (![fields.year, fields.month, fields.day, fields.hour, fields.minute, fields.second].every(Number.isInteger)) return false;
  if (fields.hour > 23 || fields.minute > 59 || fields.second > 59 || fields.hour < 0 || fields.minute < 0 || fields.second < 0) return false;
  const back = wallFields(wallSeconds(fields));
  return back.year === fields.year && back.month === fields.month && back.day === fields.day;
}

/** True when the year is one an event may have. */
export function isEventYear(year: number): boolean {
  return year >= FIRST_YEAR && year <= LAST_YEAR;
}

const LOCAL_DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/u;
const CALENDAR_DATE = /^(\d{4})-(\d{2})-(\d{2})$/u;

/** The fields of `2027-03-02T09:00`, or undefined when it is not a real local date-time. */
export function parseLocalDateTime(text: LocalDateTime): WallFields | undefined {
  const match = LOCAL_DATE_TIME.exec(text);
  if (!match) return undefined;
  const fields = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: Number(match[4]), minute: Number(match[5]), second: 0 };
  return isRealWallTime(fields) ? fields : undefined;
}

/** The fields of `2027-05-10` (at midnight), or undefined when it is not a real date. */
export function parseCalendarDate(text: CalendarDate): WallFields | undefined {
  const match = CALENDAR_DATE.exec(text);
  if (!match) return undefined;
  const fields = { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]), hour: 0, minute: 0, second: 0 };
  return isRealWallTime(fields) ? fields : undefined;
}

const two = (value: number) => String(value).padStart(2, '0');
const four = (value: number) => String(value).padStart(4, '0');

/** `2027-05-10`. */
export function formatCalendarDate(fields: WallFields): CalendarDate {
  return `${four(fields.year)}-${two(fields.month)}-${two(fields.day)}`;
}

/** `2027-03-02T09:00`; seconds are dropped (the workbook keeps minutes). */
export function formatLocalDateTime(fields: WallFields): LocalDateTime {
  return `${formatCalendarDate(fields)}T${two(fields.hour)}:${two(fields.minute)}`;
}
