import { useLiveQuery } from 'dexie-react-hooks';
import type { AttentionActivity, NeedsAttention } from '#shared/plan/needs-attention.ts';
import { weekKey } from '#shared/timelog/weeks.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { formatHours, loadTimerData, rowLabel, rowText, timerStartedText } from '../timelog/timelog-queries.ts';
import { loadNeedsAttention } from './overview-queries.ts';
import { activityStatusText, capitalised } from '../../i18n/field-words.ts';

const activityHref = (item: AttentionActivity) => `#/planer/plan/${encodeURIComponent(item.planId)}/${encodeURIComponent(item.activityId)}`;

function ActivityList({ items, when, none, testId }: { items: readonly AttentionActivity[]; when: (item: AttentionActivity) => string; none: string; testId: string }) {
  const { t } = useI18n();
  if (items.length === 0) return <p className="muted">{none}</p>;
  return (
    <ul className="attention-list" data-testid={testId}>
      {items.map((item) => (
        <li key={item.activityId}>
          <a href={activityHref(item)}>{item.title.trim() || t('overview.now.untitled')}</a>
          <span className="attention-when">{when(item)}</span>
          <span className="muted">
            {item.goalAreaName} · {item.planTitle} · {capitalised(activityStatusText(t, item.status))}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** The running (or paused) timer, in a sentence with a link to it. */
function TimerLine() {
  const { t, language } = useI18n();
  const data = useLiveQuery(loadTimerData, []);
  const timer = data?.timer;
  if (!data || !timer) return null;
  const task = rowText(rowLabel(t, timer, new Map(data.categories.map((c) => [c.id, c])), data.names));
  return (
    <p data-testid="overview-timer">
      {t(timer.state === 'running' ? 'overview.now.timerRunning' : 'overview.now.timerPaused', { task, since: timerStartedText(t, timer, language) })}{' '}
      <a href="#/tidlogg">{t('overview.now.timerLink')}</a>
    </p>
  );
}

function WeekTime({ week }: { week: NeedsAttention['week'] }) {
  const { t, language } = useI18n();
  const hours = (minutes: number) => formatHours(minutes, language);
  return (
    <div className="attention-part">
      <h3 id="overview-now-week">{t('overview.now.weekHeading', { week: week.week.week })}</h3>
      <p data-testid="overview-week">
        {week.mandateMinutes === null
          ? t('overview.now.weekNoMandate', { moa: hours(week.moaMinutes) })
          : t('overview.now.weekMandate', { moa: hours(week.moaMinutes), mandate: hours(week.mandateMinutes) })}{' '}
        {t('overview.now.weekTotal', { total: hours(week.totalMinutes) })}
      </p>
      {week.mandateMinutes !== null && week.mandateMinutes > 0 ? (
        <meter className="attention-meter" min={0} max={week.mandateMinutes} value={Math.min(week.moaMinutes, week.mandateMinutes)} aria-labelledby="overview-now-week" />
      ) : null}
      <TimerLine />
      <p className="attention-links">
        <a href={`#/tidlogg/vecka/${weekKey(week.week)}`}>{t('overview.now.weekLink')}</a>
        {week.mandateMinutes === null ? <a href="#/tidlogg/uppfoljning">{t('overview.now.mandateLink')}</a> : null}
      </p>
    </div>
  );
}

/**
 * Översikt's first answer: what needs the user now. Late activities and those starting within two
 * weeks, this week's MOA time against the mandate with the running timer, and plans to submit;
 * each links to where it is dealt with.
 */
export function NeedsNow() {
  const { t } = useI18n();
  const today = localToday();
  const attention = useLiveQuery(() => loadNeedsAttention(today), [today]);
  return (
    <section aria-labelledby="overview-now" className="needs-now">
      <h2 id="overview-now">{t('overview.now.heading')}</h2>
      {attention === undefined ? (
        <p>{t('app.loading')}</p>
      ) : (
        <div className="attention-parts">
          <div className="attention-part">
            <h3 id="overview-now-late">
              {t('overview.now.lateHeading')} ({attention.late.length})
            </h3>
            <ActivityList items={attention.late} when={(item) => t('overview.now.lateWhen', { date: item.endDate })} none={t('overview.now.lateNone')} testId="overview-late" />
          </div>
          <div className="attention-part">
            <h3 id="overview-now-soon">
              {t('overview.now.soonHeading')} ({attention.startingSoon.length})
            </h3>
            <ActivityList
              items={attention.startingSoon}
              when={(item) => (item.days === 0 ? t('overview.now.soonToday') : t('overview.now.soonWhen', { date: item.startDate }))}
              none={t('overview.now.soonNone')}
              testId="overview-soon"
            />
          </div>
          <WeekTime week={attention.week} />
          <div className="attention-part">
            <h3 id="overview-now-submit">
              {t('overview.now.submitHeading')} ({attention.plansToSubmit.length})
            </h3>
            {attention.plansToSubmit.length === 0 ? (
              <p className="muted">{t('overview.now.submitNone')}</p>
            ) : (
              <ul className="attention-list" data-testid="overview-submit">
                {attention.plansToSubmit.map((plan) => (
                  <li key={plan.planId}>
                    <a href={`#/planer/plan/${encodeURIComponent(plan.planId)}`}>{plan.title}</a>
                    <span className="attention-when">{t(plan.daysLeft < 0 ? 'overview.now.submitLate' : 'overview.now.submitSoon', { version: plan.version, date: plan.deadline })}</span>
                    <span className="muted">{plan.goalAreaName}</span>
                  </li>
                ))}
              </ul>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
