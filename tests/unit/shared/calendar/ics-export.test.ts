import { describe, expect, it } from 'vitest';
import { calendarToIcs, PRODID } from '#shared/calendar/ics-export.ts';
import type { CalendarEvent } from '#shared/calendar/types.ts';

const encoder = new TextEncoder();
const now = new Date('2027-02-15T08:30:45.678Z');

const meeting: CalendarEvent = {
  uid: '7f1c2a9e-4b3d-4e5f-8a6b-1c2d3e4f5a6b@moa-arbetsboken',
  sequence: 0,
  title: 'Dialogmöte med RUS-kansliet',
  description: 'Dagordning:\n1. Vad har ändrats, och varför?\n2. Indikatorer; mål\\utfall',
  location: 'Länsgården, sal Kilsbergen',
  url: 'https://möte.example.se/rum 12',
  start: '2027-03-02T09:00',
  end: '2027-03-02T10:30',
  allDay: false,
  organizer: { name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
  attendees: [
    { name: 'Karin Sjöberg, RUS-kansliet', email: 'karin.sjoberg@region.example.se', role: 'chair', status: 'accepted' },
    { name: 'Per "Pelle" Öberg', email: 'per.oberg@universitet.example.se', role: 'optional' },
    { name: 'Utan e-post', email: '' },
  ],
  categories: ['Dialogmöte', 'Innovationer, entreprenörskap'],
  updatedAt: '2027-02-14T16:05:00.000Z',
};

const forum: CalendarEvent = {
  uid: 'utvarderingsforum-2027@moa-arbetsboken',
  sequence: 3,
  title: 'Utvärderingsforum',
  description: '',
  location: '',
  start: '2027-05-10',
  end: '2027-05-11',
  allDay: true,
  updatedAt: '2027-01-10T08:00:00.000Z',
};

/** The file's content lines, unfolded. */
function contentLines(ics: string): string[] {
  return ics.replace(/\r\n[ \t]/gu, '').split('\r\n').slice(0, -1);
}

function block(lines: string[], begin: string, index = 0): string[] {
  const starts = lines.flatMap((line, at) => (line === `BEGIN:${begin}` ? [at] : []));
  const start = starts[index] ?? -1;
  return lines.slice(start, lines.indexOf(`END:${begin}`, start) + 1);
}

describe('export av händelser som iCalendar (.ics)', () => {
  const ics = calendarToIcs([meeting, forum], { now, calendarName: 'Årscykel; RUS, 2027' });
  const lines = contentLines(ics);

  it('skriver kalenderhuvudet: PRODID, VERSION 2.0, CALSCALE, METHOD:PUBLISH och namnet', () => {
    expect(lines.slice(0, 6)).toEqual(['BEGIN:VCALENDAR', `PRODID:${PRODID}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'X-WR-CALNAME:Årscykel\\; RUS\\, 2027']);
    expect(PRODID).toBe('-//MOA-arbetsboken//SV');
    expect(lines.at(-1)).toBe('END:VCALENDAR');
  });

  it('avslutar varje rad med CRLF och har inga rader över 75 oktetter', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replace(/\r\n/gu, '')).not.toMatch(/[\r\n]/u);
    const physical = ics.split('\r\n').slice(0, -1);
    expect(Math.max(...physical.map((line) => encoder.encode(line).length))).toBeLessThanOrEqual(75);
    // The long lines here are folded, so the test means something.
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
  });

  it('har en VTIMEZONE för Europe/Stockholm med RRULE-regler och ingen RDATE', () => {
    expect(lines.filter((line) => line === 'BEGIN:VTIMEZONE')).toHaveLength(1);
    const zone = block(lines, 'VTIMEZONE');
    expect(zone).toContain('TZID:Europe/Stockholm');
    expect(block(zone, 'DAYLIGHT')).toEqual(expect.arrayContaining(['TZOFFSETFROM:+0100', 'TZOFFSETTO:+0200', 'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU']));
    expect(block(zone, 'STANDARD')).toEqual(expect.arrayContaining(['TZOFFSETFROM:+0200', 'TZOFFSETTO:+0100', 'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU']));
    expect(ics).not.toMatch(/RDATE/u);
    // The zone comes before the events that use it.
    expect(lines.indexOf('BEGIN:VTIMEZONE')).toBeLessThan(lines.indexOf('BEGIN:VEVENT'));
  });

  it('skriver en tidsatt händelse med TZID=Europe/Stockholm och lokala tider, aldrig flytande', () => {
    const event = block(lines, 'VEVENT', 0);
    expect(event).toContain('DTSTART;TZID=Europe/Stockholm:20270302T090000');
    expect(event).toContain('DTEND;TZID=Europe/Stockholm:20270302T103000');
    expect(event.filter((line) => /^DT(START|END)[;:]/u.test(line)).every((line) => line.includes('TZID=Europe/Stockholm'))).toBe(true);
  });

  it('skriver en heldag som VALUE=DATE med exklusivt slutdatum', () => {
    const event = block(lines, 'VEVENT', 1);
    expect(event).toContain('DTSTART;VALUE=DATE:20270510');
    expect(event).toContain('DTEND;VALUE=DATE:20270511');
    expect(event.join('\n')).not.toMatch(/TZID/u);
  });

  it('skriver UID, SEQUENCE, DTSTAMP och LAST-MODIFIED i UTC', () => {
    const event = block(lines, 'VEVENT', 0);
    expect(event).toContain(`UID:${meeting.uid}`);
    expect(event).toContain('SEQUENCE:0');
    expect(event).toContain('DTSTAMP:20270215T083045Z');
    expect(event).toContain('LAST-MODIFIED:20270214T160500Z');
    expect(block(lines, 'VEVENT', 1)).toContain('SEQUENCE:3');
  });

  it('escapar text: komma, semikolon, bakstreck och radbrytning', () => {
    const event = block(lines, 'VEVENT', 0);
    expect(event).toContain('DESCRIPTION:Dagordning:\\n1. Vad har ändrats\\, och varför?\\n2. Indikatorer\\; mål\\\\utfall');
    expect(event).toContain('LOCATION:Länsgården\\, sal Kilsbergen');
    expect(event).toContain('CATEGORIES:Dialogmöte,Innovationer\\, entreprenörskap');
  });

  it('skriver arrangör och deltagare med namn, roll och svar; den utan e-post hoppas över', () => {
    const event = block(lines, 'VEVENT', 0);
    expect(event).toContain('ORGANIZER;CN=Anna Lindqvist:mailto:anna.lindqvist@kommun.example.se');
    expect(event).toContain('ATTENDEE;CN="Karin Sjöberg, RUS-kansliet";ROLE=CHAIR;PARTSTAT=ACCEPTED:mailto:karin.sjoberg@region.example.se');
    // A double quote cannot stand in a parameter; Outlook does not read RFC 6868's ^' escape.
    expect(event).toContain("ATTENDEE;CN=Per 'Pelle' Öberg;ROLE=OPT-PARTICIPANT:mailto:per.oberg@universitet.example.se");
    expect(event.filter((line) => line.startsWith('ATTENDEE'))).toHaveLength(2);
  });

  it('skriver URL med blanksteg kodade', () => {
    expect(block(lines, 'VEVENT', 0)).toContain('URL:https://möte.example.se/rum%2012');
  });

  it('ger samma fil för samma händelser: UID och allt annat stabilt mellan exporter', () => {
    expect(calendarToIcs([meeting, forum], { now, calendarName: 'Årscykel; RUS, 2027' })).toBe(ics);
    const updated = calendarToIcs([{ ...meeting, sequence: 1, title: 'Dialogmöte (flyttat)' }], { now });
    expect(contentLines(updated)).toEqual(expect.arrayContaining([`UID:${meeting.uid}`, 'SEQUENCE:1']));
  });

  it('vägrar händelser som appen aldrig ska ha: felaktig tid, slut före start, tomt UID', () => {
    expect(() => calendarToIcs([{ ...meeting, start: '2027-03-02 09:00' }], { now })).toThrow(/ÅÅÅÅ-MM-DDTHH:MM/u);
    expect(() => calendarToIcs([{ ...meeting, end: '2027-03-02T08:00' }], { now })).toThrow(/slutar inte efter/u);
    expect(() => calendarToIcs([{ ...forum, end: '2027-05-10' }], { now })).toThrow(/exklusivt/u);
    expect(() => calendarToIcs([{ ...meeting, uid: ' ' }], { now })).toThrow(/UID/u);
    expect(() => calendarToIcs([{ ...meeting, uid: 'a\r\nBEGIN:VEVENT' }], { now })).toThrow(/UID/u);
    expect(() => calendarToIcs([{ ...meeting, sequence: -1 }], { now })).toThrow(/SEQUENCE/u);
    expect(() => calendarToIcs([{ ...forum, start: '1969-12-31', end: '1970-01-01' }], { now })).toThrow(/1970–2100/u);
  });

  it('låter ingen radbrytning i text bryta filen', () => {
    const hostile = calendarToIcs([{ ...meeting, title: 'Rubrik\r\nBEGIN:VEVENT\rUID:x', location: 'a\u0000b' }], { now, calendarName: 'Namn\nEND:VCALENDAR' });
    const content = contentLines(hostile);
    expect(content.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(1);
    expect(content).toContain('SUMMARY:Rubrik\\nBEGIN:VEVENT\\nUID:x');
    expect(content).toContain('LOCATION:ab');
    expect(content).toContain('X-WR-CALNAME:Namn\\nEND:VCALENDAR');
  });
});
