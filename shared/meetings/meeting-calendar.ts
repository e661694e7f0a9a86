/**
 * Meetings and the annual cycle as `.ics` events (RFC 5545, written by shared/calendar). The
 * calendar owns a meeting's title, times, place, link, organizer and participants; the agenda goes
 * along as a short text, and nothing else of the MOA's notes, decisions or actions leaves the
 * workbook. Each meeting keeps its UID for good and raises its SEQUENCE when it changed after it
 * was last shared, so a calendar that imported it updates the event instead of adding a second.
 */
import { calendarToIcs } from '../calendar/ics-export.ts';
import type { CalendarAttendee, CalendarEvent, CalendarPerson } from '../calendar/types.ts';
import { isEventYear } from '../calendar/wall-time.ts';
import type { Meeting } from '../domain/meeting.ts';
import type { Contact } from '../domain/plan.ts';
import type { CycleEvent } from '../templates/schema.ts';
import { addDays, agendaDescription, contactLookup, emailKey, isEmail, nameKey, type ContactLookup } from './calendar-common.ts';
import type { MeetingCalendarWords } from './calendar-words.ts';

/** What a meeting's event is built with besides the meeting. */
export interface MeetingCalendarContext {
  /** The contact register: a participant who is a contact is written with the contact's current name and e-mail. */
  contacts: readonly Contact[];
  words: MeetingCalendarWords;
  /** The calendar's name (X-WR-CALNAME) for the programs that show one. */
  calendarName?: string;
}

/** How a meeting was shared: what `meeting.calendar` holds. */
export type MeetingCalendar = Meeting['calendar'];

const MAX_SEQUENCE = 1_000_000;

/** True when the days (first, and the exclusive end) lie in the years calendarToIcs writes, which throws for others. */
const inCalendarYears = (first: string, after: string) => isEventYear(Number(first.slice(0, 4))) && isEventYear(Number(after.slice(0, 4)));

function attendeesOf(meeting: Meeting, contacts: ContactLookup): CalendarAttendee[] {
  const attendees: CalendarAttendee[] = [];
  const seen = new Set<string>();
  for (const participant of meeting.participants) {
    const contact = participant.contactId === null ? undefined : contacts.byId.get(participant.contactId);
    const email = (contact?.email.trim() || participant.email).trim();
    const key = emailKey(email);
    // A person without an e-mail address has no calendar address, and one address is one attendee.
    if (!key || seen.has(key)) continue;
    seen.add(key);
    attendees.push({ name: contact?.name ?? participant.name, email });
  }
  return attendees;
}

/**
 * The ORGANIZER, when the organizer's name can be given an e-mail address: an e-mail written as
 * the organizer, a participant of that name, or the one contact of that name. calendarToIcs leaves
 * out a person without an address (ORGANIZER is a calendar address, RFC 5545 §3.8.4.3), so a bare
 * name is not written and is lost on the way back in.
 */
function organizerOf(meeting: Meeting, attendees: readonly CalendarAttendee[], contacts: ContactLookup): CalendarPerson | undefined {
  const name = meeting.organizer.trim();
  if (!name) return undefined;
  if (name.includes('@') && isEmail(name)) return { name: '', email: name };
  const key = nameKey(name);
  const attendee = attendees.find((a) => nameKey(a.name) === key);
  if (attendee) return { name, email: attendee.email };
  const contact = contacts.byName.get(key);
  return contact?.email ? { name, email: contact.email } : undefined;
}

function eventOf(meeting: Meeting, sequence: number, contacts: ContactLookup, words: MeetingCalendarWords): CalendarEvent {
  const timed = meeting.startTime !== null && meeting.endTime !== null;
  const attendees = attendeesOf(meeting, contacts);
  const place = meeting.place.trim();
  const event: CalendarEvent = {
    uid: meeting.calendar.uid,
    sequence,
    title: meeting.title,
    description: agendaDescription(meeting.agenda.map((item) => item.title), words),
    location: place || meeting.link,
    start: timed ? `${meeting.startDate}T${meeting.startTime}` : meeting.startDate,
    // RFC 5545: an all-day event ends (exclusive) on the day after its last day.
    end: timed ? `${meeting.endDate}T${meeting.endTime}` : addDays(meeting.endDate, 1),
    allDay: !timed,
    attendees,
    categories: [words.kinds[meeting.kind]],
    updatedAt: meeting.updatedAt,
  };
  if (meeting.link) event.url = meeting.link;
  const organizer = organizerOf(meeting, attendees, contacts);
  if (organizer) event.organizer = organizer;
  return event;
}

/** The meeting as a calendar event with the SEQUENCE it holds now (see `calendarForExport` for an export's). */
export function meetingToCalendarEvent(meeting: Meeting, context: Pick<MeetingCalendarContext, 'contacts' | 'words'>): CalendarEvent {
  return eventOf(meeting, meeting.calendar.sequence, contactLookup(context.contacts), context.words);
}

/**
 * What `meeting.calendar` becomes when the meeting is exported at `now`: the same UID; the
 * SEQUENCE one higher when the meeting changed after it was last shared (`updatedAt` later than
 * `sharedAt`), else the same (0 at the first export); `sharedAt` now.
 *
 * The stored copy must keep `updatedAt` as it was (at most `sharedAt`): a store that stamps
 * `updatedAt` with the time of writing makes the next export count the writing as a change.
 */
export function calendarForExport(meeting: Pick<Meeting, 'calendar' | 'updatedAt'>, now: Date): MeetingCalendar {
  const { uid, sequence, sharedAt } = meeting.calendar;
  const changed = sharedAt !== null && Date.parse(meeting.updatedAt) > Date.parse(sharedAt);
  return { uid, sequence: changed ? Math.min(sequence + 1, MAX_SEQUENCE) : sequence, sharedAt: now.toISOString() };
}

/** The annual cycle of a template, for a whole year's export. */
export interface AnnualCycleSource {
  /** The template's id: part of each day's UID. */
  templateId: string;
  /** The template's edition (1, 2, 3 …): the days' SEQUENCE is one less, so a new edition's changed day replaces the old. */
  templateVersion: number;
  /** The days of the cycle (`template.annualCycle`). */
  events: readonly CycleEvent[];
  /** Only the days that fall (at least partly) in this year; every dated day when left out. */
  year?: number;
  /** LAST-MODIFIED of the days: when this edition of the template was published or installed (ISO instant). */
  updatedAt: string;
}

export interface AnnualCycleEvents {
  /** The days with a date, as all-day events, earliest first. */
  events: CalendarEvent[];
  /** The days given only by a month: not written (a calendar event needs a day); the UI counts them. */
  monthOnly: CycleEvent[];
}

/** The UID of a day of the annual cycle: the same at every export of the same template's day. */
export function cycleEventUid(templateId: string, eventId: string, date: string): string {
  return `arscykel-${templateId}-${eventId}-${date}@moa-arbetsboken`;
}

/** The annual cycle's days with a date as all-day events (stable UIDs); the days with only a month apart. */
export function annualCycleToCalendarEvents(cycleEvents: readonly CycleEvent[], options: Omit<AnnualCycleSource, 'events'> & { words: MeetingCalendarWords }): AnnualCycleEvents {
  const events: CalendarEvent[] = [];
  const monthOnly: CycleEvent[] = [];
  for (const cycleEvent of cycleEvents) {
    if (cycleEvent.date === undefined) {
      if (cycleEvent.month !== undefined) monthOnly.push(cycleEvent);
      continue;
    }
    const first = cycleEvent.date;
    const last = cycleEvent.endDate !== undefined && cycleEvent.endDate > first ? cycleEvent.endDate : first;
    if (options.year !== undefined && (first > `${options.year}-12-31` || last < `${options.year}-01-01`)) continue;
    if (!inCalendarYears(first, addDays(last, 1))) continue;
    events.push({
      uid: cycleEventUid(options.templateId, cycleEvent.id, first),
      sequence: Math.max(0, Math.min(options.templateVersion - 1, MAX_SEQUENCE)),
      title: cycleEvent.name,
      description: cycleEvent.description,
      location: '',
      start: first,
      end: addDays(last, 1),
      allDay: true,
      categories: [options.words.kinds.cycleEvent],
      updatedAt: options.updatedAt,
    });
  }
  return { events: events.sort((a, b) => a.start.localeCompare(b.start)), monthOnly };
}

/** A meeting's `calendar` after an export, to store. */
export interface SharedMeeting {
  meetingId: string;
  calendar: MeetingCalendar;
}

export interface MeetingsIcs {
  /** The `.ics` file's text (UTF-8 when saved). */
  text: string;
  /** Each exported meeting's new `calendar` (its SEQUENCE as written in the file). */
  shared: SharedMeeting[];
  /** The cycle's days given only by a month and not replaced by a meeting: not in the file. */
  monthOnly: CycleEvent[];
  /** How many of the cycle's dated days are in the file. */
  cycleDays: number;
  /** The meetings left out because they fall outside the years a calendar file holds (1970–2100); not shared. */
  outsideYears: string[];
}

/** All-day events first on their day, as the meetings list has it. */
const startKey = (event: CalendarEvent) => (event.allDay ? `${event.start}T00:00` : event.start);

function byStart(events: readonly CalendarEvent[]): CalendarEvent[] {
  return events
    .map((event) => ({ event, key: startKey(event) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ event }) => event);
}

/**
 * The meetings as one `.ics` file, each with the SEQUENCE of `calendarForExport`; with `cycle`, a
 * whole year: the annual cycle's dated days too, except those a meeting stands for (its
 * `cycleEventId` is the day's id and it starts in the day's year, the rule of the Årscykel view),
 * so the day is in the file once. Events are in the order they start.
 */
export function meetingsToIcs(meetings: readonly Meeting[], context: MeetingCalendarContext, now: Date, cycle?: AnnualCycleSource): MeetingsIcs {
  const contacts = contactLookup(context.contacts);
  const shared: SharedMeeting[] = [];
  const events: CalendarEvent[] = [];
  const outsideYears: string[] = [];
  for (const meeting of meetings) {
    if (!inCalendarYears(meeting.startDate, addDays(meeting.endDate, 1))) {
      outsideYears.push(meeting.id);
      continue;
    }
    const calendar = calendarForExport(meeting, now);
    shared.push({ meetingId: meeting.id, calendar });
    events.push(eventOf(meeting, calendar.sequence, contacts, context.words));
  }
  let monthOnly: CycleEvent[] = [];
  let cycleDays = 0;
  if (cycle) {
    // As the Årscykel view has it (annual-calendar.ts): a meeting stands for its event in the year it starts.
    const held = new Set(meetings.flatMap((m) => (m.cycleEventId === null ? [] : [`${m.startDate.slice(0, 4)}:${m.cycleEventId}`])));
    const heldAnyYear = new Set(meetings.flatMap((m) => (m.cycleEventId === null ? [] : [m.cycleEventId])));
    const isHeld = (day: CycleEvent) => {
      if (day.date !== undefined) return held.has(`${day.date.slice(0, 4)}:${day.id}`);
      return cycle.year === undefined ? heldAnyYear.has(day.id) : held.has(`${cycle.year}:${day.id}`);
    };
    const { events: days, monthOnly: undated } = annualCycleToCalendarEvents(
      cycle.events.filter((day) => !isHeld(day)),
      { ...cycle, words: context.words },
    );
    events.push(...days);
    cycleDays = days.length;
    monthOnly = undated;
  }
  const options = context.calendarName ? { now, calendarName: context.calendarName } : { now };
  return { text: calendarToIcs(byStart(events), options), shared, monthOnly, cycleDays, outsideYears };
}
