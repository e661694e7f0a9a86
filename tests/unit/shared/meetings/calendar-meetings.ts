/** Meetings and contacts for the calendar tests: made-up people at `example.se`. */
import { meetingSchema, type Meeting } from '#shared/domain/meeting.ts';
import type { Contact } from '#shared/domain/plan.ts';
import { meetingCalendarWordsSv } from '#shared/meetings/calendar-words.ts';
import type { MeetingImportOptions } from '#shared/meetings/meeting-import.ts';

export const words = meetingCalendarWordsSv;

export function contact(over: Partial<Contact> & Pick<Contact, 'id' | 'name'>): Contact {
  return { kind: 'person', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [], ...over };
}

export const contacts: Contact[] = [
  contact({ id: 'c-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' }),
  contact({ id: 'c-karin', name: 'Karin Sjöberg', email: 'Karin.Sjoberg@region.example.se' }),
  contact({ id: 'c-per', name: 'Per Öberg', email: '' }),
  contact({ id: 'c-lars-1', name: 'Lars Berg', email: 'lars.berg@ett.example.se' }),
  contact({ id: 'c-lars-2', name: 'Lars Berg', email: 'lars.berg@tva.example.se' }),
];

export function meeting(over: Partial<Meeting> = {}): Meeting {
  const id = over.id ?? 'm-1';
  return meetingSchema.parse({
    id,
    title: 'Dialogmöte med RUS-kansliet',
    kind: 'dialogue',
    startDate: '2027-03-02',
    endDate: '2027-03-02',
    startTime: '09:00',
    endTime: '10:30',
    place: 'Länsgården, sal Kilsbergen',
    link: '',
    goalAreaIds: [],
    organizer: 'Anna Lindqvist',
    participants: [
      { id: 'p-1', contactId: 'c-anna', name: 'Anna Lindqvist', email: 'anna.lindqvist@kommun.example.se' },
      { id: 'p-2', contactId: null, name: 'Eva Ek', email: 'eva.ek@partner.example.se' },
    ],
    agenda: [
      { id: 'a-1', title: 'Vad har ändrats', notes: 'Anteckningar som stannar i arbetsboken' },
      { id: 'a-2', title: 'Indikatorerna', notes: '' },
    ],
    decisions: [{ id: 'd-1', text: 'Beslut som stannar i arbetsboken', agendaItemId: null }],
    actions: [],
    notes: 'Minnesanteckningar',
    cycleEventId: null,
    calendar: { uid: `${id}@moa-arbetsboken`, sequence: 0, sharedAt: null },
    activityIds: [],
    openDueDates: [],
    createdAt: '2027-02-01T10:00:00.000Z',
    updatedAt: '2027-02-10T10:00:00.000Z',
    ...over,
  });
}

/** Import options with ids `id-1`, `id-2` … */
export function importOptions(over: Partial<MeetingImportOptions> = {}): MeetingImportOptions {
  let next = 0;
  return {
    newId: () => {
      next += 1;
      return `id-${next}`;
    },
    now: new Date('2027-03-20T12:00:00.000Z'),
    words,
    ...over,
  };
}

/** What the calendar owns of a meeting, participants without their ids. */
export function calendarOwned(m: Meeting) {
  return {
    title: m.title,
    startDate: m.startDate,
    endDate: m.endDate,
    startTime: m.startTime,
    endTime: m.endTime,
    place: m.place,
    link: m.link,
    organizer: m.organizer,
    participants: m.participants.map(({ contactId, name, email }) => ({ contactId, name, email })),
    uid: m.calendar.uid,
  };
}
