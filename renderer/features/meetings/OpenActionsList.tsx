import { useEffect, useId, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { localToday } from '../../ui/today.ts';
import { listOpenActions } from './meeting-repository.ts';
import { ActionStatus } from './ActionStatus.tsx';

/** Rows drawn at first and added per "Visa fler". */
const PAGE = 100;

/** Öppna åtgärder: what the meetings decided that is not yet done, across all meetings, the earliest due first. */
export function OpenActionsList() {
  const { t } = useI18n();
  const id = useId();
  const open = useLiveQuery(listOpenActions, []);
  const [shown, setShown] = useState(PAGE);
  useEffect(() => {
    // The benchmark (npm run bench, suite meetings) reads this mark: the list shows its rows.
    if (open) performance.mark('moa:open-actions-ready');
  }, [open]);
  if (open === undefined) return <p>{t('app.loading')}</p>;
  const visible = open.slice(0, shown);
  const today = localToday();
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('meetings.openActions.heading')}</h2>
      <DataTable
        captionId={`${id}-caption`}
        caption={
          open.length > visible.length
            ? t('meetings.openActions.captionShown', { shown: visible.length, count: open.length })
            : open.length === 1
              ? t('meetings.openActions.captionOne')
              : t('meetings.openActions.caption', { count: open.length })
        }
        showCaption
        className="data-table open-actions-table"
        columns={[t('meetings.actions.what'), t('meetings.actions.who'), t('meetings.actions.due'), t('meetings.actions.status'), t('meetings.openActions.meeting')]}
        rows={visible}
        empty={<p className="muted">{t('meetings.openActions.none')}</p>}
        below={
          open.length > visible.length ? (
            <button type="button" onClick={() => setShown((n) => n + PAGE)}>
              {t('meetings.list.more', { count: Math.min(PAGE, open.length - visible.length) })}
            </button>
          ) : null
        }
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
