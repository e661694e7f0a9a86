/**
 * The all-activities table's view as pure data and functions: the view a
 * user chose (remembered in settings), the search, the filter predicates
 * the table's filter functions call, and grouping. No React, no Dexie: all
 * of it is unit-tested and runs over 10 000 rows within a frame.
 */
import { z } from 'zod';
import { activityStatuses, type ActionPlan, type ActivityStatus } from '#shared/domain/plan.ts';
import { planIdsInScope, readPlanScope, type PlanScope } from '#shared/plan/plan-scope.ts';
import { activityFields } from '#shared/plan/fields.ts';
import type { ActivityRow } from './activity-rows.ts';
import { collator } from '#shared/locale.ts';

/** The kinds of activity field the table shows as a column: not links or lists. */
const tableKinds = ['shortText', 'longText', 'date', 'choice', 'kronor'] as const;
export type TableField = Extract<(typeof activityFields)[number], { kind: (typeof tableKinds)[number] }>;
const isTableField = (field: (typeof activityFields)[number]): field is TableField => (tableKinds as readonly string[]).includes(field.kind);
/** The activity's fields that are columns, in the field table's order. */
export const tableFields: readonly TableField[] = activityFields.filter(isTableField);

/** Column ids from before the columns came from the field table: remembered views (settings) name them. */
const legacyColumnIds = { startDate: 'start', endDate: 'end', costOre: 'cost' } as const;
type LegacyKey = keyof typeof legacyColumnIds;
type FieldColumnId = Exclude<TableField['key'], LegacyKey> | (typeof legacyColumnIds)[LegacyKey];
const isLegacyKey = (key: string): key is LegacyKey => Object.hasOwn(legacyColumnIds, key);

export function fieldColumnId(key: TableField['key']): FieldColumnId {
  return isLegacyKey(key) ? legacyColumnIds[key] : key;
}

/** Where the activity sits in the plans, each a column of its own. */
export const placeColumnIds = ['goalArea', 'plan', 'strategy', 'tactic'] as const;
export type ColumnId = FieldColumnId | (typeof placeColumnIds)[number];

/** The row's name (the first field) leads, then where the activity sits, then the rest of its fields. */
const [nameField, ...otherFields] = tableFields.map((f) => fieldColumnId(f.key));
export const columnIds: readonly [ColumnId, ...ColumnId[]] = [nameField ?? 'title', ...placeColumnIds, ...otherFields];

/** The title names the row, so it stays; every other column may be hidden. */
export const hideableColumnIds: readonly [ColumnId, ...ColumnId[]] = [...placeColumnIds, ...otherFields];

export const groupByOptions = ['none', 'goalArea', 'strategy', 'status', 'quarter'] as const;
export type GroupBy = (typeof groupByOptions)[number];

const isoDate = z.iso.date();

/**
 * The view as stored in settings (`tableViews.activities`). Every field
 * falls back to its default on its own, so one bad value (a column that no
 * longer exists, a hand-edited date) does not throw away the rest.
 */
export const activityViewSchema = z.object({
  sorting: z
    .array(z.object({ id: z.enum(columnIds), desc: z.boolean() }))
    .max(1)
    .catch(() => []),
  query: z.string().max(200).catch(''),
  /** The statuses shown; all five by default. */
  statuses: z
    .array(z.enum(activityStatuses))
    .max(activityStatuses.length)
    .transform((list) => activityStatuses.filter((s) => list.includes(s)))
    .catch(() => [...activityStatuses]),
  responsible: z.string().max(500).nullable().catch(null),
  goalAreaId: z.string().min(1).max(64).nullable().catch(null),
  /**
   * Which plans' activities: *Ny period* copies the open activities into the new plan, so by
   * default only the current plan of each goal area is shown and a carried activity appears once.
   */
  planScope: z.custom<PlanScope>((value) => readPlanScope(value) === value).catch('current'),
  from: isoDate.nullable().catch(null),
  to: isoDate.nullable().catch(null),
  groupBy: z.enum(groupByOptions).catch('none'),
  hiddenColumns: z
    .array(z.enum(hideableColumnIds))
    .max(hideableColumnIds.length)
    .catch(() => ['notes' as const]),
});
export type ActivityView = z.infer<typeof activityViewSchema>;

export function defaultActivityView(): ActivityView {
  return activityViewSchema.parse({});
}

/** Reads a remembered view; anything that is not a valid view part becomes its default. */
export function readActivityView(stored: unknown): ActivityView {
  const base = typeof stored === 'object' && stored !== null && !Array.isArray(stored) ? stored : {};
  return activityViewSchema.parse(base);
}

/** The filter part of the view is at its defaults (nothing hidden by search or filters). */
export function hasActiveFilters(view: ActivityView): boolean {
  return (
    view.query.trim() !== '' ||
    view.statuses.length !== activityStatuses.length ||
    view.responsible !== null ||
    view.goalAreaId !== null ||
    view.planScope !== 'current' ||
    view.from !== null ||
    view.to !== null
  );
}

export function clearFilters(view: ActivityView): ActivityView {
  return { ...view, query: '', statuses: [...activityStatuses], responsible: null, goalAreaId: null, planScope: 'current', from: null, to: null };
}

// --- search ---------------------------------------------------------------

/** A search as typed, prepared once per keystroke: its words, and which statuses' labels each word matches. */
export interface CompiledSearch {
  terms: { text: string; statuses: ReadonlySet<ActivityStatus> }[];
}

/**
 * Every word must occur in the row (in any field), so "workshop kumla"
 * narrows down. Status labels are words of the UI language, matched here
 * rather than stored in the rows.
 */
export function compileSearch(query: string, statusLabel: (status: ActivityStatus) => string): CompiledSearch | null {
  const words = query.toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return null;
  return {
    terms: words.map((text) => ({ text, statuses: new Set(activityStatuses.filter((s) => statusLabel(s).toLowerCase().includes(text))) })),
  };
}

/** Runs 10 000 times per keystroke: an indexed loop, no allocation. */
export function matchesSearch(row: ActivityRow, search: CompiledSearch): boolean {
  const { terms } = search;
  for (let i = 0; i < terms.length; i += 1) {
    const term = terms[i];
    if (term && !row.searchText.includes(term.text) && !(term.statuses.size > 0 && term.statuses.has(row.activity.status))) return false;
  }
  return true;
}

// --- filters --------------------------------------------------------------

export interface DateRange {
  from: string | null;
  to: string | null;
}

/** The activity runs at some time in the range (either end may be open). ISO dates compare as text. */
export function overlapsRange(row: ActivityRow, range: DateRange): boolean {
  if (range.to !== null && row.activity.startDate > range.to) return false;
  if (range.from !== null && row.activity.endDate < range.from) return false;
  return true;
}

export function statusIn(row: ActivityRow, statuses: readonly ActivityStatus[]): boolean {
  return statuses.includes(row.activity.status);
}

/** A column filter as the table holds it: which column, and its value. */
export type ActivityColumnFilter =
  | { id: 'status'; value: readonly ActivityStatus[] }
  | { id: 'responsible'; value: string }
  | { id: 'goalArea'; value: string }
  | { id: 'plan'; value: ReadonlySet<string> }
  | { id: 'start'; value: DateRange };

/** The plans the view's plan filter lets through (the current ones need the plans and today), or null for every plan. */
export function planIdsForView(view: Pick<ActivityView, 'planScope'>, plans: readonly ActionPlan[], today: string): ReadonlySet<string> | null {
  return planIdsInScope(plans, view.planScope, today);
}

/** A row of a plan in the set; a row whose plan is gone has nothing to be judged by, and stays. */
export function planIn(row: ActivityRow, planIds: ReadonlySet<string>): boolean {
  return row.planId === '' || planIds.has(row.planId);
}

/**
 * The view's filters as table column filters; a filter at its default is left out so the table skips it.
 * `planIds` is the plan filter resolved by planIdsForView; null (every plan) leaves it out.
 */
export function columnFiltersOf(view: Pick<ActivityView, 'statuses' | 'responsible' | 'goalAreaId' | 'from' | 'to'>, planIds: ReadonlySet<string> | null = null): ActivityColumnFilter[] {
  const filters: ActivityColumnFilter[] = [];
  if (planIds !== null) filters.push({ id: 'plan', value: planIds });
  if (view.statuses.length !== activityStatuses.length) filters.push({ id: 'status', value: view.statuses });
  if (view.responsible !== null) filters.push({ id: 'responsible', value: view.responsible });
  if (view.goalAreaId !== null) filters.push({ id: 'goalArea', value: view.goalAreaId });
  if (view.from !== null || view.to !== null) filters.push({ id: 'start', value: { from: view.from, to: view.to } });
  return filters;
}

/** The same filters as one predicate: what the table computes, for tests and for callers without a table. */
export function rowMatchesView(row: ActivityRow, view: ActivityView, search: CompiledSearch | null, planIds: ReadonlySet<string> | null = null): boolean {
  if (search && !matchesSearch(row, search)) return false;
  for (const filter of columnFiltersOf(view, planIds)) {
    switch (filter.id) {
      case 'status':
        if (!statusIn(row, filter.value)) return false;
        break;
      case 'responsible':
        if (row.activity.responsible !== filter.value) return false;
        break;
      case 'goalArea':
        if (row.goalAreaId !== filter.value) return false;
        break;
      case 'plan':
        if (!planIn(row, filter.value)) return false;
        break;
      case 'start':
        if (!overlapsRange(row, filter.value)) return false;
        break;
    }
  }
  return true;
}

// --- options for the filter controls --------------------------------------

const textOrder = collator('text');

/** The responsible people and organisations present, sorted as Swedish text. */
export function responsibleOptions(rows: readonly ActivityRow[]): string[] {
  const names = new Set<string>();
  for (const row of rows) if (row.activity.responsible.trim() !== '') names.add(row.activity.responsible);
  return [...names].sort(textOrder.compare);
}

export function goalAreaOptions(rows: readonly ActivityRow[]): { id: string; name: string }[] {
  const areas = new Map<string, string>();
  for (const row of rows) if (row.goalAreaId !== '' && !areas.has(row.goalAreaId)) areas.set(row.goalAreaId, row.goalAreaName);
  return [...areas].map(([id, name]) => ({ id, name })).sort((a, b) => textOrder.compare(a.name, b.name));
}

// --- grouping -------------------------------------------------------------

export interface ActivityGroup {
  key: string;
  /** The row that opened the group, for its label (goal area name, strategy title, status, quarter). */
  first: ActivityRow;
  count: number;
  costOre: number;
}

export type DisplayItem<T> =
  | { kind: 'group'; key: string; group: ActivityGroup; collapsed: boolean }
  | { kind: 'row'; key: string; item: T };

function groupKeyOf(row: ActivityRow, groupBy: Exclude<GroupBy, 'none'>): string {
  switch (groupBy) {
    case 'goalArea':
      return row.goalAreaId;
    case 'strategy':
      // Strategies in different plans often share titles ("Strategi 1"), so group by identity.
      return row.strategyId;
    case 'status':
      return row.activity.status;
    case 'quarter':
      return row.quarter;
  }
}

function groupOrder(group: ActivityGroup, groupBy: Exclude<GroupBy, 'none'>): number | string {
  switch (groupBy) {
    case 'goalArea':
    case 'strategy':
      // Groups in the plans' reading order; a missing parent sorts last.
      return group.key === '' ? Number.MAX_SAFE_INTEGER : group.first.outlineIndex;
    case 'status':
      return activityStatuses.indexOf(group.first.activity.status);
    case 'quarter':
      return group.key === '' ? '\uffff' : group.key;
  }
}

/**
 * The rows as shown: without grouping, the rows themselves; with grouping,
 * a header per group (count, summed cost) followed by its rows unless the
 * group is collapsed. Rows keep their incoming (sorted) order inside each
 * group; groups follow the domain's order (reading order, status order,
 * chronological quarters), which is why grouping is done here over the
 * table's sorted rows rather than by the table's grouped row model, whose
 * group rows sort by the sorted column's aggregate. One pass, O(n).
 */
export function buildDisplayItems<T>(
  items: readonly T[],
  rowOf: (item: T) => ActivityRow,
  groupBy: GroupBy,
  collapsed: ReadonlySet<string>,
): DisplayItem<T>[] {
  if (groupBy === 'none') return items.map((item) => ({ kind: 'row', key: rowOf(item).activity.id, item }));
  const groups = new Map<string, { group: ActivityGroup; members: T[] }>();
  for (const item of items) {
    const row = rowOf(item);
    const key = groupKeyOf(row, groupBy);
    let entry = groups.get(key);
    if (!entry) {
      entry = { group: { key, first: row, count: 0, costOre: 0 }, members: [] };
      groups.set(key, entry);
    } else if (row.outlineIndex < entry.group.first.outlineIndex) {
      entry.group.first = row;
    }
    entry.group.count += 1;
    entry.group.costOre += row.activity.costOre;
    entry.members.push(item);
  }
  const ordered = [...groups.values()].sort((a, b) => {
    const x = groupOrder(a.group, groupBy);
    const y = groupOrder(b.group, groupBy);
    return x < y ? -1 : x > y ? 1 : 0;
  });
  const display: DisplayItem<T>[] = [];
  for (const { group, members } of ordered) {
    const isCollapsed = collapsed.has(group.key);
    display.push({ kind: 'group', key: `group:${group.key}`, group, collapsed: isCollapsed });
    if (!isCollapsed) for (const item of members) display.push({ kind: 'row', key: rowOf(item).activity.id, item });
  }
  return display;
}
