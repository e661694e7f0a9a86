/**
 * What the time-log views read, for `useLiveQuery`. A week reads its entries on the date index
 * and only the goal areas, activities and projects its rows name, so 50 000 entries and 10 000
 * activities in the workbook cost no more than the week itself.
 */
import type { Activity, GoalArea } from '#shared/domain/plan.ts';
import type { Project } from '#shared/domain/project.ts';
import { TIMER_ID, type TimeCategory, type TimeEntry, type TimerState } from '#shared/domain/timelog.ts';
import { sortCategories } from '#shared/timelog/categories.ts';
import { weekDays, weekRange, type IsoWeek } from '#shared/timelog/weeks.ts';
import { db } from '../../db/database.ts';
import type { RowKey } from '#shared/timelog/week-grid.ts';
import { collator } from '#shared/locale.ts';

/** The linked records rows and entries name, by id. A missing id means the record was removed. */
export interface LinkNames {
  goalAreas: ReadonlyMap<string, GoalArea>;
  activities: ReadonlyMap<string, Activity>;
  projects: ReadonlyMap<string, Project>;
}

export interface WeekData {
  week: IsoWeek;
  days: string[];
  /** The added rows the names were read for, so rows and names always come from one snapshot. */
  extraRows: readonly RowKey[];
  entries: TimeEntry[];
  categories: TimeCategory[];
  names: LinkNames;
}

export interface DayData {
  date: string;
  entries: TimeEntry[];
  categories: TimeCategory[];
  names: LinkNames;
}

const present = <T>(items: readonly (T | undefined)[]): T[] => items.filter((item): item is T => item !== undefined);

/** Inside a read transaction: the names for these rows. Goal areas are few, so all are read (and may already be on their way). */
async function linkNames(rows: readonly RowKey[], goalAreasRead?: Promise<GoalArea[]>): Promise<LinkNames> {
  const database = db();
  const ids = (pick: (row: RowKey) => string | null) => [...new Set(rows.map(pick).filter((id): id is string => id !== null))];
  const [goalAreas, activities, projects] = await Promise.all([
    goalAreasRead ?? database.goalAreas.toArray(),
    database.activities.bulkGet(ids((r) => r.activityId)),
    database.projects.bulkGet(ids((r) => r.projectId)),
  ]);
  return {
    goalAreas: new Map(goalAreas.map((g) => [g.id, g])),
    activities: new Map(present(activities).map((a) => [a.id, a])),
    projects: new Map(present(projects).map((p) => [p.id, p])),
  };
}

/** Marks the time the week's reads took (entries, categories and the names its rows show), for the week benchmark (bench/suites/timelog-week.ts). */
const READ_MEASURE = 'moa:timelog-week-read';

/**
 * A week's entries, the categories and the names its rows (and `extraRows`) show. The categories
 * and goal areas do not depend on the entries and are read alongside them; only the activities
 * and projects the rows name wait for the entries.
 */
export async function loadWeek(week: IsoWeek, extraRows: readonly RowKey[] = []): Promise<WeekData> {
  const database = db();
  const [monday, sunday] = weekRange(week);
  return database.transaction('r', [database.timeEntries, database.timeCategories, database.goalAreas, database.activities, database.projects], async () => {
    const start = performance.now();
    const categoriesRead = database.timeCategories.toArray();
    const goalAreasRead = database.goalAreas.toArray();
    const entries = await database.timeEntries.where('date').between(monday, sunday, true, true).toArray();
    const [categories, names] = await Promise.all([categoriesRead, linkNames([...entries, ...extraRows], goalAreasRead)]);
    performance.clearMeasures(READ_MEASURE);
    performance.measure(READ_MEASURE, { start, end: performance.now() });
    return { week, days: weekDays(week.year, week.week), extraRows, entries, categories: sortCategories(categories), names };
  });
}

/** One day's entries, in the order they were made (ids are random, so by the order Dexie returns them: id). */
export async function loadDay(date: string): Promise<DayData> {
  const database = db();
  return database.transaction('r', [database.timeEntries, database.timeCategories, database.goalAreas, database.activities, database.projects], async () => {
    const entries = await database.timeEntries.where('date').equals(date).toArray();
    const [categories, names] = await Promise.all([database.timeCategories.toArray(), linkNames(entries)]);
    return { date, entries, categories: sortCategories(categories), names };
  });
}

export interface TimerData {
  timer: TimerState | null;
  categories: TimeCategory[];
  names: LinkNames;
}

/** The timer with the categories and the names its task shows; live across tabs through useLiveQuery. */
export async function loadTimerData(): Promise<TimerData> {
  const database = db();
  return database.transaction('r', [database.timer, database.timeCategories, database.goalAreas, database.activities, database.projects], async () => {
    const timer = (await database.timer.get(TIMER_ID)) ?? null;
    const [categories, names] = await Promise.all([database.timeCategories.toArray(), linkNames(timer ? [timer] : [])]);
    return { timer, categories: sortCategories(categories), names };
  });
}

export interface CategoryUsage {
  category: TimeCategory;
  entryCount: number;
}

/** Every category with how many entries use it (counted on the categoryId index). */
export async function loadCategoryUsage(): Promise<CategoryUsage[]> {
  const database = db();
  return database.transaction('r', [database.timeCategories, database.timeEntries], async () => {
    const categories = sortCategories(await database.timeCategories.toArray());
    const counts = await Promise.all(categories.map((c) => database.timeEntries.where('categoryId').equals(c.id).count()));
    return categories.map((category, i) => ({ category, entryCount: counts[i] ?? 0 }));
  });
}

export interface ActivityOption {
  activity: Activity;
  planTitle: string;
  goalAreaId: string | null;
}

/** What the link pickers offer: every goal area, plan activity (with its plan) and project. Read only when a picker is open. */
export interface LinkOptions {
  goalAreas: GoalArea[];
  activities: ActivityOption[];
  projects: Project[];
}

const nameOrder = collator('names');

export async function loadLinkOptions(): Promise<LinkOptions> {
  const database = db();
  return database.transaction('r', [database.goalAreas, database.actionPlans, database.activities, database.projects], async () => {
    const [goalAreas, plans, activities, projects] = await Promise.all([
      database.goalAreas.toArray(),
      database.actionPlans.toArray(),
      database.activities.toArray(),
      database.projects.toArray(),
    ]);
    const planById = new Map(plans.map((p) => [p.id, p]));
    const options = activities.map((activity) => {
      const plan = planById.get(activity.planId);
      return { activity, planTitle: plan?.title ?? '', goalAreaId: plan?.goalAreaId ?? null };
    });
    options.sort((a, b) => nameOrder.compare(a.planTitle, b.planTitle) || nameOrder.compare(a.activity.title, b.activity.title));
    return {
      goalAreas: goalAreas.sort((a, b) => nameOrder.compare(a.code, b.code)),
      activities: options,
      projects: projects.sort((a, b) => nameOrder.compare(a.title, b.title)),
    };
  });
}

// What other features show of the time log (the overview's "what needs me now"), worded as the time log words it.
export { rowLabel, rowText, timerStartedText } from './labels.ts';
export { formatHours } from './follow-up/follow-up-format.ts';
