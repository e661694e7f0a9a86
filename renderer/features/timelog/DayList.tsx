import { useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addDays } from 'date-fns';
import { isoDateSchema } from '#shared/domain/common.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { formatDuration } from '#shared/timelog/duration.ts';
import { timeEntryField } from '#shared/timelog/fields.ts';
import { toDate, toIsoDate } from '#shared/timelog/weeks.ts';
import { FormField } from '../../ui/FormField.tsx';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EntryForm } from './EntryForm.tsx';
import { rowLabel, weekdayName } from './labels.ts';
import { problemText } from './timelog-problems.ts';
import { loadDay } from './timelog-queries.ts';
import { dayHref } from './timelog-routes.ts';
import { deleteEntry, restoreEntries } from './entry-repository.ts';
import { useFocusTarget } from '../../ui/use-focus-target.ts';
import { DataTable, RowActions } from '../../ui/DataTable.tsx';
import { Notices } from '../../ui/Notices.tsx';

const shiftDay = (date: string, days: number) => toIsoDate(addDays(toDate(date), days));

/** *Dagslista*: one day's entries with duration, category, link and note; add, change and remove them. */
export function DayList({ date }: { date: string }) {
  const { t } = useI18n();
  const data = useLiveQuery(() => loadDay(date), [date]);
  const current = data?.date === date ? data : undefined;
  const [editing, setEditing] = useState<TimeEntry | null>(null);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [removed, setRemoved] = useState<TimeEntry | null>(null);
  const { rootRef, setFocusTarget } = useFocusTarget();

  const go = (target: string) => {
    if (!isoDateSchema.safeParse(target).success) return;
    setEditing(null);
    setStatus('');
    setAlert('');
    setRemoved(null);
    window.location.hash = dayHref(target);
  };

  function failed(error: unknown) {
    console.error('Tidposten gick inte att spara', error);
    setStatus('');
    setAlert(t('timelog.failed'));
  }

  async function remove(entry: TimeEntry) {
    try {
      const result = await deleteEntry(entry.id);
      if (!result.ok) {
        setAlert(result.problems.map((p) => problemText(t, p)).join(' '));
        return;
      }
      if (editing?.id === entry.id) setEditing(null);
      setRemoved(entry);
      setAlert('');
      setStatus(t('timelog.entry.removed', { time: formatDuration(entry.minutes, 'hoursMinutes') }));
      setFocusTarget('undo');
    } catch (error) {
      failed(error);
    }
  }

  async function undo(entry: TimeEntry) {
    try {
      const result = await restoreEntries([entry]);
      setRemoved(null);
      if (result.ok) {
        setStatus(t('timelog.entry.restored'));
        setFocusTarget(`edit-${entry.id}`);
      } else setAlert(result.problems.map((p) => problemText(t, p)).join(' '));
    } catch (error) {
      failed(error);
    }
  }

  const categories = new Map((current?.categories ?? []).map((c) => [c.id, c]));
  const total = current?.entries.reduce((sum, e) => sum + e.minutes, 0) ?? 0;
  return (
    <section ref={rootRef} className="timelog-day" aria-labelledby="day-heading">
      <h2 id="day-heading">{t('timelog.day.heading', { weekday: weekdayName(t, date), date })}</h2>
      <div className="day-nav">
        <FormField label={t('timelog.day.pick')} className="day-pick">
          <input type="date" value={date} onChange={(e) => go(e.target.value)} />
        </FormField>
        <button type="button" onClick={() => go(shiftDay(date, -1))}>
          <span aria-hidden="true">← </span>
          {t('timelog.day.previous')}
        </button>
        <button type="button" onClick={() => go(localToday())}>
          {t('timelog.day.today')}
        </button>
        <button type="button" onClick={() => go(shiftDay(date, 1))}>
          {t('timelog.day.next')}
          <span aria-hidden="true"> →</span>
        </button>
      </div>
      {!current ? (
        <p aria-busy="true">{t('timelog.loading')}</p>
      ) : (
        <DataTable
          captionId="day-caption"
          caption={t('timelog.day.caption')}
          className="day-table"
          columns={[{ label: t(timeEntryField.minutes.uiLabel), className: 'num' }, t(timeEntryField.categoryId.uiLabel), t('timelog.day.link'), t(timeEntryField.note.uiLabel), t('timelog.day.actions')]}
          rows={current.entries}
          empty={<p className="day-empty">{t('timelog.day.empty')}</p>}
          below={<p className="day-total">{t('timelog.day.total', { hours: formatDuration(total, 'hours'), time: formatDuration(total, 'hoursMinutes') })}</p>}
        >
          {(entry) => {
            const label = rowLabel(t, entry, categories, current.names);
            const time = formatDuration(entry.minutes, 'hoursMinutes');
            const what = t('timelog.entry.what', { time, category: label.category });
            return (
              <tr key={entry.id} className={editing?.id === entry.id ? 'editing' : undefined}>
                <td className="nowrap num">{time}</td>
                <td>{label.category}</td>
                <td>{label.links.join(' · ')}</td>
                <td className="note">{entry.note}</td>
                <RowActions
                  actions={[
                    { text: t('timelog.entry.edit'), label: t('timelog.entry.editLabel', { what }), focusKey: `edit-${entry.id}`, onClick: () => setEditing(entry) },
                    { text: t('timelog.entry.remove'), label: t('timelog.entry.removeLabel', { what }), danger: true, onClick: () => void remove(entry) },
                  ]}
                />
              </tr>
            );
          }}
        </DataTable>
      )}
      <div className="week-status">
        <Notices status={status} alert={alert}>
          {removed ? (
            <button type="button" data-focus="undo" onClick={() => void undo(removed)}>
              {t('timelog.week.undo')}
            </button>
          ) : null}
        </Notices>
      </div>
      {current ? (
        <EntryForm
          key={editing?.id ?? `new-${date}`}
          entry={editing}
          date={date}
          categories={current.categories}
          onSaved={(entry, isNew) => {
            setEditing(null);
            setAlert('');
            setRemoved(null);
            const time = formatDuration(entry.minutes, 'hoursMinutes');
            setStatus(entry.date === date ? t(isNew ? 'timelog.entry.added' : 'timelog.entry.saved', { time }) : t('timelog.entry.savedOtherDay', { time, date: entry.date }));
            if (!isNew && entry.date === date) setFocusTarget(`edit-${entry.id}`);
          }}
          onCancel={() => {
            const id = editing?.id;
            setEditing(null);
            if (id) setFocusTarget(`edit-${id}`);
          }}
          onFailed={failed}
        />
      ) : null}
    </section>
  );
}
