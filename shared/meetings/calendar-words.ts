/**
 * The words a meeting's `.ics` event carries: the agenda's heading in the description, the kind's
 * name as its category, and the title given to an invitation without one. They are file content,
 * not UI text, so they live here beside the builders (as the Word documents' words do) and the
 * export dialog picks the language.
 */
import type { MeetingKind } from '../domain/meeting.ts';

export interface MeetingCalendarWords {
  /** Heads the agenda in an event's description: `Dagordning:` and then `1. …` per item. */
  agenda: string;
  /** The title of an imported event whose SUMMARY is empty. */
  untitled: string;
  /** Each kind's name, written as the event's CATEGORIES; the annual cycle's days get `cycleEvent`'s. */
  kinds: Readonly<Record<MeetingKind, string>>;
}

export const meetingCalendarWordsSv: MeetingCalendarWords = {
  agenda: 'Dagordning',
  untitled: 'Möte utan rubrik',
  kinds: {
    dialogue: 'Dialogmöte',
    network: 'Målområdesnätverk',
    review: 'Granskning',
    partner: 'Partnermöte',
    cycleEvent: 'Årscykel',
    other: 'Möte',
  },
};

export const meetingCalendarWordsEn: MeetingCalendarWords = {
  agenda: 'Agenda',
  untitled: 'Untitled meeting',
  kinds: {
    dialogue: 'Dialogue meeting',
    network: 'Goal-area network',
    review: 'Review',
    partner: 'Partner meeting',
    cycleEvent: 'Annual cycle',
    other: 'Meeting',
  },
};

export function meetingCalendarWords(language: 'sv' | 'en'): MeetingCalendarWords {
  return language === 'en' ? meetingCalendarWordsEn : meetingCalendarWordsSv;
}
