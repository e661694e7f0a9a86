/**
 * The table model of the all-activities table (TanStack Table v9): the
 * features it registers and its columns. No React here, so tests build the
 * same table in Node with `constructTable` and check filtering and sorting.
 * Cells are rendered by ActivityTable.tsx from the column's meta.
 */
import {
  columnFilteringFeature,
  columnVisibilityFeature,
  createColumnHelper,
  createSortedRowModel,
  globalFilteringFeature,
  metaHelper,
  rowSortingFeature,
  tableFeatures,
  type FilterFn,
  type Row,
  type SortFn,
} from '@tanstack/react-table';
import type { ActivityStatus } from '#shared/domain/plan.ts';
import { columnLabelKey } from '../../i18n/field-words.ts';
import type { MessageKey } from '../../i18n/sv.ts';
import type { ActivityRow } from './activity-rows.ts';
import { createFlatFilteredRowModel } from './flat-filtered-row-model.ts';
import { fieldColumnId, matchesSearch, overlapsRange, planIn, statusIn, tableFields, type ColumnId, type CompiledSearch, type DateRange, type TableField } from './activity-view.ts';
import { collator } from '#shared/locale.ts';

/** The fields a cell edits in place: one line of text, a date, a choice, an amount (long texts are edited in the plan). */
export type EditableField = Extract<TableField, { kind: 'shortText' | 'date' | 'choice' | 'kronor' }>;
/** The activity field a column edits. */
export type EditField = EditableField['key'];

export const isEditableField = (field: TableField): field is EditableField => field.kind !== 'longText';

export interface ActivityColumnMeta {
  label: MessageKey;
  /** Width in rem: the table has a fixed layout so virtual rows coming and going never shift columns. */
  widthRem: number;
  align?: 'end';
  /** The field the column shows; absent for where the activity sits (goal area, plan …). */
  field?: TableField;
  edit?: EditableField;
}

const baseFeatures = tableFeatures({
  columnFilteringFeature,
  globalFilteringFeature,
  rowSortingFeature,
  sortedRowModel: createSortedRowModel(),
  columnVisibilityFeature,
  columnMeta: metaHelper<ActivityColumnMeta>(),
});

export const activityTableFeatures = tableFeatures({
  ...baseFeatures,
  // The stock createFilteredRowModel() works too; this one skips its per-row bookkeeping (see the file).
  filteredRowModel: createFlatFilteredRowModel(),
});
export type ActivityTableFeatures = typeof activityTableFeatures;
export type ActivityTableRow = Row<ActivityTableFeatures, ActivityRow>;

const numberedOrder = collator('numbered');

/**
 * Gives every row of the table's data its rank for one text column, in
 * Swedish order with numbers read as numbers ("Strategi 2" before
 * "Strategi 10"). One collator pass per column and read (about 60 ms for
 * 10 000 rows) instead of one per sort: a filter keystroke re-sorts the
 * filtered rows, and comparing integers keeps that within a frame.
 */
function rankTextColumn(data: readonly ActivityRow[], columnId: string, text: (row: ActivityRow) => string): void {
  const texts = data.map(text);
  const order = data.map((_, i) => i).sort((a, b) => numberedOrder.compare(texts[a] ?? '', texts[b] ?? ''));
  let rank = 0;
  order.forEach((index, position) => {
    const previous = order[position - 1];
    if (previous !== undefined && numberedOrder.compare(texts[previous] ?? '', texts[index] ?? '') !== 0) rank = position;
    const row = data[index];
    if (row) row.sortRank[columnId] = rank;
  });
}

function byText(text: (row: ActivityRow) => string): SortFn<ActivityTableFeatures, ActivityRow> {
  return (a, b, id) => {
    if (a.original.sortRank[id] === undefined || b.original.sortRank[id] === undefined) rankTextColumn(a.table.options.data, id, text);
    return (a.original.sortRank[id] ?? 0) - (b.original.sortRank[id] ?? 0);
  };
}

/** ISO dates and öre compare as they are; read from the record, not through getValue, which costs ten times more per call. */
function byValue(value: (row: ActivityRow) => string | number): SortFn<ActivityTableFeatures, ActivityRow> {
  return (a, b) => {
    const x = value(a.original);
    const y = value(b.original);
    return x < y ? -1 : x > y ? 1 : 0;
  };
}
/** Choices in their own order (a status's life cycle: planerad, pågår, klar, försenad, struken), not alphabetically. */
function byChoice(field: Extract<TableField, { kind: 'choice' }>): SortFn<ActivityTableFeatures, ActivityRow> {
  const rank = new Map<string, number>(field.choices.map((c, i) => [c, i]));
  return (a, b) => (rank.get(a.original.activity[field.key]) ?? 0) - (rank.get(b.original.activity[field.key]) ?? 0);
}

const statusFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: readonly ActivityStatus[]) => statusIn(row.original, value);
const responsibleFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: string) => row.original.activity.responsible === value;
/** Filters on the goal area's id: two goal areas may share a name. */
const goalAreaFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: string) => row.original.goalAreaId === value;
const planFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: ReadonlySet<string>) => planIn(row.original, value);
const periodFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: DateRange) => overlapsRange(row.original, value);

/**
 * The search box as the table's global filter. It runs once per row (only
 * the title column takes part) over the row's prepared search text, instead
 * of once per cell with lower-casing per keystroke.
 */
export const searchFilter: FilterFn<ActivityTableFeatures, ActivityRow> = (row, _id, value: CompiledSearch) => matchesSearch(row.original, value);

const helper = createColumnHelper<ActivityTableFeatures, ActivityRow>();

// Every column sets `sortUndefined: false`: no value here is ever undefined, and the default (1)
// makes each comparison read both rows' values through getValue, tripling the cost of a sort.

/** The filters of the view that work on a field's column (the period filter on the start date's). */
const fieldFilters: Partial<Record<ColumnId, FilterFn<ActivityTableFeatures, ActivityRow>>> = { status: statusFilter, responsible: responsibleFilter, start: periodFilter };

/** Widths by kind; the row's name gets the most room. */
const widthOfKind: Record<TableField['kind'], number> = { shortText: 11, longText: 16, date: 8.5, choice: 8, kronor: 8.5 };

function sortOf(field: TableField): SortFn<ActivityTableFeatures, ActivityRow> {
  switch (field.kind) {
    case 'choice':
      return byChoice(field);
    case 'date':
    case 'kronor':
      return byValue((r) => r.activity[field.key]);
    default:
      return byText((r) => r.activity[field.key]);
  }
}

/** A column for one of the activity's own fields, as its field table describes it. */
function fieldColumn(field: TableField, index: number) {
  const id = fieldColumnId(field.key);
  const leading = index === 0;
  return helper.accessor((r) => r.activity[field.key], {
    id,
    sortFn: sortOf(field),
    sortUndefined: false,
    filterFn: fieldFilters[id],
    // The search is the global filter, run once per row by the leading column (searchFilter).
    enableGlobalFilter: leading,
    enableHiding: !leading,
    meta: {
      label: columnLabelKey(field),
      widthRem: leading ? 17 : widthOfKind[field.kind],
      align: field.kind === 'kronor' ? 'end' : undefined,
      field,
      edit: isEditableField(field) ? field : undefined,
    },
  });
}

const [nameField, ...otherFields] = tableFields;

export const activityColumns = helper.columns([
  ...(nameField ? [fieldColumn(nameField, 0)] : []),
  helper.accessor((r) => r.goalAreaName, {
    id: 'goalArea',
    sortFn: byText((r) => r.goalAreaName),
    sortUndefined: false,
    filterFn: goalAreaFilter,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.goalArea', widthRem: 12 },
  }),
  helper.accessor((r) => r.planPeriod, {
    id: 'plan',
    sortFn: byValue((r) => r.planPeriodOrder),
    sortUndefined: false,
    filterFn: planFilter,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.plan', widthRem: 8 },
  }),
  helper.accessor((r) => r.strategyTitle, {
    id: 'strategy',
    sortFn: byText((r) => r.strategyTitle),
    sortUndefined: false,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.strategy', widthRem: 11 },
  }),
  helper.accessor((r) => r.tacticTitle, {
    id: 'tactic',
    sortFn: byText((r) => r.tacticTitle),
    sortUndefined: false,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.tactic', widthRem: 9 },
  }),
  ...otherFields.map((field, i) => fieldColumn(field, i + 1)),
]);

/** A column's header label, by its id. */
export function columnHeaderKey(id: ColumnId): MessageKey {
  return activityColumns.find((c) => c.id === id)?.meta?.label ?? 'activities.column.title';
}
