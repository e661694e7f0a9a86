/**
 * The timeline's rows: projects with their activities and milestones, and the action plans'
 * activities, on one axis. Two levels, like a tree: a project (or a plan) and under it what
 * happens in it. A plan activity linked to a shown project (activity.projectId) sits under that
 * project; the others sit under their plan. Groups and the rows in them are sorted by start.
 */
import type { ActivityStatus, ActionPlan, Activity, GoalArea } from '../domain/plan.ts';
import type { Project, ProjectStatus } from '../domain/project.ts';
import { isIsoDate } from './days.ts';
import { collator } from '../locale.ts';

export interface TimelineRecords {
  projects: readonly Project[];
  activities: readonly Activity[];
  actionPlans: readonly ActionPlan[];
  goalAreas: readonly GoalArea[];
}

/** Null means all. A project outside the chosen goal area gives no rows. */
export interface TimelineFilter {
  goalAreaId: string | null;
  projectId: string | null;
}

export const noTimelineFilter: TimelineFilter = { goalAreaId: null, projectId: null };

interface RowBase {
  /** Unique among the rows, stable between reads. */
  key: string;
  /** The key of the group row (a project's or a plan's) this row belongs to; a group row's own key. */
  groupKey: string;
  /** Position in its set (1-based) and the set's size: groups among groups, rows within their group. */
  posInSet: number;
  setSize: number;
  title: string;
  /** First and last day, both included; equal for a milestone. */
  start: string;
  end: string;
}

/** A project: the group row over its activities. */
export interface ProjectRow extends RowBase {
  kind: 'project';
  level: 1;
  projectId: string;
  goalAreaId: string;
  /** Empty when the goal area is missing. */
  goalAreaName: string;
  status: ProjectStatus;
  childCount: number;
}

/** An activity or a milestone of a project's work plan. */
export interface ProjectActivityRow extends RowBase {
  kind: 'projectActivity';
  level: 2;
  projectId: string;
  projectTitle: string;
  activityId: string;
  status: ActivityStatus;
  milestone: boolean;
  responsible: string;
}

/** An action plan: the group row over its activities that are not under a project. Its bar is the plan's period. */
export interface PlanRow extends RowBase {
  kind: 'plan';
  level: 1;
  planId: string;
  /** Empty when the plan is missing (an activity whose plan was removed elsewhere). */
  goalAreaId: string;
  goalAreaName: string;
  status: ActionPlan['status'] | null;
  childCount: number;
}

/** An activity of an action plan, under its plan or under the project it is linked to. */
export interface PlanActivityRow extends RowBase {
  kind: 'planActivity';
  level: 2;
  planId: string;
  planTitle: string;
  activityId: string;
  /** The project it is shown under; null when it is under its plan. */
  projectId: string | null;
  projectTitle: string | null;
  status: ActivityStatus;
  responsible: string;
}

export type TimelineRow = ProjectRow | ProjectActivityRow | PlanRow | PlanActivityRow;
export type TimelineGroupRow = ProjectRow | PlanRow;

const textOrder = collator('text');

function byStart<T extends { start: string; end: string; title: string; key: string }>(a: T, b: T): number {
  if (a.start !== b.start) return a.start < b.start ? -1 : 1;
  if (a.end !== b.end) return a.end < b.end ? -1 : 1;
  return textOrder.compare(a.title, b.title) || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
}

const hasDates = (item: { startDate: string; endDate: string }) => isIsoDate(item.startDate) && isIsoDate(item.endDate);

type Child = ProjectActivityRow | PlanActivityRow;
/** A row before its place in its set is known (distributes over unions, unlike Omit). */
type Unplaced<T> = T extends unknown ? Omit<T, 'posInSet' | 'setSize'> : never;

/**
 * The rows for a filter, in display order: project groups first (sorted by start), then plan
 * groups (sorted by start, then goal-area code). Items whose dates cannot be read are left out
 * (the schemas refuse them, so only a damaged record can have one).
 */
export function buildTimelineRows(records: TimelineRecords, filter: TimelineFilter = noTimelineFilter): TimelineRow[] {
  const goalAreas = new Map(records.goalAreas.map((g) => [g.id, g]));
  const plans = new Map(records.actionPlans.map((p) => [p.id, p]));

  const projects = records.projects.filter(
    (p) => hasDates(p) && (filter.goalAreaId === null || p.goalAreaId === filter.goalAreaId) && (filter.projectId === null || p.id === filter.projectId),
  );
  const shownProjects = new Map(projects.map((p) => [p.id, p]));

  const projectChildren = new Map<string, Unplaced<Child>[]>(projects.map((p) => [p.id, []]));
  const planChildren = new Map<string, Unplaced<PlanActivityRow>[]>();

  for (const project of projects) {
    const children = projectChildren.get(project.id);
    for (const activity of project.activities) {
      if (!hasDates(activity)) continue;
      children?.push({
        kind: 'projectActivity',
        level: 2,
        key: `project-activity:${project.id}:${activity.id}`,
        groupKey: `project:${project.id}`,
        title: activity.title,
        // A milestone is one day; should its dates differ, it is the day it is reached.
        start: activity.milestone ? activity.endDate : activity.startDate,
        end: activity.endDate,
        projectId: project.id,
        projectTitle: project.title,
        activityId: activity.id,
        status: activity.status,
        milestone: activity.milestone,
        responsible: activity.responsible,
      });
    }
  }

  for (const activity of records.activities) {
    if (!hasDates(activity)) continue;
    const plan = plans.get(activity.planId);
    const project = activity.projectId === null ? undefined : shownProjects.get(activity.projectId);
    if (project) {
      projectChildren.get(project.id)?.push(planActivityRow(activity, plan, project));
      continue;
    }
    // With a project chosen, only what belongs to that project is shown.
    if (filter.projectId !== null) continue;
    if (filter.goalAreaId !== null && plan?.goalAreaId !== filter.goalAreaId) continue;
    let children = planChildren.get(activity.planId);
    if (!children) {
      children = [];
      planChildren.set(activity.planId, children);
    }
    children.push(planActivityRow(activity, plan, null));
  }

  const projectGroups = projects
    .map((project) => {
      const children = projectChildren.get(project.id) ?? [];
      const row: Unplaced<ProjectRow> = {
        kind: 'project',
        level: 1,
        key: `project:${project.id}`,
        groupKey: `project:${project.id}`,
        title: project.title,
        start: project.startDate,
        end: project.endDate,
        projectId: project.id,
        goalAreaId: project.goalAreaId,
        goalAreaName: goalAreas.get(project.goalAreaId)?.name ?? '',
        status: project.status,
        childCount: children.length,
      };
      return { row, children };
    })
    .sort((a, b) => byStart(a.row, b.row));

  const planGroups = [...planChildren.entries()]
    .map(([planId, children]) => {
      const plan = plans.get(planId);
      const goalArea = plan ? goalAreas.get(plan.goalAreaId) : undefined;
      const period = planPeriod(plan, children);
      const row: Unplaced<PlanRow> = {
        kind: 'plan',
        level: 1,
        key: `plan:${planId}`,
        groupKey: `plan:${planId}`,
        title: plan?.title ?? '',
        start: period.start,
        end: period.end,
        planId,
        goalAreaId: plan?.goalAreaId ?? '',
        goalAreaName: goalArea?.name ?? '',
        status: plan?.status ?? null,
        childCount: children.length,
      };
      return { row, children, code: goalArea?.code ?? '' };
    })
    .sort((a, b) => (a.row.start !== b.row.start ? (a.row.start < b.row.start ? -1 : 1) : textOrder.compare(a.code, b.code) || byStart(a.row, b.row)));

  const groups = [...projectGroups, ...planGroups];
  const rows: TimelineRow[] = [];
  groups.forEach((group, index) => {
    rows.push({ ...group.row, posInSet: index + 1, setSize: groups.length });
    const children = [...group.children].sort(byStart);
    children.forEach((child, childIndex) => rows.push({ ...child, posInSet: childIndex + 1, setSize: children.length }));
  });
  return rows;
}

function planActivityRow(activity: Activity, plan: ActionPlan | undefined, project: Project | null): Unplaced<PlanActivityRow> {
  return {
    kind: 'planActivity',
    level: 2,
    key: `plan-activity:${activity.id}`,
    groupKey: project ? `project:${project.id}` : `plan:${activity.planId}`,
    title: activity.title,
    start: activity.startDate,
    end: activity.endDate,
    planId: activity.planId,
    planTitle: plan?.title ?? '',
    activityId: activity.id,
    projectId: project?.id ?? null,
    projectTitle: project?.title ?? null,
    status: activity.status,
    responsible: activity.responsible,
  };
}

/** A plan's period as dates (1 January of its first year to 31 December of its last); for a missing plan, the span of its activities. */
function planPeriod(plan: ActionPlan | undefined, children: readonly { start: string; end: string }[]): { start: string; end: string } {
  if (plan) return { start: `${plan.periodStart}-01-01`, end: `${plan.periodEnd}-12-31` };
  let start = children[0]?.start ?? '';
  let end = children[0]?.end ?? '';
  for (const child of children) {
    if (child.start < start) start = child.start;
    if (child.end > end) end = child.end;
  }
  return { start, end };
}

/** The rows with the children of collapsed groups left out. */
export function visibleTimelineRows(rows: readonly TimelineRow[], collapsed: ReadonlySet<string>): TimelineRow[] {
  if (collapsed.size === 0) return [...rows];
  return rows.filter((row) => row.level === 1 || !collapsed.has(row.groupKey));
}

/** The projects a project filter can offer: those of the goal area (or all), sorted by title. */
export function projectChoices(projects: readonly Project[], goalAreaId: string | null): { id: string; title: string }[] {
  return projects
    .filter((p) => goalAreaId === null || p.goalAreaId === goalAreaId)
    .map((p) => ({ id: p.id, title: p.title }))
    .sort((a, b) => textOrder.compare(a.title, b.title) || (a.id < b.id ? -1 : 1));
}

/** Goal areas for the goal-area filter, in code order (`MO1`, `MO2`, … `MO10`). */
export function goalAreaChoices(goalAreas: readonly GoalArea[]): { id: string; code: string; name: string }[] {
  return goalAreas.map((g) => ({ id: g.id, code: g.code, name: g.name })).sort((a, b) => collator('numbered').compare(a.code, b.code) || textOrder.compare(a.name, b.name));
}

/** Counts for the status line: projects, project activities and milestones, plan activities. */
export function countTimelineRows(rows: readonly TimelineRow[]): { projects: number; plans: number; projectActivities: number; milestones: number; planActivities: number } {
  const counts = { projects: 0, plans: 0, projectActivities: 0, milestones: 0, planActivities: 0 };
  for (const row of rows) {
    if (row.kind === 'project') counts.projects += 1;
    else if (row.kind === 'plan') counts.plans += 1;
    else if (row.kind === 'planActivity') counts.planActivities += 1;
    else if (row.milestone) counts.milestones += 1;
    else counts.projectActivities += 1;
  }
  return counts;
}
