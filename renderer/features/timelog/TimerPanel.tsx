import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TimerState } from '#shared/domain/timelog.ts';
import { formatDuration, parseDuration } from '#shared/timelog/duration.ts';
import { scheduleSave } from '../../saving/autosave.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { rowLabel, rowText, timerStartedText } from './labels.ts';
import { TaskPicker } from './TaskPicker.tsx';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import { loadTimerData, type TimerData } from './timelog-queries.ts';
import { discardTimer, pauseTimer, resumeTimer, startTimer, stopTimer, switchTimer, timerNoteEdit } from './timer-repository.ts';
import type { TimerOutcome, TimerTask } from '#shared/timelog/timer.ts';
import { elapsedMs, formatElapsed } from '#shared/timelog/timer.ts';
import { useNow } from './use-now.ts';
import { rowKeyId } from '#shared/timelog/week-grid.ts';
import { ConfirmBox } from '../../ui/ConfirmBox.tsx';
import { useFocusTarget } from '../../ui/use-focus-target.ts';

/** A long run waiting for the user: confirm or correct its minutes; `task` when it was a switch. */
interface Confirming {
  minutes: number;
  startDate: string;
  task: TimerTask | null;
}

function taskText(t: Translate, data: TimerData, timer: TimerState): string {
  return rowText(rowLabel(t, timer, new Map(data.categories.map((c) => [c.id, c])), data.names));
}

/**
 * The one timer, always at the top of the time log: pick a task and start; pause, resume, stop
 * (the time becomes entries), switch task or discard. Live across tabs: every tab shows the same
 * stored timer, and the elapsed time is computed from the wall clock every second.
 */
export function TimerPanel() {
  const { t, language } = useI18n();
  const data = useLiveQuery(loadTimerData, []);
  const timer = data?.timer ?? null;
  const now = useNow(1000, timer?.state === 'running');
  const [switching, setSwitching] = useState(false);
  const [discarding, setDiscarding] = useState(false);
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const { rootRef, setFocusTarget } = useFocusTarget();

  /** Words an outcome; returns the problems for a form to show at its fields. */
  function show(outcome: TimerOutcome, task: TimerTask | null): readonly TimelogProblem[] {
    setAlert('');
    switch (outcome.kind) {
      case 'started':
        setStatus(t('timelog.timer.started'));
        setFocusTarget('timer-pause');
        break;
      case 'paused':
        setStatus(t('timelog.timer.pausedStatus'));
        setFocusTarget('timer-resume');
        break;
      case 'resumed':
        setStatus(t('timelog.timer.resumed'));
        setFocusTarget('timer-pause');
        break;
      case 'discarded':
        setStatus(t('timelog.timer.discarded'));
        setFocusTarget('timer-submit');
        break;
      case 'noteSaved':
        break;
      case 'stored': {
        const parts = outcome.entries.map((e) => t('timelog.timer.storedPart', { date: e.date, time: formatDuration(e.minutes, 'hoursMinutes') })).join(', ');
        setStatus(t(outcome.switched ? 'timelog.timer.storedSwitched' : 'timelog.timer.stored', { parts }));
        setFocusTarget(outcome.switched ? 'timer-pause' : 'timer-submit');
        break;
      }
      case 'tooShort':
        setStatus(t(outcome.switched ? 'timelog.timer.tooShortSwitched' : 'timelog.timer.tooShort'));
        setFocusTarget(outcome.switched ? 'timer-pause' : 'timer-submit');
        break;
      case 'needsConfirmation':
        setStatus('');
        setConfirming({ minutes: outcome.minutes, startDate: outcome.startDate, task });
        setFocusTarget('timer-confirm-minutes');
        return [];
      case 'refused': {
        // Problems about the new task are the picker's; the rest (the timer, the day) are said here.
        const own = outcome.problems.filter((p) => p.field === 'timer' || p.field === 'duration' || p.field === 'date');
        // While the correction form is open, it shows the problem at its field.
        if ((!task || own.length > 0) && !confirming) {
          setStatus('');
          setAlert((task ? own : outcome.problems).map((p) => problemText(t, p)).join(' '));
        }
        // A day that would pass 24 hours: the time can be corrected, as after a long run.
        if (timer && outcome.problems.some((p) => p.field === 'duration')) {
          setConfirming({ minutes: Math.round(elapsedMs(timer, new Date()) / 60_000), startDate: timer.date, task });
        }
        return outcome.problems;
      }
    }
    setSwitching(false);
    setConfirming(null);
    setDiscarding(false);
    return [];
  }

  async function run(action: () => Promise<TimerOutcome>, task: TimerTask | null = null): Promise<readonly TimelogProblem[]> {
    try {
      return show(await action(), task);
    } catch (error) {
      console.error('Tidtagningen gick inte att ändra', error);
      setAlert(t('timelog.failed'));
      return [];
    }
  }

  if (data === undefined) return null;
  const elapsed = timer ? formatElapsed(elapsedMs(timer, now)) : '';

  return (
    <section ref={rootRef} className="timer-panel" aria-labelledby="timer-heading">
      <h2 id="timer-heading">{t('timelog.timer.heading')}</h2>
      {timer ? (
        <>
          <div className="timer-running">
            <p className="timer-task">
              <span className={timer.state === 'running' ? 'timer-state is-running' : 'timer-state'}>{t(timer.state === 'running' ? 'timelog.timer.running' : 'timelog.timer.paused')}</span>{' '}
              <strong>{taskText(t, data, timer)}</strong> <span className="muted">{timerStartedText(t, timer, language, now)}</span>
            </p>
            <p className="timer-elapsed">
              <span id="timer-elapsed-label" className="visually-hidden">
                {t('timelog.timer.elapsed')}
              </span>
              <span role="timer" aria-labelledby="timer-elapsed-label" data-testid="timer-elapsed">
                {elapsed}
              </span>
            </p>
            <div className="timer-buttons">
              {timer.state === 'running' ? (
                <button type="button" data-focus="timer-pause" onClick={() => void run(() => pauseTimer())}>
                  {t('timelog.timer.pause')}
                </button>
              ) : (
                <button type="button" data-focus="timer-resume" onClick={() => void run(() => resumeTimer())}>
                  {t('timelog.timer.resume')}
                </button>
              )}
              <button type="button" className="primary" onClick={() => void run(() => stopTimer())}>
                {t('timelog.timer.stop')}
              </button>
              <button type="button" aria-expanded={switching} onClick={() => setSwitching((s) => !s)}>
                {t('timelog.timer.switch')}
              </button>
              <button
                type="button"
                onClick={() => {
                  setDiscarding(true);
                  setFocusTarget('timer-discard-no');
                }}
              >
                {t('timelog.timer.discard')}
              </button>
            </div>
          </div>
          <TimerNote key={`${timer.date}|${rowKeyId(timer)}`} note={timer.note} />
          {discarding ? (
            <ConfirmBox
              question={t('timelog.timer.discardQuestion', { time: elapsed })}
              yes={t('timelog.timer.discardYes')}
              no={t('timelog.timer.discardNo')}
              onYes={() => void run(() => discardTimer())}
              onNo={() => setDiscarding(false)}
              noFocusKey="timer-discard-no"
            />
          ) : null}
          {switching ? (
            <TaskPicker categories={data.categories} submitLabel={t('timelog.timer.switchTo')} onSubmit={(task) => run(() => switchTimer(task), task)} onCancel={() => setSwitching(false)} />
          ) : null}
        </>
      ) : (
        <TaskPicker categories={data.categories} submitLabel={t('timelog.timer.start')} onSubmit={(task) => run(() => startTimer(task), task)} />
      )}
      {confirming ? (
        <ConfirmLongRun
          confirming={confirming}
          onConfirm={(minutes) => run(() => (confirming.task ? switchTimer(confirming.task, { confirmedMinutes: minutes }) : stopTimer({ confirmedMinutes: minutes })), confirming.task)}
          onCancel={() => {
            setConfirming(null);
            setStatus(t('timelog.timer.confirmCancelled'));
          }}
        />
      ) : null}
      <p role="status" className="status">
        {status}
      </p>
      <p role="alert" className="alert-text">
        {alert}
      </p>
    </section>
  );
}

/** The running timer's note, saved as it is typed. */
function TimerNote({ note }: { note: string }) {
  const { t } = useI18n();
  const [value, setValue] = useState(note);
  return (
    <FormField label={t('timelog.timer.note')} className="timer-note">
      <input
        type="text"
        value={value}
        maxLength={2000}
        onChange={(e) => {
          const next = e.target.value;
          setValue(next);
          scheduleSave('timelog-timer-note', timerNoteEdit.op(next));
        }}
      />
    </FormField>
  );
}

interface ConfirmProps {
  confirming: Confirming;
  onConfirm: (minutes: number) => Promise<readonly TimelogProblem[]>;
  onCancel: () => void;
}

/** More than 12 hours (a laptop asleep overnight?): the user confirms the time or types the right one. */
function ConfirmLongRun({ confirming, onConfirm, onCancel }: ConfirmProps) {
  const { t } = useI18n();
  const measured = formatDuration(confirming.minutes, 'hoursMinutes');
  const [text, setText] = useState(measured);
  const [problem, setProblem] = useState<string | undefined>(undefined);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = parseDuration(text);
    if (!parsed.ok) {
      setProblem(problemText(t, { field: 'duration', code: parsed.code, text }));
      return;
    }
    const problems = await onConfirm(parsed.minutes);
    const first = problems[0];
    setProblem(first ? problemText(t, first) : undefined);
  }

  return (
    <form className="confirm timer-confirm" aria-labelledby="timer-confirm-question" onSubmit={(e) => void submit(e)} noValidate>
      <p id="timer-confirm-question">{t('timelog.timer.confirmQuestion', { time: measured, date: confirming.startDate })}</p>
      <FormField label={t('timelog.timer.confirmField')} help={t('timelog.timer.confirmHelp')} error={problem}>
        <input type="text" data-focus="timer-confirm-minutes" value={text} onChange={(e) => setText(e.target.value)} />
      </FormField>
      <div className="actions">
        <button type="submit" className="primary">
          {t('timelog.timer.confirmSave')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('timelog.timer.confirmCancel')}
        </button>
      </div>
    </form>
  );
}
