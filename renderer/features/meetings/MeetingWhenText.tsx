import type { Meeting } from '#shared/domain/meeting.ts';
import { useI18n } from '../../i18n/i18n.tsx';

/** A meeting's day(s) (`2027-03-02`, `2027-05-10 – 2027-05-11`) or time (`09:00–11:00`, Heldag), as the list shows them. */
export function MeetingWhenText({ meeting, part }: { meeting: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>; part: 'date' | 'time' }) {
  const { t } = useI18n();
  if (part === 'date') return <>{meeting.endDate === meeting.startDate ? meeting.startDate : `${meeting.startDate} – ${meeting.endDate}`}</>;
  if (meeting.startTime === null || meeting.endTime === null) return <>{t('meetings.allDay')}</>;
  return <>{t('meetings.timeRange', { start: meeting.startTime, end: meeting.endTime })}</>;
}
