import { useCallback, useEffect, useId, useState } from 'react';
import type { Meeting } from '#shared/domain/meeting.ts';
import { meetingKinds, type MeetingKind } from '#shared/domain/meeting.ts';
import type { GoalArea } from '#shared/domain/plan.ts';
import { checkMeetingWhen } from '#shared/meetings/meeting-when.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { saveNow, scheduleSave } from '../../saving/autosave.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { FormField } from '../../ui/FormField.tsx';
import { useDrafts } from '../../ui/use-draft.ts';
import { FieldGroupProblem } from '../../ui/FieldGroupProblem.tsx';
import { usePending } from '../../ui/use-pending.ts';
import { meetingEdit } from './meeting-repository.ts';
import { cycleEventChoices } from './meeting-queries.ts';
import { useLiveQuery } from 'dexie-react-hooks';

const isWebAddress = (text: string): boolean => {
  try {
    const url = new URL(text);
    return url.protocol === 'https:' || url.protocol === 'http:';
  } catch {
    return false;
  }
};

/** Mötet: title, kind, when, where, who calls it and the goal areas it concerns. */
export function MeetingBasics({ meeting, goalAreas }: { meeting: Meeting; goalAreas: readonly GoalArea[] }) {
  const { t } = useI18n();
  const save = (patch: Partial<Meeting>) => meetingEdit.op(meeting.id, fieldEdits([], patch));
  const { pendingOr, setPending } = usePending<boolean>(meeting);
  return (
    <section aria-labelledby="meeting-basics" className="meeting-part">
      <h3 id="meeting-basics" tabIndex={-1}>
        {t('meetings.part.basics')}
      </h3>
      <EditField label={t('meetings.field.title')} required saveKey={`meeting:${meeting.id}:title`} value={meeting.title} validate={(v) => (v.trim() === '' ? t('meetings.problem.titleRequired') : undefined)} onSave={(title) => save({ title: title.trim() })} />
      <FormField label={t('meetings.field.kind')}>
        <select value={meeting.kind} onChange={(e) => void saveNow(save({ kind: e.target.value as MeetingKind }))}>
          {meetingKinds.map((k) => (
            <option key={k} value={k}>
              {t(`meetings.kind.${k}`)}
            </option>
          ))}
        </select>
      </FormField>
      {meeting.kind === 'cycleEvent' ? <CycleEventChoice meeting={meeting} /> : null}
      <MeetingWhenFields meeting={meeting} />
      <div className="field-row">
        <EditField label={t('meetings.field.place')} saveKey={`meeting:${meeting.id}:place`} value={meeting.place} onSave={(place) => save({ place })} />
        <EditField label={t('meetings.field.organizer')} saveKey={`meeting:${meeting.id}:organizer`} value={meeting.organizer} onSave={(organizer) => save({ organizer })} />
      </div>
      <EditField
        label={t('meetings.field.link')}
        help={t('meetings.field.linkHelp')}
        saveKey={`meeting:${meeting.id}:link`}
        value={meeting.link}
        validate={(v) => (v.trim() === '' || isWebAddress(v.trim()) ? undefined : t('meetings.problem.link'))}
        onSave={(link) => save({ link: link.trim() })}
      />
      <fieldset className="checkbox-list">
        <legend>{t('meetings.field.goalAreas')}</legend>
        {goalAreas.map((g) => {
          const checked = pendingOr(g.id, meeting.goalAreaIds.includes(g.id));
          return (
            <label key={g.id}>
              <input
                type="checkbox"
                checked={checked}
                onChange={(e) => {
                  setPending(g.id, e.target.checked);
                  const others = meeting.goalAreaIds.filter((id) => id !== g.id);
                  void saveNow(save({ goalAreaIds: e.target.checked ? [...others, g.id] : others }));
                }}
              />{' '}
              {g.code} {g.name}
            </label>
          );
        })}
      </fieldset>
    </section>
  );
}

/**
 * När: first day, last day and the two times, checked together: a half-way wrong range keeps every
 * draft on screen with one message, and all four are stored together once they agree. Heldag hides
 * the times; they come back as they were when it is unticked before the next save.
 */
function MeetingWhenFields({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const id = useId();
  // Heldag as just ticked, until the stored meeting says the same (or changes from elsewhere).
  const storedAllDay = meeting.startTime === null;
  const [allDayChoice, setAllDayChoice] = useState<boolean | null>(null);
  useEffect(() => setAllDayChoice(null), [storedAllDay]);
  const allDay = allDayChoice ?? storedAllDay;
  const saveKey = `meeting:${meeting.id}:when`;
  const stored = [meeting.startDate, meeting.endDate === meeting.startDate ? '' : meeting.endDate, meeting.startTime ?? '09:00', meeting.endTime ?? '10:00'] as const;
  const check = useCallback(
    (texts: string[], day: boolean) => checkMeetingWhen({ startDate: texts[0] ?? '', endDate: texts[1] ?? '', startTime: texts[2] ?? '', endTime: texts[3] ?? '', allDay: day }),
    [],
  );
  const drafts = useDrafts({
    saveKey,
    stored,
    validate: (texts) => {
      const result = check(texts, allDay);
      return result.ok ? undefined : t(`meetings.problem.${result.problem}`);
    },
    onSave: (texts) => {
      const result = check(texts, allDay);
      return result.ok ? meetingEdit.op(meeting.id, fieldEdits([], { ...result.when })) : null;
    },
  });
  const errorId = drafts.problem ? `${id}-error` : undefined;
  const field = (index: number, label: string, type: 'date' | 'time', required = false) => (
    <div className="field">
      <label htmlFor={`${id}-${index}`}>
        {label}
        {required ? <span aria-hidden="true"> *</span> : null}
      </label>
      <input
        id={`${id}-${index}`}
        type={type}
        value={drafts.texts[index] ?? ''}
        onChange={(e) => drafts.change(index, e.target.value)}
        aria-describedby={[`${id}-help`, errorId].filter(Boolean).join(' ')}
        aria-invalid={drafts.problem ? true : undefined}
        aria-required={required || undefined}
        data-unsaved={drafts.unsaved[index] ? 'true' : undefined}
      />
    </div>
  );
  return (
    <fieldset className={`field-pair meeting-when ${drafts.unsaved.some(Boolean) ? 'has-unsaved' : ''}`}>
      <legend>{t('meetings.field.when')}</legend>
      <p id={`${id}-help`} className="help">
        {t('meetings.field.whenHelp')}
      </p>
      <label className="checkbox-field">
        <input
          type="checkbox"
          checked={allDay}
          onChange={(e) => {
            const day = e.target.checked;
            setAllDayChoice(day);
            // Under the fields' own key, so a save of times typed just before replaces this one or is replaced by it, never lands after it.
            const result = check(drafts.texts, day);
            if (result.ok) scheduleSave(saveKey, meetingEdit.op(meeting.id, fieldEdits([], { ...result.when })));
          }}
        />{' '}
        {t('meetings.field.allDay')}
      </label>
      <div className="field-row">
        {field(0, t('meetings.field.startDate'), 'date', true)}
        {allDay ? null : field(2, t('meetings.field.startTime'), 'time', true)}
        {field(1, t('meetings.field.endDate'), 'date')}
        {allDay ? null : field(3, t('meetings.field.endTime'), 'time', true)}
      </div>
      <FieldGroupProblem id={errorId} problem={drafts.problem} unsaved={drafts.unsaved.some(Boolean)} />
    </fieldset>
  );
}

/** Which day of the template's annual cycle the meeting is: it then stands for that day in Årscykel and in the year's calendar file. */
function CycleEventChoice({ meeting }: { meeting: Meeting }) {
  const { t } = useI18n();
  const events = useLiveQuery(cycleEventChoices, []);
  if (events === undefined) return null;
  const known = meeting.cycleEventId !== null && events.some((e) => e.id === meeting.cycleEventId);
  return (
    <FormField label={t('meetings.field.cycleEvent')} help={events.length === 0 ? t('meetings.field.cycleEventNone') : t('meetings.field.cycleEventHelp')}>
      <select value={known ? (meeting.cycleEventId ?? '') : ''} onChange={(e) => void saveNow(meetingEdit.op(meeting.id, fieldEdits([], { cycleEventId: e.target.value === '' ? null : e.target.value })))}>
        <option value="">{t('meetings.field.cycleEventNoChoice')}</option>
        {events.map((e) => (
          <option key={e.id} value={e.id}>
            {e.name}
          </option>
        ))}
      </select>
    </FormField>
  );
}
