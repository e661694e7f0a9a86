/**
 * A filtered row model for flat data (rows without sub-rows, as the
 * activities are), plugged into
 * TanStack Table's `filteredRowModel` slot. It runs the same column filter
 * functions, global filter function and filter state as the stock
 * `createFilteredRowModel()`, but without its per-row bookkeeping: the stock
 * model allocates two objects and a closure per row on every pass, records
 * per-row filter results and meta for faceting, and builds a rowsById
 * dictionary. Measured in Chromium on the 10 000-activity workbook, that
 * bookkeeping cost 2–4 times the filtering itself (12–29 ms against 3–8 ms a
 * keystroke). This table uses neither faceting nor filter meta; rowsById is
 * built only if something asks for it.
 */
import type { Column, Row, RowModel, Table, columnFilteringFeature, globalFilteringFeature } from '@tanstack/react-table';
import type { ActivityRow } from './activity-rows.ts';

/** The features this model uses; the table registering it has these and more (the slot takes any table). */
interface TFeatures {
  columnFilteringFeature: typeof columnFilteringFeature;
  globalFilteringFeature: typeof globalFilteringFeature;
}
type TData = ActivityRow;

export function createFlatFilteredRowModel(): (table: Table<TFeatures, TData>) => () => RowModel<TFeatures, TData> {
  return (table) => {
    // Recomputed only when its inputs change, as the stock model's memo does.
    let last: { deps: readonly unknown[]; model: RowModel<TFeatures, TData> } | null = null;
    return () => {
      const preFiltered = table.getPreFilteredRowModel();
      const columnFilters = table.atoms.columnFilters.get();
      const globalFilter: unknown = table.atoms.globalFilter.get();
      const deps = [preFiltered, columnFilters, globalFilter];
      if (last && deps.every((dep, i) => dep === last?.deps[i])) return last.model;
      last = { deps, model: filterFlat(table, preFiltered, columnFilters, globalFilter) };
      return last.model;
    };
  };
}

function filterFlat(
  table: Table<TFeatures, TData>,
  preFiltered: RowModel<TFeatures, TData>,
  columnFilters: readonly { id: string; value: unknown }[],
  globalFilter: unknown,
): RowModel<TFeatures, TData> {
  const hasGlobalFilter = globalFilter !== undefined && globalFilter !== null && globalFilter !== '';
  if (preFiltered.rows.length === 0 || (columnFilters.length === 0 && !hasGlobalFilter)) return preFiltered;

  const filters: { id: string; test: (row: Row<TFeatures, TData>) => boolean }[] = [];
  for (const filter of columnFilters) {
    const column = table.getColumn(filter.id);
    const filterFn = column?.getFilterFn();
    if (!filterFn) continue;
    const value: unknown = filterFn.resolveFilterValue?.(filter.value) ?? filter.value;
    filters.push({ id: filter.id, test: (row) => filterFn(row, filter.id, value) });
  }
  const globalFilterFn = hasGlobalFilter ? table.getGlobalFilterFn() : undefined;
  const globalColumns: Column<TFeatures, TData, unknown>[] = globalFilterFn ? table.getAllLeafColumns().filter((column) => column.getCanGlobalFilter()) : [];
  const globalValue: unknown = globalFilterFn?.resolveFilterValue?.(globalFilter) ?? globalFilter;

  const rows = preFiltered.rows.filter((row) => {
    for (const filter of filters) if (!filter.test(row)) return false;
    if (globalFilterFn && globalColumns.length > 0) return globalColumns.some((column) => globalFilterFn(row, column.id, globalValue));
    return true;
  });

  let byId: Record<string, Row<TFeatures, TData>> | undefined;
  return {
    rows,
    flatRows: rows,
    get rowsById() {
      byId ??= Object.fromEntries(rows.map((row) => [row.id, row]));
      return byId;
    },
  };
}
