/**
 * The activities grid's rows: a group's header row and an activity's row,
 * whose cells show the activity's fields as the field table describes them
 * and open the in-cell editor.
 */
import { memo } from 'react';
import type { Activity } from '#shared/domain/plan.ts';
import { formatInteger, formatKronor } from '#shared/format.ts';
import { useI18n, type Translate } from '../../i18n/i18n.tsx';
import type { ActivityColumnMeta, ActivityTableRow, EditField } from './activity-columns.ts';
import type { ActivityRow } from './activity-rows.ts';
import { quarterParts } from './activity-rows.ts';
import type { ActivityGroup, ColumnId, DisplayItem, GroupBy } from './activity-view.ts';
import { activityStatusText, choiceText } from '../../i18n/field-words.ts';
import { CellEditor, type CommitMove } from './CellEditor.tsx';
import { problemMessage, type EditProblem } from './cell-edit.ts';

/** The cell being edited: its activity and column, the draft, and a refused value's problem. */
export interface EditingCell {
  activityId: string;
  columnId: ColumnId;
  field: EditField;
  draft: string;
  problem: EditProblem | null;
  saving: boolean;
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
export const GroupRow = memo(function GroupRow({ item, groupBy, index, columnCount, focusable, onToggle }: GroupRowProps) {
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
export const DataRow = memo(function DataRow({ row, activity, index, activeCol, editing, onStartEdit, onDraft, onCommit, onCancel }: DataRowProps) {
  const { t, language } = useI18n();
  return (
    <tr data-index={index} data-grid-row={index + 1} aria-rowindex={index + 2}>
      {row.getVisibleCells().map((cell, col) => {
        const meta = cell.column.columnDef.meta;
        const columnId = cell.column.id as ColumnId;
        const isEditing = editing !== null && editing.columnId === columnId;
        const text = cellText(t, language, columnId, meta, row.original, activity);
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
            onDoubleClick={meta?.edit && !isEditing ? () => onStartEdit(activity, columnId, meta.edit?.key ?? 'title') : undefined}
          >
            {isEditing && editing && meta?.edit ? (
              <CellEditor
                field={meta.edit}
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

/** A cell's text: where the activity sits, or one of its fields in the words its kind asks for. */
function cellText(t: Translate, language: 'sv' | 'en', columnId: ColumnId, meta: ActivityColumnMeta | undefined, row: ActivityRow, activity: Activity): string {
  switch (columnId) {
    case 'goalArea':
      return row.goalAreaName;
    case 'plan':
      return row.planPeriod;
    case 'strategy':
      return row.strategyTitle;
    case 'tactic':
      return row.tacticTitle;
  }
  const field = meta?.field;
  if (!field) return '';
  switch (field.kind) {
    case 'kronor':
      return formatKronor(activity[field.key], language);
    case 'choice':
      return choiceText(t, field, activity[field.key]);
    default:
      // The row's name, the title, is never shown empty: a just-added row reads "(utan titel)".
      return field.key === 'title' ? activity.title || t('activities.untitled') : activity[field.key];
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
      return activityStatusText(t, row.activity.status);
    case 'quarter': {
      const parts = quarterParts(row.activity.startDate);
      return parts ? t('activities.group.quarter', { year: parts.year, quarter: parts.quarter }) : t('activities.group.noQuarter');
    }
    case 'none':
      return '';
  }
}
