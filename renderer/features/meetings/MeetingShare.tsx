import { useState, type ReactNode } from 'react';
import { platform } from '#host';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { Contact } from '#shared/domain/plan.ts';
import { fileNamePart } from '#shared/documents/file-name.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { markMeetingsShared } from './meeting-repository.ts';
import { errorText } from '../../ui/error-text.ts';
import { Notices } from '../../ui/Notices.tsx';

export const ICS_MIME = 'text/calendar';


/** Dela och exportera: the minutes as a Word document, and the meeting as a calendar event for Outlook and the like. */
export function MeetingShare({ meeting, contacts, exportMinutes }: { meeting: Meeting; contacts: readonly Contact[]; exportMinutes: ReactNode }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  async function exportIcs() {
    setStatus('');
    setAlert('');
    try {
      await flushSaves();
      // ical.js is loaded only when a calendar file is made or read.
      const [{ meetingsToIcs }, { meetingCalendarWords }] = await Promise.all([import('#shared/meetings/meeting-calendar.ts'), import('#shared/meetings/calendar-words.ts')]);
      const now = new Date();
      const file = meetingsToIcs([meeting], { contacts, words: meetingCalendarWords(language) }, now);
      if (file.outsideYears.length > 0) {
        setAlert(t('meetings.ics.outsideYears'));
        return;
      }
      const suggestedName = `${fileNamePart(meeting.title)}_${meeting.startDate}.ics`;
      const result = await platform.saveFile({ suggestedName, bytes: new TextEncoder().encode(file.text), mimeType: ICS_MIME, filters: [{ name: t('meetings.ics.fileType'), extensions: ['ics'] }] });
      if (result.status !== 'saved') {
        setStatus(t('meetings.ics.cancelled'));
        return;
      }
      await markMeetingsShared(file.shared);
      setStatus(t('meetings.ics.saved', { name: result.name }));
    } catch (error) {
      console.error('Kalenderfilen gick inte att göra', meeting.id, error);
      setAlert(t('meetings.ics.failed', { message: errorText(error) }));
    }
  }
  return (
    <section aria-labelledby="meeting-share" className="meeting-part screen-only">
      <h3 id="meeting-share" tabIndex={-1}>
        {t('meetings.part.share')}
      </h3>
      <div className="item-buttons">
        {exportMinutes}
        <button type="button" onClick={() => void exportIcs()}>
          {t('meetings.ics.export')}
        </button>
      </div>
      <p className="help">{t('meetings.ics.help')}</p>
      <Notices status={status} alert={alert} />
    </section>
  );
}
