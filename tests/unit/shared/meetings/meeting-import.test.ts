import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';
import type { ImportedEvent } from '#shared/calendar/types.ts';
import { MEETING_LIMITS, meetingSchema } from '#shared/domain/meeting.ts';
import { latestByUid, meetingDraftFromEvent, meetingDraftsFromIcs, storedUid, type MeetingDraft } from '#shared/meetings/meeting-import.ts';
import { contacts, importOptions } from './calendar-meetings.ts';

const encoder = new TextEncoder();

function drafts(bytes: Uint8Array, fileName: string): MeetingDraft[] {
  const result = readIcs(bytes, { fileName });
  if (!result.ok) throw new Error(result.problems.join('\n'));
  const found = meetingDraftsFromIcs(result, contacts, importOptions());
  for (const draft of found) meetingSchema.parse(draft.meeting);
  return found;
}

const fixture = (name: string) => drafts(new Uint8Array(readFileSync(new URL(`../../../fixtures/ics/${name}`, import.meta.url))), name);

const calendar = (...lines: string[]) => encoder.encode(['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Test//SV', ...lines, 'END:VCALENDAR', ''].join('\r\n'));
const vevent = (...lines: string[]) => ['BEGIN:VEVENT', 'UID:test@example.se', 'DTSTAMP:20270101T000000Z', 'DTSTART;TZID=Europe/Stockholm:20270301T090000', ...lines, 'END:VEVENT'];

function event(over: Partial<ImportedEvent>): ImportedEvent {
  return { uid: 'e-1@example.se', sequence: 0, title: 'Möte', description: '', location: '', start: '2027-03-01T09:00', end: '2027-03-01T10:00', allDay: false, attendees: [], categories: [], recurring: false, ...over };
}

const draftOf = (over: Partial<ImportedEvent>) => {
  const draft = meetingDraftFromEvent(event(over), contacts, importOptions());
  meetingSchema.parse(draft.meeting);
  return draft;
};

const people = (draft: MeetingDraft | undefined) => draft?.meeting.participants.map(({ contactId, name, email }) => ({ contactId, name, email }));

describe('inbjudningar från kalenderprogrammen blir utkast till möten', () => {
  it('Outlook: tider i Outlooks zon, plats, arrangör, deltagare matchade mot kontakter, texten som anteckningar', () => {
    const [draft, ...rest] = fixture('outlook-inbjudan.ics');
    expect(rest).toEqual([]);
    expect(draft?.meeting).toMatchObject({
      id: expect.any(String) as string,
      title: 'Dialogmöte: Innovationer och entreprenörskap',
      kind: 'other',
      startDate: '2027-03-30',
      endDate: '2027-03-30',
      startTime: '09:00',
      endTime: '10:30',
      place: 'Länsgården, sal Kilsbergen',
      link: '',
      organizer: 'Karin Sjöberg',
      calendar: { uid: '040000008200E00074C5B7101A82E00800000000D0B3A1C7E25ADB01000000000000000010000000A1B2C3D4E5F60718293A4B5C6D7E8F90', sequence: 1, sharedAt: '2027-03-20T12:00:00.000Z' },
      createdAt: '2027-03-20T12:00:00.000Z',
      updatedAt: '2027-03-20T12:00:00.000Z',
      agenda: [],
    });
    expect(draft?.meeting.notes).toMatch(/^Hej!\n\nVälkommen till dialogmöte[^]*Hälsningar, Karin$/u);
    // The organizer is not an attendee of this invitation, so not a participant.
    expect(people(draft)).toEqual([
      { contactId: 'c-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
      // "Öberg, Per" is not the contact Per Öberg's name, and the contact has no e-mail to match.
      { contactId: null, name: 'Öberg, Per', email: 'per.oberg@universitet.example.se' },
    ]);
    expect(draft).toMatchObject({ recurring: false, cancelled: false, notes: [] });
  });

  it('Outlook heldag: midnatt till midnatt med ALLDAYEVENT blir ett heldagsmöte på två dagar', () => {
    const [draft] = fixture('outlook-heldag.ics');
    expect(draft?.meeting).toMatchObject({ title: 'RUS-forum', startDate: '2027-11-15', endDate: '2027-11-16', startTime: null, endTime: null, place: 'Conventum, Örebro', organizer: 'RUS-kansliet', notes: '' });
  });

  it('Google: tider i UTC före och efter oktoberskiftet, en heldag, deltagare matchade på e-post och på unikt namn', () => {
    const [forum, academy, evaluation, deadline] = fixture('google-export.ics');
    expect(forum?.meeting).toMatchObject({ title: 'RUS-forum', startDate: '2027-10-28', startTime: '09:00', endTime: '17:00', place: 'Conventum, Fabriksgatan 4, Örebro', organizer: 'RUS-kansliet – årscykel', calendar: { sequence: 2 } });
    expect(people(forum)).toEqual([
      // Google writes the address as the name; the e-mail finds the contact.
      { contactId: 'c-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
      // The contact has no e-mail; its name is the only one of its kind.
      { contactId: 'c-per', name: 'Per Öberg', email: 'per.oberg@universitet.example.se' },
    ]);
    expect(academy?.meeting).toMatchObject({ startDate: '2027-11-05', startTime: '13:00', endTime: '15:00', place: '', notes: '', participants: [] });
    expect(evaluation?.meeting).toMatchObject({ startDate: '2027-05-10', startTime: '13:00', endTime: '16:00' });
    expect(deadline?.meeting).toMatchObject({ startDate: '2027-09-15', endDate: '2027-09-15', startTime: null, endTime: null, notes: 'Handlingsplanerna lämnas till RUS-kansliet.' });
  });

  it('Apple: över natten vid oktoberskiftet, URL som länk, flerradig plats; New York-tid i Stockholmstid', () => {
    const [internat, webinar] = fixture('apple-kalender.ics');
    expect(internat?.meeting).toMatchObject({
      startDate: '2027-10-30',
      endDate: '2027-10-31',
      startTime: '13:00',
      endTime: '12:00',
      place: 'Kilsbergens konferens\nKilsbergen, Örebro',
      link: 'https://rus.example.se/internat-2027',
    });
    expect(webinar?.meeting).toMatchObject({ startDate: '2027-03-24', startTime: '17:00', endTime: '18:00' });
  });

  it('heldagar: exklusivt slut, utan DTEND, med DURATION', () => {
    expect(fixture('heldag-flera-dagar.ics').map((d) => [d.meeting.startDate, d.meeting.endDate])).toEqual([
      ['2027-05-10', '2027-05-10'],
      ['2027-08-23', '2027-08-25'],
      ['2027-06-07', '2027-06-07'],
      ['2027-10-04', '2027-10-05'],
    ]);
  });

  it('återkommande händelser flaggas och mötet blir första tillfället', () => {
    const [weekly, monthly] = fixture('aterkommande-veckomote.ics');
    expect(weekly).toMatchObject({ recurring: true, meeting: { startDate: '2027-01-12', startTime: '08:30', endTime: '09:15' } });
    expect(monthly).toMatchObject({ recurring: true, meeting: { startDate: '2027-09-24', startTime: '13:00', endTime: '15:00' } });
  });

  it('långa rubriker och arrangörsnamn med svenska tecken', () => {
    const [draft] = fixture('svenska-tecken-vikta.ics');
    expect(draft?.meeting.title).toBe('Dialogmöte om förändringsarbetet: jämställdhet, mångfald och hållbar utveckling i Örebro län');
    expect(draft?.meeting.organizer).toBe('Åsa Ängström-Öhman (målområdesansvarig, Kunskapslyft för barn och unga)');
  });

  it('inställda händelser: STATUS:CANCELLED, eller METHOD:CANCEL för hela filen', () => {
    const [cancelled, kept] = drafts(calendar(...vevent('SUMMARY:Inställt', 'STATUS:CANCELLED'), ...vevent('SUMMARY:Blir av').map((l) => l.replace('test@', 'test2@'))), 'x.ics');
    expect([cancelled?.cancelled, kept?.cancelled]).toEqual([true, false]);
    const all = drafts(calendar('METHOD:CANCEL', ...vevent('SUMMARY:Inställt', 'SEQUENCE:2')), 'x.ics');
    expect(all.map((d) => [d.cancelled, d.meeting.calendar.sequence])).toEqual([[true, 2]]);
  });
});

describe('fält som inte passar arbetsboken som de är', () => {
  it('en händelse utan rubrik får «Möte utan rubrik» och en anteckning', () => {
    const draft = draftOf({ title: '   ' });
    expect(draft.meeting.title).toBe('Möte utan rubrik');
    expect(draft.notes).toEqual([{ kind: 'untitled' }]);
  });

  it('platsen som bara är en webbadress blir länken; en URL som inte är http(s) blir ingen länk', () => {
    expect(draftOf({ location: 'https://teams.example.se/m/123' }).meeting).toMatchObject({ place: '', link: 'https://teams.example.se/m/123' });
    expect(draftOf({ location: 'https://teams.example.se/m/123', url: 'https://teams.example.se/m/123' }).meeting).toMatchObject({ place: '', link: 'https://teams.example.se/m/123' });
    expect(draftOf({ location: 'Sal 3', url: 'http://rus.example.se' }).meeting).toMatchObject({ place: 'Sal 3', link: 'http://rus.example.se' });
    const geo = draftOf({ location: 'Sal 3', url: 'geo:59.27,14.99' });
    expect(geo.meeting).toMatchObject({ place: 'Sal 3', link: '' });
    expect(geo.notes).toEqual([{ kind: 'linkNotWeb', url: 'geo:59.27,14.99' }]);
  });

  it('en händelse utan längd varar en minut, också över midnatt', () => {
    const draft = draftOf({ start: '2027-03-01T09:00', end: '2027-03-01T09:00' });
    expect(draft.meeting).toMatchObject({ startDate: '2027-03-01', startTime: '09:00', endDate: '2027-03-01', endTime: '09:01' });
    expect(draft.notes).toEqual([{ kind: 'noLength' }]);
    expect(draftOf({ start: '2027-12-31T23:59', end: '2027-12-31T23:59' }).meeting).toMatchObject({ endDate: '2028-01-01', endTime: '00:00' });
  });

  it('arrangören utan namn blir e-postadressen; utan arrangör är den tom', () => {
    expect(draftOf({ organizer: { name: '', email: 'rus@region.example.se' } }).meeting.organizer).toBe('rus@region.example.se');
    expect(draftOf({}).meeting.organizer).toBe('');
  });

  it('deltagare: e-post utan hänsyn till skiftläge och blanksteg, namn bara när det är unikt, dubbletter en gång, arrangören bara om den är inbjuden', () => {
    const draft = draftOf({
      organizer: { name: 'Karin Sjöberg', email: 'karin.sjoberg@region.example.se' },
      attendees: [
        { name: 'Karin S', email: ' KARIN.SJOBERG@region.example.se ' },
        { name: 'Lars Berg', email: '' },
        { name: 'Lars Berg', email: 'lars@annan.example.se' },
        { name: 'anna lindqvist', email: '' },
        { name: 'Anna', email: 'anna.lindqvist@KOMMUN.example.se' },
        { name: '', email: 'ny.person@example.se' },
        { name: 'Lars Berg', email: 'LARS@annan.example.se' },
        { name: '', email: '' },
        { name: 'Rum Kilsbergen', email: 'inte en adress' },
      ],
    });
    expect(people(draft)).toEqual([
      { contactId: 'c-karin', name: 'Karin Sjöberg', email: 'KARIN.SJOBERG@region.example.se' },
      { contactId: null, name: 'Lars Berg', email: '' },
      { contactId: null, name: 'Lars Berg', email: 'lars@annan.example.se' },
      { contactId: 'c-anna', name: 'Anna Lindqvist', email: '' },
      { contactId: null, name: 'ny.person@example.se', email: 'ny.person@example.se' },
      { contactId: null, name: 'Rum Kilsbergen', email: '' },
    ]);
    expect(draft.meeting.organizer).toBe('Karin Sjöberg');
  });

  it(`högst ${MEETING_LIMITS.participants} deltagare; resten räknas i en anteckning`, () => {
    const attendees = Array.from({ length: MEETING_LIMITS.participants + 5 }, (_, i) => ({ name: `Person ${i}`, email: `person${i}@example.se` }));
    const draft = draftOf({ attendees });
    expect(draft.meeting.participants).toHaveLength(MEETING_LIMITS.participants);
    expect(draft.notes).toEqual([{ kind: 'participantsCapped', left: 5 }]);
  });

  it('för långa texter kortas; ett UID över 255 tecken får en kortare form som blir densamma vid nästa import', () => {
    const uid = `${'x'.repeat(300)}@example.se`;
    const draft = draftOf({ uid, title: 'Å'.repeat(600), location: 'P'.repeat(501) });
    expect(draft.meeting.title).toHaveLength(500);
    expect(draft.meeting.place).toHaveLength(500);
    expect(draft.meeting.calendar.uid).toHaveLength(255);
    expect(draft.meeting.calendar.uid).toBe(storedUid(uid));
    expect(storedUid(`${'x'.repeat(300)}@annan.example.se`)).not.toBe(storedUid(uid));
    expect(draft.notes).toEqual([{ kind: 'shortened', field: 'title' }, { kind: 'shortened', field: 'place' }, { kind: 'uidShortened' }]);
    expect(storedUid('rad ett\nrad två@example.se')).toBe('rad ett rad två@example.se');
  });

  it('mötestypen kan anges; annars «annat»', () => {
    expect(meetingDraftFromEvent(event({}), contacts, importOptions({ kind: 'network' })).meeting.kind).toBe('network');
  });
});

describe('samma inbjudan två gånger bland filerna', () => {
  it('blir ett möte: det med högst SEQUENCE, det senaste av lika, i den ordning de först kom', () => {
    const first = { file: 'a.ics', draft: draftOf({ uid: 'x@example.se', sequence: 1, title: 'Första' }) };
    const other = { file: 'a.ics', draft: draftOf({ uid: 'y@example.se', title: 'Annat' }) };
    const resent = { file: 'b.ics', draft: draftOf({ uid: 'x@example.se', sequence: 2, title: 'Flyttat' }) };
    const older = { file: 'c.ics', draft: draftOf({ uid: 'x@example.se', sequence: 0, title: 'Gammalt' }) };
    expect(latestByUid([first, other, resent, older]).map((i) => i.draft.meeting.title)).toEqual(['Flyttat', 'Annat']);
    const again = { file: 'd.ics', draft: draftOf({ uid: 'y@example.se', title: 'Annat igen' }) };
    expect(latestByUid([other, again]).map((i) => i.draft.meeting.title)).toEqual(['Annat igen']);
  });
});
