import { useDeferredValue, useEffect, useId, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';
import { localToday } from '../../ui/today.ts';
import { useRemovalNotice } from '../../ui/removal-notice.ts';
import { filterMeetingRows, meetingListData, type WhenFilter } from './meeting-queries.ts';
import { MeetingWhenText } from './MeetingWhenText.tsx';
import { NewMeetingForm } from './NewMeetingForm.tsx';
import { ImportInvitation } from './ImportInvitation.tsx';

/** Rows drawn at first and added per "Visa fler": a year of meetings is read at once, but not drawn at once. */
const PAGE = 100;

/** Möten: a new meeting, an invitation to import, and the meetings to find (coming, past, per goal area, by search). */
export function MeetingList() {
  const { t } = useI18n();
  const id = useId();
  const data = useLiveQuery(meetingListData, []);
  const notice = useRemovalNotice();
  const [when, setWhen] = useState<WhenFilter>('upcoming');
  const [goalAreaId, setGoalAreaId] = useState('');
  const [search, setSearch] = useState('');
  const deferredSearch = useDeferredValue(search);
  const [shown, setShown] = useState(PAGE);
  const today = localToday();
  useEffect(() => {
    // The benchmark (npm run bench, suite meetings) reads this mark: the list shows its rows.
    if (data) performance.mark('moa:meetings-ready');
  }, [data]);
  const rows = useMemo(() => (data ? filterMeetingRows(data.rows, { when, goalAreaId, search: deferredSearch }, today) : []), [data, when, goalAreaId, deferredSearch, today]);
  if (data === undefined) return <p>{t('app.loading')}</p>;
  const goalAreaName = new Map(data.goalAreas.map((g) => [g.id, `${g.code} ${g.name}`]));
  const visible = rows.slice(0, shown);
  return (
    <>
      <p role="status" className="status">
        {notice}
      </p>
      <NewMeetingForm goalAreas={data.goalAreas} />
      <ImportInvitation />
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('meetings.list.heading')}</h2>
        <div className="field-row meeting-filters" role="search">
          <div className="field">
            <label htmlFor={`${id}-search`}>{t('meetings.list.search')}</label>
            <p id={`${id}-search-help`} className="help">
              {t('meetings.list.searchHelp')}
            </p>
            <input id={`${id}-search`} type="search" value={search} aria-describedby={`${id}-search-help`} onChange={(e) => (setSearch(e.target.value), setShown(PAGE))} />
          </div>
          <fieldset className="radio-row">
            <legend>{t('meetings.list.when')}</legend>
            {(['upcoming', 'past', 'all'] as const).map((w) => (
              <label key={w}>
                <input type="radio" name={`${id}-when`} value={w} checked={when === w} onChange={() => (setWhen(w), setShown(PAGE))} /> {t(`meetings.list.${w}`)}
              </label>
            ))}
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-goal-area`}>{t('meetings.list.goalArea')}</label>
            <select id={`${id}-goal-area`} value={goalAreaId} onChange={(e) => (setGoalAreaId(e.target.value), setShown(PAGE))}>
              <option value="">{t('meetings.list.allGoalAreas')}</option>
              <GoalAreaOptions goalAreas={data.goalAreas} />
            </select>
          </div>
        </div>
        <DataTable
          captionId={`${id}-caption`}
          caption={rows.length > visible.length ? t('meetings.list.caption', { shown: visible.length, count: rows.length }) : rows.length === 1 ? t('meetings.list.captionOne') : t('meetings.list.captionAll', { count: rows.length })}
          showCaption
          className="data-table meeting-table"
          columns={[t('meetings.col.date'), t('meetings.col.time'), t('meetings.col.title'), t('meetings.col.kind'), t('meetings.col.goalAreas'), { label: t('meetings.col.openActions'), className: 'number' }]}
          rows={visible}
          empty={<p className="muted">{data.rows.length === 0 ? t('meetings.list.none') : t('meetings.list.noMatch')}</p>}
          below={
            rows.length > visible.length ? (
              <button type="button" onClick={() => setShown((n) => n + PAGE)}>
                {t('meetings.list.more', { count: Math.min(PAGE, rows.length - visible.length) })}
              </button>
            ) : null
          }
        >
          {({ meeting, openActions }) => (
            <tr key={meeting.id}>
              <td className="nowrap">
                <MeetingWhenText meeting={meeting} part="date" />
              </td>
              <td className="nowrap">
                <MeetingWhenText meeting={meeting} part="time" />
              </td>
              <th scope="row">
                <a href={`#/moten/${encodeURIComponent(meeting.id)}`}>{meeting.title}</a>
              </th>
              <td>{t(`meetings.kind.${meeting.kind}`)}</td>
              <td>{meeting.goalAreaIds.map((g) => goalAreaName.get(g) ?? '').filter((n) => n !== '').join(', ')}</td>
              <td className="number">{openActions}</td>
            </tr>
          )}
        </DataTable>
      </section>
    </>
  );
}
