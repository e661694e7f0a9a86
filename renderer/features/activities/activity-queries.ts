/**
 * The all-activities table's reads and writes. Components read with
 * `useLiveQuery(loadActivityRows, [])`; edits go through updateActivity,
 * which refuses an invalid change instead of storing it.
 */
import type { ActionPlan, Activity } from '#shared/domain/plan.ts';
import { validateActivityPatch, type FieldProblem } from '#shared/plan/validation.ts';
import { db } from '../../db/database.ts';
import { markPlanEdited } from '../plans/plan-repository.ts';
import { buildActivityRows, type ActivityRow } from './activity-rows.ts';

/**
 * Every activity with its goal area, plan, strategy and tactic names.
 * Five bulk reads in one read transaction (a consistent snapshot) and an
 * in-memory join: no query per activity, so 10 000 activities stay fast.
 */
export async function loadActivityRows(): Promise<ActivityRow[]> {
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
  return buildActivityRows(records);
}

/** Every action plan, for the plan filter (which plan is current, which periods there are). */
export async function loadActionPlans(): Promise<ActionPlan[]> {
  return db().actionPlans.toArray();
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
