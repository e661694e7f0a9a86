/**
 * The plain shapes the calendar layer exchanges with the rest of the app: what goes into an
 * `.ics` export and what comes out of reading one. Times are wall-clock times in
 * Europe/Stockholm, the zone every MOA works in; dates are calendar dates.
 */

/** A local date-time in Europe/Stockholm to the minute: `2027-03-02T09:00`. */
export type LocalDateTime = string;

/** A calendar date: `2027-05-10`. */
export type CalendarDate = string;

/** A person with a name and an e-mail address (iCalendar's CN and mailto: address). */
export interface CalendarPerson {
  /** The name shown (CN); may be empty. */
  name: string;
  /** The e-mail address without `mailto:`; a person without one is not written to a file. */
  email: string;
}

/** What an attendee is asked to be (ROLE): CHAIR, REQ-PARTICIPANT, OPT-PARTICIPANT, NON-PARTICIPANT. */
export type AttendeeRole = 'chair' | 'required' | 'optional' | 'nonParticipant';

/** The attendee's answer (PARTSTAT): NEEDS-ACTION, ACCEPTED, DECLINED, TENTATIVE, DELEGATED. */
export type ParticipationStatus = 'needsAction' | 'accepted' | 'declined' | 'tentative' | 'delegated';

/** An attendee of an event. */
export interface CalendarAttendee extends CalendarPerson {
  /** ROLE, when known. */
  role?: AttendeeRole;
  /** PARTSTAT, when known. */
  status?: ParticipationStatus;
}

/** An event (meeting, day of the annual cycle) to export. */
export interface CalendarEvent {
  /** The UID, stable across exports of the same event (the caller keeps it). */
  uid: string;
  /** SEQUENCE: 0 at first, raised by the caller each time the event changes after it was shared. */
  sequence: number;
  /** SUMMARY. */
  title: string;
  /** DESCRIPTION; empty for none. Line breaks are kept. */
  description: string;
  /** LOCATION (place or link); empty for none. */
  location: string;
  /** URL (e.g. the video meeting link). */
  url?: string;
  /** Timed: local date-time in Europe/Stockholm; all-day: the first date. */
  start: LocalDateTime | CalendarDate;
  /** Timed: local date-time, after `start`; all-day: the day after the last day (exclusive, as RFC 5545 says). */
  end: LocalDateTime | CalendarDate;
  /** True for an all-day (or multi-day) event given by dates. */
  allDay: boolean;
  /** ORGANIZER. */
  organizer?: CalendarPerson;
  /** ATTENDEE, one per person with an e-mail address. */
  attendees?: CalendarAttendee[];
  /** CATEGORIES. */
  categories?: string[];
  /** When the event last changed (ISO instant, `2027-01-15T10:20:30.000Z`): LAST-MODIFIED. */
  updatedAt: string;
}

/** Settings of one export. */
export interface CalendarExportOptions {
  /** The moment of the export, written as every event's DTSTAMP (in UTC). */
  now: Date;
  /** The calendar's name for the programs that show one (X-WR-CALNAME). */
  calendarName?: string;
}

/**
 * What an event in a read `.ics` file says, times converted to Europe/Stockholm: the fields of an
 * exported event (empty text where the file has none, SEQUENCE 0 when missing), with the lists always
 * there, LAST-MODIFIED only when the file has it, and what only a read file tells.
 */
export interface ImportedEvent extends Omit<CalendarEvent, 'attendees' | 'categories' | 'updatedAt'> {
  /** ATTENDEE lines, in file order. */
  attendees: CalendarAttendee[];
  /** CATEGORIES, all lines together. */
  categories: string[];
  /** LAST-MODIFIED as an ISO instant, when the file has it. */
  updatedAt?: string;
  /** STATUS, when the file has it. */
  status?: 'tentative' | 'confirmed' | 'cancelled';
  /** True when the event repeats (RRULE or RDATE): `start`/`end` are its first occurrence, nothing is expanded. */
  recurring: boolean;
}

/** Settings of one read. */
export interface ReadIcsOptions {
  /** The file's name, used in the messages (`«inbjudan.ics»: rad 12: …`). */
  fileName: string;
}

/** The result of reading an `.ics` file: its events, or why it cannot be read (Swedish, for the user). */
export type ReadIcsResult =
  | { ok: true; events: ImportedEvent[]; calendarName?: string; method?: string }
  | { ok: false; problems: string[] };
