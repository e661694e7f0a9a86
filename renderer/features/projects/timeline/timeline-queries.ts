/**
 * The timeline's reads, in two steps so the chart is drawn before the largest table is read:
 * first projects (with their own activities), plans and goal areas, which the first screen of
 * rows is made of (project groups come first); then the plan activities, which fill in the plan
 * groups and the plan activities linked to a project. Each is one read transaction of bulk reads,
 * no query per record, so 10 000 activities stay fast. Components read them with `useLiveQuery`.
 */
import type { Activity } from '#shared/domain/plan.ts';
import type { TimelineRecords } from '#shared/timeline/rows.ts';
import { db } from '../../../db/database.ts';

export type TimelineFrame = Omit<TimelineRecords, 'activities'>;

export async function loadTimelineFrame(): Promise<TimelineFrame> {
  const database = db();
  return database.transaction('r', [database.projects, database.actionPlans, database.goalAreas], async () => {
    const [projects, actionPlans, goalAreas] = await Promise.all([database.projects.toArray(), database.actionPlans.toArray(), database.goalAreas.toArray()]);
    return { projects, actionPlans, goalAreas };
  });
}

export function loadPlanActivities(): Promise<Activity[]> {
  return db().activities.toArray();
}
