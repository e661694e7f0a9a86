import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';
import { meetingSchema, type Meeting } from '#shared/domain/meeting.ts';
import { meetingsToIcs } from '#shared/meetings/meeting-calendar.ts';
import { meetingDraftFromEvent } from '#shared/meetings/meeting-import.ts';
import { calendarOwned, contacts, importOptions, meeting, words } from './calendar-meetings.ts';

const encoder = new TextEncoder();
const now = new Date('2027-03-01T07:00:00.000Z');

/** Meetings out to an .ics file and back in as drafts, each checked against the schema. */
function roundTrip(meetings: Meeting[]): { text: string; back: Meeting[] } {
  const { text } = meetingsToIcs(meetings, { contacts, words }, now);
  const read = readIcs(encoder.encode(text), { fileName: 'möten.ics' });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  const back = read.events.map((event) => meetingSchema.parse(meetingDraftFromEvent(event, contacts, importOptions()).meeting));
  return { text, back };
}

function expectSameCalendarFields(meetings: Meeting[]): Meeting[] {
  const { back } = roundTrip(meetings);
  const byUid = new Map(back.map((m) => [m.calendar.uid, m]));
  for (const original of meetings) {
    const imported = byUid.get(original.calendar.uid);
    expect(imported && calendarOwned(imported), original.title).toEqual(calendarOwned(original));
  }
  return back;
}

describe('möten ut till .ics och tillbaka ger samma kalenderfält', () => {
  it('ett tidsatt möte, ett heldagsmöte och ett möte över flera dagar', () => {
    expectSameCalendarFields([
      meeting({ id: 'm-tid' }),
      meeting({ id: 'm-dag', startDate: '2027-05-10', endDate: '2027-05-10', startTime: null, endTime: null }),
      meeting({ id: 'm-dagar', startDate: '2027-08-23', endDate: '2027-08-25', startTime: null, endTime: null, place: 'Loka brunn' }),
      meeting({ id: 'm-natt', startDate: '2027-10-29', endDate: '2027-11-01', startTime: '13:00', endTime: '12:00', link: 'https://rus.example.se/internat' }),
    ]);
  });

  it('över sommartidens början 2027-03-28 och slut 2027-10-31, tidsatta och heldag', () => {
    expectSameCalendarFields([
      meeting({ id: 'm-var-natt', startDate: '2027-03-27', endDate: '2027-03-28', startTime: '23:00', endTime: '04:00' }),
      meeting({ id: 'm-var-tidigt', startDate: '2027-03-28', endDate: '2027-03-28', startTime: '01:30', endTime: '03:30' }),
      meeting({ id: 'm-var-dagar', startDate: '2027-03-27', endDate: '2027-03-29', startTime: null, endTime: null }),
      meeting({ id: 'm-host-natt', startDate: '2027-10-30', endDate: '2027-10-31', startTime: '22:00', endTime: '04:00' }),
      meeting({ id: 'm-host-tidigt', startDate: '2027-10-31', endDate: '2027-10-31', startTime: '03:00', endTime: '04:15' }),
      meeting({ id: 'm-host-dagar', startDate: '2027-10-30', endDate: '2027-11-01', startTime: null, endTime: null }),
    ]);
  });

  it('rubrik och plats med å, ä, ö, kommatecken, semikolon och omvänt snedstreck; bara en länk som plats', () => {
    expectSameCalendarFields([
      meeting({ id: 'm-tecken', title: 'Årsmöte; Östra Göinge, Älmhult & Höör: mål\\utfall, "citat"', place: 'Rådhuset; sal 3, Örebro' }),
      meeting({ id: 'm-lank', place: '', link: 'https://möte.example.se/rum-12?pwd=ÅÄÖ' }),
      meeting({ id: 'm-ingen', place: '', link: '', organizer: '', participants: [], agenda: [] }),
    ]);
  });

  it('en lång dagordning ger vikta rader och kommer tillbaka som dagordning', () => {
    const agenda = Array.from({ length: 40 }, (_, i) => ({ id: `a-${i}`, title: `Punkt ${i + 1}: uppföljning av målområdets indikatorer, åtgärder och kostnader i öre för kvartalet`, notes: 'stannar' }));
    const original = meeting({ id: 'm-lang', agenda });
    const { text, back } = roundTrip([original]);
    const physical = text.split('\r\n');
    expect(physical.some((line) => line.startsWith(' '))).toBe(true);
    for (const line of physical) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    expect(back[0] && calendarOwned(back[0])).toEqual(calendarOwned(original));
    expect(back[0]?.agenda.map((item) => [item.title, item.notes])).toEqual(agenda.map((item) => [item.title, '']));
    expect(back[0]?.notes).toBe('');
  });

  it('dagordning, anteckningar, beslut och mötestyp följer inte med som annat än dagordningens rubriker', () => {
    const [back] = expectSameCalendarFields([meeting()]);
    expect(back).toMatchObject({ kind: 'other', notes: '', decisions: [], actions: [], goalAreaIds: [] });
    expect(back?.calendar).toEqual({ uid: 'm-1@moa-arbetsboken', sequence: 0, sharedAt: '2027-03-20T12:00:00.000Z' });
  });

  it('godtyckliga möten under 2027 (fast-check, fast frö)', () => {
    const text = fc.string({ unit: fc.constantFrom('a', 'Å', 'ä', 'ö', ' ', ',', ';', ':', '\\', '"', 'é', '€', '🗓', 'x'), minLength: 1, maxLength: 120 }).filter((s) => s.trim() !== '');
    const day = fc.integer({ min: 0, max: 364 }).map((n) => new Date(Date.UTC(2027, 0, 1 + n)).toISOString().slice(0, 10));
    const minute = fc.integer({ min: 0, max: 23 * 60 + 58 });
    const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
    const isGap = (date: string, m: number) => date === '2027-03-28' && m >= 120 && m < 180; // 02:00–03:00 does not exist that day
    const meetingArb = fc
      .record({ title: text, place: fc.oneof(fc.constant(''), text), date: day, allDay: fc.boolean(), from: minute, length: fc.integer({ min: 1, max: 600 }), days: fc.integer({ min: 0, max: 3 }) })
      .filter(({ date, from, length, allDay }) => allDay || (!isGap(date, from) && !isGap(date, (from + length) % 1440)));
    fc.assert(
      fc.property(meetingArb, ({ title, place, date, allDay, from, length, days }) => {
        const endDate = new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
        const to = from + length;
        const timed = { startTime: hhmm(from), endDate: to >= 1440 ? new Date(Date.parse(date) + 86_400_000).toISOString().slice(0, 10) : date, endTime: hhmm(to % 1440) };
        const original = meeting({ title: title.trim(), place: place.trim(), startDate: date, ...(allDay ? { endDate, startTime: null, endTime: null } : timed) });
        const { back } = roundTrip([original]);
        expect(back[0] && calendarOwned(back[0])).toEqual(calendarOwned(original));
      }),
      { seed: 20270328, numRuns: 60 },
    );
  });
});
