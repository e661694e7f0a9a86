import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';
import type { ReadIcsResult } from '#shared/calendar/types.ts';

const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../../../fixtures/ics/${name}`, import.meta.url)));
const encoder = new TextEncoder();

function read(bytes: Uint8Array, fileName = 'fil.ics'): Extract<ReadIcsResult, { ok: true }> {
  const result = readIcs(bytes, { fileName });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result;
}

const readFixture = (name: string) => read(fixture(name), name);

const calendar = (...lines: string[]) => encoder.encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//SV', ...lines, 'END:VCALENDAR', ''].join('\r\n'));

describe('import av .ics-filer från kalenderprogrammen', () => {
  it('läser en Outlook-inbjudan (REQUEST, Windows-tidszon med egen VTIMEZONE, arrangör och deltagare)', () => {
    const result = readFixture('outlook-inbjudan.ics');
    expect(result.method).toBe('REQUEST');
    expect(result.events).toEqual([
      {
        uid: '040000008200E00074C5B7101A82E00800000000D0B3A1C7E25ADB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90',
        sequence: 1,
        title: 'Dialogmöte: Innovationer och entreprenörskap',
        description: 'Hej!\n\nVälkommen till dialogmöte om handlingsplanen för Innovationer och entreprenörskap.\n\nDagordning:\n1. Vad har ändrats sedan förra mötet\n2. Indikatorerna\n3. Stöd från kansliet\n\nHälsningar, Karin\n',
        location: 'Länsgården, sal Kilsbergen',
        // 30 March 2027 is after the change to summer time (28 March): 09:00 in W. Europe is 09:00 in Stockholm.
        start: '2027-03-30T09:00',
        end: '2027-03-30T10:30',
        allDay: false,
        organizer: { name: 'Karin Sjöberg', email: 'karin.sjoberg@region.example.se' },
        attendees: [
          { name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se', role: 'required', status: 'needsAction' },
          { name: 'Öberg, Per', email: 'per.oberg@universitet.example.se', role: 'optional', status: 'needsAction' },
        ],
        categories: [],
        status: 'confirmed',
        recurring: false,
      },
    ]);
  });

  it('läser Outlooks heldag skriven som midnatt till midnatt med X-MICROSOFT-CDO-ALLDAYEVENT', () => {
    const [event] = readFixture('outlook-heldag.ics').events;
    expect(event).toMatchObject({ title: 'RUS-forum', allDay: true, start: '2027-11-15', end: '2027-11-17', location: 'Conventum, Örebro' });
  });

  it('läser en export från Google Kalender: UTC-tider (Z) före och efter höstens skifte, TZID, heldag', () => {
    const result = readFixture('google-export.ics');
    expect(result.calendarName).toBe('RUS-kansliet – årscykel');
    expect(result.method).toBe('PUBLISH');
    expect(result.events.map(({ title, start, end, allDay }) => ({ title, start, end, allDay }))).toEqual([
      { title: 'RUS-forum', start: '2027-10-28T09:00', end: '2027-10-28T17:00', allDay: false },
      { title: 'Fredagsakademi: jämställdhet i regional utveckling', start: '2027-11-05T13:00', end: '2027-11-05T15:00', allDay: false },
      { title: 'Utvärderingsforum', start: '2027-05-10T13:00', end: '2027-05-10T16:00', allDay: false },
      { title: 'Sista dag för handlingsplaner', start: '2027-09-15', end: '2027-09-16', allDay: true },
    ]);
    expect(result.events[0]).toMatchObject({
      uid: '3q2v9k1m0s7hd8f6e5r4t3y2u1@google.com',
      sequence: 2,
      location: 'Conventum, Fabriksgatan 4, Örebro',
      updatedAt: '2027-09-15T10:10:10.000Z',
      organizer: { name: 'RUS-kansliet – årscykel', email: 'c_4f1b2a9e8d7c6b5a@group.calendar.google.com' },
      attendees: [
        { name: 'anna.lindqvist@kommun.example.se', email: 'anna.lindqvist@kommun.example.se', role: 'required', status: 'accepted' },
        { name: 'Per Öberg', email: 'per.oberg@universitet.example.se', role: 'required', status: 'tentative' },
      ],
    });
  });

  it('läser Apple Kalender: egen VTIMEZONE med RRULE, ett internat över höstens skifte och ett webbinarium i New York-tid', () => {
    const result = readFixture('apple-kalender.ics');
    expect(result.method).toBeUndefined();
    expect(result.events).toEqual([
      {
        uid: '5E0F8B1C-3A7D-4C2E-9B61-2D4F7A8C9E01',
        sequence: 0,
        title: 'Internat för målområdesansvariga',
        description: '',
        location: 'Kilsbergens konferens\nKilsbergen, Örebro',
        url: 'https://rus.example.se/internat-2027',
        start: '2027-10-30T13:00',
        end: '2027-10-31T12:00',
        allDay: false,
        attendees: [],
        categories: [],
        updatedAt: '2027-09-20T10:15:00.000Z',
        recurring: false,
      },
      expect.objectContaining({
        title: 'Webbinarium: Smart specialisation (OECD)',
        // 24 March: New York is on summer time (from 14 March), Stockholm not yet (28 March).
        start: '2027-03-24T17:00',
        end: '2027-03-24T18:00',
      }),
    ]);
  });

  it('läser heldagar och flerdagarshändelser: exklusivt slut, ingen DTEND och DURATION i dagar (LF-radslut)', () => {
    expect(fixture('heldag-flera-dagar.ics').includes(0x0d)).toBe(false);
    const result = readFixture('heldag-flera-dagar.ics');
    expect(result.events.map(({ title, start, end, allDay, categories }) => ({ title, start, end, allDay, categories }))).toEqual([
      { title: 'Utvärderingsforum', start: '2027-05-10', end: '2027-05-11', allDay: true, categories: ['Årscykel', 'Forum'] },
      { title: 'LOKA-dagar', start: '2027-08-23', end: '2027-08-26', allDay: true, categories: ['Årscykel'] },
      { title: 'Planeringsdag (ingen DTEND: en dag)', start: '2027-06-07', end: '2027-06-08', allDay: true, categories: [] },
      { title: 'Granskning av handlingsplaner', start: '2027-10-04', end: '2027-10-06', allDay: true, categories: [] },
    ]);
  });

  it('ger en återkommande serie som första tillfället med recurring, utan att räkna upp den, och låter ett flyttat tillfälle ingå i serien', () => {
    const result = readFixture('aterkommande-veckomote.ics');
    expect(result.calendarName).toBe('Målområdesnätverket');
    expect(result.events.map(({ uid, title, start, end, recurring }) => ({ uid, title, start, end, recurring }))).toEqual([
      { uid: 'veckoavstamning-2027@google.com', title: 'Veckoavstämning i målområdesnätverket', start: '2027-01-12T08:30', end: '2027-01-12T09:15', recurring: true },
      { uid: 'fredagsakademi-2027@google.com', title: 'Fredagsakademi', start: '2027-09-24T13:00', end: '2027-09-24T15:00', recurring: true },
    ]);
  });

  it('läser svenska tecken vikta vid 75 oktetter, också en tabb som fortsättning', () => {
    const bytes = fixture('svenska-tecken-vikta.ics');
    const physical = new TextDecoder().decode(bytes).split('\r\n');
    // The fixture does fold before a two-octet ö that would have crossed the limit.
    expect(physical.some((line, index) => encoder.encode(line).length === 74 && physical[index + 1]?.startsWith(' ö'))).toBe(true);
    expect(Math.max(...physical.map((line) => encoder.encode(line).length))).toBeLessThanOrEqual(75);
    const [event] = read(bytes).events;
    expect(event).toMatchObject({
      title: 'Dialogmöte om förändringsarbetet: jämställdhet, mångfald och hållbar utveckling i Örebro län',
      description:
        'Genomsyrande perspektiv: jämställdhet, integration och mångfald, miljö och hållbar utveckling, folkhälsa, barn och unga.\nFrågor att förbereda: Vad är målområdets största utmaning? Vilket stöd behöver vi från kansliet?\nÅÄÖ åäö Éé – ”citat” € 🗓',
      location: 'Länsgården, Östra Bangatan 7A, 702 10 Örebro – sammanträdesrummet Ängen på plan två',
      organizer: { name: 'Åsa Ängström-Öhman (målområdesansvarig, Kunskapslyft för barn och unga)', email: 'asa.angstrom@kommun.example.se' },
      start: '2027-02-11T13:00',
    });
    const tabbed = new TextDecoder().decode(bytes).replace(/\r\n /gu, '\r\n\t');
    expect(read(encoder.encode(tabbed)).events).toEqual([event]);
  });

  it('läser en vikning mitt i ett tecken (å delat i två byte), som RFC 5545 säger att enkla program gör', () => {
    const text = new TextDecoder().decode(fixture('svenska-tecken-vikta.ics'));
    const bytes = encoder.encode(text);
    // Move the first byte of the ö that starts a continuation line to the end of the line before.
    const at = text.indexOf('\r\n ö');
    const offset = encoder.encode(text.slice(0, at)).length;
    expect([bytes[offset + 3], bytes[offset + 4]]).toEqual([0xc3, 0xb6]);
    const split = new Uint8Array([...bytes.subarray(0, offset), 0xc3, 0x0d, 0x0a, 0x20, ...bytes.subarray(offset + 4)]);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(split)).toThrow();
    expect(read(split).events).toEqual(read(bytes).events);
  });

  it('läser filer med UTF-8-BOM, med LF eller CR som radslut, och UTF-16 med BOM', () => {
    const bytes = fixture('google-export.ics');
    const expected = read(bytes).events;
    expect(read(new Uint8Array([0xef, 0xbb, 0xbf, ...bytes])).events).toEqual(expected);
    const text = new TextDecoder().decode(bytes);
    expect(read(encoder.encode(text.replace(/\r\n/gu, '\n'))).events).toEqual(expected);
    expect(read(encoder.encode(text.replace(/\r\n/gu, '\r'))).events).toEqual(expected);
    const utf16 = new Uint8Array(2 + text.length * 2);
    utf16.set([0xff, 0xfe]);
    for (let index = 0; index < text.length; index += 1) {
      utf16[2 + index * 2] = text.charCodeAt(index) & 0xff;
      utf16[3 + index * 2] = text.charCodeAt(index) >> 8;
    }
    expect(read(utf16).events).toEqual(expected);
  });

  it('läser flytande tider som svensk tid och en TZID som filen inte beskriver via Windows- eller IANA-namnet', () => {
    const result = read(
      calendar(
        'BEGIN:VEVENT', 'UID:flytande', 'DTSTART:20270615T100000', 'DTEND:20270615T110000', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:windows', 'DTSTART;TZID=W. Europe Standard Time:20270615T100000', 'DURATION:PT45M', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:helsingfors', 'DTSTART;TZID=Europe/Helsinki:20270615T100000', 'DTEND;TZID=Europe/Helsinki:20270615T120000', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:utan-slut', 'DTSTART:20270615T080000Z', 'END:VEVENT',
      ),
    );
    expect(result.events.map(({ uid, start, end }) => `${uid} ${start}–${end}`)).toEqual([
      'flytande 2027-06-15T10:00–2027-06-15T11:00',
      'windows 2027-06-15T10:00–2027-06-15T10:45',
      'helsingfors 2027-06-15T09:00–2027-06-15T11:00',
      'utan-slut 2027-06-15T10:00–2027-06-15T10:00',
    ]);
  });

  it('räknar DURATION över sommartidens början: dagar i lokal tid, timmar i verklig tid (RFC 5545 3.3.6)', () => {
    const result = read(
      calendar(
        'BEGIN:VEVENT', 'UID:dag', 'DTSTART;TZID=Europe/Stockholm:20270327T090000', 'DURATION:P1D', 'END:VEVENT',
        'BEGIN:VEVENT', 'UID:timmar', 'DTSTART;TZID=Europe/Stockholm:20270327T090000', 'DURATION:PT24H', 'END:VEVENT',
      ),
    );
    expect(result.events.map((event) => event.end)).toEqual(['2027-03-28T09:00', '2027-03-28T10:00']);
  });

  it('läser STATUS, CANCEL och LAST-MODIFIED', () => {
    const result = read(
      calendar('METHOD:CANCEL', 'BEGIN:VEVENT', 'UID:inställt', 'STATUS:CANCELLED', 'SEQUENCE:4', 'LAST-MODIFIED:20270301T120000Z', 'DTSTART;VALUE=DATE:20270301', 'END:VEVENT'),
    );
    expect(result.method).toBe('CANCEL');
    expect(result.events[0]).toMatchObject({ status: 'cancelled', sequence: 4, updatedAt: '2027-03-01T12:00:00.000Z' });
  });

  it('ger en tom lista för en kalender utan händelser', () => {
    expect(read(calendar('BEGIN:VTODO', 'UID:att-gora', 'END:VTODO')).events).toEqual([]);
  });
});
