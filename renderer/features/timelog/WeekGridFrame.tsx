/** The week grid's header row (the days) and totals row (per day and the week), outside the rows that change. */
import { useI18n } from '../../i18n/i18n.tsx';
import { dayHeading, totalHours } from './labels.ts';
import type { WeekGrid } from '#shared/timelog/week-grid.ts';

interface FrameProps {
  /** The tab stop of the cell at (row, col): 0 for the active cell, else -1. */
  tabIndexOf: (row: number, col: number) => number;
  todayIndex: number;
}

export function WeekGridHead({ days, tabIndexOf, todayIndex }: FrameProps & { days: readonly string[] }) {
  const { t } = useI18n();
  return (
    <thead>
      <tr data-grid-row={0} aria-rowindex={1}>
        <th scope="col" data-grid-cell="" data-grid-col={0} aria-colindex={1} tabIndex={tabIndexOf(0, 0)} className="row-head">
          {t('timelog.week.rowColumn')}
        </th>
        {days.map((date, day) => (
          <th
            key={date}
            scope="col"
            data-grid-cell=""
            data-grid-col={day + 1}
            aria-colindex={day + 2}
            tabIndex={tabIndexOf(0, day + 1)}
            className={day === todayIndex ? 'day is-today' : 'day'}
            aria-current={day === todayIndex ? 'date' : undefined}
          >
            <span className="weekday">{dayHeading(t, date).weekday}</span> <span className="date">{dayHeading(t, date).date}</span>
          </th>
        ))}
        <th scope="col" data-grid-cell="" data-grid-col={8} aria-colindex={9} tabIndex={tabIndexOf(0, 8)} className="total">
          {t('timelog.week.rowTotal')}
        </th>
      </tr>
    </thead>
  );
}

export function WeekGridTotals({ grid, gridRow, dayNames, tabIndexOf, todayIndex }: FrameProps & { grid: WeekGrid; gridRow: number; dayNames: readonly string[] }) {
  const { t } = useI18n();
  return (
    <tfoot>
      <tr data-grid-row={gridRow} aria-rowindex={gridRow + 1}>
        <th scope="row" data-grid-cell="" data-grid-col={0} aria-colindex={1} tabIndex={tabIndexOf(gridRow, 0)} className="row-head">
          {t('timelog.week.dayTotal')}
        </th>
        {grid.dayTotals.map((minutes, day) => (
          <td
            key={grid.days[day]}
            data-grid-cell=""
            data-grid-col={day + 1}
            aria-colindex={day + 2}
            tabIndex={tabIndexOf(gridRow, day + 1)}
            aria-readonly="true"
            className={day === todayIndex ? 'total is-today' : 'total'}
            aria-label={t('timelog.week.dayTotalName', { day: dayNames[day] ?? '', hours: totalHours(minutes) })}
          >
            {totalHours(minutes)}
          </td>
        ))}
        <td data-grid-cell="" data-grid-col={8} aria-colindex={9} tabIndex={tabIndexOf(gridRow, 8)} aria-readonly="true" className="total week-total" aria-label={t('timelog.week.weekTotalName', { hours: totalHours(grid.totalMinutes) })}>
          {totalHours(grid.totalMinutes)}
        </td>
      </tr>
    </tfoot>
  );
}
