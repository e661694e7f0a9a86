/**
 * `.ics` export of a year in Node (the builders are pure): 2 000 meetings of 2027 through
 * `meetingsToIcs` (the SEQUENCE rule, contacts' current addresses, the agenda as text, checks,
 * escaping, ical.js and our octet folding) against the same events built straight with ical.js
 * (`new ICAL.Component('vcalendar')` … `toString()`) from ready-made plain events. The issue's
 * target: the export within 1.5× of the library's own serialiser; a miss is reported in the
 * target line (0), not by failing the run.
 */
import ICAL from 'ical.js';
import type { CalendarEvent } from '#shared/calendar/types.ts';
import { stockholmVtimezone, STOCKHOLM_TZID } from '#shared/calendar/stockholm.ts';
import { meetingKinds, type Meeting } from '#shared/domain/meeting.ts';
import type { Contact } from '#shared/domain/plan.ts';
import { meetingCalendarWordsSv } from '#shared/meetings/calendar-words.ts';
import { meetingsToIcs, meetingToCalendarEvent } from '#shared/meetings/meeting-calendar.ts';
import { median, round, type BenchResult } from '../harness.ts';
import { seededRandom } from '../large-workbook.ts';

const MEETINGS = 2_000;
const RUNS = 9;
const TARGET = 1.5;
const now = new Date('2027-12-01T08:00:00.000Z');
const words = meetingCalendarWordsSv;

const pad = (n: number) => String(n).padStart(2, '0');

export function yearOfMeetings(): { meetings: Meeting[]; contacts: Contact[] } {
  const random = seededRandom(20271201);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const contacts: Contact[] = Array.from({ length: 300 }, (_, i) => ({
    id: `c-${i}`,
    kind: 'person',
    name: `Kontakt ${i} Öberg-Åström`,
    organisation: 'Region Örebro län',
    role: '',
    municipality: '',
    email: i % 7 === 0 ? '' : `kontakt.${i}@kommun.example.se`,
    phone: '',
    networks: [],
  }));
  const places = ['Länsgården, sal Kilsbergen', 'Conventum; Fabriksgatan 4, Örebro', 'Digitalt', ''];
  const meetings = Array.from({ length: MEETINGS }, (_, i): Meeting => {
    const day = new Date(Date.UTC(2027, 0, 1 + Math.floor(random() * 365))).toISOString().slice(0, 10);
    const allDay = random() < 0.15;
    const start = 7 * 60 + Math.floor(random() * 20) * 30;
    const end = start + 30 + Math.floor(random() * 6) * 30;
    const participants = Array.from({ length: 3 + Math.floor(random() * 8) }, (_, p) => {
      const contact = random() < 0.6 ? pick(contacts) : undefined;
      return contact
        ? { id: `p-${i}-${p}`, contactId: contact.id, name: contact.name, email: contact.email }
        : { id: `p-${i}-${p}`, contactId: null, name: `Gäst ${p}, Västra Götaland`, email: `gast.${i}.${p}@partner.example.se` };
    });
    const shared = random() < 0.5;
    return {
      id: `m-${i}`,
      title: `Dialogmöte ${i + 1}: handlingsplanen för målområde ${(i % 7) + 1}, uppföljning; indikatorer`,
      kind: pick(meetingKinds),
      startDate: day,
      endDate: day,
      startTime: allDay ? null : `${pad(Math.floor(start / 60))}:${pad(start % 60)}`,
      endTime: allDay ? null : `${pad(Math.floor(end / 60))}:${pad(end % 60)}`,
      place: pick(places),
      link: random() < 0.3 ? `https://möte.example.se/rum-${i}` : '',
      goalAreaIds: [],
      organizer: participants[0]?.name ?? '',
      participants,
      agenda: Array.from({ length: 2 + Math.floor(random() * 6) }, (_, a) => ({ id: `a-${i}-${a}`, title: `Punkt ${a + 1}: vad har ändrats sedan förra mötet och varför`, notes: 'Anteckningar som stannar i arbetsboken.' })),
      decisions: [],
      actions: [],
      notes: '',
      cycleEventId: null,
      calendar: { uid: `m-${i}@moa-arbetsboken`, sequence: shared ? 2 : 0, sharedAt: shared ? '2027-06-01T10:00:00.000Z' : null },
      activityIds: [],
      openDueDates: [],
      createdAt: '2027-01-02T10:00:00.000Z',
      updatedAt: random() < 0.5 ? '2027-08-01T10:00:00.000Z' : '2027-05-01T10:00:00.000Z',
    };
  });
  return { meetings, contacts };
}

/** ical.js alone: the plain events as components, the way its own documentation builds them. */
export function straightWithIcalJs(events: readonly CalendarEvent[]): string {
  const stamp = ICAL.Time.fromJSDate(now, true);
  const calendar = new ICAL.Component('vcalendar');
  calendar.addPropertyWithValue('prodid', '-//MOA-arbetsboken//SV');
  calendar.addPropertyWithValue('version', '2.0');
  calendar.addPropertyWithValue('method', 'PUBLISH');
  calendar.addSubcomponent(stockholmVtimezone());
  for (const event of events) {
    const vevent = new ICAL.Component('vevent');
    vevent.addPropertyWithValue('uid', event.uid);
    vevent.addPropertyWithValue('sequence', event.sequence);
    vevent.addPropertyWithValue('dtstamp', stamp);
    vevent.addPropertyWithValue('last-modified', ICAL.Time.fromJSDate(new Date(event.updatedAt), true));
    for (const [name, value] of [['dtstart', event.start], ['dtend', event.end]] as const) {
      const property = new ICAL.Property(name);
      if (event.allDay) {
        property.resetType('date');
        property.setValue(ICAL.Time.fromDateString(value));
      } else {
        property.setParameter('tzid', STOCKHOLM_TZID);
        property.setValue(ICAL.Time.fromDateTimeString(`${value}:00`));
      }
      vevent.addProperty(property);
    }
    vevent.addPropertyWithValue('summary', event.title);
    if (event.description) vevent.addPropertyWithValue('description', event.description);
    if (event.location) vevent.addPropertyWithValue('location', event.location);
    if (event.url) vevent.addPropertyWithValue('url', event.url);
    for (const [name, person] of [...(event.organizer ? [['organizer', event.organizer] as const] : []), ...(event.attendees ?? []).map((a) => ['attendee', a] as const)]) {
      const property = new ICAL.Property(name);
      if (person.name) property.setParameter('cn', person.name);
      property.setValue(`mailto:${person.email}`);
      vevent.addProperty(property);
    }
    const categories = new ICAL.Property('categories');
    categories.setValues(event.categories ?? []);
    vevent.addProperty(categories);
    calendar.addSubcomponent(vevent);
  }
  return calendar.toString();
}

/** Both runs in turn (ours, theirs, ours …), so a busy moment of the machine falls on both alike; the medians. */
function timedInTurn(ours: () => string, theirs: () => string): { ours: number; theirs: number; text: string } {
  let text = ours(); // warm-up: module loading and JIT are not what we measure
  theirs();
  const times = { ours: [] as number[], theirs: [] as number[] };
  for (let i = 0; i < RUNS; i += 1) {
    let began = performance.now();
    text = ours();
    times.ours.push(performance.now() - began);
    began = performance.now();
    theirs();
    times.theirs.push(performance.now() - began);
  }
  return { ours: median(times.ours), theirs: median(times.theirs), text };
}

export function icsExportSuite(): Promise<BenchResult[]> {
  const { meetings, contacts } = yearOfMeetings();
  const context = { contacts, words, calendarName: 'Möten 2027' };
  const events = meetings.map((meeting) => meetingToCalendarEvent(meeting, context));
  const measured = timedInTurn(
    () => meetingsToIcs(meetings, context, now).text,
    () => straightWithIcalJs(events),
  );
  const ratio = measured.ours / measured.theirs;
  if (ratio > TARGET) console.warn(`ics-export: ${round(ratio, 2)}× ical.js alone, over the target ${TARGET}×`);
  const label = `ics: year export, ${MEETINGS} meetings`;
  return Promise.resolve([
    { name: `${label}: meetingsToIcs`, value: round(measured.ours), unit: 'ms' },
    { name: `${label}: same events straight with ical.js`, value: round(measured.theirs), unit: 'ms' },
    { name: `${label}: ratio ours / ical.js alone`, value: round(ratio, 2), unit: '×' },
    { name: `${label}: target ratio ≤ ${TARGET}× met (1 yes, 0 no)`, value: ratio <= TARGET ? 1 : 0, unit: '' },
    { name: `${label}: file size`, value: round(new TextEncoder().encode(measured.text).length / 1024), unit: 'KiB' },
  ]);
}
