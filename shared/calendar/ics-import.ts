/**
 * Reading an `.ics` file (an Outlook invitation, a Google Calendar export, an Apple Calendar
 * event) into plain events with their times in Europe/Stockholm. All or nothing: either every
 * event is read, or the result lists in Swedish what is wrong, line by line. Nothing is thrown.
 *
 * Bounds against hostile files: at most 2 MB and 5 000 events; a recurrence is never expanded
 * (the first occurrence is returned, flagged `recurring`); a VTIMEZONE's rules must be yearly and
 * give at most a few thousand changes (zones.ts).
 */
import ICAL from 'ical.js';
import { formatInteger } from '../format.ts';
import { icsContentLines, type ContentLine } from './ics-bytes.ts';
import { excerpt, icsStructure, type EventLines } from './ics-lines.ts';
import { namedZone, stockholmZone } from './stockholm.ts';
import type { AttendeeRole, CalendarAttendee, ImportedEvent, ParticipationStatus, ReadIcsOptions, ReadIcsResult } from './types.ts';
import { FIRST_YEAR, LAST_YEAR, SECONDS_PER_DAY, formatCalendarDate, formatLocalDateTime, isEventYear, isRealWallTime, wallFields, wallSeconds, type WallFields } from './wall-time.ts';
import { utcToWall, utcZone, wallToUtc, zoneFromVtimezone, type Zone, type ZoneResult } from './zones.ts';

/** At most this many problems are listed; the rest are counted. */
const MAX_PROBLEMS = 20;

const ROLES: Readonly<Record<string, AttendeeRole>> = {
  'CHAIR': 'chair',
  'REQ-PARTICIPANT': 'required',
  'OPT-PARTICIPANT': 'optional',
  'NON-PARTICIPANT': 'nonParticipant',
};

const PARTICIPATION: Readonly<Record<string, ParticipationStatus>> = {
  'NEEDS-ACTION': 'needsAction',
  'ACCEPTED': 'accepted',
  'DECLINED': 'declined',
  'TENTATIVE': 'tentative',
  'DELEGATED': 'delegated',
};

const STATUSES: Readonly<Record<string, ImportedEvent['status']>> = {
  TENTATIVE: 'tentative',
  CONFIRMED: 'confirmed',
  CANCELLED: 'cancelled',
};

/** A DTSTART or DTEND as written: a date, or a wall-clock time in a zone. */
type When = { kind: 'date'; fields: WallFields } | { kind: 'time'; fields: WallFields; zone: Zone };

type Checked<T> = { ok: true; value: T } | { ok: false; problem: string };

const DATE_VALUE = /^(\d{4})-(\d{2})-(\d{2})$/u;
const DATE_TIME_VALUE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(Z?)$/u;

const rad = (line: number) => `rad ${formatInteger(line)}`;

function text(component: ICAL.Component, name: string): string {
  const value = component.getFirstPropertyValue(name);
  return typeof value === 'string' ? value : '';
}

/** TEXT escapes undone, for X- properties ical.js hands over as written. */
function unescapeText(value: string): string {
  return value.replace(/\\([\\;,nN])/gu, (_, char: string) => (char === 'n' || char === 'N' ? '\n' : char));
}

function parameter(property: ICAL.Property, name: string): string | undefined {
  const value: unknown = property.getFirstParameter(name);
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** The most time zones of its own a file may use; an invitation uses one or two. */
export const MAX_FILE_ZONES = 20;

/** The zones of one VCALENDAR: its own VTIMEZONEs first, then the names the workbook knows. */
function zonesOf(calendar: ICAL.Component): (tzid: string) => ZoneResult {
  const cache = new Map<string, ZoneResult>();
  let built = 0;
  return (tzid) => {
    const known = cache.get(tzid);
    if (known) return known;
    const definition = calendar.getAllSubcomponents('vtimezone').find((zone) => zone.getFirstPropertyValue('tzid') === tzid);
    let result: ZoneResult;
    if (definition && built >= MAX_FILE_ZONES) {
      // Each zone's rules are worked out over centuries: a file naming hundreds of them would hold the app for a minute.
      result = { ok: false, problem: `filen använder fler än ${MAX_FILE_ZONES} tidszoner` };
    } else if (definition) {
      built += 1;
      result = zoneFromVtimezone(definition);
    } else {
      const zone = namedZone(tzid);
      result = zone ? { ok: true, zone } : { ok: false, problem: `tidszonen «${tzid}» beskrivs inte i filen (VTIMEZONE saknas) och är okänd för arbetsboken` };
    }
    cache.set(tzid, result);
    return result;
  };
}

function readWhen(property: ICAL.Property, zones: (tzid: string) => ZoneResult): Checked<When> {
  const name = property.name.toUpperCase();
  const raw: unknown = property.jCal[3];
  const type = property.type;
  const match = typeof raw === 'string' ? (type === 'date' ? DATE_VALUE : DATE_TIME_VALUE).exec(raw) : null;
  if (type !== 'date' && type !== 'date-time') return { ok: false, problem: `${name} har värdetypen ${type.toUpperCase()}; väntade ett datum eller en tidpunkt` };
  if (!match) return { ok: false, problem: `${name} är ingen tidpunkt i iCalendars form (ÅÅÅÅMMDD eller ÅÅÅÅMMDDTHHMMSS)` };
  const fields: WallFields = {
    year: Number(match[1]),
    month: Number(match[2]),
    day: Number(match[3]),
    hour: Number(match[4] ?? 0),
    minute: Number(match[5] ?? 0),
    second: Number(match[6] ?? 0),
  };
  if (!isRealWallTime(fields)) return { ok: false, problem: `${name} är ingen verklig dag eller tid` };
  if (!isEventYear(fields.year)) return { ok: false, problem: `${name} ligger år ${fields.year}; arbetsboken läser händelser åren ${FIRST_YEAR}–${LAST_YEAR}` };
  if (type === 'date') return { ok: true, value: { kind: 'date', fields } };
  if (match[7] === 'Z') return { ok: true, value: { kind: 'time', fields, zone: utcZone } };
  const tzid = parameter(property, 'tzid');
  if (!tzid) return { ok: true, value: { kind: 'time', fields, zone: stockholmZone() } }; // floating: read as Swedish time
  const zone = zones(tzid);
  return zone.ok ? { ok: true, value: { kind: 'time', fields, zone: zone.zone } } : { ok: false, problem: `${name}: ${zone.problem}` };
}

function personOf(property: ICAL.Property): CalendarAttendee {
  const value = property.getFirstValue();
  const address = typeof value === 'string' ? value.trim() : '';
  const email = /^mailto:/iu.test(address) ? address.slice('mailto:'.length).trim() : '';
  const person: CalendarAttendee = { name: parameter(property, 'cn')?.trim() ?? '', email };
  const role = ROLES[parameter(property, 'role')?.toUpperCase() ?? ''];
  const status = PARTICIPATION[parameter(property, 'partstat')?.toUpperCase() ?? ''];
  if (role) person.role = role;
  if (status) person.status = status;
  return person;
}

const isMidnight = (fields: WallFields) => fields.hour === 0 && fields.minute === 0 && fields.second === 0;

/** Outlook (Exchange) may write an all-day event as midnight to midnight with this flag. */
function outlookAllDay(event: ICAL.Component): boolean {
  return ['x-microsoft-cdo-alldayevent', 'x-microsoft-msncalendar-alldayevent'].some((name) => text(event, name).trim().toUpperCase() === 'TRUE');
}

type Span = { allDay: true; start: WallFields; end: WallFields } | { allDay: false; start: number; end: number };

/** Start and end: dates as dates, times as instants (seconds since 1970 UTC). */
function spanOf(event: ICAL.Component, zones: (tzid: string) => ZoneResult, where: (name: string) => string): Checked<Span> {
  const fail = (name: string, problem: string): Checked<Span> => ({ ok: false, problem: `${where(name)}: ${problem}` });
  const startProperty = event.getFirstProperty('dtstart');
  if (!startProperty) return fail('', 'DTSTART saknas (när händelsen börjar)');
  const start = readWhen(startProperty, zones);
  if (!start.ok) return fail('DTSTART', start.problem);

  const endProperty = event.getFirstProperty('dtend');
  const end = endProperty ? readWhen(endProperty, zones) : undefined;
  if (end && !end.ok) return fail('DTEND', end.problem);
  if (end && end.value.kind !== start.value.kind) return fail('DTEND', `DTEND är ${end.value.kind === 'date' ? 'ett datum' : 'en tidpunkt'} men DTSTART ${start.value.kind === 'date' ? 'ett datum' : 'en tidpunkt'}; båda ska vara av samma slag`);
  const duration = event.getFirstPropertyValue('duration');
  if (duration instanceof ICAL.Duration && duration.isNegative) return fail('DURATION', 'DURATION är negativ');
  const nominalDays = duration instanceof ICAL.Duration ? duration.weeks * 7 + duration.days : 0;
  const exactSeconds = duration instanceof ICAL.Duration ? duration.hours * 3600 + duration.minutes * 60 + duration.seconds : 0;

  if (start.value.kind === 'date') {
    const first = wallSeconds(start.value.fields);
    let after = end?.value.kind === 'date' ? wallSeconds(end.value.fields) : first + Math.max(1, nominalDays) * SECONDS_PER_DAY;
    // Some programs write DTEND equal to DTSTART for a one-day event.
    if (after <= first) after = first + SECONDS_PER_DAY;
    return { ok: true, value: { allDay: true, start: start.value.fields, end: wallFields(after) } };
  }

  const startWall = wallSeconds(start.value.fields);
  if (end?.value.kind === 'time' && outlookAllDay(event) && isMidnight(start.value.fields) && isMidnight(end.value.fields)) {
    const after = wallSeconds(end.value.fields);
    if (after > startWall) return { ok: true, value: { allDay: true, start: start.value.fields, end: end.value.fields } };
  }
  const startUtc = wallToUtc(start.value.zone, startWall);
  let endUtc = startUtc;
  if (end?.value.kind === 'time') endUtc = wallToUtc(end.value.zone, wallSeconds(end.value.fields));
  else if (duration instanceof ICAL.Duration) endUtc = wallToUtc(start.value.zone, startWall + nominalDays * SECONDS_PER_DAY) + exactSeconds;
  if (endUtc < startUtc) return fail('DTEND', 'DTEND ligger före DTSTART');
  return { ok: true, value: { allDay: false, start: startUtc, end: endUtc } };
}

function updatedAtOf(event: ICAL.Component): string | undefined {
  const value = event.getFirstPropertyValue('last-modified');
  if (!(value instanceof ICAL.Time) || value.zone !== ICAL.Timezone.utcTimezone || !isRealWallTime(value)) return undefined;
  return new Date(wallSeconds(value) * 1000).toISOString();
}

function readEvent(event: ICAL.Component, lines: EventLines | undefined, zones: (tzid: string) => ZoneResult): Checked<ImportedEvent> {
  const title = text(event, 'summary');
  const named = title ? `händelsen «${excerpt(title)}»` : 'en händelse utan rubrik';
  const where = (property: string) => {
    const line = (property && lines?.properties.get(property)?.line) || lines?.line;
    return line ? `${rad(line)} (${named})` : named;
  };
  const uid = text(event, 'uid').trim();
  if (!uid) return { ok: false, problem: `${where('')}: UID saknas (händelsens id, som alla kalenderprogram skriver)` };
  const span = spanOf(event, zones, where);
  if (!span.ok) return span;

  const stockholm = stockholmZone();
  const sequence = event.getFirstPropertyValue('sequence');
  const url = text(event, 'url').trim();
  const organizer = event.getFirstProperty('organizer');
  const status = STATUSES[text(event, 'status').trim().toUpperCase()];
  const updatedAt = updatedAtOf(event);
  const imported: ImportedEvent = {
    uid,
    sequence: typeof sequence === 'number' && Number.isInteger(sequence) && sequence >= 0 ? sequence : 0,
    title,
    description: text(event, 'description'),
    location: text(event, 'location'),
    start: span.value.allDay ? formatCalendarDate(span.value.start) : formatLocalDateTime(wallFields(utcToWall(stockholm, span.value.start))),
    end: span.value.allDay ? formatCalendarDate(span.value.end) : formatLocalDateTime(wallFields(utcToWall(stockholm, span.value.end))),
    allDay: span.value.allDay,
    attendees: event.getAllProperties('attendee').map(personOf),
    categories: event
      .getAllProperties('categories')
      .flatMap((property) => property.getValues() as unknown[])
      .filter((value): value is string => typeof value === 'string' && value.trim() !== '')
      .map((value) => value.trim()),
    recurring: event.hasProperty('rrule') || event.hasProperty('rdate'),
  };
  if (url) imported.url = url;
  if (organizer) {
    const { name, email } = personOf(organizer);
    imported.organizer = { name, email };
  }
  if (status) imported.status = status;
  if (updatedAt) imported.updatedAt = updatedAt;
  return { ok: true, value: imported };
}

/** ical.js names no line when it fails; each line is tried alone to find the one it cannot read. */
function unreadableLine(lines: readonly ContentLine[]): string | undefined {
  for (const content of lines) {
    if (/^(BEGIN|END)[:;]/iu.test(content.text)) continue;
    try {
      ICAL.parse(`BEGIN:VCALENDAR\nBEGIN:VEVENT\n${content.text}\nEND:VEVENT\nEND:VCALENDAR\n`);
    } catch (error) {
      return `${rad(content.line)}: «${excerpt(content.text)}» kan inte läsas; raden följer inte iCalendar-formatet (${technical(error)}).`;
    }
  }
  return undefined;
}

/** An event ical.js failed on: the property whose value it cannot read, with its line. */
function eventFailure(event: ICAL.Component, lines: EventLines | undefined, error: unknown): string {
  let title = '';
  try {
    title = text(event, 'summary');
  } catch {
    // The title itself may be what cannot be read.
  }
  const named = title ? `händelsen «${excerpt(title)}»` : 'en händelse';
  for (const property of event.getAllProperties()) {
    try {
      property.getValues();
    } catch (failure) {
      const name = property.name.toUpperCase();
      const line = lines?.properties.get(name)?.line ?? lines?.line;
      return `${line ? `${rad(line)} (${named})` : named}: ${name} kan inte läsas; värdet följer inte iCalendar-formatet (${technical(failure)})`;
    }
  }
  return `${lines ? `${rad(lines.line)} (${named})` : named}: händelsen kan inte läsas (${technical(error)})`;
}

function technical(error: unknown): string {
  return `ical.js: ${error instanceof Error ? error.message : String(error)}`;
}

function calendarsOf(jCal: unknown): ICAL.Component[] {
  if (!Array.isArray(jCal)) return [];
  const list: unknown[] = typeof jCal[0] === 'string' ? [jCal] : jCal;
  return list.filter((item): item is unknown[] => Array.isArray(item)).map((item) => new ICAL.Component(item));
}

function read(bytes: Uint8Array, fileName: string): ReadIcsResult {
  const refuse = (problem: string): ReadIcsResult => ({ ok: false, problems: [`«${fileName}»: ${problem}`] });
  const content = icsContentLines(bytes);
  if (!content.ok) return refuse(content.problem);
  const scanned = icsStructure(content.lines);
  if (!scanned.ok) return refuse(scanned.problem);

  let jCal: unknown;
  try {
    // The lines are handed over unfolded, so ical.js sees exactly the lines the scan numbered.
    jCal = ICAL.parse(content.lines.map((line) => line.text).join('\n'));
  } catch (error) {
    return refuse(unreadableLine(content.lines) ?? `filen följer inte iCalendar-formatet och kan inte läsas (${technical(error)}).`);
  }

  const calendars = calendarsOf(jCal);
  const problems: string[] = [];
  const events: ImportedEvent[] = [];
  let calendarName: string | undefined;
  let method: string | undefined;
  let eventIndex = 0;
  const veventsOf = calendars.map((calendar) => calendar.getAllSubcomponents('vevent'));
  // A changed occurrence of a series (RECURRENCE-ID) is left out when the series itself is in
  // the file: the series stands for it, unexpanded. Alone (an invitation to one occurrence) it is an event.
  const series = new Set(veventsOf.flat().filter((event) => !event.hasProperty('recurrence-id')).map((event) => text(event, 'uid')));
  for (const [index, calendar] of calendars.entries()) {
    calendarName ??= unescapeText(text(calendar, 'x-wr-calname') || text(calendar, 'name')).trim() || undefined;
    method ??= text(calendar, 'method').trim().toUpperCase() || undefined;
    const zones = zonesOf(calendar);
    for (const event of veventsOf[index] ?? []) {
      const lines = scanned.events[eventIndex];
      eventIndex += 1;
      if (event.hasProperty('recurrence-id') && series.has(text(event, 'uid'))) continue;
      let result: Checked<ImportedEvent>;
      try {
        result = readEvent(event, lines, zones);
      } catch (error) {
        result = { ok: false, problem: eventFailure(event, lines, error) };
      }
      if (result.ok) events.push(result.value);
      else problems.push(`«${fileName}»: ${result.problem}.`);
    }
  }
  if (problems.length > 0) {
    const shown = problems.slice(0, MAX_PROBLEMS);
    if (problems.length > MAX_PROBLEMS) shown.push(`«${fileName}»: … och ${formatInteger(problems.length - MAX_PROBLEMS)} problem till.`);
    return { ok: false, problems: shown };
  }
  const result: ReadIcsResult = { ok: true, events };
  if (calendarName) result.calendarName = calendarName;
  if (method) result.method = method;
  return result;
}

/**
 * The events of an `.ics` file, or Swedish messages naming the file, the line and what is wrong
 * («inbjudan.ics»: rad 12 (händelsen «Dialogmöte»): DTSTART saknas …). Never throws.
 */
export function readIcs(bytes: Uint8Array, options: ReadIcsOptions): ReadIcsResult {
  try {
    return read(bytes, options.fileName);
  } catch (error) {
    return { ok: false, problems: [`«${options.fileName}»: filen kunde inte läsas; något gick fel i läsningen (${technical(error)}).`] };
  }
}
