/**
 * The rules every time entry is held to, whatever made it (the day list's form, a week cell, the
 * timer): a date no more than 31 days ahead, at most 24 hours on a day over all its entries, a
 * readable duration and a note within its limit. Pure; the repositories apply them inside the
 * transaction that stores, with what they read from the database.
 */
import { addDays } from 'date-fns';
import { isoDateSchema } from '../domain/common.ts';
import { parseDuration } from './duration.ts';
import { timeEntryField, type EntryFields } from './fields.ts';
import type { TimelogProblem } from './problems.ts';
import { rowKeyOf, type RowKey } from './week-grid.ts';
import { toIsoDate } from './weeks.ts';

/** How far ahead time may be logged (planned leave, a conference booked next month). */
export const MAX_DAYS_AHEAD = 31;
/** What one day holds at most, over all its entries. */
export const DAY_MINUTES = 24 * 60;

/** The clock, passed in so tests control "today" and the timer. */
export type Clock = () => Date;

/** The last date time may be logged for, `YYYY-MM-DD`. */
export function latestLoggableDate(now: Date): string {
  return toIsoDate(addDays(now, MAX_DAYS_AHEAD));
}

export function dateProblem(date: string, now: Date): TimelogProblem | null {
  if (!isoDateSchema.safeParse(date).success) return { field: 'date', code: 'invalid', text: date };
  const latest = latestLoggableDate(now);
  return date > latest ? { field: 'date', code: 'tooFarAhead', date, latest } : null;
}

export function noteProblem(note: string): TimelogProblem | null {
  const max = timeEntryField.note.maxLength;
  return note.length > max ? { field: 'note', code: 'tooLong', max } : null;
}

/** Whether `minutes` more fit on a day that already holds `otherMinutes`. */
export function dayFullProblem(date: string, otherMinutes: number, minutes: number): TimelogProblem | null {
  return otherMinutes + minutes > DAY_MINUTES ? { field: 'duration', code: 'dayFull', date, otherMinutes } : null;
}

/** An entry as typed in the day list's form: the duration as text (`1:30`, `1,5 h`, `90 min`). */
export interface EntryDraft extends RowKey {
  date: string;
  duration: string;
  note: string;
}

/** A draft's fields to store (note trimmed) and, when its duration cannot be read, why (its minutes are then 0). */
export function entryFieldsOf(draft: EntryDraft): { fields: EntryFields; durationProblem: TimelogProblem | null } {
  const parsed = parseDuration(draft.duration);
  const minutes = parsed.ok ? parsed.minutes : 0;
  const fields: EntryFields = { ...rowKeyOf(draft), date: draft.date, minutes, note: draft.note.trim() };
  return { fields, durationProblem: parsed.ok ? null : { field: 'duration', code: parsed.code, text: draft.duration } };
}

/** The problems to show: an unreadable duration replaces the full-day check, which then had no minutes to go on. */
export function withDurationProblem(durationProblem: TimelogProblem | null, problems: readonly TimelogProblem[]): TimelogProblem[] {
  return durationProblem ? [durationProblem, ...problems.filter((p) => p.code !== 'dayFull')] : [...problems];
}
