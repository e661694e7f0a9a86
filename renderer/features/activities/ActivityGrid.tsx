/**
 * The virtualised activities grid: a real <table role="grid"> with a sticky
 * header, rows rendered only near the viewport with spacer rows above and
 * below (so the table semantics survive), aria-rowcount/rowindex for the
 * true size, and a roving tabindex moved by the arrow keys (WAI-ARIA APG
 * data grid). Editing state lives in the parent; focus lives here.
 */
import { memo, useCallback, useLayoutEffect, useMemo, useRef, useState, type FocusEvent, type KeyboardEvent, type ReactNode } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import type { ReactTable } from '@tanstack/react-table';
import type { Activity } from '../../../shared/domain/plan.ts';
import { formatInteger, formatKronor } from '../../../shared/format.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { ActivityColumnMeta, ActivityTableFeatures, ActivityTableRow, EditField } from './activity-columns.ts';
import type { ActivityRow } from './activity-rows.ts';
import { quarterParts } from './activity-rows.ts';
import type { ActivityGroup, ColumnId, DisplayItem, GroupBy } from './activity-view.ts';
import { gridKeyAction, gridPositionOf } from '../../ui/grid-keys.ts';
import { CellEditor, type CommitMove } from './CellEditor.tsx';
import { problemMessage, type EditProblem } from './cell-edit.ts';

/** A row's height until one is measured (activities.css gives every row one line of the same height). */
const ROW_HEIGHT = 41;

export interface EditingCell {
  activityId: string;
  columnId: ColumnId;
  field: EditField;
  draft: string;
  problem: EditProblem | null;
  saving: boolean;
}

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
  const [headerHeight, setHeaderHeight] = useState(ROW_HEIGHT);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
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

  // The active row is always rendered, even when scrolled away, so Tab can come back to it and focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeItemIndex >= 0 && activeItemIndex < range.count && !indexes.includes(activeItemIndex)) {
        indexes.push(activeItemIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeItemIndex],
  );
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // Every row has the same height (one line; an edit's message hangs outside the row), so rows are not measured one by
  // one: measuring each row as it scrolls into view forces a layout per row and was the largest cost of a keystroke.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    estimateSize,
    overscan: 10,
    getItemKey,
    rangeExtractor,
    // The sticky header sits at the top of the scrolled box: rows start below it and scrolling to a row keeps it clear of the header.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setHeaderHeight(head.getBoundingClientRect().height));
    observer.observe(head);
    return () => observer.disconnect();
  }, []);

  // One row stands for all: its height follows the user's font size and zoom.
  const sampleRow = useRef<HTMLTableRowElement | null>(null);
  const firstRowKey = items[0]?.key;
  useLayoutEffect(() => {
    const row = scrollRef.current?.querySelector<HTMLTableRowElement>('tbody tr[data-index]');
    if (!row || row === sampleRow.current) return;
    sampleRow.current = row;
    const observer = new ResizeObserver(() => {
      const height = row.getBoundingClientRect().height;
      if (height > 0) setRowHeight((current) => (Math.abs(current - height) < 0.5 ? current : height));
    });
    observer.observe(row);
    return () => {
      observer.disconnect();
      sampleRow.current = null;
    };
  }, [firstRowKey]);
  useLayoutEffect(() => virtualizer.measure(), [rowHeight, virtualizer]);

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
      if (item?.kind === 'row' && column && edit) onStartEdit(pending.get(item.item.original.activity.id) ?? item.item.original.activity, column.id as ColumnId, edit.field);
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

interface GroupRowProps {
  item: Extract<DisplayItem<ActivityTableRow>, { kind: 'group' }>;
  groupBy: GroupBy;
  index: number;
  columnCount: number;
  focusable: boolean;
  onToggle: (key: string) => void;
}

/** A group's header row: one cell with a disclosure button naming the group, its count and summed cost. */
const GroupRow = memo(function GroupRow({ item, groupBy, index, columnCount, focusable, onToggle }: GroupRowProps) {
  const { t, language } = useI18n();
  return (
    <tr data-index={index} data-grid-row={index + 1} aria-rowindex={index + 2} className="group-row">
      <td colSpan={columnCount}>
        <button type="button" className="group-toggle" aria-expanded={!item.collapsed} data-grid-cell="" tabIndex={focusable ? 0 : -1} onClick={() => onToggle(item.group.key)}>
          <span className="group-icon" aria-hidden="true">
            {item.collapsed ? '▸' : '▾'}
          </span>{' '}
          <span className="group-label">{groupLabel(t, groupBy, item.group)}</span>{' '}
          <span className="group-summary">
            {t(item.group.count === 1 ? 'activities.group.summaryOne' : 'activities.group.summary', {
              count: formatInteger(item.group.count, language),
              cost: formatKronor(item.group.costOre, language),
            })}
          </span>
        </button>
      </td>
    </tr>
  );
});

interface DataRowProps {
  row: ActivityTableRow;
  /** The activity as shown: the saved value while the live query catches up, else the row's. */
  activity: Activity;
  /** The visible columns; a new array when columns are shown or hidden. */
  columns: readonly unknown[];
  index: number;
  /** The active column when this row holds the active cell, else null. */
  activeCol: number | null;
  editing: EditingCell | null;
  onStartEdit: (activity: Activity, columnId: ColumnId, field: EditField) => void;
  onDraft: (draft: string) => void;
  onCommit: (move: CommitMove, refocus: boolean) => void | Promise<void>;
  onCancel: () => void;
}

/**
 * One activity's row. Memoised: while scrolling, rows that stay in view do
 * not render again, only the ones coming into view.
 */
const DataRow = memo(function DataRow({ row, activity, index, activeCol, editing, onStartEdit, onDraft, onCommit, onCancel }: DataRowProps) {
  const { t, language } = useI18n();
  return (
    <tr data-index={index} data-grid-row={index + 1} aria-rowindex={index + 2}>
      {row.getVisibleCells().map((cell, col) => {
        const meta = cell.column.columnDef.meta;
        const columnId = cell.column.id as ColumnId;
        const isEditing = editing !== null && editing.columnId === columnId;
        const text = cellText(t, language, columnId, row.original, activity);
        return (
          <td
            key={cell.id}
            data-grid-cell=""
            data-grid-col={col}
            data-column={columnId}
            tabIndex={activeCol === col ? 0 : -1}
            aria-readonly={meta?.edit ? undefined : true}
            className={[meta?.align === 'end' ? 'align-end' : '', isEditing ? 'is-editing' : ''].join(' ').trim() || undefined}
            title={isEditing || text === '' ? undefined : text}
            onDoubleClick={meta?.edit && !isEditing ? () => onStartEdit(activity, columnId, meta.edit?.field ?? 'title') : undefined}
          >
            {isEditing && editing && meta?.edit ? (
              <CellEditor
                kind={meta.edit.kind}
                draft={editing.draft}
                label={t('activities.edit.label', { column: t(meta.label), title: activity.title || t('activities.untitled') })}
                problem={editing.problem ? problemMessage(t, editing.problem) : null}
                errorId={`activity-error-${activity.id}-${columnId}`}
                saving={editing.saving}
                onDraft={onDraft}
                onCommit={(move, refocus) => void onCommit(move, refocus)}
                onCancel={onCancel}
              />
            ) : (
              text
            )}
          </td>
        );
      })}
    </tr>
  );
});

function cellText(t: Translate, language: 'sv' | 'en', columnId: ColumnId, row: ActivityRow, activity: Activity): string {
  switch (columnId) {
    case 'title':
      return activity.title || t('activities.untitled');
    case 'goalArea':
      return row.goalAreaName;
    case 'plan':
      return row.planPeriod;
    case 'strategy':
      return row.strategyTitle;
    case 'tactic':
      return row.tacticTitle;
    case 'responsible':
      return activity.responsible;
    case 'start':
      return activity.startDate;
    case 'end':
      return activity.endDate;
    case 'status':
      return t(`activities.status.${activity.status}`);
    case 'cost':
      return formatKronor(activity.costOre, language);
    case 'notes':
      return activity.notes;
  }
}

function groupLabel(t: Translate, groupBy: GroupBy, group: ActivityGroup): string {
  const row = group.first;
  switch (groupBy) {
    case 'goalArea':
      return row.goalAreaName || t('activities.group.noGoalArea');
    case 'strategy':
      if (row.strategyId === '') return t('activities.group.noStrategy');
      return t('activities.group.strategy', { strategy: row.strategyTitle || t('activities.untitled'), goalArea: row.goalAreaName || t('activities.group.noGoalArea') });
    case 'status':
      return t(`activities.status.${row.activity.status}`);
    case 'quarter': {
      const parts = quarterParts(row.activity.startDate);
      return parts ? t('activities.group.quarter', { year: parts.year, quarter: parts.quarter }) : t('activities.group.noQuarter');
    }
    case 'none':
      return '';
  }
}
