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
import { activityStatuses, type ActivityStatus } from '../../../shared/domain/plan.ts';
import type { MessageKey } from '../../i18n/sv.ts';
import type { ActivityRow } from './activity-rows.ts';
import { createFlatFilteredRowModel } from './flat-filtered-row-model.ts';
import { matchesSearch, overlapsRange, planIn, statusIn, type CompiledSearch, type DateRange } from './activity-view.ts';
import { collator } from '../../../shared/locale.ts';

/** How a cell is edited in place; absent for read-only columns. */
export type EditKind = 'text' | 'date' | 'status' | 'cost';
/** The activity field a column edits. */
export type EditField = 'title' | 'responsible' | 'startDate' | 'endDate' | 'status' | 'costOre';

export interface ActivityColumnMeta {
  label: MessageKey;
  /** Width in rem: the table has a fixed layout so virtual rows coming and going never shift columns. */
  widthRem: number;
  align?: 'end';
  edit?: { kind: EditKind; field: EditField };
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
const statusRank = new Map(activityStatuses.map((s, i) => [s, i]));
/** Statuses in their life-cycle order (planerad, pågår, klar, försenad, struken), not alphabetically. */
const byStatus: SortFn<ActivityTableFeatures, ActivityRow> = (a, b) => (statusRank.get(a.original.activity.status) ?? 0) - (statusRank.get(b.original.activity.status) ?? 0);

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

export const activityColumns = helper.columns([
  helper.accessor((r) => r.activity.title, {
    id: 'title',
    sortFn: byText((r) => r.activity.title),
    sortUndefined: false,
    enableHiding: false,
    meta: { label: 'activities.column.title', widthRem: 17, edit: { kind: 'text', field: 'title' } },
  }),
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
  helper.accessor((r) => r.activity.responsible, {
    id: 'responsible',
    sortFn: byText((r) => r.activity.responsible),
    sortUndefined: false,
    filterFn: responsibleFilter,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.responsible', widthRem: 11, edit: { kind: 'text', field: 'responsible' } },
  }),
  helper.accessor((r) => r.activity.startDate, {
    id: 'start',
    sortFn: byValue((r) => r.activity.startDate),
    sortUndefined: false,
    filterFn: periodFilter,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.start', widthRem: 8.5, edit: { kind: 'date', field: 'startDate' } },
  }),
  helper.accessor((r) => r.activity.endDate, {
    id: 'end',
    sortFn: byValue((r) => r.activity.endDate),
    sortUndefined: false,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.end', widthRem: 8.5, edit: { kind: 'date', field: 'endDate' } },
  }),
  helper.accessor((r) => r.activity.status, {
    id: 'status',
    sortFn: byStatus,
    sortUndefined: false,
    filterFn: statusFilter,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.status', widthRem: 8, edit: { kind: 'status', field: 'status' } },
  }),
  helper.accessor((r) => r.activity.costOre, {
    id: 'cost',
    sortFn: byValue((r) => r.activity.costOre),
    sortUndefined: false,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.cost', widthRem: 8.5, align: 'end', edit: { kind: 'cost', field: 'costOre' } },
  }),
  helper.accessor((r) => r.activity.notes, {
    id: 'notes',
    sortFn: byText((r) => r.activity.notes),
    sortUndefined: false,
    enableGlobalFilter: false,
    meta: { label: 'activities.column.notes', widthRem: 16 },
  }),
]);
