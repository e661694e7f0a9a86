import { describe, expect, it } from 'vitest';
import { activityStatuses, type ActivityStatus } from '#shared/domain/plan.ts';
import { buildActivityRows, type ActivityRow } from '../../../../renderer/features/activities/activity-rows.ts';
import {
  buildDisplayItems,
  clearFilters,
  columnFiltersOf,
  compileSearch,
  defaultActivityView,
  goalAreaOptions,
  hasActiveFilters,
  planIdsForView,
  matchesSearch,
  overlapsRange,
  readActivityView,
  responsibleOptions,
  rowMatchesView,
  type ActivityView,
} from '../../../../renderer/features/activities/activity-view.ts';
import { translator } from '../../../../renderer/i18n/i18n.tsx';
import { activityWorkbook } from '../../../fixtures/activity-workbook.ts';

const w = activityWorkbook();
const rows = buildActivityRows({ goalAreas: w.goalAreas, plans: w.actionPlans, strategies: w.strategies, tactics: w.tactics, activities: w.activities });
const t = translator('sv');
const statusLabel = (s: ActivityStatus) => t(`activities.status.${s}`);
const ids = (list: readonly ActivityRow[]) => list.map((r) => r.activity.id);
const visible = (view: ActivityView) => ids(rows.filter((r) => rowMatchesView(r, view, compileSearch(view.query, statusLabel))));

describe('the remembered view', () => {
  it('defaults to every status, no filters, no grouping, notes hidden', () => {
    expect(defaultActivityView()).toEqual({
      sorting: [],
      query: '',
      statuses: [...activityStatuses],
      responsible: null,
      goalAreaId: null,
      planScope: 'current',
      from: null,
      to: null,
      groupBy: 'none',
      hiddenColumns: ['notes'],
    });
    expect(hasActiveFilters(defaultActivityView())).toBe(false);
  });

  it('reads back a valid view unchanged', () => {
    const view: ActivityView = {
      sorting: [{ id: 'cost', desc: true }],
      query: 'uf',
      statuses: ['planned', 'ongoing'],
      responsible: 'Karin Berg',
      goalAreaId: 'ga-ie',
      planScope: '2026-2028',
      from: '2026-01-01',
      to: '2026-06-30',
      groupBy: 'quarter',
      hiddenColumns: ['tactic', 'plan'],
    };
    expect(readActivityView(JSON.parse(JSON.stringify(view)))).toEqual(view);
  });

  it('falls back to the defaults for anything that is not a view', () => {
    for (const stored of [undefined, null, 'tabell', 42, [], true]) expect(readActivityView(stored)).toEqual(defaultActivityView());
  });

  it('replaces only the invalid parts, keeping the rest', () => {
    const view = readActivityView({
      sorting: [{ id: 'removedColumn', desc: false }],
      query: 'workshop',
      statuses: ['planned', 'finished'],
      responsible: 7,
      goalAreaId: 'ga-kb',
      planScope: '2028-2026',
      from: '2026-02-30',
      to: '2026-12-31',
      groupBy: 'month',
      hiddenColumns: ['title'],
      extra: 'ignored',
    });
    expect(view).toEqual({ ...defaultActivityView(), query: 'workshop', goalAreaId: 'ga-kb', to: '2026-12-31' });
  });

  it('keeps statuses in life-cycle order without repeats', () => {
    expect(readActivityView({ statuses: ['done', 'planned', 'done'] }).statuses).toEqual(['planned', 'done']);
  });

  it('clears search and filters but keeps sorting, grouping and columns', () => {
    const view: ActivityView = { ...defaultActivityView(), query: 'x', statuses: ['done'], planScope: 'all', from: '2026-01-01', groupBy: 'status', sorting: [{ id: 'title', desc: false }], hiddenColumns: [] };
    expect(clearFilters(view)).toEqual({ ...defaultActivityView(), groupBy: 'status', sorting: [{ id: 'title', desc: false }], hiddenColumns: [] });
  });
});

describe('search', () => {
  it('is nothing for an empty or blank query', () => {
    expect(compileSearch('', statusLabel)).toBeNull();
    expect(compileSearch('   ', statusLabel)).toBeNull();
  });

  it('finds words in any field, ignoring case, and needs every word', () => {
    expect(visible({ ...defaultActivityView(), query: 'KUMLA' })).toEqual(['a-1', 'a-7']);
    expect(visible({ ...defaultActivityView(), query: 'uf kumla' })).toEqual(['a-1']);
    expect(visible({ ...defaultActivityView(), query: 'kilsbergen' })).toEqual(['a-5']);
    expect(visible({ ...defaultActivityView(), query: 'kunskapslyft' })).toEqual(['a-6', 'a-7', 'a-8']);
    expect(visible({ ...defaultActivityView(), query: '2027-02' })).toEqual(['a-8']);
  });

  it('matches statuses by their label in the UI language', () => {
    expect(visible({ ...defaultActivityView(), query: 'pågår' })).toEqual(['a-2', 'a-6']);
    const english = compileSearch('ongoing', (s) => translator('en')(`activities.status.${s}`));
    expect(ids(rows.filter((r) => english !== null && matchesSearch(r, english)))).toEqual(['a-2', 'a-6']);
  });
});

describe('filters', () => {
  it('filters by status, responsible and goal area', () => {
    expect(visible({ ...defaultActivityView(), statuses: ['planned'] })).toEqual(['a-3', 'a-5', 'a-8']);
    expect(visible({ ...defaultActivityView(), statuses: [] })).toEqual([]);
    expect(visible({ ...defaultActivityView(), responsible: 'Karin Berg' })).toEqual(['a-3', 'a-8']);
    expect(visible({ ...defaultActivityView(), goalAreaId: 'ga-kb' })).toEqual(['a-6', 'a-7', 'a-8']);
    expect(visible({ ...defaultActivityView(), goalAreaId: 'ga-kb', statuses: ['planned', 'cancelled'], query: 'skolresultat' })).toEqual(['a-7', 'a-8']);
  });

  it('keeps activities that overlap the period, with open ends', () => {
    const row = rows.find((r) => r.activity.id === 'a-4');
    if (!row) throw new Error('a-4 saknas');
    // a-4 runs 2026-04-01 – 2026-06-30.
    expect(overlapsRange(row, { from: '2026-06-30', to: null })).toBe(true);
    expect(overlapsRange(row, { from: '2026-07-01', to: null })).toBe(false);
    expect(overlapsRange(row, { from: null, to: '2026-04-01' })).toBe(true);
    expect(overlapsRange(row, { from: null, to: '2026-03-31' })).toBe(false);
    expect(overlapsRange(row, { from: '2026-05-01', to: '2026-05-02' })).toBe(true);
    expect(visible({ ...defaultActivityView(), from: '2026-06-01', to: '2026-06-30' })).toEqual(['a-4', 'a-6', 'a-7']);
  });

  it('shows the current plan of each goal area by default, so an activity carried by Ny period appears once; a period or every plan on request', () => {
    // plan-ie copied to 2029–2031 with its open activities, same ids but a prefix, same dates.
    const next = { ...w.actionPlans.find((p) => p.id === 'plan-ie'), id: 'plan-ie-next', periodStart: 2029, periodEnd: 2031, title: 'Handlingsplan IE 2029–2031' } as (typeof w.actionPlans)[number];
    const carried = w.activities.filter((a) => a.planId === 'plan-ie' && a.status !== 'done' && a.status !== 'cancelled').map((a) => ({ ...a, id: `next-${a.id}`, planId: next.id }));
    const plans = [...w.actionPlans, next];
    const both = buildActivityRows({ goalAreas: w.goalAreas, plans, strategies: w.strategies, tactics: w.tactics, activities: [...w.activities, ...carried] });
    const shown = (view: ActivityView, today = '2026-12-02') => ids(both.filter((r) => rowMatchesView(r, view, null, planIdsForView(view, plans, today))));
    const carriedIds = carried.map((a) => a.id).sort();
    expect(carriedIds).toEqual(['next-a-2', 'next-a-3', 'next-a-4', 'next-a-5']);
    expect(shown(defaultActivityView())).toEqual(ids(rows));
    expect(hasActiveFilters(defaultActivityView())).toBe(false);
    // In 2030 the new plan is current for IE; KB keeps its only plan.
    expect(shown(defaultActivityView(), '2030-03-01').sort()).toEqual(['a-6', 'a-7', 'a-8', ...carried.map((a) => a.id)].sort());
    expect(shown({ ...defaultActivityView(), planScope: '2029-2031' }).sort()).toEqual(carriedIds);
    expect(shown({ ...defaultActivityView(), planScope: 'all' })).toHaveLength(12);
    expect(hasActiveFilters({ ...defaultActivityView(), planScope: 'all' })).toBe(true);
    // Each row names its plan's period, and the search finds it.
    expect(both.find((r) => r.activity.id === 'next-a-3')?.planPeriod).toBe('2029–2031');
    expect(both.find((r) => r.activity.id === 'a-3')?.planPeriod).toBe('2026–2028');
    expect(ids(both.filter((r) => rowMatchesView(r, { ...defaultActivityView(), planScope: 'all', query: '2029–2031' }, compileSearch('2029–2031', statusLabel)))).sort()).toEqual(carriedIds);
  });

  it('leaves filters at their default out of the table state', () => {
    expect(columnFiltersOf(defaultActivityView())).toEqual([]);
    expect(columnFiltersOf({ ...defaultActivityView(), statuses: ['done'], to: '2026-12-31' })).toEqual([
      { id: 'status', value: ['done'] },
      { id: 'start', value: { from: null, to: '2026-12-31' } },
    ]);
  });

  it('offers the responsible and goal areas present, in Swedish order', () => {
    expect(responsibleOptions(rows)).toEqual([
      'Almi Företagspartner Mälardalen',
      'Hallsbergs kommun',
      'Karin Berg',
      'Kumla kommun',
      'Lars Nilsson',
      'Ung Företagsamhet Örebro län',
      'Örebro universitet',
    ]);
    expect(goalAreaOptions(rows)).toEqual([
      { id: 'ga-ie', name: 'Innovationer och entreprenörskap' },
      { id: 'ga-kb', name: 'Kunskapslyft för barn och unga' },
    ]);
  });
});

describe('grouping', () => {
  const none = new Set<string>();

  it('without grouping shows the rows as they come', () => {
    const items = buildDisplayItems(rows, (r) => r, 'none', none);
    expect(items.map((i) => i.key)).toEqual(ids(rows));
  });

  it('groups by status in life-cycle order, with count and summed cost', () => {
    const items = buildDisplayItems(rows, (r) => r, 'status', none);
    const groups = items.flatMap((i) => (i.kind === 'group' ? [[i.group.key, i.group.count, i.group.costOre]] : []));
    expect(groups).toEqual([
      ['planned', 3, 85_000_00],
      ['ongoing', 2, 105_000_00],
      ['done', 1, 12_000_00],
      ['delayed', 1, 150_000_00],
      ['cancelled', 1, 35_000_00],
    ]);
    expect(items.map((i) => (i.kind === 'group' ? `[${i.group.key}]` : i.key))).toEqual([
      '[planned]', 'a-3', 'a-5', 'a-8', '[ongoing]', 'a-2', 'a-6', '[done]', 'a-1', '[delayed]', 'a-4', '[cancelled]', 'a-7',
    ]);
  });

  it('keeps the incoming (sorted) order inside each group', () => {
    const byCostDesc = [...rows].sort((a, b) => b.activity.costOre - a.activity.costOre);
    const items = buildDisplayItems(byCostDesc, (r) => r, 'goalArea', none);
    expect(items.map((i) => (i.kind === 'group' ? `[${i.group.first.goalAreaName}]` : i.key))).toEqual([
      '[Innovationer och entreprenörskap]', 'a-4', 'a-3', 'a-2', 'a-1', 'a-5',
      '[Kunskapslyft för barn och unga]', 'a-6', 'a-7', 'a-8',
    ]);
  });

  it('groups strategies by identity in reading order, and quarters chronologically', () => {
    const strategies = buildDisplayItems(rows, (r) => r, 'strategy', none).flatMap((i) => (i.kind === 'group' ? [i.group.key] : []));
    expect(strategies).toEqual(['s-ie-1', 's-ie-2', 's-kb-1']);
    const reversed = [...rows].reverse();
    const quarters = buildDisplayItems(reversed, (r) => r, 'quarter', none).flatMap((i) => (i.kind === 'group' ? [`${i.group.key}:${i.group.count}`] : []));
    expect(quarters).toEqual(['2026 K1:3', '2026 K2:2', '2026 K3:1', '2026 K4:1', '2027 K1:1']);
  });

  it('shows a collapsed group’s header but not its rows', () => {
    const items = buildDisplayItems(rows, (r) => r, 'status', new Set(['planned', 'done']));
    expect(items.map((i) => (i.kind === 'group' ? `[${i.group.key}${i.collapsed ? '+' : ''}]` : i.key))).toEqual([
      '[planned+]', '[ongoing]', 'a-2', 'a-6', '[done+]', '[delayed]', 'a-4', '[cancelled]', 'a-7',
    ]);
  });
});
