/**
 * The timeline's read: projects, plan activities, plans and goal areas in one read transaction
 * (a consistent snapshot), four bulk reads and no query per record, so 10 000 activities stay
 * fast. Components read it with `useLiveQuery(loadTimelineRecords, [])`.
 */
import type { TimelineRecords } from '#shared/timeline/rows.ts';
import { db } from '../../../db/database.ts';

export async function loadTimelineRecords(): Promise<TimelineRecords> {
  const database = db();
  return database.transaction('r', [database.projects, database.activities, database.actionPlans, database.goalAreas], async () => {
    const [projects, activities, actionPlans, goalAreas] = await Promise.all([
      database.projects.toArray(),
      database.activities.toArray(),
      database.actionPlans.toArray(),
      database.goalAreas.toArray(),
    ]);
    return { projects, activities, actionPlans, goalAreas };
  });
}
