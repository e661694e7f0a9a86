import { useEffect, useMemo, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { formatDuration } from '#shared/timelog/duration.ts';
import { isoWeekOf, nextWeek, previousWeek, weekKey, type IsoWeek } from '#shared/timelog/weeks.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddRowForm } from './AddRowForm.tsx';
import { dayName, rowLabel, rowOrder, rowText } from './labels.ts';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import { loadWeek } from './timelog-queries.ts';
import { weekHref } from './timelog-routes.ts';
import { restoreEntries } from './entry-repository.ts';
import { cellEdit, copyPreviousWeekRows, keepWeekRow, removeEmptyWeekRows, setCell } from './week-grid-repository.ts';
import { journaledWrite } from '../../saving/autosave.ts';
import { WeekGrid, type FocusRequest } from './WeekGrid.tsx';
import { buildWeekGrid, cellMinutes, rowKeyId, type RowKey, type WeekGridRow } from '#shared/timelog/week-grid.ts';
import { useWeekRows } from './week-rows.ts';

/** A removal the user can take back: the entries as they were. */
interface Undo {
  entries: TimeEntry[];
  message: string;
}

/** *Vecka*: the ISO week as a grid of hours per row and day, with totals, moved through and edited by keyboard. */
export function WeekView({ week }: { week: IsoWeek }) {
  const { t } = useI18n();
  const key = weekKey(week);
  const extraRows = useWeekRows(key);
  const data = useLiveQuery(() => loadWeek(week, extraRows), [key, extraRows]);
  // useLiveQuery keeps the previous week's result while the next one is read: show it only for its own week.
  const current = data && weekKey(data.week) === key ? data : undefined;
  const today = localToday();
  const [adding, setAdding] = useState(false);
  const [status, setStatus] = useState('');
  const [alert, setAlert] = useState('');
  const [undo, setUndo] = useState<Undo | null>(null);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | null>(null);

  const model = useMemo(() => {
    if (!current) return null;
    const categories = new Map(current.categories.map((c) => [c.id, c]));
    const labelOf = (row: RowKey) => rowLabel(t, row, categories, current.names);
    const grid = buildWeekGrid(current.days, current.entries, current.extraRows, rowOrder(t, current.categories, current.names));
    return { grid, labels: new Map(grid.rows.map((row) => [row.id, labelOf(row.key)])) };
  }, [current, t]);

  // The week benchmark (bench/suites/timelog-week.ts) reads this mark: the grid shows its rows.
  useEffect(() => {
    if (model && model.grid.rows.length > 0) performance.mark('moa:timelog-week-ready');
  }, [model]);

  const go = (target: IsoWeek) => {
    setStatus('');
    setAlert('');
    setUndo(null);
    window.location.hash = weekHref(target);
  };

  function say(message: string) {
    setAlert('');
    setStatus(message);
  }

  function failed(error: unknown) {
    console.error('Tidloggen gick inte att spara', error);
    setStatus('');
    setAlert(t('timelog.failed'));
  }

  async function onSetCell(row: WeekGridRow, day: number, text: string): Promise<readonly TimelogProblem[] | null> {
    const date = model?.grid.days[day];
    if (!model || !date) return [];
    try {
      const clearing = cellMinutes(text);
      // An emptied row stays in the grid until the user removes empty rows, so focus has somewhere to stay.
      if (clearing.ok && clearing.minutes === null) keepWeekRow(week, row.key);
      const result = await journaledWrite(`cell:${date}:${row.id}`, cellEdit.op(date, row.key, text), () => setCell(date, row.key, text));
      if (!result.ok) return result.problems;
      const where = t('timelog.week.where', { row: rowText(model.labels.get(row.id) ?? { category: '', links: [] }), day: dayName(t, date) });
      if (result.change === 'clear') {
        const hours = formatDuration(result.removed.reduce((sum, e) => sum + e.minutes, 0), 'hours');
        const message = t(result.removed.length === 1 ? 'timelog.week.clearedOne' : 'timelog.week.cleared', { where, hours, count: result.removed.length });
        setUndo({ entries: result.removed, message });
        say(message);
      } else if (result.change === 'merge') {
        const message = t('timelog.week.merged', { where, count: result.removed.length });
        setUndo({ entries: result.removed, message });
        say(message);
      } else if (result.change !== 'none') {
        setUndo(null);
        say(t('timelog.saved'));
      }
      return null;
    } catch (error) {
      failed(error);
      return [];
    }
  }

  async function undoRemoval(removal: Undo) {
    try {
      const result = await restoreEntries(removal.entries);
      setUndo(null);
      if (result.ok) say(t('timelog.week.undone'));
      else setAlert(result.problems.map((p) => problemText(t, p)).join(' '));
    } catch (error) {
      failed(error);
    }
  }

  async function copyRows() {
    try {
      const copy = await copyPreviousWeekRows(week);
      const from = t('timelog.week.label', { week: previousWeek(week).week });
      const copied = copy.added.length === 0 ? t('timelog.week.copiedNone', { from }) : t(copy.added.length === 1 ? 'timelog.week.copiedOne' : 'timelog.week.copied', { count: copy.added.length, from });
      say(copy.skipped > 0 ? `${copied} ${t('timelog.week.copySkipped', { count: copy.skipped })}` : copied);
      const first = copy.added[0];
      if (first) setFocusRequest((r) => ({ rowId: rowKeyId(first), day: 0, seq: (r?.seq ?? 0) + 1 }));
    } catch (error) {
      failed(error);
    }
  }

  const todayIndex = current?.days.indexOf(today) ?? -1;
  const thisWeek = isoWeekOf(today);
  return (
    <section className="timelog-week" aria-labelledby="week-heading">
      <div className="week-header">
        <h2 id="week-heading">
          {t('timelog.week.label', { week: week.week })} {week.year}
        </h2>
        <div className="week-nav">
          <button type="button" onClick={() => go(previousWeek(week))}>
            <span aria-hidden="true">← </span>
            {t('timelog.week.previous')}
          </button>
          <button type="button" onClick={() => go(thisWeek)} aria-describedby={weekKey(thisWeek) === key ? 'week-is-current' : undefined}>
            {t('timelog.week.current')}
          </button>
          <button type="button" onClick={() => go(nextWeek(week))}>
            {t('timelog.week.next')}
            <span aria-hidden="true"> →</span>
          </button>
          {weekKey(thisWeek) === key ? (
            <span id="week-is-current" className="muted">
              {t('timelog.week.isCurrent')}
            </span>
          ) : null}
        </div>
      </div>
      <div className="week-actions">
        <button type="button" aria-expanded={adding} onClick={() => setAdding((a) => !a)}>
          {t('timelog.week.addRow')}
        </button>
        <button type="button" onClick={() => void copyRows()}>
          {t('timelog.week.copyPrevious')}
        </button>
        {current && current.extraRows.length > 0 ? (
          <button
            type="button"
            onClick={() => {
              removeEmptyWeekRows(week);
              say(t('timelog.week.emptyRowsRemoved'));
            }}
          >
            {t('timelog.week.removeEmptyRows')}
          </button>
        ) : null}
      </div>
      {adding && current ? (
        <AddRowForm
          week={week}
          categories={current.categories}
          onAdded={(row, added) => {
            setAdding(false);
            say(added ? t('timelog.week.rowAdded') : t('timelog.week.rowExists'));
            setFocusRequest((r) => ({ rowId: rowKeyId(row), day: Math.max(0, todayIndex), seq: (r?.seq ?? 0) + 1 }));
          }}
          onCancel={() => setAdding(false)}
        />
      ) : null}
      <p id="week-keys" className="help">
        {t('timelog.week.keys')}
      </p>
      {!model ? (
        <p aria-busy="true">{t('timelog.loading')}</p>
      ) : model.grid.rows.length === 0 ? (
        <p className="week-empty">{t('timelog.week.empty')}</p>
      ) : (
        <WeekGrid
          grid={model.grid}
          labels={model.labels}
          today={today}
          labelledBy="week-heading"
          describedBy="week-keys"
          onSetCell={onSetCell}
          onClearCell={(row, day) => void onSetCell(row, day, '')}
          focusRequest={focusRequest}
        />
      )}
      <div className="week-status">
        <p role="status" className="status">
          {status}
        </p>
        {undo ? (
          <button type="button" onClick={() => void undoRemoval(undo)} aria-label={t('timelog.week.undoLabel', { what: undo.message })}>
            {t('timelog.week.undo')}
          </button>
        ) : null}
        <p role="alert" className="alert-text">
          {alert}
        </p>
      </div>
    </section>
  );
}
