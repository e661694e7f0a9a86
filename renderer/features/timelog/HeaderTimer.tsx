import './header-timer.css';
import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { formatDuration } from '#shared/timelog/duration.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { rowLabel, rowText, timerStartedText } from './labels.ts';
import { problemText } from './timelog-problems.ts';
import { loadTimerData } from './timelog-queries.ts';
import { stopTimer } from './timer-repository.ts';
import type { TimerOutcome } from '#shared/timelog/timer.ts';
import { elapsedMs, formatElapsed } from '#shared/timelog/timer.ts';
import { useNow } from './use-now.ts';

/**
 * The running timer in the app's header, in every view: its task (a link to Tidlogg, where it is
 * paused, switched or corrected), when it started, the time so far and *Stopp*. The time so far
 * is a `timer` (never read out by itself); what a stop did is said politely in a status line.
 */
export function HeaderTimer() {
  const { t, language } = useI18n();
  const data = useLiveQuery(loadTimerData, []);
  const timer = data?.timer ?? null;
  const now = useNow(1000, timer?.state === 'running');
  const [said, setSaid] = useState<{ text: string; problem: boolean } | null>(null);
  const [busy, setBusy] = useState(false);

  function outcomeText(outcome: TimerOutcome): { text: string; problem: boolean } {
    switch (outcome.kind) {
      case 'stored': {
        const parts = outcome.entries.map((e) => t('timelog.timer.storedPart', { date: e.date, time: formatDuration(e.minutes, 'hoursMinutes') })).join(', ');
        return { text: t('timelog.timer.stored', { parts }), problem: false };
      }
      case 'tooShort':
        return { text: t('timelog.timer.tooShort'), problem: false };
      case 'needsConfirmation':
        return { text: t('timelog.header.confirmInTimelog', { time: formatDuration(outcome.minutes, 'hoursMinutes') }), problem: true };
      case 'refused':
        return { text: outcome.problems.map((p) => problemText(t, p)).join(' '), problem: true };
      default:
        return { text: '', problem: false };
    }
  }

  async function stop() {
    if (busy) return;
    setBusy(true);
    try {
      const outcome = await stopTimer();
      const result = outcomeText(outcome);
      setSaid(result);
      // The button is gone with the timer: focus goes to the view's heading, where the user was working.
      if (outcome.kind === 'stored' || outcome.kind === 'tooShort') document.querySelector<HTMLElement>('#main h1')?.focus();
    } catch (error) {
      console.error('Tidtagningen gick inte att stoppa', error);
      setSaid({ text: t('timelog.failed'), problem: true });
    } finally {
      setBusy(false);
    }
  }

  const task = timer && data ? rowText(rowLabel(t, timer, new Map(data.categories.map((c) => [c.id, c])), data.names)) : '';
  return (
    <div className="header-timer-area">
      {timer ? (
        <div className="header-timer" role="group" aria-labelledby="header-timer-label">
          <span id="header-timer-label" className="visually-hidden">
            {t('timelog.header.label')}
          </span>
          <span className="header-timer-task" title={`${task}, ${timerStartedText(t, timer, language, now)}`}>
            <span className="header-timer-state">{t(timer.state === 'running' ? 'timelog.timer.running' : 'timelog.timer.paused')}</span>{' '}
            <a href="#/tidlogg">{task}</a>
          </span>
          <span className="header-timer-since">{timerStartedText(t, timer, language, now)}</span>
          <span className="header-timer-elapsed" role="timer" aria-label={t('timelog.header.elapsed', { time: formatElapsed(elapsedMs(timer, now)) })}>
            {formatElapsed(elapsedMs(timer, now))}
          </span>
          <button type="button" onClick={() => void stop()} disabled={busy}>
            {t('timelog.timer.stop')}
          </button>
        </div>
      ) : null}
      <p role="status" className={said?.problem ? 'header-timer-said is-problem' : 'header-timer-said'}>
        {said && (!timer || said.problem) ? said.text : ''}
      </p>
    </div>
  );
}
