import { useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Meeting, MeetingAction } from '#shared/domain/meeting.ts';
import type { Contact } from '#shared/domain/plan.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { isIsoDate } from '#shared/fields/limits.ts';
import { newId } from '../../db/new-id.ts';
import { flushSaves, saveNow } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { localToday } from '../../ui/today.ts';
import { AddByName } from '../../ui/AddByName.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { usePending } from '../../ui/use-pending.ts';
import { actionToActivity, activitiesOfMeeting, meetingEdit, updateMeeting } from './meeting-repository.ts';
import { tacticChoices } from './meeting-queries.ts';
import { startTimer } from '../timelog/timer-repository.ts';
import { ensureTimeCategories, listCategories } from '../timelog/category-repository.ts';
import { ActionStatus } from './ActionStatus.tsx';

/** Åtgärder: what, who, by when, done; each can become an activity in a plan, whose status it then shows. */
export function MeetingActions({ meeting, contacts, onRemove }: { meeting: Meeting; contacts: readonly Contact[]; onRemove: (id: string, name: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const activities = useLiveQuery(() => activitiesOfMeeting(meeting), [meeting.activityIds.join(',')]);
  const { pendingOr, setPending } = usePending<boolean>(meeting);
  const [converting, setConverting] = useState<string | null>(null);
  const [status, setStatus] = useState('');
  const today = localToday();
  const save = (actionId: string, patch: Partial<MeetingAction>) => meetingEdit.op(meeting.id, fieldEdits(['actions', { id: actionId }], patch));
  const names = [...new Set([...meeting.participants.map((p) => p.name), ...contacts.filter((c) => c.kind === 'person').map((c) => c.name)])];
  return (
    <section aria-labelledby="meeting-actions" className="meeting-part">
      <h3 id="meeting-actions" tabIndex={-1}>
        {t('meetings.part.actions')}
      </h3>
      <datalist id={`${id}-people`}>
        {names.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      {meeting.actions.length === 0 ? <p className="muted">{t('meetings.actions.none')}</p> : null}
      <ol className="action-list">
        {meeting.actions.map((action, index) => {
          const number = index + 1;
          const activity = action.activityId === null ? null : activities?.get(action.activityId);
          const done = pendingOr(action.id, action.done);
          return (
            <li key={action.id} className="action-item">
              <div className="field-row">
                <EditField className="action-what" label={t('meetings.actions.whatOf', { number })} saveKey={`meeting:${meeting.id}:action:${action.id}:what`} value={action.what} onSave={(what) => save(action.id, { what })} />
                <EditField label={t('meetings.actions.whoOf', { number })} saveKey={`meeting:${meeting.id}:action:${action.id}:who`} value={action.who} list={`${id}-people`} onSave={(who) => save(action.id, { who })} />
                <EditField
                  type="date"
                  label={t('meetings.actions.dueOf', { number })}
                  saveKey={`meeting:${meeting.id}:action:${action.id}:due`}
                  value={action.dueDate ?? ''}
                  validate={(v) => (v === '' || isIsoDate(v) ? undefined : t('meetings.problem.startDateInvalid'))}
                  onSave={(v) => save(action.id, { dueDate: v === '' ? null : v })}
                />
              </div>
              <div className="item-buttons">
                <label className="checkbox-field">
                  <input
                    type="checkbox"
                    checked={done}
                    onChange={(e) => {
                      setPending(action.id, e.target.checked);
                      void saveNow(save(action.id, { done: e.target.checked }));
                    }}
                  />{' '}
                  {t('meetings.actions.doneOf', { number })}
                </label>
                <span>
                  {t('meetings.actions.status')}: <ActionStatus action={action} activity={activity} today={today} />
                </span>
                {(action.activityId === null || (activities !== undefined && !activity)) && converting !== action.id ? (
                  <button type="button" onClick={() => setConverting(action.id)}>
                    {t('meetings.actions.toActivity')}
                    <span className="visually-hidden"> {t('meetings.actions.toActivityOf', { number })}</span>
                  </button>
                ) : null}
                <button
                  type="button"
                  onClick={() =>
                    void timeAction(meeting, action, activity ?? null).then((outcome) =>
                      setStatus(outcome === 'started' ? t('meetings.actions.timerStarted', { what: action.what }) : outcome === 'running' ? t('meetings.actions.timerRunning') : t('meetings.actions.timerRefused')),
                    )
                  }
                >
                  {t('meetings.actions.startTimer')}
                  <span className="visually-hidden"> {t('meetings.actions.whatOf', { number })}</span>
                </button>
                <RemoveItemButton name={t('meetings.actions.whatOf', { number })} onRemove={() => onRemove(action.id, action.what || String(number))} />
              </div>
              {converting === action.id ? (
                <ActionToActivity
                  meeting={meeting}
                  action={action}
                  number={number}
                  onDone={(text) => {
                    setConverting(null);
                    setStatus(text);
                  }}
                />
              ) : null}
            </li>
          );
        })}
      </ol>
      <p role="status" className="status">
        {status}
      </p>
      <AddByName label={t('meetings.actions.new')} button={t('meetings.actions.add')} onAdd={(what) => updateMeeting(meeting.id, (m) => ({ ...m, actions: [...m.actions, { id: newId(), what, who: '', dueDate: null, done: false, activityId: null }] }))} />
    </section>
  );
}

/** Choosing the tactic an action's activity goes under, and making it. */
function ActionToActivity({ meeting, action, number, onDone }: { meeting: Meeting; action: MeetingAction; number: number; onDone: (status: string) => void }) {
  const { t } = useI18n();
  const id = useId();
  const groups = useLiveQuery(() => tacticChoices(meeting.goalAreaIds, '–'), [meeting.goalAreaIds.join(',')]);
  const [chosen, setChosen] = useState('');
  const [problem, setProblem] = useState('');
  if (groups === undefined) return <p>{t('app.loading')}</p>;
  const first = groups[0]?.tactics[0]?.id ?? '';
  const tacticId = chosen || first;
  if (groups.length === 0) {
    return (
      <div className="action-to-activity">
        <p role="alert">{t('meetings.actions.noTactics')}</p>
        <button type="button" onClick={() => onDone('')}>
          {t('meetings.actions.cancel')}
        </button>
      </div>
    );
  }
  async function create() {
    await flushSaves();
    if (action.what.trim() === '') {
      setProblem(t('meetings.actions.whatRequired'));
      return;
    }
    const result = await actionToActivity(meeting.id, action.id, tacticId);
    if (!result.ok) {
      setProblem(t(`meetings.actions.failed.${result.reason}`));
      return;
    }
    const group = groups?.find((g) => g.tactics.some((x) => x.id === tacticId));
    onDone(t('meetings.actions.created', { what: action.what, title: result.activity.title, plan: group?.label.split(' › ')[0] ?? '' }));
  }
  return (
    <div className="action-to-activity" role="group" aria-labelledby={`${id}-label`}>
      <label id={`${id}-label`} htmlFor={`${id}-tactic`}>
        {t('meetings.actions.chooseTactic')} <span className="visually-hidden">({t('meetings.actions.toActivityOf', { number })})</span>
      </label>
      <p id={`${id}-help`} className="help">
        {t('meetings.actions.chooseTacticHelp')}
      </p>
      <select id={`${id}-tactic`} value={tacticId} aria-describedby={`${id}-help`} onChange={(e) => setChosen(e.target.value)}>
        {groups.map((g) => (
          <optgroup key={g.label} label={g.label}>
            {g.tactics.map((x) => (
              <option key={x.id} value={x.id}>
                {x.title}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
      <div className="item-buttons">
        <button type="button" onClick={() => void create()}>
          {t('meetings.actions.create')}
        </button>
        <button type="button" onClick={() => onDone('')}>
          {t('meetings.actions.cancel')}
        </button>
      </div>
      {problem ? (
        <p role="alert" className="field-error">
          {problem}
        </p>
      ) : null}
    </div>
  );
}

/** The category an action's time goes to: Möten och nätverk when the workbook has it, else the first one in use. */
const MEETINGS_CATEGORY = 'moten';

/**
 * Ta tid: the header timer starts on the action (its text and meeting as the note, the meeting's
 * first goal area, the activity it became), so the time lands in the time log when it is stopped.
 */
async function timeAction(meeting: Meeting, action: MeetingAction, activity: { id: string } | null): Promise<'started' | 'running' | 'refused'> {
  await ensureTimeCategories();
  const categories = (await listCategories()).filter((c) => !c.archived);
  const category = categories.find((c) => c.id === MEETINGS_CATEGORY) ?? categories[0];
  if (!category) return 'refused';
  const outcome = await startTimer({ categoryId: category.id, goalAreaId: meeting.goalAreaIds[0] ?? null, activityId: activity?.id ?? null, projectId: null, note: `${action.what.trim()} (${meeting.title})`.slice(0, 2000) });
  if (outcome.kind === 'started') return 'started';
  return outcome.kind === 'refused' && outcome.problems.some((p) => p.code === 'alreadyRunning') ? 'running' : 'refused';
}
