/**
 * *Alla aktiviteter*: every activity of every plan in one table, to search,
 * filter, sort, group and edit in place. Mounted by the Planer view, which
 * owns the page's h1; this view's heading is an h2 unless told otherwise.
 */
import './activities.css';
import { useCallback, useDeferredValue, useEffect, useId, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { functionalUpdate, useTable, type ColumnFiltersState, type SortingState, type Updater } from '@tanstack/react-table';
import type { Activity, ActivityStatus } from '#shared/domain/plan.ts';
import { formatInteger } from '#shared/format.ts';
import { periodChoices } from '#shared/plan/plan-scope.ts';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { activityColumns, activityTableFeatures, searchFilter, type EditField } from './activity-columns.ts';
import { activityTable, updateActivity, type ActivityTableData } from './activity-queries.ts';
import { useFollowedRead } from '../../db/use-followed-read.ts';
import type { ActivityRow } from './activity-rows.ts';
import {
  buildDisplayItems,
  columnFiltersOf,
  columnIds,
  compileSearch,
  hasActiveFilters,
  planIdsForView,
  type ActivityView,
  type ColumnId,
  type GroupBy,
} from './activity-view.ts';
import { ActivityFilters } from './ActivityFilters.tsx';
import { ActivityGrid } from './ActivityGrid.tsx';
import type { EditingCell } from './ActivityGridRows.tsx';
import { draftOf, patchFromDraft, problemFor } from './cell-edit.ts';
import { useActivityView } from './use-activity-view.ts';
import { activityStatusText } from '../../i18n/field-words.ts';

type HeadingLevel = 2 | 3 | 4;
const headingTags = { 2: 'h2', 3: 'h3', 4: 'h4' } as const;

/** The whole view: heading, then loading, the empty state or the table. */
export function ActivityTableView({ headingLevel = 2 }: { headingLevel?: HeadingLevel }) {
  const { t } = useI18n();
  // Kept in memory between visits and refreshed after every change (activity-queries.ts): a second visit shows the rows at once.
  const data = useFollowedRead(activityTable);
  const [view, update] = useActivityView();
  const headingId = useId();
  const Heading = headingTags[headingLevel];
  return (
    <section className="activities" aria-labelledby={headingId}>
      <Heading id={headingId}>{t('activities.heading')}</Heading>
      {data === undefined || view === undefined ? (
        <p className="activities-loading" role="status">
          {t('activities.loading')}
        </p>
      ) : data.rows.length === 0 ? (
        <p className="activities-empty">{t('activities.empty')}</p>
      ) : (
        <ActivityTable data={data} view={view} update={update} headingId={headingId} />
      )}
    </section>
  );
}

// Module-level so the table's options keep their identity between renders (new functions would invalidate its memos).
const rowId = (row: ActivityRow) => row.activity.id;
const noPending: ReadonlyMap<string, Activity> = new Map();
const noCollapsed: ReadonlySet<string> = new Set();
/** The latest value for event handlers and async code, updated after each commit. */
function useLatest<T>(value: T): { readonly current: T } {
  const ref = useRef(value);
  useLayoutEffect(() => {
    ref.current = value;
  });
  return ref;
}

function toViewSorting(sorting: SortingState): ActivityView['sorting'] {
  const first = sorting[0];
  const id = columnIds.find((c) => c === first?.id);
  return first && id ? [{ id, desc: first.desc }] : [];
}

type SaveState = 'idle' | 'saving' | 'saved' | 'failed';

interface TableProps {
  data: ActivityTableData;
  view: ActivityView;
  update: (change: (view: ActivityView) => ActivityView) => void;
  headingId: string;
}

function ActivityTable({ data, view, update, headingId }: TableProps) {
  const { rows, plans, responsibleOptions: responsibleChoices, goalAreaOptions: goalAreaChoices } = data;
  const { t, language } = useI18n();
  const keysHelpId = useId();

  const statusLabel = useCallback((status: ActivityStatus) => activityStatusText(t, status), [t]);
  // Typing stays responsive: the input updates at once, the 10 000-row filter in a render React may interrupt.
  const deferredQuery = useDeferredValue(view.query);
  const search = useMemo(() => compileSearch(deferredQuery, statusLabel), [deferredQuery, statusLabel]);
  const { statuses, responsible, goalAreaId, planScope, from, to, hiddenColumns, sorting, groupBy } = view;
  // Today is read once per change of plans or choice: the current plan turns over at New Year, not mid-edit.
  const planIds = useMemo(() => planIdsForView({ planScope }, plans, localToday()), [planScope, plans]);
  const columnFilters = useMemo<ColumnFiltersState>(() => columnFiltersOf({ statuses, responsible, goalAreaId, from, to }, planIds), [statuses, responsible, goalAreaId, from, to, planIds]);
  const columnVisibility = useMemo(() => Object.fromEntries(hiddenColumns.map((id) => [id, false])), [hiddenColumns]);
  const onSortingChange = useCallback((updater: Updater<SortingState>) => update((v) => ({ ...v, sorting: toViewSorting(functionalUpdate(updater, v.sorting)) })), [update]);

  const table = useTable({
    features: activityTableFeatures,
    columns: activityColumns,
    data: rows,
    getRowId: rowId,
    globalFilterFn: searchFilter,
    sortDescFirst: false,
    state: { sorting, columnFilters, globalFilter: search ?? '', columnVisibility },
    onSortingChange,
  });
  const shownRows = table.getRowModel().rows;

  const [collapsed, setCollapsed] = useState<{ groupBy: GroupBy; keys: ReadonlySet<string> }>({ groupBy, keys: new Set() });
  const collapsedKeys = collapsed.groupBy === groupBy ? collapsed.keys : noCollapsed;
  const items = useMemo(() => buildDisplayItems(shownRows, (row) => row.original, groupBy, collapsedKeys), [shownRows, groupBy, collapsedKeys]);
  const toggleGroup = useCallback(
    (key: string) =>
      setCollapsed((current) => {
        const keys = new Set(current.groupBy === groupBy ? current.keys : []);
        if (keys.has(key)) keys.delete(key);
        else keys.add(key);
        return { groupBy, keys };
      }),
    [groupBy],
  );

  const planChoices = useMemo(() => periodChoices(plans), [plans]);

  // --- editing ---
  const [editing, setEditing] = useState<EditingCell | null>(null);
  const editingRef = useLatest(editing);
  const [saveState, setSaveState] = useState<SaveState>('idle');
  /** Said after a start moved past the end took the end along. */
  const [movedEnd, setMovedEnd] = useState('');
  // Saved values shown until the live query brings the rows that contain them (a new `rows` array).
  const [pendingState, setPendingState] = useState<{ rows: ActivityRow[]; map: ReadonlyMap<string, Activity> }>({ rows, map: noPending });
  const pending = pendingState.rows === rows ? pendingState.map : noPending;
  const pendingRef = useLatest(pending);
  const rowsRef = useLatest(rows);

  const startEdit = useCallback((activity: Activity, columnId: ColumnId, field: EditField) => {
    setEditing({ activityId: activity.id, columnId, field, draft: draftOf(activity, field), problem: null, saving: false });
  }, []);
  const setDraft = useCallback((draft: string) => setEditing((e) => (e ? { ...e, draft } : e)), []);
  const cancelEdit = useCallback(() => setEditing(null), []);

  const commitEdit = useCallback(async (): Promise<boolean> => {
    const current = editingRef.current;
    if (!current || current.saving) return current === null;
    const stored = pendingRef.current.get(current.activityId) ?? rowsRef.current.find((r) => r.activity.id === current.activityId)?.activity;
    if (!stored) {
      setEditing(null);
      return true;
    }
    const result = patchFromDraft(stored, current.field, current.draft);
    if (!result.ok) {
      setEditing({ ...current, problem: result.problem });
      return false;
    }
    if (result.unchanged) {
      setEditing(null);
      return true;
    }
    setEditing({ ...current, problem: null, saving: true });
    setSaveState('saving');
    const same = (e: EditingCell | null) => e !== null && e.activityId === current.activityId && e.columnId === current.columnId;
    try {
      const problems = await updateActivity(current.activityId, result.patch);
      const problem = problemFor(problems, current.field);
      if (problem) {
        setEditing((e) => (same(e) && e ? { ...e, saving: false, problem } : e));
        setSaveState('idle');
        return false;
      }
      const saved: Activity = { ...stored, ...result.patch };
      setPendingState((p) => {
        const map = new Map(p.rows === rowsRef.current ? p.map : noPending);
        map.set(saved.id, saved);
        return { rows: rowsRef.current, map };
      });
      setEditing((e) => (same(e) ? null : e));
      setSaveState('saved');
      setMovedEnd(result.movedEnd ? t('activities.edit.movedEnd', { date: result.movedEnd.endDate, days: result.movedEnd.days }) : '');
      return true;
    } catch (error) {
      console.error('Aktiviteten kunde inte sparas.', { activityId: current.activityId, patch: result.patch, error });
      setEditing((e) => (same(e) ? null : e));
      setSaveState('failed');
      return true;
    }
  }, [editingRef, pendingRef, rowsRef, t]);

  // The start-up benchmark (bench/suites/activity-table.ts) reads this mark: the table shows its rows.
  useEffect(() => {
    performance.mark('moa:activities-ready');
  }, []);

  const filtered = hasActiveFilters(view) || shownRows.length !== rows.length;
  const count = formatInteger(shownRows.length, language);
  const countText = filtered
    ? t('activities.countFiltered', { count, total: formatInteger(rows.length, language) })
    : shownRows.length === 1
      ? t('activities.countOne')
      : t('activities.count', { count });

  return (
    <>
      <p className="lead">{t('activities.lead')}</p>
      <ActivityFilters view={view} update={update} responsibleOptions={responsibleChoices} goalAreaOptions={goalAreaChoices} planOptions={planChoices} />
      <div className="activity-status-line">
        {/* data-query: the search this count answers (it lags the box while React renders the filter); the benchmark waits for it. */}
        <p className="activity-count" role="status" data-testid="activity-count" data-query={deferredQuery}>
          {countText}
        </p>
        <p className="activity-save-status" role="status">
          {saveState === 'saving' ? t('activities.edit.saving') : saveState === 'saved' ? `${t('activities.edit.saved')}${movedEnd ? ` ${movedEnd}` : ''}` : ''}
        </p>
      </div>
      {saveState === 'failed' && (
        <p className="field-error" role="alert">
          {t('activities.edit.failed')}
        </p>
      )}
      <p id={keysHelpId} className="help activity-keys">
        {t('activities.keysHelp')}
      </p>
      <ActivityGrid
        table={table}
        items={items}
        groupBy={groupBy}
        labelledBy={headingId}
        describedBy={keysHelpId}
        editing={editing}
        pending={pending}
        onStartEdit={startEdit}
        onDraft={setDraft}
        onCommit={commitEdit}
        onCancel={cancelEdit}
        onToggleGroup={toggleGroup}
      />
    </>
  );
}
