/**
 * The real table model (features, columns, filter and sort functions) built
 * with table-core in Node: what the view renders, without a browser.
 */
import { describe, expect, it } from 'vitest';
import { constructTable, createFilteredRowModel, type columnFilteringFeature, type globalFilteringFeature } from '@tanstack/react-table';
// Not re-exported by @tanstack/react-table: the Node stand-in for React's reactivity comes from table-core (installed with it).
import { storeReactivityBindings } from '@tanstack/table-core/store-reactivity-bindings';
import { generateLargeWorkbook } from '../../../../bench/large-workbook.ts';
import type { ActivityStatus } from '#shared/domain/plan.ts';
import { activityColumns, activityTableFeatures, searchFilter } from '../../../../renderer/features/activities/activity-columns.ts';
import { buildActivityRows, type ActivityRow } from '../../../../renderer/features/activities/activity-rows.ts';
import { columnFiltersOf, compileSearch, defaultActivityView, rowMatchesView, type ActivityView } from '../../../../renderer/features/activities/activity-view.ts';
import { translator } from '../../../../renderer/i18n/i18n.tsx';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

const t = translator('sv');
const statusLabel = (s: ActivityStatus) => t(`activities.status.${s}`);

// The React adapter adds its own reactivity; in Node the store bindings stand in for it.
const nodeFeatures = { ...activityTableFeatures, coreReactivityFeature: storeReactivityBindings() };

function optionsFor(rows: ActivityRow[], view: ActivityView) {
  const search = compileSearch(view.query, statusLabel);
  return {
    columns: activityColumns,
    data: rows,
    getRowId: (row: ActivityRow) => row.activity.id,
    globalFilterFn: searchFilter,
    sortDescFirst: false,
    state: {
      sorting: view.sorting,
      columnFilters: columnFiltersOf(view),
      globalFilter: search ?? '',
      columnVisibility: Object.fromEntries(view.hiddenColumns.map((id) => [id, false])),
    },
  };
}

const tableFor = (rows: ActivityRow[], view: ActivityView) => constructTable({ features: nodeFeatures, ...optionsFor(rows, view) });

// The same table with TanStack's stock filtered row model, which the lean one must agree with.
const stockFeatures = { ...nodeFeatures, filteredRowModel: createFilteredRowModel<{ columnFilteringFeature: typeof columnFilteringFeature; globalFilteringFeature: typeof globalFilteringFeature }, ActivityRow>() };
const stockTableFor = (rows: ActivityRow[], view: ActivityView) => constructTable({ features: stockFeatures, ...optionsFor(rows, view) });

const w = activityWorkbook();
const rows = buildActivityRows({ goalAreas: w.goalAreas, plans: w.actionPlans, strategies: w.strategies, tactics: w.tactics, activities: w.activities });
const shown = (view: ActivityView) => tableFor(rows, view).getRowModel().rows.map((r) => r.id);

describe('the activities table model', () => {
  it('shows every activity in reading order by default, with notes hidden', () => {
    const table = tableFor(rows, defaultActivityView());
    expect(table.getRowModel().rows.map((r) => r.id)).toEqual(['a-1', 'a-2', 'a-3', 'a-4', 'a-5', 'a-6', 'a-7', 'a-8']);
    expect(table.getVisibleLeafColumns().map((c) => c.id)).toEqual(['title', 'goalArea', 'plan', 'strategy', 'tactic', 'responsible', 'start', 'end', 'status', 'cost']);
  });

  it('filters exactly as the pure predicate does', () => {
    const views: ActivityView[] = [
      { ...defaultActivityView(), query: 'kumla' },
      { ...defaultActivityView(), query: 'pågår' },
      { ...defaultActivityView(), statuses: ['planned', 'delayed'] },
      { ...defaultActivityView(), responsible: 'Karin Berg' },
      { ...defaultActivityView(), goalAreaId: 'ga-ie', from: '2026-03-01', to: '2026-06-30' },
      { ...defaultActivityView(), query: 'uf', statuses: ['done'] },
    ];
    for (const view of views) {
      const search = compileSearch(view.query, statusLabel);
      expect(shown(view), JSON.stringify(view)).toEqual(rows.filter((r) => rowMatchesView(r, view, search)).map((r) => r.activity.id));
      expect(shown(view), `stock model: ${JSON.stringify(view)}`).toEqual(
        stockTableFor(rows, view)
          .getRowModel()
          .rows.map((r) => r.id),
      );
    }
  });

  it('finds a filtered row by id', () => {
    const table = tableFor(rows, { ...defaultActivityView(), goalAreaId: 'ga-kb' });
    expect(table.getFilteredRowModel().rowsById['a-7']?.original.activity.title).toBe('Sommarskola i matematik');
    expect(table.getFilteredRowModel().rowsById['a-1']).toBeUndefined();
  });

  it('sorts text as Swedish, dates and costs as values, statuses in life-cycle order', () => {
    expect(shown({ ...defaultActivityView(), sorting: [{ id: 'title', desc: false }] })).toEqual(['a-5', 'a-4', 'a-3', 'a-6', 'a-7', 'a-2', 'a-8', 'a-1']);
    expect(shown({ ...defaultActivityView(), sorting: [{ id: 'cost', desc: true }] })).toEqual(['a-4', 'a-3', 'a-6', 'a-2', 'a-7', 'a-1', 'a-8', 'a-5']);
    expect(shown({ ...defaultActivityView(), sorting: [{ id: 'start', desc: false }] })).toEqual(['a-6', 'a-1', 'a-2', 'a-4', 'a-7', 'a-3', 'a-5', 'a-8']);
    expect(shown({ ...defaultActivityView(), sorting: [{ id: 'status', desc: false }] })).toEqual(['a-3', 'a-5', 'a-8', 'a-2', 'a-6', 'a-1', 'a-4', 'a-7']);
    // Å, Ä, Ö come after Z in Swedish.
    expect(shown({ ...defaultActivityView(), sorting: [{ id: 'responsible', desc: false }] }).slice(-2)).toEqual(['a-2', 'a-4']);
  });

  it('filters 10 000 activities by a search', () => {
    const lw = generateLargeWorkbook();
    const large = buildActivityRows({ goalAreas: lw.goalAreas, plans: lw.actionPlans, strategies: lw.strategies, tactics: lw.tactics, activities: lw.activities });
    const table = tableFor(large, defaultActivityView());
    expect(table.getRowModel().rows).toHaveLength(10_000);
    const view = { ...defaultActivityView(), query: 'workshop kumla' };
    const filtered = tableFor(large, view).getRowModel().rows;
    expect(filtered.length).toBe(large.filter((r) => rowMatchesView(r, view, compileSearch(view.query, statusLabel))).length);
    expect(filtered.length).toBeGreaterThan(0);
    // Speed is measured by npm run bench (filter keystroke), not here.
  });
});
