import type { MeetingAction } from '#shared/domain/meeting.ts';
import type { Activity } from '#shared/domain/plan.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { isOpenAction } from './meeting-repository.ts';

/**
 * An action's status in words: the activity's own when the action became one (with a link to it
 * in its plan), else Klar / Öppen, and Försenad when an open action is past its date.
 */
export function ActionStatus({ action, activity, today }: { action: MeetingAction; activity: Pick<Activity, 'id' | 'title' | 'status' | 'planId'> | null | undefined; today: string }) {
  const { t } = useI18n();
  const late = isOpenAction(action, activity) && action.dueDate !== null && action.dueDate < today;
  const own = action.done ? t('meetings.actions.done') : t('meetings.actions.open');
  return (
    <span className="action-status">
      {action.activityId !== null && activity ? (
        <>
          {t(`activities.status.${activity.status}`)}
          {' · '}
          <a href={`#/planer/plan/${encodeURIComponent(activity.planId)}/${encodeURIComponent(activity.id)}`}>{t('meetings.actions.becameActivity', { title: activity.title })}</a>
        </>
      ) : action.activityId !== null ? (
        <>
          {own} · {t('meetings.actions.activityGone')}
        </>
      ) : (
        own
      )}
      {late ? <strong className="late"> · {t('meetings.actions.late')}</strong> : null}
    </span>
  );
}
