/**
 * Meetings (möten): dialogue meetings with the secretariat, the goal-area network's own meetings,
 * reviews, partner meetings and days of the annual cycle. One record per meeting, its agenda,
 * decisions and actions inside it, so an edit is one write and a meeting is never half-saved.
 * Times are wall-clock times in Europe/Stockholm, the zone every MOA works in.
 * Glossary: ../../../shared/domain.md (möte, dagordning, beslut, åtgärd, minnesanteckningar).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from './common.ts';

/** Dialogmöte med kansliet, målområdesnätverk, granskning, partnermöte, händelse i årscykeln, annat. */
export const meetingKinds = ['dialogue', 'network', 'review', 'partner', 'cycleEvent', 'other'] as const;
export type MeetingKind = (typeof meetingKinds)[number];

/** A time of day to the minute, `09:30`. */
export const timeOfDaySchema = z.string().regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/u);

export const MEETING_LIMITS = { participants: 200, agenda: 100, decisions: 300, actions: 500, goalAreas: 50 } as const;

/** Someone at the meeting: a contact from the register, or a free name (and address) when not in it. */
export const meetingParticipantSchema = z.object({
  id: idSchema,
  contactId: idSchema.nullable(),
  /** The name as shown; for a contact, its name when added (the register's current name is shown when it exists). */
  name: shortTextSchema.min(1),
  email: z.union([z.literal(''), z.email()]),
});
export type MeetingParticipant = z.infer<typeof meetingParticipantSchema>;

/** A point on the agenda (dagordning) with what was said under it. */
export const agendaItemSchema = z.object({
  id: idSchema,
  title: shortTextSchema,
  notes: longTextSchema,
});
export type AgendaItem = z.infer<typeof agendaItemSchema>;

/** Something the meeting decided (beslut), optionally under an agenda item. */
export const decisionSchema = z.object({
  id: idSchema,
  text: longTextSchema,
  agendaItemId: idSchema.nullable(),
});
export type Decision = z.infer<typeof decisionSchema>;

/**
 * Something to be done after the meeting (åtgärd): what, who, by when. It can become an activity in
 * a plan (`activityId`); then its status is the activity's, and the activity finds the meeting
 * through the meetings' `activityIds` index.
 */
export const meetingActionSchema = z.object({
  id: idSchema,
  what: shortTextSchema,
  who: shortTextSchema,
  dueDate: isoDateSchema.nullable(),
  done: z.boolean(),
  activityId: idSchema.nullable(),
});
export type MeetingAction = z.infer<typeof meetingActionSchema>;

/** How the meeting was last shared as an `.ics` event: its UID stays, SEQUENCE rises with each change after sharing. */
export const meetingCalendarSchema = z.object({
  uid: z.string().min(1).max(255),
  sequence: z.number().int().min(0).max(1_000_000),
  /** When the meeting was last exported or imported; a change after it raises the sequence at the next export. */
  sharedAt: z.iso.datetime().nullable(),
});

export const meetingSchema = z
  .object({
    id: idSchema,
    title: shortTextSchema.min(1),
    kind: z.enum(meetingKinds),
    /** The first day. */
    startDate: isoDateSchema,
    /** The last day (the same as startDate for a meeting within one day). */
    endDate: isoDateSchema,
    /** Null for an all-day meeting (then endTime is null too). */
    startTime: timeOfDaySchema.nullable(),
    endTime: timeOfDaySchema.nullable(),
    place: shortTextSchema,
    /** A video meeting's or the event's web address; empty for none. */
    link: z.union([z.literal(''), z.url({ protocol: /^https?$/u })]),
    goalAreaIds: z.array(idSchema).max(MEETING_LIMITS.goalAreas),
    organizer: shortTextSchema,
    participants: z.array(meetingParticipantSchema).max(MEETING_LIMITS.participants),
    agenda: z.array(agendaItemSchema).max(MEETING_LIMITS.agenda),
    decisions: z.array(decisionSchema).max(MEETING_LIMITS.decisions),
    actions: z.array(meetingActionSchema).max(MEETING_LIMITS.actions),
    /** Notes that belong to no agenda item. */
    notes: longTextSchema,
    /** The annual cycle's event the meeting is (template event id), when it is one. */
    cycleEventId: z.string().max(64).nullable(),
    calendar: meetingCalendarSchema,
    /** The actions' activity ids, kept by the repository for the index that finds an activity's meeting. */
    activityIds: z.array(idSchema).max(MEETING_LIMITS.actions),
    /** The due dates of the actions not ticked done, kept by the repository for the index that finds overdue actions without reading every meeting. */
    openDueDates: z.array(isoDateSchema).max(MEETING_LIMITS.actions),
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  })
  .refine((m) => (m.startTime === null) === (m.endTime === null), { path: ['endTime'], message: 'timePair' })
  .refine((m) => m.endDate > m.startDate || (m.endDate === m.startDate && (m.startTime === null || m.endTime === null || m.endTime > m.startTime)), {
    path: ['endDate'],
    message: 'endBeforeStart',
  });
export type Meeting = z.infer<typeof meetingSchema>;

/** The activity ids a meeting's actions point at, each once: what the `activityIds` index holds. */
export function linkedActivityIds(actions: readonly MeetingAction[]): string[] {
  return [...new Set(actions.flatMap((a) => (a.activityId === null ? [] : [a.activityId])))];
}

/** The due dates of actions not ticked done, each once: what the `openDueDates` index holds. */
export function openDueDates(actions: readonly MeetingAction[]): string[] {
  return [...new Set(actions.flatMap((a) => (a.done || a.dueDate === null ? [] : [a.dueDate])))].sort();
}

/** The meeting with the fields its indexes read worked out from its actions; every write of a meeting goes through here. */
export function withDerivedFields<T extends Pick<Meeting, 'actions'>>(meeting: T): T & Pick<Meeting, 'activityIds' | 'openDueDates'> {
  return { ...meeting, activityIds: linkedActivityIds(meeting.actions), openDueDates: openDueDates(meeting.actions) };
}
