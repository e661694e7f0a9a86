/**
 * Events as an iCalendar file (RFC 5545) that Outlook, Google Calendar and Apple Calendar import:
 * METHOD:PUBLISH, one VTIMEZONE for Europe/Stockholm, timed events with TZID=Europe/Stockholm,
 * all-day events as VALUE=DATE (the only floating values), DTSTAMP and LAST-MODIFIED in UTC, the
 * caller's UID and SEQUENCE, CRLF, lines folded at 75 octets. ical.js builds and serialises the
 * components (and escapes the text); the folding is redone in folding.ts.
 */
import ICAL from 'ical.js';
import { foldLines, unfoldLines } from './folding.ts';
import { STOCKHOLM_TZID, stockholmVtimezone } from './stockholm.ts';
import type { AttendeeRole, CalendarAttendee, CalendarEvent, CalendarExportOptions, CalendarPerson, ParticipationStatus } from './types.ts';
import { isEventYear, parseCalendarDate, parseLocalDateTime, wallSeconds, type WallFields } from './wall-time.ts';

export const PRODID = '-//MOA-arbetsboken//SV';

const ROLES: Record<AttendeeRole, string> = {
  chair: 'CHAIR',
  required: 'REQ-PARTICIPANT',
  optional: 'OPT-PARTICIPANT',
  nonParticipant: 'NON-PARTICIPANT',
};

const PARTICIPATION: Record<ParticipationStatus, string> = {
  needsAction: 'NEEDS-ACTION',
  accepted: 'ACCEPTED',
  declined: 'DECLINED',
  tentative: 'TENTATIVE',
  delegated: 'DELEGATED',
};

/** Control characters RFC 5545 does not allow in a value (tab and line feed are kept where text allows them). */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/gu;

// eslint-disable-next-line no-control-regex -- matching control characters is the point
const LINE_OR_CONTROL = /[\u0000-\u0008\u000a-\u001f\u007f]/u;

/** Text as RFC 5545 TEXT allows it: CRLF and CR become LF (written `\n`), other control characters go. */
function cleanText(text: string): string {
  return text.replace(/\r\n?/gu, '\n').replace(CONTROL, '');
}

/**
 * A parameter value (CN): one line, no double quote. ical.js would write a double quote with
 * RFC 6868's caret escape (^'), which Outlook shows as is, so it becomes an apostrophe here.
 */
function cleanParameter(text: string): string {
  return cleanText(text).replace(/[\n\t]/gu, ' ').replace(/"/gu, "'").trim();
}

/** TEXT escaping (RFC 5545 §3.3.11), for an X- property ical.js writes unescaped. */
function escapeText(text: string): string {
  return cleanText(text).replace(/[\\;,]/gu, (char) => `\\${char}`).replace(/\n/gu, '\\n');
}

/** A URI has no escaping in iCalendar: spaces and control characters are percent-encoded. */
function cleanUri(uri: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  return uri.trim().replace(/[\u0000-\u0020\u007f]/gu, (char) => encodeURIComponent(char));
}

function wrong(event: CalendarEvent, what: string): RangeError {
  return new RangeError(`calendarToIcs: händelsen ${JSON.stringify(event.uid)} ${what}`);
}

function timeOf(fields: WallFields, isDate: boolean): ICAL.Time {
  return ICAL.Time.fromData({ year: fields.year, month: fields.month, day: fields.day, hour: fields.hour, minute: fields.minute, second: 0, isDate });
}

function dateProperty(name: 'dtstart' | 'dtend', event: CalendarEvent, fields: WallFields): ICAL.Property {
  const property = new ICAL.Property(name);
  if (event.allDay) {
    property.resetType('date');
    property.setValue(timeOf(fields, true));
  } else {
    property.setParameter('tzid', STOCKHOLM_TZID);
    property.setValue(timeOf(fields, false));
  }
  return property;
}

function utcTime(iso: string | Date, event: CalendarEvent, field: string): ICAL.Time {
  const date = iso instanceof Date ? iso : new Date(iso);
  if (Number.isNaN(date.getTime())) throw wrong(event, `har ett ogiltigt ${field}: ${JSON.stringify(iso)}`);
  return ICAL.Time.fromJSDate(date, true);
}

function personProperty(name: 'organizer' | 'attendee', person: CalendarPerson | CalendarAttendee): ICAL.Property | undefined {
  const email = person.email.trim();
  if (!email) return undefined;
  const property = new ICAL.Property(name);
  const cn = cleanParameter(person.name);
  if (cn) property.setParameter('cn', cn);
  if ('role' in person && person.role) property.setParameter('role', ROLES[person.role]);
  if ('status' in person && person.status) property.setParameter('partstat', PARTICIPATION[person.status]);
  property.setValue(`mailto:${cleanUri(email)}`);
  return property;
}

function checkedRange(event: CalendarEvent): { start: WallFields; end: WallFields } {
  const parse = event.allDay ? parseCalendarDate : parseLocalDateTime;
  const expected = event.allDay ? 'ÅÅÅÅ-MM-DD' : 'ÅÅÅÅ-MM-DDTHH:MM';
  const start = parse(event.start);
  const end = parse(event.end);
  if (!start) throw wrong(event, `har start ${JSON.stringify(event.start)}, väntade ${expected}`);
  if (!end) throw wrong(event, `har slut ${JSON.stringify(event.end)}, väntade ${expected}`);
  if (!isEventYear(start.year) || !isEventYear(end.year)) throw wrong(event, 'ligger utanför åren 1970–2100');
  if (wallSeconds(end) <= wallSeconds(start)) throw wrong(event, 'slutar inte efter att den börjar (heldagar: slutdatum exklusivt)');
  return { start, end };
}

function eventComponent(event: CalendarEvent, stamp: ICAL.Time): ICAL.Component {
  const uid = event.uid;
  if (!uid.trim() || LINE_OR_CONTROL.test(uid)) throw wrong(event, 'har inget giltigt UID (tomt, eller med radbrytningar eller styrtecken)');
  if (!Number.isInteger(event.sequence) || event.sequence < 0) throw wrong(event, `har SEQUENCE ${event.sequence}, väntade ett heltal ≥ 0`);
  const { start, end } = checkedRange(event);

  const component = new ICAL.Component('vevent');
  component.addPropertyWithValue('uid', uid);
  component.addPropertyWithValue('sequence', event.sequence);
  component.addPropertyWithValue('dtstamp', stamp);
  component.addPropertyWithValue('last-modified', utcTime(event.updatedAt, event, 'updatedAt'));
  component.addProperty(dateProperty('dtstart', event, start));
  component.addProperty(dateProperty('dtend', event, end));
  component.addPropertyWithValue('summary', cleanText(event.title));
  if (event.description) component.addPropertyWithValue('description', cleanText(event.description));
  if (event.location) component.addPropertyWithValue('location', cleanText(event.location));
  if (event.url) component.addPropertyWithValue('url', cleanUri(event.url));
  const organizer = event.organizer && personProperty('organizer', event.organizer);
  if (organizer) component.addProperty(organizer);
  // Google's and Apple's own PUBLISH exports carry ATTENDEE lines too; a person without an
  // e-mail address has no calendar address and is left out.
  for (const attendee of event.attendees ?? []) {
    const property = personProperty('attendee', attendee);
    if (property) component.addProperty(property);
  }
  const categories = (event.categories ?? []).map(cleanText).filter((category) => category !== '');
  if (categories.length > 0) {
    const property = new ICAL.Property('categories');
    property.setValues(categories);
    component.addProperty(property);
  }
  return component;
}

/**
 * The events as the text of an `.ics` file (UTF-8 when saved; CRLF; lines of at most 75 octets).
 * Throws a RangeError for an event the app should never hold (a malformed time, an end before the
 * start, an empty UID): that is a bug to report, not something the user can mend in the file.
 */
export function calendarToIcs(events: readonly CalendarEvent[], options: CalendarExportOptions): string {
  if (Number.isNaN(options.now.getTime())) throw new RangeError('calendarToIcs: now är inget giltigt datum');
  const stamp = ICAL.Time.fromJSDate(options.now, true);
  const calendar = new ICAL.Component(['vcalendar', [], []]);
  calendar.addPropertyWithValue('prodid', PRODID);
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('calscale', 'GREGORIAN');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  // ical.js writes an X- property's value as it gets it; escaped here as the TEXT it is.
  if (options.calendarName) calendar.addPropertyWithValue('x-wr-calname', escapeText(options.calendarName));
  calendar.addSubcomponent(stockholmVtimezone());
  for (const event of events) calendar.addSubcomponent(eventComponent(event, stamp));
  return foldLines(unfoldLines(calendar.toString()));
}
