/**
 * When a meeting is, as the editor's four fields give it (first day, start time, last day, end
 * time), checked as one group: a half-way wrong range keeps every draft and gets one problem.
 */
import { isIsoDate } from '../fields/limits.ts';

export type MeetingWhenProblem = 'startDateRequired' | 'startDateInvalid' | 'endDateInvalid' | 'endDateBeforeStart' | 'startTimeInvalid' | 'endTimeInvalid' | 'endTimeNotAfterStart';

export interface MeetingWhenDraft {
  startDate: string;
  /** Empty for an all-day meeting's last day when it is the same as the first. */
  endDate: string;
  allDay: boolean;
  startTime: string;
  endTime: string;
}

export interface MeetingWhen {
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
}

const timePattern = /^(?:[01]\d|2[0-3]):[0-5]\d$/u;

/** The stored times, or the one problem with the drafts (the first the user would fix). */
export function checkMeetingWhen(draft: MeetingWhenDraft): { ok: true; when: MeetingWhen } | { ok: false; problem: MeetingWhenProblem; field: keyof MeetingWhenDraft } {
  const startDate = draft.startDate.trim();
  const endDate = draft.endDate.trim() === '' ? startDate : draft.endDate.trim();
  if (startDate === '') return { ok: false, problem: 'startDateRequired', field: 'startDate' };
  if (!isIsoDate(startDate)) return { ok: false, problem: 'startDateInvalid', field: 'startDate' };
  if (!isIsoDate(endDate)) return { ok: false, problem: 'endDateInvalid', field: 'endDate' };
  if (endDate < startDate) return { ok: false, problem: 'endDateBeforeStart', field: 'endDate' };
  if (draft.allDay) return { ok: true, when: { startDate, endDate, startTime: null, endTime: null } };
  const startTime = draft.startTime.trim();
  const endTime = draft.endTime.trim();
  if (!timePattern.test(startTime)) return { ok: false, problem: 'startTimeInvalid', field: 'startTime' };
  if (!timePattern.test(endTime)) return { ok: false, problem: 'endTimeInvalid', field: 'endTime' };
  if (endDate === startDate && endTime <= startTime) return { ok: false, problem: 'endTimeNotAfterStart', field: 'endTime' };
  return { ok: true, when: { startDate, endDate, startTime, endTime } };
}
