import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';
import { calendarToIcs } from '#shared/calendar/ics-export.ts';
import { meetingSchema } from '#shared/domain/meeting.ts';
import type { CycleEvent } from '#shared/templates/schema.ts';
import { annualCycleToCalendarEvents, calendarForExport, cycleEventUid, meetingsToIcs, meetingToCalendarEvent } from '#shared/meetings/meeting-calendar.ts';
import { contact, contacts, meeting, words } from './calendar-meetings.ts';

const encoder = new TextEncoder();
const now = new Date('2027-03-01T07:00:00.000Z');

function read(text: string) {
  const result = readIcs(encoder.encode(text), { fileName: 'export.ics' });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  return result.events;
}

describe('ett möte som kalenderhändelse', () => {
  it('ett tidsatt möte: UID, rubrik, dagordningen som kort text, plats, deltagare med e-post, mötestyp som kategori', () => {
    const event = meetingToCalendarEvent(meeting(), { contacts, words });
    expect(event).toEqual({
      uid: 'm-1@moa-arbetsboken',
      sequence: 0,
      title: 'Dialogmöte med RUS-kansliet',
      description: 'Dagordning:\n1. Vad har ändrats\n2. Indikatorerna',
      location: 'Länsgården, sal Kilsbergen',
      start: '2027-03-02T09:00',
      end: '2027-03-02T10:30',
      allDay: false,
      attendees: [
        { name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
        { name: 'Eva Ek', email: 'eva.ek@partner.example.se' },
      ],
      organizer: { name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
      categories: ['Dialogmöte'],
      updatedAt: '2027-02-10T10:00:00.000Z',
    });
  });

  it('ett heldagsmöte över flera dagar slutar (exklusivt) dagen efter sista dagen, också vid månadsskifte', () => {
    const event = meetingToCalendarEvent(meeting({ startDate: '2027-02-27', endDate: '2027-02-28', startTime: null, endTime: null }), { contacts, words });
    expect(event).toMatchObject({ start: '2027-02-27', end: '2027-03-01', allDay: true });
    const one = meetingToCalendarEvent(meeting({ startDate: '2027-12-31', endDate: '2027-12-31', startTime: null, endTime: null }), { contacts, words });
    expect(one).toMatchObject({ start: '2027-12-31', end: '2028-01-01', allDay: true });
  });

  it('länken blir URL, och platsen när mötet inte har någon', () => {
    const withPlace = meetingToCalendarEvent(meeting({ link: 'https://möte.example.se/rum-12' }), { contacts, words });
    expect(withPlace).toMatchObject({ location: 'Länsgården, sal Kilsbergen', url: 'https://möte.example.se/rum-12' });
    const linkOnly = meetingToCalendarEvent(meeting({ place: '', link: 'https://möte.example.se/rum-12' }), { contacts, words });
    expect(linkOnly).toMatchObject({ location: 'https://möte.example.se/rum-12', url: 'https://möte.example.se/rum-12' });
    expect(meetingToCalendarEvent(meeting({ place: '  ' }), { contacts, words })).not.toHaveProperty('url');
  });

  it('en kontakt skrivs med registrets nuvarande namn och e-post; deltagare utan e-post och dubbletter lämnas ute', () => {
    const register = [contact({ id: 'c-anna', name: 'Anna Lindqvist-Berg', email: 'anna.ny@kommun.example.se' }), contact({ id: 'c-tom', name: 'Tom Utan', email: '' })];
    const event = meetingToCalendarEvent(
      meeting({
        organizer: '',
        participants: [
          { id: 'p-1', contactId: 'c-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
          { id: 'p-2', contactId: 'c-tom', name: 'Tom Utan', email: 'tom@gammal.example.se' },
          { id: 'p-3', contactId: 'c-borta', name: 'Borttagen Kontakt', email: 'borta@example.se' },
          { id: 'p-4', contactId: null, name: 'Ingen Adress', email: '' },
          { id: 'p-5', contactId: null, name: 'Anna igen', email: 'ANNA.NY@kommun.example.se' },
        ],
      }),
      { contacts: register, words },
    );
    expect(event.attendees).toEqual([
      { name: 'Anna Lindqvist-Berg', email: 'anna.ny@kommun.example.se' },
      { name: 'Tom Utan', email: 'tom@gammal.example.se' },
      { name: 'Borttagen Kontakt', email: 'borta@example.se' },
    ]);
    expect(event).not.toHaveProperty('organizer');
  });

  it('arrangören skrivs bara när den har en e-postadress (calendarToIcs skriver ingen ORGANIZER utan adress)', () => {
    const of = (organizer: string) => meetingToCalendarEvent(meeting({ organizer }), { contacts, words }).organizer;
    expect(of('anna lindqvist')).toEqual({ name: 'anna lindqvist', email: 'anna.lindqvist@kommun.example.se' }); // a participant
    expect(of('Karin Sjöberg')).toEqual({ name: 'Karin Sjöberg', email: 'Karin.Sjoberg@region.example.se' }); // a contact
    expect(of('rus@region.example.se')).toEqual({ name: '', email: 'rus@region.example.se' });
    expect(of('Per Öberg')).toBeUndefined(); // a contact without e-mail
    expect(of('Lars Berg')).toBeUndefined(); // two contacts have the name
    expect(of('RUS-kansliet')).toBeUndefined();
    const text = calendarToIcs([meetingToCalendarEvent(meeting({ organizer: 'RUS-kansliet' }), { contacts, words })], { now });
    expect(text).not.toContain('ORGANIZER');
  });

  it('dagordningen: bara rubrikerna, tomma hoppas över, radbrytningar i en rubrik blir blanksteg, inga punkter ger ingen text', () => {
    const agenda = [
      { id: 'a-1', title: 'Första\npunkten', notes: 'hemligt' },
      { id: 'a-2', title: '  ', notes: '' },
      { id: 'a-3', title: 'Tredje', notes: '' },
    ];
    expect(meetingToCalendarEvent(meeting({ agenda }), { contacts, words }).description).toBe('Dagordning:\n1. Första punkten\n2. Tredje');
    expect(meetingToCalendarEvent(meeting({ agenda: [] }), { contacts, words }).description).toBe('');
  });
});

describe('SEQUENCE: höjs när mötet ändrats sedan det senast delades', () => {
  const base = meeting({ updatedAt: '2027-02-10T10:00:00.000Z' });

  it('första exporten: sekvens 0 och delad nu', () => {
    expect(calendarForExport(base, now)).toEqual({ uid: 'm-1@moa-arbetsboken', sequence: 0, sharedAt: '2027-03-01T07:00:00.000Z' });
  });

  it('oförändrat sedan delningen: samma sekvens', () => {
    const shared = { ...base, calendar: { ...base.calendar, sequence: 3, sharedAt: '2027-02-10T10:00:00.000Z' } };
    expect(calendarForExport(shared, now).sequence).toBe(3);
  });

  it('ändrat efter delningen: sekvensen höjs med ett', () => {
    const changed = { ...base, updatedAt: '2027-02-20T10:00:00.000Z', calendar: { ...base.calendar, sequence: 3, sharedAt: '2027-02-10T10:00:00Z' } };
    expect(calendarForExport(changed, now)).toEqual({ uid: 'm-1@moa-arbetsboken', sequence: 4, sharedAt: '2027-03-01T07:00:00.000Z' });
  });

  it('exporten skriver den nya sekvensen och ger det som ska sparas; två exporter i rad utan ändring ger samma sekvens', () => {
    const changed = meeting({ updatedAt: '2027-02-20T10:00:00.000Z', calendar: { uid: 'm-1@moa-arbetsboken', sequence: 1, sharedAt: '2027-02-10T10:00:00.000Z' } });
    const first = meetingsToIcs([changed], { contacts, words }, now);
    expect(first.shared).toEqual([{ meetingId: 'm-1', calendar: { uid: 'm-1@moa-arbetsboken', sequence: 2, sharedAt: '2027-03-01T07:00:00.000Z' } }]);
    expect(read(first.text)[0]?.sequence).toBe(2);
    const stored = meetingSchema.parse({ ...changed, calendar: first.shared[0]?.calendar });
    const second = meetingsToIcs([stored], { contacts, words }, new Date('2027-03-02T07:00:00.000Z'));
    expect(second.shared[0]?.calendar.sequence).toBe(2);
  });
});

describe('årscykeln som heldagshändelser', () => {
  const cycle: CycleEvent[] = [
    { id: 'rus-forum', name: 'RUS-forum', description: 'Hela dagen med alla målområden', date: '2027-11-15', endDate: '2027-11-16' },
    { id: 'utvarderingsforum', name: 'Utvärderingsforum', description: '', date: '2027-05-10' },
    { id: 'handlingsplaner', name: 'Handlingsplaner lämnas in', description: '', month: 9 },
    { id: 'forra-aret', name: 'Förra årets forum', description: '', date: '2026-05-11' },
    { id: 'over-nyar', name: 'Över nyår', description: '', date: '2026-12-30', endDate: '2027-01-02' },
  ];
  const options = { templateId: 'rus-2027', templateVersion: 1, year: 2027, updatedAt: '2027-01-05T08:00:00.000Z', words };

  it('dagar med datum blir heldagshändelser med stabilt UID; dagar med bara en månad lämnas ut och räknas', () => {
    const { events, monthOnly } = annualCycleToCalendarEvents(cycle, options);
    expect(events.map((e) => [e.uid, e.start, e.end, e.allDay])).toEqual([
      ['arscykel-rus-2027-over-nyar-2026-12-30@moa-arbetsboken', '2026-12-30', '2027-01-03', true],
      ['arscykel-rus-2027-utvarderingsforum-2027-05-10@moa-arbetsboken', '2027-05-10', '2027-05-11', true],
      ['arscykel-rus-2027-rus-forum-2027-11-15@moa-arbetsboken', '2027-11-15', '2027-11-17', true],
    ]);
    expect(events[2]).toMatchObject({ title: 'RUS-forum', description: 'Hela dagen med alla målområden', categories: ['Årscykel'], sequence: 0 });
    expect(monthOnly.map((e) => e.id)).toEqual(['handlingsplaner']);
  });

  it('två exporter av årscykeln ger samma UID, och en ny utgåva av mallen höjer SEQUENCE', () => {
    const first = meetingsToIcs([], { contacts, words }, now, { ...options, events: cycle });
    const second = meetingsToIcs([], { contacts, words }, new Date('2027-06-01T07:00:00.000Z'), { ...options, events: cycle });
    const uids = (text: string) => read(text).map((e) => e.uid);
    expect(uids(first.text)).toHaveLength(3);
    expect(uids(second.text)).toEqual(uids(first.text));
    const nextEdition = meetingsToIcs([], { contacts, words }, now, { ...options, templateVersion: 3, events: cycle });
    expect(read(nextEdition.text).map((e) => [e.uid, e.sequence])).toEqual(uids(first.text).map((uid) => [uid, 2]));
    expect(cycleEventUid('rus-2027', 'rus-forum', '2027-11-15')).toBe(uids(first.text)[2]);
  });

  it('ett möte som är en av årscykelns dagar ersätter mallens dag i en export av hela året (ingen dubblett), som i årscykelvyn', () => {
    const forum = meeting({ id: 'm-forum', kind: 'cycleEvent', cycleEventId: 'rus-forum', title: 'RUS-forum i Örebro', startDate: '2027-11-15', endDate: '2027-11-16', startTime: null, endTime: null });
    const september = meeting({ id: 'm-sep', kind: 'cycleEvent', cycleEventId: 'handlingsplaner', title: 'Handlingsplaner in', startDate: '2027-09-15', endDate: '2027-09-15' });
    const unknown = meeting({ id: 'm-okand', kind: 'dialogue', cycleEventId: 'finns-inte' }); // names no event of the template: an ordinary meeting
    const nextYear = meeting({ id: 'm-2028', kind: 'cycleEvent', cycleEventId: 'utvarderingsforum', title: 'Utvärderingsforum 2028', startDate: '2028-05-08', endDate: '2028-05-08' });
    const result = meetingsToIcs([forum, september, unknown, nextYear], { contacts, words, calendarName: 'Årscykel 2027' }, now, { ...options, events: cycle });
    const events = read(result.text);
    expect(events.map((e) => e.title)).toEqual(['Över nyår', 'Dialogmöte med RUS-kansliet', 'Utvärderingsforum', 'Handlingsplaner in', 'RUS-forum i Örebro', 'Utvärderingsforum 2028']);
    expect(events.filter((e) => e.title.startsWith('RUS-forum'))).toHaveLength(1);
    expect(result.monthOnly).toEqual([]);
    expect(result.shared.map((s) => s.meetingId)).toEqual(['m-forum', 'm-sep', 'm-okand', 'm-2028']);
    expect(result.outsideYears).toEqual([]);
    const calendar = readIcs(encoder.encode(result.text), { fileName: 'x.ics' });
    expect(calendar.ok && calendar.calendarName).toBe('Årscykel 2027');
  });

  it('möten utanför åren 1970–2100 lämnas ute och räknas i stället för att exporten kastar', () => {
    const far = meeting({ id: 'm-2150', startDate: '2150-01-01', endDate: '2150-01-01' });
    const lastDay = meeting({ id: 'm-nyar', startDate: '2100-12-31', endDate: '2100-12-31', startTime: null, endTime: null }); // its exclusive end is in 2101
    const result = meetingsToIcs([meeting(), far, lastDay], { contacts, words }, now, { ...options, year: undefined, events: [...cycle, { id: 'langt-bort', name: 'Långt bort', description: '', date: '2300-01-01' }] });
    expect(result.outsideYears).toEqual(['m-2150', 'm-nyar']);
    expect(result.shared.map((s) => s.meetingId)).toEqual(['m-1']);
    expect(read(result.text).map((e) => e.title)).not.toContain('Långt bort');
  });
});
