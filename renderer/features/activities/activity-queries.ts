/**
 * The all-activities table's reads and writes. The table reads the joined
 * rows kept in memory (`activityTable`, followed after every change to the
 * five tables); edits go through updateActivity, which refuses an invalid
 * change instead of storing it.
 */
import type { ActionPlan, Activity } from '#shared/domain/plan.ts';
import { validateActivityPatch, type FieldProblem } from '#shared/plan/validation.ts';
import { db } from '../../db/database.ts';
import { followedRead } from '../../db/followed-read.ts';
import { markPlanEdited } from '../plans/plan-repository.ts';
import { buildActivityRows, type ActivityRow } from './activity-rows.ts';
import { goalAreaOptions, responsibleOptions } from './activity-view.ts';

/**
 * Every activity with its goal area, plan, strategy and tactic names.
 * Five bulk reads in one read transaction (a consistent snapshot) and an
 * in-memory join: no query per activity, so 10 000 activities stay fast.
 */
export async function loadActivityRows(): Promise<ActivityRow[]> {
  return (await loadActivityTable()).rows;
}

/** What the table shows: the joined rows, and every plan for the plan filter. */
export interface ActivityTableData {
  rows: ActivityRow[];
  /** Every action plan, for the plan filter (which plan is current, which periods there are). */
  plans: ActionPlan[];
  /** The filters' choices, worked out with the rows rather than on each visit. */
  responsibleOptions: string[];
  goalAreaOptions: { id: string; name: string }[];
}

const tableNames = ['goalAreas', 'actionPlans', 'strategies', 'tactics', 'activities'] as const;

async function loadActivityTable(): Promise<ActivityTableData> {
  const database = db();
  const records = await database.transaction('r', [database.goalAreas, database.actionPlans, database.strategies, database.tactics, database.activities], async () => {
    const [goalAreas, plans, strategies, tactics, activities] = await Promise.all([
      database.goalAreas.toArray(),
      database.actionPlans.toArray(),
      database.strategies.toArray(),
      database.tactics.toArray(),
      database.activities.toArray(),
    ]);
    return { goalAreas, plans, strategies, tactics, activities };
  });
  const rows = buildActivityRows(records);
  return { rows, plans: records.plans, responsibleOptions: responsibleOptions(rows), goalAreaOptions: goalAreaOptions(rows) };
}

/**
 * The table's rows and plans, kept in memory for the life of the page and
 * read again after any change to the five tables (made anywhere: the plan
 * editor, a cell, undo, the trash, a restore, another window). A visit to
 * the table after the first shows them at once instead of reading and
 * joining 10 000 activities again.
 */
export const activityTable = followedRead(tableNames, loadActivityTable);

/**
 * How long a view is given to draw and read what it shows before the rows are read ahead. An idle
 * callback alone came too early: the main thread is idle while a view waits for its own read, and
 * the table's read then competed with it (the plan editor opened 100–240 ms later in the bench).
 */
const SETTLE_MS = 2_000;

/**
 * Reads the table's rows ahead of a visit, once the view on screen has settled and the browser has
 * nothing else to do (the Planer view calls it: its tab to the table is on screen).
 */
export function preloadActivityTable(): () => void {
  let idle: number | null = null;
  const timer = setTimeout(() => {
    if (typeof requestIdleCallback === 'function') idle = requestIdleCallback(() => activityTable.preload(), { timeout: 1000 });
    else activityTable.preload();
  }, SETTLE_MS);
  return () => {
    clearTimeout(timer);
    if (idle !== null) cancelIdleCallback(idle);
  };
}

/**
 * Every activity's title by id, for exports that name thousands of
 * activities (the time-log CSV): taken from the rows kept in memory, so
 * after the first use it costs no database read at all.
 */
export async function activityTitles(): Promise<ReadonlyMap<string, string>> {
  const { rows } = await activityTable.get();
  return titlesOf(rows);
}

const titlesCache = new WeakMap<ActivityRow[], ReadonlyMap<string, string>>();
function titlesOf(rows: ActivityRow[]): ReadonlyMap<string, string> {
  let titles = titlesCache.get(rows);
  if (!titles) {
    titles = new Map(rows.map((row) => [row.activity.id, row.activity.title]));
    titlesCache.set(rows, titles);
  }
  return titles;
}

/** The fields the table edits. */
export type ActivityPatch = Partial<Pick<Activity, 'title' | 'responsible' | 'startDate' | 'endDate' | 'status' | 'costOre'>>;

export class ActivityNotFoundError extends Error {
  constructor(readonly activityId: string) {
    super(`Aktiviteten ${activityId} finns inte (kan ha tagits bort i ett annat fönster).`);
    this.name = 'ActivityNotFoundError';
  }
}

/**
 * Validates the change against the activity as stored now and writes it in
 * the same read-write transaction, so a concurrent edit cannot slip in
 * between. Returns the problems (nothing is written) or an empty list.
 * Like every plan edit (features/plans), it marks the plan as changed, and
 * an edit of a submitted plan starts its next version (shared/plan/versions.ts).
 */
export async function updateActivity(id: string, patch: ActivityPatch, now: () => string = () => new Date().toISOString()): Promise<FieldProblem[]> {
  const database = db();
  return database.transaction('rw', [database.activities, database.actionPlans], async () => {
    const current = await database.activities.get(id);
    if (!current) throw new ActivityNotFoundError(id);
    const problems = validateActivityPatch(current, patch);
    if (problems.length > 0) return problems;
    await database.activities.put({ ...current, ...patch });
    await markPlanEdited(current.planId, now());
    return [];
  });
}
