/** A small workbook for the time-log repository tests: one goal area, plan, activity and project, and a fixed clock. */
import type { Activity, ActionPlan, GoalArea } from '#shared/domain/plan.ts';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { newProject } from '#shared/project/defaults.ts';
import { db } from '../../../../renderer/db/database.ts';
import { ensureTimeCategories } from '../../../../renderer/features/timelog/category-repository.ts';
import type { EntryDraft } from '#shared/timelog/entry-rules.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';

/** Friday 27 November 2026 (week 48), 10:00 local time. */
export const friday = (): Date => new Date(2026, 10, 27, 10, 0);

export const goalArea: GoalArea = {
  id: 'ga-ie',
  code: 'IE',
  name: 'Innovationer och entreprenörskap',
  description: '',
  effectGoals: [],
  owner: 'Anna Lindqvist',
  reviewers: [],
};

export const plan: ActionPlan = {
  id: 'plan-1',
  goalAreaId: 'ga-ie',
  periodStart: 2026,
  periodEnd: 2028,
  title: 'Handlingsplan IE 2026–2028',
  status: 'draft',
  sections: [],
  version: 1,
  updatedAt: '2026-11-20T13:05:00.000Z',
  templateRef: null,
};

export const activity: Activity = {
  id: 'act-1',
  planId: 'plan-1',
  tacticId: 'tac-1',
  title: 'Dialogmöte med Almi',
  responsible: '',
  startDate: '2026-11-01',
  endDate: '2026-11-30',
  status: 'ongoing',
  costOre: 0,
  projectId: null,
  relatedGoalAreaIds: [],
  notes: '',
  order: 0,
};

export const project = newProject({ id: 'p-1', goalAreaId: 'ga-ie', title: 'Unga innovatörer', startDate: '2026-01-01', endDate: '2027-12-31', now: '2026-11-27T09:00:00.000Z' });

export const moaRow: RowKey = { categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null };

/** An empty workbook with the default categories and the linked records above. */
export async function freshWorkbook(): Promise<void> {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
  await ensureTimeCategories();
  await database.goalAreas.add(goalArea);
  await database.actionPlans.add(plan);
  await database.activities.add(activity);
  await database.projects.add(project);
}

let counter = 0;

/** Stores an entry directly, as another part of the app (or an import) would. */
export async function stored(date: string, minutes: number, row: Partial<RowKey> = {}, note = ''): Promise<TimeEntry> {
  counter += 1;
  const entry: TimeEntry = { id: `stored-${counter}`, date, minutes, ...moaRow, ...row, note };
  await db().timeEntries.add(entry);
  return entry;
}

export async function allEntries(): Promise<TimeEntry[]> {
  return (await db().timeEntries.toArray()).sort((a, b) => a.date.localeCompare(b.date) || a.id.localeCompare(b.id));
}

/** A day-list draft for `moaRow` on Friday: 1:30 and no note, unless overridden. */
export const draft = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({ date: '2026-11-27', duration: '1:30', ...moaRow, note: '', ...overrides });

/** A write's problems as `field:code`, for comparing; none when it was stored. */
export const codes = (result: { ok: boolean; problems?: { field: string; code: string }[] }) => (result.ok ? [] : (result.problems ?? []).map((p) => `${p.field}:${p.code}`));
