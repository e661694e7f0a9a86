/**
 * An event of a read `.ics` file (an invitation from Outlook, Google or Apple, or another MOA's
 * export) as a new meeting. The draft is a whole, valid `Meeting` (the caller gives the ids and the
 * moment), so the UI can show it, let the user choose its kind and store it as it is; what had to
 * be changed to fit the workbook is listed in `notes` for the UI to say.
 */
import type { CalendarAttendee, ImportedEvent, ReadIcsResult } from '../calendar/types.ts';
import { MEETING_LIMITS, meetingSchema, type Meeting, type MeetingKind, type MeetingParticipant } from '../domain/meeting.ts';
import type { Contact } from '../domain/plan.ts';
import { addDays, addMinutes, agendaFromDescription, clip, contactLookup, emailKey, isEmail, isWebLink, nameKey, oneLine, type ContactLookup } from './calendar-common.ts';
import type { MeetingCalendarWords } from './calendar-words.ts';

/** The longest text the meeting schema keeps in its short fields (title, place, names) and its notes. */
const SHORT_TEXT = 500;
const LONG_TEXT = 50_000;
const MAX_UID = 255;
const MAX_SEQUENCE = 1_000_000;

/** Something the draft differs in from the event, for the UI to tell the user. */
export type MeetingImportNote =
  /** The event had no title; it got `words.untitled`. */
  | { kind: 'untitled' }
  /** More attendees than a meeting holds: the first ones were kept, `left` were not. */
  | { kind: 'participantsCapped'; left: number }
  /** The event ended when (or, at the autumn clock change, before) it began; the meeting lasts one minute. */
  | { kind: 'noLength' }
  /** The URL is no http(s) address (e.g. `geo:` or an app's own scheme) and is not the meeting's link. */
  | { kind: 'linkNotWeb'; url: string }
  /** A text longer than the workbook keeps was cut. */
  | { kind: 'shortened'; field: 'title' | 'place' | 'organizer' | 'notes' }
  /** The UID is longer than 255 characters or holds control characters: one derived from it is stored (the same at every import). */
  | { kind: 'uidShortened' };

export interface MeetingDraft {
  /** The new meeting, valid against `meetingSchema`. */
  meeting: Meeting;
  /** The event repeats (RRULE/RDATE): the meeting is its first occurrence only. */
  recurring: boolean;
  /** The event is cancelled (STATUS:CANCELLED, or the file's METHOD:CANCEL). */
  cancelled: boolean;
  notes: MeetingImportNote[];
}

export interface MeetingImportOptions {
  /** A fresh id (meeting, participants, agenda items); called once per id. */
  newId: () => string;
  /** The moment of the import: createdAt, updatedAt and the calendar's sharedAt. */
  now: Date;
  words: Pick<MeetingCalendarWords, 'untitled' | 'agenda'>;
  /** The meeting's kind; `other` when not given (an invitation does not say). */
  kind?: MeetingKind;
}

/** FNV-1a, 32 bits, as 8 hex digits: a short fingerprint of a long UID (not for security). */
function fingerprint(text: string): string {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash.toString(16).padStart(8, '0');
}

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f]/gu;

/**
 * The UID as stored, the same at every import of it: as it is; line breaks and other control
 * characters (which the export refuses) as spaces; a very long one cut, with a fingerprint of the whole.
 */
export function storedUid(uid: string): string {
  const clean = uid.replace(CONTROL, ' ');
  if (clean.length <= MAX_UID) return clean;
  return `${clip(clean, MAX_UID - 9).text}~${fingerprint(uid)}`;
}

/**
 * The attendees as participants: matched to a contact by e-mail first (trimmed, case ignored), then
 * by the name when exactly one contact has it; the rest as free participants with their name (or
 * e-mail) and e-mail. One address, or one contact, is one participant.
 */
function participantsOf(attendees: readonly CalendarAttendee[], contacts: ContactLookup, newId: () => string): { participants: MeetingParticipant[]; left: number } {
  const participants: MeetingParticipant[] = [];
  const seen = new Set<string>();
  let left = 0;
  for (const attendee of attendees) {
    const email = isEmail(attendee.email.trim()) ? attendee.email.trim() : '';
    const name = clip(oneLine(attendee.name), SHORT_TEXT).text;
    if (!email && !name) continue;
    const contact = (email ? contacts.byEmail.get(emailKey(email)) : undefined) ?? (name ? (contacts.byName.get(nameKey(name)) ?? undefined) : undefined);
    const keys = [email ? `e:${emailKey(email)}` : '', contact ? `c:${contact.id}` : '', !email && !contact ? `n:${nameKey(name)}` : ''].filter(Boolean);
    if (keys.some((key) => seen.has(key))) continue;
    for (const key of keys) seen.add(key);
    if (participants.length >= MEETING_LIMITS.participants) {
      left += 1;
      continue;
    }
    participants.push({ id: newId(), contactId: contact?.id ?? null, name: contact?.name ?? (name || email), email });
  }
  return { participants, left };
}

/** Start and end as the meeting stores them. */
function timesOf(event: ImportedEvent): { when: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>; noLength: boolean } {
  if (event.allDay) {
    // The file's end is exclusive (the day after the last); readIcs gives an end after the start.
    const last = addDays(event.end, -1);
    return { when: { startDate: event.start, endDate: last > event.start ? last : event.start, startTime: null, endTime: null }, noLength: false };
  }
  const noLength = event.end <= event.start;
  const end = noLength ? addMinutes(event.start, 1) : event.end;
  const [startDate = '', startTime = ''] = event.start.split('T');
  const [endDate = '', endTime = ''] = end.split('T');
  return { when: { startDate, endDate, startTime, endTime }, noLength };
}

function text(value: string, max: number, field: 'title' | 'place' | 'organizer' | 'notes', notes: MeetingImportNote[]): string {
  const clipped = clip(value, max);
  if (clipped.cut) notes.push({ kind: 'shortened', field });
  return clipped.text;
}

function draftOf(event: ImportedEvent, contacts: ContactLookup, options: MeetingImportOptions, method: string | undefined): MeetingDraft {
  const notes: MeetingImportNote[] = [];
  const now = options.now.toISOString();
  const summary = event.title.trim();
  if (!summary) notes.push({ kind: 'untitled' });
  const title = text(summary || options.words.untitled, SHORT_TEXT, 'title', notes);

  const { when, noLength } = timesOf(event);
  if (noLength) notes.push({ kind: 'noLength' });

  const url = event.url?.trim() ?? '';
  if (url && !isWebLink(url)) notes.push({ kind: 'linkNotWeb', url });
  const location = event.location.trim();
  const link = isWebLink(url) ? url : isWebLink(location) ? location : '';
  // A location that is only the web address is the link, not a place.
  const place = location === link ? '' : text(location, SHORT_TEXT, 'place', notes);

  const organizer = text((event.organizer?.name.trim() || event.organizer?.email.trim()) ?? '', SHORT_TEXT, 'organizer', notes);
  const { participants, left } = participantsOf(event.attendees, contacts, options.newId);
  if (left > 0) notes.push({ kind: 'participantsCapped', left });

  // Another MOA's export carries the agenda as its description; any other text becomes the notes.
  const agendaTitles = agendaFromDescription(event.description, options.words);
  const agenda = (agendaTitles ?? []).slice(0, MEETING_LIMITS.agenda).map((agendaTitle) => ({ id: options.newId(), title: clip(agendaTitle, SHORT_TEXT).text, notes: '' }));
  const description = agendaTitles ? '' : text(event.description.trim(), LONG_TEXT, 'notes', notes);

  const uid = storedUid(event.uid);
  if (uid !== event.uid) notes.push({ kind: 'uidShortened' });

  const meeting = meetingSchema.parse({
    id: options.newId(),
    title,
    kind: options.kind ?? 'other',
    ...when,
    place,
    link,
    goalAreaIds: [],
    organizer,
    participants,
    agenda,
    decisions: [],
    actions: [],
    notes: description,
    cycleEventId: null,
    calendar: { uid, sequence: Math.min(event.sequence, MAX_SEQUENCE), sharedAt: now },
    activityIds: [],
    openDueDates: [],
    createdAt: now,
    updatedAt: now,
  } satisfies Meeting);
  return { meeting, recurring: event.recurring, cancelled: event.status === 'cancelled' || method?.toUpperCase() === 'CANCEL', notes };
}

/** The event as a new meeting (see `MeetingDraft`). */
export function meetingDraftFromEvent(event: ImportedEvent, contacts: readonly Contact[], options: MeetingImportOptions): MeetingDraft {
  return draftOf(event, contactLookup(contacts), options, undefined);
}

/** Every event of a read file as a new meeting, in file order; the file's METHOD:CANCEL marks them all cancelled. */
export function meetingDraftsFromIcs(result: Extract<ReadIcsResult, { ok: true }>, contacts: readonly Contact[], options: MeetingImportOptions): MeetingDraft[] {
  const lookup = contactLookup(contacts);
  return result.events.map((event) => draftOf(event, lookup, options, result.method));
}

/**
 * The same invitation twice among the files read (or twice in one file, as a re-sent invitation
 * saved beside the first) is one meeting: per UID the draft with the highest SEQUENCE, the last of
 * equals, in the order the UIDs were first met.
 */
export function latestByUid<T extends { draft: MeetingDraft }>(items: readonly T[]): T[] {
  const byUid = new Map<string, T>();
  for (const item of items) {
    const uid = item.draft.meeting.calendar.uid;
    const earlier = byUid.get(uid);
    if (!earlier || item.draft.meeting.calendar.sequence >= earlier.draft.meeting.calendar.sequence) byUid.set(uid, item);
  }
  return [...byUid.values()];
}
