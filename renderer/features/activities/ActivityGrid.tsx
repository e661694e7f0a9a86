/**
 * The virtualised activities grid: a real <table role="grid"> with a sticky
 * header, rows rendered only near the viewport with spacer rows above and
 * below (so the table semantics survive), aria-rowcount/rowindex for the
 * true size, and a roving tabindex moved by the arrow keys (WAI-ARIA APG
 * data grid). Editing state lives in the parent; focus lives here.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import type { Activity } from '#shared/domain/plan.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import type { ActivityColumnMeta, ActivityTableFeatures, ActivityTableRow, EditField } from './activity-columns.ts';
import type { ActivityRow } from './activity-rows.ts';
import type { ColumnId, DisplayItem, GroupBy } from './activity-view.ts';
import { gridKeyAction, gridPositionOf } from '../../ui/grid-keys.ts';
import type { CommitMove } from './CellEditor.tsx';
import { DataRow, GroupRow, type EditingCell } from './ActivityGridRows.tsx';
import { ROW_HEIGHT, useGridVirtualizer } from './use-grid-virtualizer.ts';


interface Props {
  table: ReactTable<ActivityTableFeatures, ActivityRow>;
  items: readonly DisplayItem<ActivityTableRow>[];
  groupBy: GroupBy;
  labelledBy: string;
  describedBy: string;
  editing: EditingCell | null;
  /** Activities saved here whose new values the live query has not delivered yet. */
  pending: ReadonlyMap<string, Activity>;
  onStartEdit: (activity: Activity, columnId: ColumnId, field: EditField) => void;
  onDraft: (draft: string) => void;
  /** Resolves true when the edit is closed (saved or unchanged), false when a problem keeps it open. */
  onCommit: () => Promise<boolean>;
  onCancel: () => void;
  onToggleGroup: (key: string) => void;
}

interface ActiveCell {
  /** The display item's key ('header' for the header row), so the active cell follows its activity when rows re-sort. */
  key: string;
  /** Where it was, for when its item disappears (filtered out). */
  row: number;
  col: number;
}

export function ActivityGrid({ table, items, groupBy, labelledBy, describedBy, editing, pending, onStartEdit, onDraft, onCommit, onCancel, onToggleGroup }: Props) {
  const { t } = useI18n();
  const scrollRef = useRef<HTMLDivElement>(null);
  const headRef = useRef<HTMLTableSectionElement>(null);
  const [active, setActive] = useState<ActiveCell>({ key: 'header', row: 0, col: 0 });
  const focusAfterRender = useRef(false);
  const [, setFocusTick] = useState(0);

  const columns = table.getVisibleLeafColumns();
  const headers = table.getHeaderGroups()[0]?.headers ?? [];
  const rowCount = items.length + 1;

  // Only the active item's index is needed: a scan, not a 10 000-entry map per change.
  const activeIndex = useMemo(() => (active.key === 'header' ? -1 : items.findIndex((item) => item.key === active.key)), [items, active.key]);
  const activeRow = active.key === 'header' ? 0 : (activeIndex >= 0 ? activeIndex : Math.min(active.row - 1, items.length - 1)) + 1;
  const activeCol = Math.min(active.col, columns.length - 1);
  const activeItemIndex = activeRow - 1;

  const { virtualizer, headerHeight } = useGridVirtualizer({ items, activeItemIndex, scrollRef, headRef });

  const requestFocus = useCallback(() => {
    focusAfterRender.current = true;
    setFocusTick((n) => n + 1);
  }, []);

  useLayoutEffect(() => {
    if (!focusAfterRender.current) return;
    focusAfterRender.current = false;
    const target = scrollRef.current?.querySelector<HTMLElement>(`[data-grid-row="${activeRow}"] [data-grid-cell][tabindex="0"]`);
    if (!target) return;
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  });

  const positionTo = (row: number, col: number): ActiveCell => ({ key: row === 0 ? 'header' : (items[row - 1]?.key ?? 'header'), row, col });

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    const target = event.target as HTMLElement;
    // Keys inside an editor or another control in a cell are theirs.
    if (!target.hasAttribute('data-grid-cell')) return;
    const item = activeItemIndex >= 0 ? items[activeItemIndex] : undefined;
    const column = columns[activeCol];
    const edit = item?.kind === 'row' ? column?.columnDef.meta?.edit : undefined;
    const pageRows = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 2);
    const action = gridKeyAction({ row: activeRow, col: activeCol }, event, { rows: rowCount, cols: columns.length, pageRows }, { editable: edit !== undefined });
    if (!action) return;
    event.preventDefault();
    if (action.kind === 'edit') {
      if (item?.kind === 'row' && column && edit) onStartEdit(pending.get(item.item.original.activity.id) ?? item.item.original.activity, column.id as ColumnId, edit.key);
      return;
    }
    if (action.kind !== 'move') return;
    setActive(positionTo(action.to.row, action.to.col));
    requestFocus();
  };

  const onFocus = (event: FocusEvent<HTMLTableElement>) => {
    const at = gridPositionOf(event.target);
    if (!at) return;
    const next = positionTo(at.row, at.col ?? activeCol);
    setActive((current) => (current.key === next.key && current.col === next.col ? current : next));
  };

  const columnCount = columns.length;
  const commit = useCallback(
    async (move: CommitMove, refocus: boolean) => {
      const closed = await onCommit();
      if (!closed) return;
      if (move !== 0) setActive((current) => ({ ...current, col: Math.min(columnCount - 1, Math.max(0, current.col + move)) }));
      if (refocus) requestFocus();
    },
    [onCommit, columnCount, requestFocus],
  );

  const cancel = useCallback(() => {
    onCancel();
    requestFocus();
  }, [onCancel, requestFocus]);

  const tabIndexOf = (row: number, col: number) => (row === activeRow && col === activeCol ? 0 : -1);
  const widthRem = columns.reduce((sum, column) => sum + (column.columnDef.meta?.widthRem ?? 10), 0);

  const body: ReactNode[] = [];
  const virtualItems = virtualizer.getVirtualItems();
  let cursor = headerHeight;
  const spacer = (key: string, height: number) => (
    <tr key={key} className="grid-spacer" aria-hidden="true">
      <td colSpan={columns.length} style={{ height }} />
    </tr>
  );
  for (const virtual of virtualItems) {
    const item = items[virtual.index];
    if (!item) continue;
    if (virtual.start > cursor + 0.5) body.push(spacer(`gap-${virtual.index}`, virtual.start - cursor));
    cursor = virtual.end;
    const gridRow = virtual.index + 1;
    if (item.kind === 'group') {
      body.push(
        <GroupRow
          key={item.key}
          item={item}
          groupBy={groupBy}
          index={virtual.index}
          columnCount={columns.length}
          focusable={gridRow === activeRow}
          onToggle={onToggleGroup}
        />,
      );
      continue;
    }
    const rowEditing = editing !== null && editing.activityId === item.key ? editing : null;
    body.push(
      <DataRow
        key={item.key}
        row={item.item}
        activity={pending.get(item.key) ?? item.item.original.activity}
        columns={columns}
        index={virtual.index}
        activeCol={gridRow === activeRow ? activeCol : null}
        editing={rowEditing}
        onStartEdit={onStartEdit}
        onDraft={onDraft}
        onCommit={commit}
        onCancel={cancel}
      />,
    );
  }
  const total = virtualizer.getTotalSize();
  if (total > cursor + 0.5) body.push(spacer('gap-end', total - cursor));

  return (
    <div className="activity-grid-scroll" ref={scrollRef} style={{ scrollPaddingTop: headerHeight }}>
      <table
        role="grid"
        className="activity-grid"
        aria-labelledby={labelledBy}
        aria-describedby={describedBy}
        aria-rowcount={rowCount}
        aria-colcount={columns.length}
        style={{ width: `${widthRem}rem` }}
        onKeyDown={onKeyDown}
        onFocus={onFocus}
      >
        <colgroup>
          {columns.map((column) => (
            <col key={column.id} style={{ width: `${column.columnDef.meta?.widthRem ?? 10}rem` }} />
          ))}
        </colgroup>
        <thead ref={headRef}>
          <tr data-grid-row={0} aria-rowindex={1}>
            {headers.map((header, col) => {
              const meta: ActivityColumnMeta | undefined = header.column.columnDef.meta;
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                  className={meta?.align === 'end' ? 'align-end' : undefined}
                >
                  <button type="button" className="sort-button" data-grid-cell="" data-grid-col={col} tabIndex={tabIndexOf(0, col)} onClick={header.column.getToggleSortingHandler()}>
                    {meta ? t(meta.label) : header.id}
                    <span className={sorted ? 'sort-icon is-sorted' : 'sort-icon'} aria-hidden="true">
                      {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : '↕'}
                    </span>
                  </button>
                </th>
              );
            })}
          </tr>
        </thead>
        <tbody>
          {items.length === 0 ? (
            <tr aria-rowindex={2}>
              <td colSpan={columns.length} className="no-matches">
                {t('activities.noMatches')}
              </td>
            </tr>
          ) : (
            body
          )}
        </tbody>
      </table>
    </div>
  );
}

