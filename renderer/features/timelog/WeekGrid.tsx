/**
 * The week as a spreadsheet (WAI-ARIA APG data grid): a real table with role="grid" and one tab
 * stop, the active cell (roving tabindex); the keys are the activity table's (ui/grid-keys.ts):
 * arrows, Home/End and Page keys move, Tab leaves the grid. Enter or F2 edits, a typed digit
 * starts an edit with it, Delete clears. In the editor Enter saves and moves down, Tab and
 * Shift+Tab save and move across (wrapping to the next row), Escape cancels. A refused value
 * keeps the editor open with its message.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { gridKeyAction, gridPositionOf } from '../../ui/grid-keys.ts';
import { cellHours, dayName, type RowLabel } from './labels.ts';
import type { TimelogProblem } from '#shared/timelog/problems.ts';
import { cellMinutes, type WeekGrid as WeekGridModel, type WeekGridRow } from '#shared/timelog/week-grid.ts';
import { useCellEditing } from './use-cell-editing.ts';
import { cellKey, usePendingCells } from './use-pending-cells.ts';
import { WeekGridHead, WeekGridTotals } from './WeekGridFrame.tsx';
import { WeekGridBodyRow, type Move, type RowActions } from './WeekGridRow.tsx';

/** Column 0 is the row's label, 1–7 the days, 8 the row's total. */
const DAY_COLS = 7;
const COLS = DAY_COLS + 2;

export interface FocusRequest {
  rowId: string;
  day: number;
  /** A new number asks again for the same cell. */
  seq: number;
}

interface Props {
  grid: WeekGridModel;
  labels: ReadonlyMap<string, RowLabel>;
  today: string;
  labelledBy: string;
  describedBy: string;
  /** Stores a typed value; resolves with null when saved, else with the problems to show (none when the save failed and the view said so). */
  onSetCell: (row: WeekGridRow, day: number, text: string) => Promise<readonly TimelogProblem[] | null>;
  /** Delete on a cell: empties it. */
  onClearCell: (row: WeekGridRow, day: number) => void;
  focusRequest: FocusRequest | null;
}

interface Active {
  /** 'header', 'totals' or a row's id, so the active cell follows its row when rows are added above it. */
  rowId: string;
  /** Where it was, for when its row disappears. */
  row: number;
  col: number;
}

const noLabel: RowLabel = { category: '', links: [] };

export function WeekGrid({ grid, labels, today, labelledBy, describedBy, onSetCell, onClearCell, focusRequest }: Props) {
  const { t } = useI18n();
  const tableRef = useRef<HTMLTableElement>(null);
  const [active, setActive] = useState<Active>({ rowId: grid.rows[0]?.id ?? 'header', row: 1, col: 1 });
  const [editing, editingRef, setEditing] = useCellEditing(grid);
  // Values typed here that the live query has not brought back yet.
  const pending = usePendingCells(grid);
  const focusAfterRender = useRef(false);
  const [, setFocusTick] = useState(0);
  const handledRequest = useRef<number | null>(null);

  const rowCount = grid.rows.length + 2;
  const rowIndexOf = (rowId: string, fallback: number): number => {
    if (rowId === 'header') return 0;
    if (rowId === 'totals') return rowCount - 1;
    const index = grid.rows.findIndex((r) => r.id === rowId);
    return index >= 0 ? index + 1 : Math.min(Math.max(1, fallback), rowCount - 1);
  };
  const activeRow = rowIndexOf(active.rowId, active.row);
  const activeCol = Math.min(active.col, COLS - 1);
  const positionTo = (row: number, col: number): Active => ({ rowId: row === 0 ? 'header' : row >= rowCount - 1 ? 'totals' : (grid.rows[row - 1]?.id ?? 'totals'), row, col });

  const requestFocus = useCallback(() => {
    focusAfterRender.current = true;
    setFocusTick((n) => n + 1);
  }, []);

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    const target = tableRef.current?.querySelector<HTMLElement>(`[data-grid-row="${activeRow}"] [data-grid-col="${activeCol}"]`);
    // An editor open in the cell has focused itself: taking focus back to the cell would close it.
    if (!target || target.contains(document.activeElement)) return;
    target.focus();
  });

  // A cell asked for from outside (a row just added): make it active and focus it, once its row is shown.
  // Declared after the focusing effect, so the focus follows in the render that shows the new active cell.
  useLayoutEffect(() => {
    if (!focusRequest || handledRequest.current === focusRequest.seq) return;
    if (!grid.rows.some((r) => r.id === focusRequest.rowId)) return;
    handledRequest.current = focusRequest.seq;
    setActive({ rowId: focusRequest.rowId, row: 1, col: focusRequest.day + 1 });
    requestFocus();
  }, [focusRequest, grid, requestFocus]);

  const minutesIn = (row: WeekGridRow, day: number): number => pending.values.get(cellKey(row.id, day)) ?? row.cells[day]?.minutes ?? 0;
  const dayNames = useMemo(() => grid.days.map((date) => dayName(t, date)), [grid.days, t]);

  const isEditable = (row: number, col: number) => row >= 1 && row <= grid.rows.length && col >= 1 && col <= DAY_COLS;

  function startEdit(row: WeekGridRow, day: number, typed: string | null) {
    const minutes = minutesIn(row, day);
    setEditing({ rowId: row.id, day, draft: typed ?? cellHours(minutes), typed: typed !== null, problem: null });
  }

  /** Where Tab goes from a day cell: across, then to the next row's Monday; null past the grid's last (or first) day cell. */
  function tabTarget(row: number, col: number, back: boolean): { row: number; col: number } | null {
    if (!isEditable(row, col)) return null;
    if (back) return col > 1 ? { row, col: col - 1 } : row > 1 ? { row: row - 1, col: DAY_COLS } : null;
    return col < DAY_COLS ? { row, col: col + 1 } : row < grid.rows.length ? { row: row + 1, col: 1 } : null;
  }

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    // The editor handles its own keys.
    if (!target.hasAttribute('data-grid-cell')) return;
    const dataRow = grid.rows[activeRow - 1];
    const editable = isEditable(activeRow, activeCol) && dataRow !== undefined;
    const action = gridKeyAction({ row: activeRow, col: activeCol }, event, { rows: rowCount, cols: COLS, pageRows: 5 }, { editable, typeToEdit: true, clearable: true });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'move') {
      setActive(positionTo(action.to.row, action.to.col));
      requestFocus();
      return;
    }
    if (!dataRow) return;
    if (action.kind === 'edit') startEdit(dataRow, activeCol - 1, action.typed);
    else if (minutesIn(dataRow, activeCol - 1) > 0) onClearCell(dataRow, activeCol - 1);
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const at = gridPositionOf(event.target);
    if (!at || at.col === null) return;
    if (at.row === activeRow && at.col === activeCol) return;
    setActive(positionTo(at.row, at.col));
  };

  /**
   * Saves the open editor. A value that cannot be read is refused at once and the editor stays
   * open. Otherwise the editor closes and the active cell moves right away, so a fast typist's
   * next keys land in the next cell; the value shows while it is stored, and should the
   * workbook refuse it (a full day, a date too far ahead) the editor opens again on that cell
   * with the message.
   */
  function commit(move: Move, refocus: boolean): void {
    const current = editingRef.current;
    if (!current) return;
    const row = grid.rows.find((r) => r.id === current.rowId);
    if (!row) {
      setEditing(null);
      return;
    }
    const parsed = cellMinutes(current.draft);
    if (!parsed.ok) {
      setEditing({ ...current, problem: parsed.problem });
      return;
    }
    const key = cellKey(current.rowId, current.day);
    const seq = pending.begin(key, parsed.minutes ?? 0);
    setEditing(null);
    const rowNumber = rowIndexOf(current.rowId, activeRow);
    const col = current.day + 1;
    let next = { row: rowNumber, col };
    if (move === 'down') next = { row: Math.min(grid.rows.length, rowNumber + 1), col };
    if (move === 'right' || move === 'left') next = tabTarget(rowNumber, col, move === 'left') ?? next;
    setActive(positionTo(next.row, next.col));
    if (refocus) requestFocus();

    void onSetCell(row, current.day, current.draft).then((problems) => {
      const problem = problems?.[0];
      pending.settle(key, seq, problems === null);
      if (!problem) return;
      // The editor opens again on its cell and focuses itself.
      setEditing({ ...current, typed: true, problem });
      setActive({ rowId: current.rowId, row: rowNumber, col });
    });
  }

  function cancel() {
    setEditing(null);
    requestFocus();
  }

  // The rows get one stable object whose functions call this render's versions.
  const latest = useRef({ startEdit, commit, cancel });
  useLayoutEffect(() => {
    latest.current = { startEdit, commit, cancel };
  });
  const actions = useMemo<RowActions>(
    () => ({
      startEdit: (row, day) => latest.current.startEdit(row, day, null),
      draft: (draft) => setEditing((e) => (e ? { ...e, draft, problem: null } : e)),
      commit: (move, refocus) => latest.current.commit(move, refocus),
      cancel: () => latest.current.cancel(),
    }),
    [setEditing],
  );

  const tabIndexOf = (row: number, col: number) => (row === activeRow && col === activeCol ? 0 : -1);
  const todayIndex = grid.days.indexOf(today);

  return (
    <div className="week-grid-scroll">
      <table
        ref={tableRef}
        role="grid"
        className="week-grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={rowCount}
        aria-colcount={COLS}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <colgroup>
          <col className="row-head-col" />
          {grid.days.map((date) => (
            <col key={date} />
          ))}
          <col className="total-col" />
        </colgroup>
        <WeekGridHead days={grid.days} tabIndexOf={tabIndexOf} todayIndex={todayIndex} />
        <tbody>
          {grid.rows.map((row, index) => (
            <WeekGridBodyRow
              key={row.id}
              row={row}
              gridRow={index + 1}
              label={labels.get(row.id) ?? noLabel}
              dayNames={dayNames}
              todayIndex={todayIndex}
              activeCol={activeRow === index + 1 ? activeCol : null}
              editing={editing !== null && editing.rowId === row.id ? editing : null}
              pending={pending.byRow.get(row.id)}
              actions={actions}
            />
          ))}
        </tbody>
        <WeekGridTotals grid={grid} gridRow={rowCount - 1} dayNames={dayNames} tabIndexOf={tabIndexOf} todayIndex={todayIndex} />
      </table>
    </div>
  );
}
