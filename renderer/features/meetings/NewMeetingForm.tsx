import { useId, useState, type FormEvent } from 'react';
import type { GoalArea } from '#shared/domain/plan.ts';
import { meetingKinds, type MeetingKind } from '#shared/domain/meeting.ts';
import { checkMeetingWhen } from '#shared/meetings/meeting-when.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';
import { createMeeting } from './meeting-repository.ts';
import { leaveRemovalNotice } from '../../ui/removal-notice.ts';

/** Nytt möte: the few facts a meeting starts with; the rest is written in its editor, where the form leads. */
export function NewMeetingForm({ goalAreas }: { goalAreas: readonly GoalArea[] }) {
  const { t } = useI18n();
  const id = useId();
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<MeetingKind>('dialogue');
  const [goalAreaId, setGoalAreaId] = useState('');
  const [date, setDate] = useState('');
  const [allDay, setAllDay] = useState(false);
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('10:00');
  const [problem, setProblem] = useState<{ field: string; text: string } | null>(null);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem({ field: 'title', text: t('meetings.problem.titleRequired') });
      return;
    }
    const when = checkMeetingWhen({ startDate: date, endDate: '', allDay, startTime, endTime });
    if (!when.ok) {
      setProblem({ field: when.field, text: t(`meetings.problem.${when.problem}`) });
      return;
    }
    setProblem(null);
    const meeting = await createMeeting({ title, kind, goalAreaIds: goalAreaId === '' ? [] : [goalAreaId], ...when.when });
    leaveRemovalNotice(t('meetings.new.created', { title: meeting.title }));
    window.location.hash = `#/moten/${encodeURIComponent(meeting.id)}`;
  }

  const errorOf = (field: string) => (problem?.field === field ? problem.text : undefined);
  return (
    <section aria-labelledby={`${id}-heading`} className="new-meeting">
      <h2 id={`${id}-heading`}>{t('meetings.new.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate>
        <div className="field-row">
          <FormField label={t('meetings.new.title')} required error={errorOf('title')}>
            <input value={title} maxLength={500} onChange={(e) => setTitle(e.target.value)} />
          </FormField>
          <FormField label={t('meetings.new.kind')}>
            <select value={kind} onChange={(e) => setKind(e.target.value as MeetingKind)}>
              {meetingKinds.map((k) => (
                <option key={k} value={k}>
                  {t(`meetings.kind.${k}`)}
                </option>
              ))}
            </select>
          </FormField>
          <FormField label={t('meetings.new.goalArea')}>
            <select value={goalAreaId} onChange={(e) => setGoalAreaId(e.target.value)}>
              <option value="">{t('meetings.new.noGoalArea')}</option>
              <GoalAreaOptions goalAreas={goalAreas} />
            </select>
          </FormField>
        </div>
        <div className="field-row">
          <FormField label={t('meetings.field.startDate')} required error={errorOf('startDate')}>
            <input type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          </FormField>
          <div className="field checkbox-field">
            <label>
              <input type="checkbox" checked={allDay} onChange={(e) => setAllDay(e.target.checked)} /> {t('meetings.field.allDay')}
            </label>
          </div>
          {allDay ? null : (
            <>
              <FormField label={t('meetings.field.startTime')} error={errorOf('startTime')}>
                <input type="time" value={startTime} onChange={(e) => setStartTime(e.target.value)} />
              </FormField>
              <FormField label={t('meetings.field.endTime')} error={errorOf('endTime')}>
                <input type="time" value={endTime} onChange={(e) => setEndTime(e.target.value)} />
              </FormField>
            </>
          )}
        </div>
        <button type="submit">{t('meetings.new.create')}</button>
      </form>
    </section>
  );
}
