/**
 * A re-sent invitation updates the meeting imported from it instead of adding a second: the
 * meetings are matched by their calendar UID. The calendar owns the title, the times, the place,
 * the link and the organizer (replaced) and the participants (the invitation's new ones added);
 * the MOA's own agenda, notes, decisions, actions, goal areas and kind stay as they are.
 */
import { MEETING_LIMITS, meetingSchema, type Meeting, type MeetingParticipant } from '../domain/meeting.ts';
import { emailKey, nameKey } from './calendar-common.ts';

/** The fields an invitation replaces. */
export const calendarOwnedFields = ['title', 'startDate', 'endDate', 'startTime', 'endTime', 'place', 'link', 'organizer'] as const;
export type CalendarOwnedField = (typeof calendarOwnedFields)[number] | 'participants';

/**
 * What to do with an imported draft: `'new'` when no meeting has its UID; `same` when the meeting
 * with its UID already says everything the draft says (and its SEQUENCE is not higher); else
 * `update`, with `newer` true when the draft's SEQUENCE is higher than the meeting's (a re-sent
 * invitation) and false when it is not (the same or an older one that differs: the UI asks).
 */
export type ImportMatch = 'new' | { update: string; newer: boolean } | { same: string };

function sameParticipant(a: MeetingParticipant, b: MeetingParticipant): boolean {
  if (a.contactId !== null && a.contactId === b.contactId) return true;
  if (a.email && b.email) return emailKey(a.email) === emailKey(b.email);
  return !a.email && !b.email && a.contactId === null && b.contactId === null && nameKey(a.name) === nameKey(b.name);
}

/** The draft's participants the meeting does not have yet. */
function newParticipants(existing: Meeting, draft: Meeting): MeetingParticipant[] {
  return draft.participants.filter((candidate) => !existing.participants.some((present) => sameParticipant(present, candidate)));
}

/** The calendar-owned fields in which the draft differs from the meeting (`participants` when it brings new ones). */
export function calendarChanges(existing: Meeting, draft: Meeting): CalendarOwnedField[] {
  const changed: CalendarOwnedField[] = calendarOwnedFields.filter((field) => existing[field] !== draft[field]);
  if (newParticipants(existing, draft).length > 0) changed.push('participants');
  return changed;
}

/** Whether the draft is a meeting already in the workbook (same UID), and whether it brings anything new. */
export function matchImportToExisting(draft: Meeting, existing: readonly Meeting[]): ImportMatch {
  const meeting = existing.find((m) => m.calendar.uid === draft.calendar.uid);
  if (!meeting) return 'new';
  const newer = draft.calendar.sequence > meeting.calendar.sequence;
  if (!newer && calendarChanges(meeting, draft).length === 0) return { same: meeting.id };
  return { update: meeting.id, newer };
}

/**
 * The meeting with the draft's calendar-owned fields: title, times, place, link and organizer as
 * the draft has them, the draft's new participants added after the present ones (up to the limit),
 * SEQUENCE the higher of the two, shared and updated at the draft's moment. Everything else is the
 * meeting's own and stays.
 */
export function applyCalendarUpdate(existing: Meeting, draft: Meeting): Meeting {
  const participants = [...existing.participants, ...newParticipants(existing, draft)].slice(0, Math.max(existing.participants.length, MEETING_LIMITS.participants));
  const updated: Meeting = {
    ...existing,
    title: draft.title,
    startDate: draft.startDate,
    endDate: draft.endDate,
    startTime: draft.startTime,
    endTime: draft.endTime,
    place: draft.place,
    link: draft.link,
    organizer: draft.organizer,
    participants,
    calendar: {
      uid: existing.calendar.uid,
      sequence: Math.max(existing.calendar.sequence, draft.calendar.sequence),
      sharedAt: draft.calendar.sharedAt,
    },
    updatedAt: draft.updatedAt,
  };
  return meetingSchema.parse(updated);
}
