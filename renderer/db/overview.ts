import { db } from './database.ts';

export interface WorkbookCounts {
  goalAreas: number;
  actionPlans: number;
  activities: number;
  timeEntries: number;
  contacts: number;
  projects: number;
}

/** How much the workbook holds, for the overview. Counts only: cheap even for a large workbook. */
export async function getWorkbookCounts(): Promise<WorkbookCounts> {
  const database = db();
  const [goalAreas, actionPlans, activities, timeEntries, contacts, projects] = await Promise.all([
    database.goalAreas.count(),
    database.actionPlans.count(),
    database.activities.count(),
    database.timeEntries.count(),
    database.contacts.count(),
    database.projects.count(),
  ]);
  return { goalAreas, actionPlans, activities, timeEntries, contacts, projects };
}
