import '../features/meetings/meetings.css';
import { useSubPath } from './use-route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { MeetingEditor } from '../features/meetings/MeetingEditor.tsx';
import { MeetingList } from '../features/meetings/MeetingList.tsx';
import { OpenActionsList } from '../features/meetings/OpenActionsList.tsx';
import { AnnualCycleView } from '../features/meetings/calendar/AnnualCycleView.tsx';
import { ExportMinutesButton } from '../features/documents/ExportMinutesButton.tsx';

type Tab = 'list' | 'actions' | 'calendar';

/** Möten: the meeting list (`#/moten`), the open actions (`#/moten/atgarder`), the annual cycle (`#/moten/arscykel/…`) or one meeting (`#/moten/<id>`). */
export function MeetingsView() {
  const { t } = useI18n();
  const [section] = useSubPath();
  const tab: Tab | null = section === undefined ? 'list' : section === 'atgarder' ? 'actions' : section === 'arscykel' ? 'calendar' : null;
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.meetings')}</h1>
      <nav aria-label={t('meetings.tabs.label')} className="tabs">
        <a href="#/moten" aria-current={tab === 'list' ? 'page' : undefined}>
          {t('meetings.tabs.list')}
        </a>
        <a href="#/moten/atgarder" aria-current={tab === 'actions' ? 'page' : undefined}>
          {t('meetings.tabs.actions')}
        </a>
        <a href="#/moten/arscykel" aria-current={tab === 'calendar' ? 'page' : undefined}>
          {t('meetings.tabs.calendar')}
        </a>
      </nav>
      {tab === 'list' ? <MeetingList /> : tab === 'actions' ? <OpenActionsList /> : tab === 'calendar' ? <AnnualCycleView /> : <MeetingEditor key={section} meetingId={section ?? ''} exportMinutes={(meetingId) => <ExportMinutesButton meetingId={meetingId} />} />}
    </>
  );
}
