import { describe, expect, it } from 'vitest';
import { calendarToIcs } from '#shared/calendar/ics-export.ts';
import { readIcs } from '#shared/calendar/ics-import.ts';
import type { CalendarEvent, ImportedEvent } from '#shared/calendar/types.ts';

const encoder = new TextEncoder();
const now = new Date('2027-02-15T08:30:00Z');

function event(over: Partial<CalendarEvent>): CalendarEvent {
  return {
    uid: `${over.title ?? 'händelse'}@moa-arbetsboken`.replace(/\s+/gu, '-'),
    sequence: 0,
    title: 'Händelse',
    description: '',
    location: '',
    start: '2027-03-02T09:00',
    end: '2027-03-02T10:00',
    allDay: false,
    attendees: [],
    categories: [],
    updatedAt: '2027-02-14T16:05:00.000Z',
    ...over,
  };
}

function roundTrip(events: CalendarEvent[]): ImportedEvent[] {
  const read = readIcs(encoder.encode(calendarToIcs(events, { now })), { fileName: 'export.ics' });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return read.events;
}

/** The imported event as an exported one: what the import adds beyond the export is set aside. */
function asExported({ recurring, status, ...rest }: ImportedEvent): Omit<ImportedEvent, 'recurring' | 'status'> {
  expect(recurring).toBe(false);
  expect(status).toBeUndefined();
  return rest;
}

describe('export och import tillbaka ger samma händelser', () => {
  it('tidsatta möten runt sommartidens början i mars och slut i oktober', () => {
    const events = [
      // The last Sunday of March 2027 is the 28th, of October the 31st.
      event({ title: 'Före vårens skifte', start: '2027-03-27T23:30', end: '2027-03-28T01:59' }),
      event({ title: 'Över vårens skifte', start: '2027-03-28T01:00', end: '2027-03-28T03:30' }),
      event({ title: 'Efter vårens skifte', start: '2027-03-28T03:00', end: '2027-03-28T09:00' }),
      event({ title: 'Över höstens skifte', start: '2027-10-30T22:00', end: '2027-10-31T04:00' }),
      event({ title: 'Efter höstens skifte', start: '2027-10-31T03:00', end: '2027-10-31T04:00' }),
      event({ title: 'Internat', start: '2027-10-29T13:00', end: '2027-11-01T12:00' }),
      event({ title: 'Vinter', start: '2027-01-05T08:15', end: '2027-01-05T09:45' }),
      event({ title: 'Sommar', start: '2027-07-01T08:15', end: '2027-07-01T09:45' }),
    ];
    expect(roundTrip(events).map(asExported)).toEqual(events);
  });

  it('heldagar och flerdagarshändelser', () => {
    const events = [
      event({ title: 'Utvärderingsforum', allDay: true, start: '2027-05-10', end: '2027-05-11' }),
      event({ title: 'LOKA-dagar', allDay: true, start: '2027-08-23', end: '2027-08-26' }),
      event({ title: 'Över årsskiftet', allDay: true, start: '2027-12-30', end: '2028-01-03' }),
      event({ title: 'Skottdagen', allDay: true, start: '2028-02-29', end: '2028-03-01' }),
      event({ title: 'På skiftdagen', allDay: true, start: '2027-03-28', end: '2027-03-29' }),
    ];
    expect(roundTrip(events).map(asExported)).toEqual(events);
  });

  it('text med komma, semikolon, bakstreck, radbrytningar och åäö, arrangör, deltagare, kategorier och länk', () => {
    const events = [
      event({
        title: 'Dialogmöte; mål, medel\\resultat',
        description: 'Rad ett\nRad två, med komma; och semikolon\n\nÅÄÖ åäö – ”citat” € 🗓\\n är inte en radbrytning',
        location: 'Länsgården, Östra Bangatan 7A, Örebro',
        url: 'https://rus.example.se/möte?id=12&typ=dialog',
        organizer: { name: 'Åsa Ängström-Öhman', email: 'asa.angstrom@kommun.example.se' },
        attendees: [
          { name: 'Karin Sjöberg, RUS-kansliet', email: 'karin.sjoberg@region.example.se', role: 'chair', status: 'accepted' },
          { name: 'Per Öberg', email: 'per.oberg@universitet.example.se', role: 'optional', status: 'tentative' },
          { name: '', email: 'namnlos@example.se' },
        ],
        categories: ['Dialogmöte', 'Innovationer, entreprenörskap', 'Årscykel; vår'],
      }),
    ];
    expect(roundTrip(events).map(asExported)).toEqual(events);
  });

  it('en ändrad händelse behåller sitt UID med högre SEQUENCE', () => {
    const first = event({ title: 'Dialogmöte', sequence: 0 });
    const changed = { ...first, sequence: 1, start: '2027-03-02T13:00', end: '2027-03-02T14:00', updatedAt: '2027-02-20T10:00:00.000Z' };
    const [before] = roundTrip([first]);
    const [after] = roundTrip([changed]);
    expect(after?.uid).toBe(before?.uid);
    expect([before?.sequence, after?.sequence]).toEqual([0, 1]);
    expect(after).toMatchObject({ start: '2027-03-02T13:00', updatedAt: '2027-02-20T10:00:00.000Z' });
  });

  it('en hel årscykel på 2 000 händelser', () => {
    const events = Array.from({ length: 2_000 }, (_, index) => {
      const day = new Date(Date.UTC(2027, 0, 1 + (index % 365)));
      const date = day.toISOString().slice(0, 10);
      const hour = String(7 + (index % 12)).padStart(2, '0');
      return event({ uid: `arscykel-${index}@moa-arbetsboken`, title: `Möte ${index} i målområde ${index % 10}`, start: `${date}T${hour}:00`, end: `${date}T${hour}:45` });
    });
    expect(roundTrip(events).map(asExported)).toEqual(events);
  });
});
