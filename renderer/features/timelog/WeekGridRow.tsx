import { memo } from 'react';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import { HoursEditor } from './HoursEditor.tsx';
import { cellHours, rowText, totalHours, type RowLabel } from './labels.ts';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import { problemText } from './timelog-problems.ts';
import { cellMinutes, type WeekGridRow } from '#shared/timelog/week-grid.ts';

export type Move = 'down' | 'right' | 'left' | 'none';

export interface Editing {
  rowId: string;
  day: number;
  draft: string;
  /** Started by typing a character: the caret goes after it instead of selecting. */
  typed: boolean;
  problem: TimelogProblem | null;
}

/** What a row asks of the grid; one stable object, so rows that did not change do not render again. */
export interface RowActions {
  startEdit: (row: WeekGridRow, day: number) => void;
  draft: (text: string) => void;
  /** `refocus` is false when the editor closes because focus already went elsewhere. */
  commit: (move: Move, refocus: boolean) => void;
  cancel: () => void;
}

interface Props {
  row: WeekGridRow;
  /** 1 for the first row under the header. */
  gridRow: number;
  label: RowLabel;
  dayNames: readonly string[];
  todayIndex: number;
  /** The active column when this row holds the active cell, else null. */
  activeCol: number | null;
  /** The open editor when it is in this row. */
  editing: Editing | null;
  /** Minutes saved here that the live query has not brought back yet, by day. */
  pending: ReadonlyMap<number, number> | undefined;
  actions: RowActions;
}

/**
 * One row of the week: its label, seven day cells and its total. Memoised: moving the active
 * cell renders the two rows it leaves and enters, not all of them (a week can have 150 rows).
 */
export const WeekGridBodyRow = memo(function WeekGridBodyRow({ row, gridRow, label, dayNames, todayIndex, activeCol, editing, pending, actions }: Props) {
  const { t } = useI18n();
  const text = rowText(label);
  return (
    <tr data-grid-row={gridRow} aria-rowindex={gridRow + 1}>
      <th scope="row" data-grid-cell="" data-grid-col={0} aria-colindex={1} tabIndex={activeCol === 0 ? 0 : -1} className="row-head">
        <span className="row-category">{label.category}</span>
        {label.links.length > 0 ? <span className="row-links">{label.links.join(' · ')}</span> : null}
      </th>
      {row.cells.map((cell, day) => {
        const isEditing = editing !== null && editing.day === day;
        const minutes = pending?.get(day) ?? cell.minutes;
        const shown = cellHours(minutes);
        const name = t('timelog.week.cellName', { row: text, day: dayNames[day] ?? '' });
        const value = shown === '' ? t('timelog.week.cellEmpty') : t('timelog.week.cellHours', { hours: shown });
        const several = cell.entryCount > 1 ? t('timelog.week.cellEntries', { count: cell.entryCount }) : '';
        return (
          <td
            key={cell.date}
            data-grid-cell=""
            data-grid-col={day + 1}
            aria-colindex={day + 2}
            tabIndex={activeCol === day + 1 ? 0 : -1}
            aria-label={isEditing ? undefined : `${name}: ${value}${several}`}
            className={['hours', day === todayIndex ? 'is-today' : '', isEditing ? 'is-editing' : '', cell.entryCount > 1 ? 'has-several' : ''].join(' ').trim()}
            onDoubleClick={isEditing ? undefined : () => actions.startEdit(row, day)}
          >
            {isEditing && editing ? (
              <HoursEditor
                draft={editing.draft}
                typed={editing.typed}
                label={name}
                problem={editing.problem ? problemText(t, editing.problem) : null}
                hint={editHint(t, minutes, cell.entryCount, editing.draft)}
                idBase={`week-cell-${gridRow}-${day}`}
                onDraft={actions.draft}
                onCommit={actions.commit}
                onCancel={actions.cancel}
              />
            ) : (
              shown
            )}
          </td>
        );
      })}
      <td
        data-grid-cell=""
        data-grid-col={8}
        aria-colindex={9}
        tabIndex={activeCol === 8 ? 0 : -1}
        aria-readonly="true"
        className="total"
        aria-label={t('timelog.week.rowTotalName', { row: text, hours: totalHours(row.totalMinutes) })}
      >
        {totalHours(row.totalMinutes)}
      </td>
    </tr>
  );
});

/** What saving the draft will do, said before it happens: merging several entries, or emptying the cell. */
function editHint(t: Translate, minutes: number, entryCount: number, draft: string): string | null {
  const parsed = cellMinutes(draft);
  if (parsed.ok && parsed.minutes === null && minutes > 0) return entryCount > 1 ? t('timelog.week.hintClearSeveral', { count: entryCount }) : t('timelog.week.hintClear');
  if (entryCount > 1) return t('timelog.week.hintMerge', { count: entryCount });
  return null;
}
