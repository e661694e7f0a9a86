import type { ReactNode } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting } from '#shared/domain/meeting.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { SaveIndicator } from '../../ui/SaveIndicator.tsx';
import { RemoveSection } from '../../ui/RemoveSection.tsx';
import { jumpTo } from '../../ui/jump-to.ts';
import { EditField } from '../../ui/EditField.tsx';
import { Notices } from '../../ui/Notices.tsx';
import { useRemovalNotice } from '../../ui/removal-notice.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { listContacts } from '../contacts/contact-repository.ts';
import { listGoalAreas } from '../plans/plan-repository.ts';
import { trashMeeting, getMeeting, meetingEdit } from './meeting-repository.ts';
import { MeetingBasics } from './MeetingBasics.tsx';
import { DialoguePreparation } from './prepare/DialoguePreparation.tsx';
import { MeetingParticipants } from './MeetingParticipants.tsx';
import { MeetingAgenda, MeetingDecisions } from './MeetingAgenda.tsx';
import { MeetingActions } from './MeetingActions.tsx';
import { MeetingShare } from './MeetingShare.tsx';
import { useItemRemoval } from './use-item-removal.ts';

const parts = ['basics', 'prepare', 'participants', 'agenda', 'decisions', 'actions', 'notes', 'share'] as const;

/** One meeting (`#/moten/<id>`): its facts, participants, agenda with notes, decisions and actions, and what to share. */
export function MeetingEditor({ meetingId, exportMinutes }: { meetingId: string; /** The minutes' Word export (features/documents), composed in by the app. */ exportMinutes: (meetingId: string) => ReactNode }) {
  const { t } = useI18n();
  const meeting = useLiveQuery(async () => (await getMeeting(meetingId)) ?? null, [meetingId]);
  const goalAreas = useLiveQuery(listGoalAreas, []);
  const contacts = useLiveQuery(listContacts, []);
  const removal = useItemRemoval(meetingId);
  const notice = useRemovalNotice();
  if (meeting === undefined || goalAreas === undefined || contacts === undefined) return <p>{t('app.loading')}</p>;
  if (meeting === null) {
    return (
      <div role="alert">
        <p>{t('meetings.editor.notFound')}</p>
        <a href="#/moten">{t('meetings.editor.back')}</a>
      </div>
    );
  }
  return (
    <div className="meeting-editor">
      <p className="screen-only">
        <a href="#/moten">{t('meetings.editor.back')}</a>
      </p>
      <div className="plan-header">
        <h2>{meeting.title}</h2>
        <SaveIndicator />
      </div>
      <nav aria-label={t('meetings.editor.onThisPage')} className="on-this-page">
        <ul>
          {parts.filter((part) => part !== 'prepare' || meeting.kind === 'dialogue').map((part) => (
            <li key={part}>
              <a href={`#/moten/${encodeURIComponent(meeting.id)}`} onClick={(e) => jumpTo(e, `meeting-${part}`)}>
                {t(`meetings.part.${part}`)}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <Notices status={removal.status || notice} alert="">
        {removal.canUndo ? (
          <button type="button" onClick={() => void removal.undo(t('meetings.undone'))}>
            {t('meetings.undo')}
          </button>
        ) : null}
      </Notices>
      <MeetingBasics meeting={meeting} goalAreas={goalAreas} />
      <DialoguePreparation meeting={meeting} />
      <MeetingParticipants meeting={meeting} contacts={contacts} onRemove={(id, name) => void removal.remove('participants', id, t('meetings.removed.participant', { name }))} />
      <MeetingAgenda meeting={meeting} onRemove={(id, name) => void removal.remove('agenda', id, t('meetings.removed.agenda', { name }))} />
      <MeetingDecisions meeting={meeting} onRemove={(id, name) => void removal.remove('decisions', id, t('meetings.removed.decision', { name }))} />
      <MeetingActions meeting={meeting} contacts={contacts} onRemove={(id, name) => void removal.remove('actions', id, t('meetings.removed.action', { name }))} />
      <section aria-labelledby="meeting-notes" className="meeting-part">
        <h3 id="meeting-notes" tabIndex={-1}>
          {t('meetings.part.notes')}
        </h3>
        <EditField multiline rows={4} label={t('meetings.field.notes')} saveKey={`meeting:${meeting.id}:notes`} value={meeting.notes} onSave={(notes) => meetingEdit.op(meeting.id, fieldEdits([], { notes }))} />
      </section>
      <MeetingShare meeting={meeting} contacts={contacts} exportMinutes={exportMinutes(meeting.id)} />
      <RemoveMeeting meeting={meeting} />
    </div>
  );
}


function RemoveMeeting({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  return (
    <RemoveSection
      id="meeting-remove"
      className="meeting-part"
      heading={t('meetings.remove.heading')}
      button={t('meetings.remove.button')}
      question={t('meetings.remove.question', { title: meeting.title })}
      yes={t('meetings.remove.confirm')}
      no={t('meetings.remove.cancel')}
      consequences={() => Promise.resolve(meeting.activityIds.length)}
      describe={(activities) => (activities > 0 ? <p>{t('meetings.remove.activities')}</p> : null)}
      remove={async () => (await trashMeeting(meeting.id)).ok}
      title={meeting.title}
      back="#/moten"
    />
  );
}
