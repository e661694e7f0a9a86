import { describe, expect, it } from 'vitest';
import { readIcs } from '#shared/calendar/ics-import.ts';
import { meetingSchema, type Meeting } from '#shared/domain/meeting.ts';
import { meetingsToIcs } from '#shared/meetings/meeting-calendar.ts';
import { applyCalendarUpdate, calendarChanges, matchImportToExisting } from '#shared/meetings/meeting-calendar-update.ts';
import { meetingDraftsFromIcs } from '#shared/meetings/meeting-import.ts';
import { calendarOwned, contacts, importOptions, meeting, words } from './calendar-meetings.ts';

const encoder = new TextEncoder();

/** The meetings as another workbook (or calendar) sends them back: exported at `at`, read, drafted. */
function resent(meetings: Meeting[], at: string): Meeting[] {
  const { text } = meetingsToIcs(meetings, { contacts, words }, new Date(at));
  const read = readIcs(encoder.encode(text), { fileName: 'inbjudan.ics' });
  if (!read.ok) throw new Error(read.problems.join('\n'));
  return meetingDraftsFromIcs(read, contacts, importOptions({ now: new Date(at) })).map((d) => d.meeting);
}

/** The organizer's copy, shared once at sequence 1. */
const sent = meeting({ id: 'm-org', updatedAt: '2027-02-10T10:00:00.000Z', calendar: { uid: 'm-org@moa-arbetsboken', sequence: 1, sharedAt: '2027-02-10T10:00:00.000Z' } });

/** What the receiving workbook holds: imported, then given its own agenda, notes and decision. */
function imported(): Meeting {
  const [draft] = resent([sent], '2027-02-11T08:00:00.000Z');
  if (!draft) throw new Error('inget utkast');
  return meetingSchema.parse({
    ...draft,
    id: 'm-mottagen',
    kind: 'dialogue',
    agenda: [{ id: 'a-egen', title: 'Vår egen punkt', notes: 'Våra anteckningar' }],
    notes: 'Våra minnesanteckningar',
    decisions: [{ id: 'd-egen', text: 'Vårt beslut', agendaItemId: 'a-egen' }],
    goalAreaIds: ['ga-1'],
  });
}

describe('en inbjudan som skickas igen uppdaterar mötet i stället för att lägga till ett till', () => {
  it('ett nytt UID är ett nytt möte', () => {
    const [draft] = resent([meeting({ id: 'm-annat' })], '2027-02-11T08:00:00.000Z');
    expect(draft && matchImportToExisting(draft, [imported()])).toBe('new');
  });

  it('samma inbjudan igen (samma SEQUENCE, inget ändrat) är samma möte', () => {
    const [again] = resent([sent], '2027-02-12T08:00:00.000Z');
    expect(again && matchImportToExisting(again, [imported()])).toEqual({ same: 'm-mottagen' });
  });

  it('en ändrad inbjudan med högre SEQUENCE är nyare; uppdateringen ändrar bara kalenderns fält', () => {
    const changed = meetingSchema.parse({
      ...sent,
      title: 'Dialogmöte (flyttat)',
      startDate: '2027-03-04',
      endDate: '2027-03-04',
      startTime: '13:00',
      endTime: '14:00',
      place: 'Digitalt',
      link: 'https://möte.example.se/rum-7',
      participants: [...sent.participants, { id: 'p-3', contactId: 'c-karin', name: 'Karin Sjöberg', email: 'karin.sjoberg@region.example.se' }],
      agenda: [{ id: 'a-x', title: 'Arrangörens nya punkt', notes: '' }],
      updatedAt: '2027-02-20T10:00:00.000Z',
    });
    const [draft] = resent([changed], '2027-02-21T08:00:00.000Z');
    if (!draft) throw new Error('inget utkast');
    expect(draft.calendar.sequence).toBe(2);
    const existing = imported();
    expect(matchImportToExisting(draft, [meeting({ id: 'm-x', calendar: { uid: 'x@moa-arbetsboken', sequence: 0, sharedAt: null } }), existing])).toEqual({ update: 'm-mottagen', newer: true });
    expect(calendarChanges(existing, draft)).toEqual(['title', 'startDate', 'endDate', 'startTime', 'endTime', 'place', 'link', 'participants']);

    const updated = applyCalendarUpdate(existing, draft);
    expect(meetingSchema.parse(updated)).toEqual(updated);
    expect(calendarOwned(updated)).toEqual(calendarOwned(draft));
    expect(updated.participants.slice(0, 2)).toEqual(existing.participants); // the present ones kept as they were, ids too
    expect(updated).toMatchObject({
      id: 'm-mottagen',
      kind: 'dialogue',
      agenda: existing.agenda,
      notes: 'Våra minnesanteckningar',
      decisions: existing.decisions,
      goalAreaIds: ['ga-1'],
      createdAt: existing.createdAt,
      updatedAt: '2027-02-21T08:00:00.000Z',
      calendar: { uid: 'm-org@moa-arbetsboken', sequence: 2, sharedAt: '2027-02-21T08:00:00.000Z' },
    });
    // Once applied, the same invitation is the same meeting.
    expect(matchImportToExisting(draft, [updated])).toEqual({ same: 'm-mottagen' });
  });

  it('deltagare läggs till men tas inte bort; en som redan finns (samma kontakt eller e-post) läggs inte till igen', () => {
    const existing = imported();
    const fewer = meetingSchema.parse({ ...existing, participants: [{ id: 'n-1', contactId: null, name: 'EVA EK', email: 'EVA.EK@partner.example.se' }], calendar: { ...existing.calendar, sequence: 5 } });
    const updated = applyCalendarUpdate(existing, fewer);
    expect(updated.participants).toEqual(existing.participants);
    expect(calendarChanges(existing, fewer)).toEqual([]);
    expect(updated.calendar.sequence).toBe(5);
  });

  it('en äldre eller lika gammal inbjudan som skiljer sig är en uppdatering som inte är nyare (gränssnittet frågar)', () => {
    const existing = meetingSchema.parse({ ...imported(), calendar: { ...imported().calendar, sequence: 4 } });
    const older = meetingSchema.parse({ ...existing, title: 'Gammal rubrik', calendar: { ...existing.calendar, sequence: 3 } });
    expect(matchImportToExisting(older, [existing])).toEqual({ update: 'm-mottagen', newer: false });
    const applied = applyCalendarUpdate(existing, older);
    expect(applied.calendar.sequence).toBe(4); // never lowered
    const unchangedButNewer = meetingSchema.parse({ ...existing, calendar: { ...existing.calendar, sequence: 6 } });
    expect(matchImportToExisting(unchangedButNewer, [existing])).toEqual({ update: 'm-mottagen', newer: true });
  });
});
