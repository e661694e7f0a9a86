/** Minnesanteckningar: one meeting's minutes, with its participants' current names, its goal areas and the activities its actions became. */
import type { MinnesanteckningarInput } from '#shared/documents/minnesanteckningar.ts';
import { minnesanteckningarExportNames } from '#shared/documents/export-names.ts';
import { linkedActivityIds } from '#shared/domain/meeting.ts';
import { getProfile } from '../../../db/profile.ts';
import type { DocumentKind } from './document-kind.ts';

export interface MinnesanteckningarChoice {
  meetingId: string;
}

export const minnesanteckningar: DocumentKind<MinnesanteckningarChoice, MinnesanteckningarInput> = {
  kind: 'minnesanteckningar',

  async gather(database, { meetingId }) {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) throw new Error('Mötet finns inte längre.');
    const contactIds = [...new Set(meeting.participants.flatMap((p) => (p.contactId === null ? [] : [p.contactId])))];
    // Read from the actions themselves, not the stored index, so a link made just before the export counts.
    const [contacts, goalAreas, activities, profile] = await Promise.all([
      database.contacts.bulkGet(contactIds),
      database.goalAreas.bulkGet(meeting.goalAreaIds),
      database.activities.bulkGet(linkedActivityIds(meeting.actions)),
      getProfile(),
    ]);
    return {
      meeting,
      contacts: contacts.filter((c) => c !== undefined),
      goalAreas: goalAreas.filter((g) => g !== undefined),
      activities: activities.filter((a) => a !== undefined),
      authorName: profile?.name ?? '',
    };
  },

  build: async (input, words, styles) => (await import('#shared/documents/minnesanteckningar.ts')).buildMinnesanteckningar(input, words, styles),

  names: ({ meeting }, _choice, words) => minnesanteckningarExportNames(words, meeting),

  source: ({ meeting }) => ({ sourceId: meeting.id, version: null, draft: false }),
};
