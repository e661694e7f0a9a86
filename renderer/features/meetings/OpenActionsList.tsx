import { useId } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { localToday } from '../../ui/today.ts';
import { listOpenActions } from './meeting-repository.ts';
import { ActionStatus } from './ActionStatus.tsx';

/** Öppna åtgärder: what the meetings decided that is not yet done, across all meetings, the earliest due first. */
export function OpenActionsList() {
  const { t } = useI18n();
  const id = useId();
  const open = useLiveQuery(listOpenActions, []);
  if (open === undefined) return <p>{t('app.loading')}</p>;
  const today = localToday();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('meetings.openActions.heading')}</h2>
      <DataTable
        captionId={`${id}-caption`}
        caption={open.length === 1 ? t('meetings.openActions.captionOne') : t('meetings.openActions.caption', { count: open.length })}
        showCaption
        className="data-table open-actions-table"
        columns={[t('meetings.actions.what'), t('meetings.actions.who'), t('meetings.actions.due'), t('meetings.actions.status'), t('meetings.openActions.meeting')]}
        rows={open}
        empty={<p className="muted">{t('meetings.openActions.none')}</p>}
      >
        {({ meeting, action, activity }) => (
          <tr key={`${meeting.id}:${action.id}`}>
            <th scope="row">{action.what}</th>
            <td>{action.who}</td>
            <td className="nowrap">{action.dueDate ?? ''}</td>
            <td>
              <ActionStatus action={action} activity={activity} today={today} />
            </td>
            <td>
              <a href={`#/moten/${encodeURIComponent(meeting.id)}`}>
                {meeting.startDate} {meeting.title}
              </a>
            </td>
          </tr>
        )}
      </DataTable>
    </section>
  );
}
