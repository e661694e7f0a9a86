import { useState } from 'react';
import { platform } from '#host';
import { flushSaves } from '../../../saving/autosave.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { markMeetingsShared } from '../meeting-repository.ts';
import { ICS_MIME } from '../MeetingShare.tsx';
import { errorText } from '../../../ui/error-text.ts';
import { calendarYearExport } from './calendar-queries.ts';
import { Notices } from '../../../ui/Notices.tsx';

/** Spara året som kalenderfil: the year's meetings and the cycle's dated days in one `.ics`, for Outlook and the like. */
export function ExportYearIcs({ year }: { year: number }) {
  const { t, language } = useI18n();
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  async function save() {
    setStatus('');
    setAlert('');
    try {
      await flushSaves();
      const [{ meetingsToIcs }, { meetingCalendarWords }, data] = await Promise.all([import('#shared/meetings/meeting-calendar.ts'), import('#shared/meetings/calendar-words.ts'), calendarYearExport(year)]);
      const now = new Date();
      const cycle = data.template
        ? { templateId: data.template.templateId, templateVersion: data.template.version, events: data.template.template.annualCycle, year, updatedAt: data.template.importedAt }
        : undefined;
      const file = meetingsToIcs(data.meetings, { contacts: data.contacts, words: meetingCalendarWords(language), calendarName: t('calendar.ics.calendarName', { year }) }, now, cycle);
      const result = await platform.saveFile({ suggestedName: `Arscykel_${year}.ics`, bytes: new TextEncoder().encode(file.text), mimeType: ICS_MIME, filters: [{ name: t('meetings.ics.fileType'), extensions: ['ics'] }] });
      if (result.status !== 'saved') {
        setStatus(t('meetings.ics.cancelled'));
        return;
      }
      await markMeetingsShared(file.shared);
      const parts = [t('calendar.ics.saved', { name: result.name, meetings: file.shared.length, days: file.cycleDays })];
      if (file.outsideYears.length > 0) parts.push(t('calendar.ics.outsideYears', { count: file.outsideYears.length }));
      if (file.monthOnly.length > 0) parts.push(t('calendar.ics.monthOnly', { count: file.monthOnly.length, names: file.monthOnly.map((e) => e.name).join(', ') }));
      setStatus(parts.join(' '));
    } catch (error) {
      console.error('Årets kalenderfil gick inte att göra', year, error);
      setAlert(t('meetings.ics.failed', { message: errorText(error) }));
    }
  }
  return (
    <div className="cal-export screen-only">
      <button type="button" onClick={() => void save()}>
        {t('calendar.ics.export', { year })}
      </button>
      <Notices status={status} alert={alert} />
    </div>
  );
}
