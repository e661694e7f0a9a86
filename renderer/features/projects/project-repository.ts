/**
 * Projects in the workbook database. A project is one record: every change reads it, applies a
 * pure update and writes it back in one transaction, after checking the result against the
 * schema, so a wrong value is never stored and a project is never half-changed.
 */
import { newId } from '../../db/new-id.ts';
import type { GoalArea, Strategy, Tactic, ActionPlan } from '#shared/domain/plan.ts';
import { projectSchema, type Project } from '#shared/domain/project.ts';
import type { StoredTemplate, TemplateRef } from '#shared/domain/template-store.ts';
import { newProject } from '#shared/project/defaults.ts';
import { newProjectSections, projectLayout, type ProjectLayout } from '#shared/project/template-sections.ts';
import { applyProjectEdits, type ProjectEdit } from '#shared/project/project-edit.ts';
import { defineSaveOperation, RecordGoneError } from '../../saving/save-operation.ts';
import { db } from '../../db/database.ts';
import { activeTemplate, newestVersion, templateForRef } from '../templates/template-repository.ts';
import { collator } from '#shared/locale.ts';

const nowIso = (): string => new Date().toISOString();

/** A change the schema refused; the UI validates first, so this means a bug, and nothing was stored. */
export class ProjectNotSavedError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Projektet sparades inte: ${issues.join('; ')}`);
    this.name = 'ProjectNotSavedError';
  }
}

export async function listProjects(): Promise<Project[]> {
  const projects = await db().projects.toArray();
  return projects.sort((a, b) => a.startDate.localeCompare(b.startDate) || collator('text').compare(a.title, b.title));
}

export function getProject(id: string): Promise<Project | undefined> {
  return db().projects.get(id);
}

export interface NewProjectDraft {
  goalAreaId: string;
  title: string;
  startDate: string;
  endDate: string;
}

/** A new project follows the active template: its reference and its free-text sections (the defaults without a template). */
export async function createProject(draft: NewProjectDraft): Promise<Project> {
  const active = await activeTemplate();
  const templateRef: TemplateRef = active ? { templateId: active.templateId, version: active.version } : null;
  const sections = newProjectSections(active ? active.template.projectPlan.sections : null);
  const project = projectSchema.parse(newProject({ ...draft, id: newId(), now: nowIso(), templateRef, sections }));
  await db().projects.add(project);
  return project;
}

/**
 * The template version a project was written for: found, none recorded, or
 * gone (removed from the workbook; `name` is another stored version's name
 * when there is one, so the note can say which template it was).
 */
export type ProjectTemplate =
  | { status: 'found'; stored: StoredTemplate }
  | { status: 'none' }
  | { status: 'gone'; templateId: string; version: number; name: string | null };

export async function projectTemplate(ref: TemplateRef): Promise<ProjectTemplate> {
  if (ref === null) return { status: 'none' };
  const stored = await templateForRef(ref);
  if (stored) return { status: 'found', stored };
  const other = await newestVersion(ref.templateId);
  return { status: 'gone', templateId: ref.templateId, version: ref.version, name: other?.template.name ?? null };
}

/** The project laid out by its own template version, or by its own sections when it has none. */
export function layoutFor(project: Project, template: ProjectTemplate): ProjectLayout {
  return projectLayout(project.sections, template.status === 'found' ? template.stored.template.projectPlan.sections : null);
}

/** The layout of a stored project, for the completeness list and the export. */
export async function projectLayoutOf(project: Project): Promise<ProjectLayout> {
  return layoutFor(project, await projectTemplate(project.templateRef));
}

/** Applies `change` to the stored project in one transaction; returns the stored result, or null when the project is gone. */
export async function updateProject(id: string, change: (project: Project) => Project): Promise<Project | null> {
  const database = db();
  return database.transaction('rw', database.projects, async () => {
    const current = await database.projects.get(id);
    if (!current) return null;
    const checked = projectSchema.safeParse({ ...change(current), id, updatedAt: nowIso() });
    if (!checked.success) throw new ProjectNotSavedError(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
    await database.projects.put(checked.data);
    return checked.data;
  });
}

/**
 * Stores edits given as data (shared/project/project-edit.ts), so they can be
 * journaled; a project or list item removed meanwhile throws RecordGoneError
 * and nothing is stored.
 */
export async function editProject(id: string, edits: readonly ProjectEdit[]): Promise<Project> {
  const stored = await updateProject(id, (project) => {
    const result = applyProjectEdits(project, edits);
    if (result.ok) return result.project;
    if (result.reason === 'missing') throw new RecordGoneError(`Projektet ${id}: ${result.at} finns inte`);
    throw new ProjectNotSavedError(result.issues);
  });
  if (stored === null) throw new RecordGoneError(`Projektet ${id} finns inte`);
  return stored;
}

/** A typed edit of a project, journaled (see saving/save-operation.ts). */
export const projectEdit = defineSaveOperation('projects.edit', async (id: string, edits: ProjectEdit[]) => {
  await editProject(id, edits);
});

/** Replaces one item of a list inside the project (goals, risks …) by id. */
export function replaceItem<T extends { id: string }>(items: readonly T[], id: string, patch: Partial<T>): T[] {
  return items.map((item) => (item.id === id ? { ...item, ...patch } : item));
}

export interface ProjectLinks {
  activities: number;
  timeEntries: number;
}

/** Plan activities and time entries that point at the project; removing it (to the papperskorg, features/trash) unlinks them (they stay). */
export async function projectLinks(id: string): Promise<ProjectLinks> {
  const database = db();
  const [activities, timeEntries] = await Promise.all([database.activities.where('projectId').equals(id).count(), database.timeEntries.where('projectId').equals(id).count()]);
  return { activities, timeEntries };
}

export interface StrategyTree {
  plan: ActionPlan;
  strategies: { strategy: Strategy; tactics: Tactic[] }[];
}

/** The goal area's plans with their strategies and tactics, for choosing what a project carries out. */
export async function strategyTrees(goalAreaId: string): Promise<StrategyTree[]> {
  const database = db();
  const plans = (await database.actionPlans.where('goalAreaId').equals(goalAreaId).toArray()).sort((a, b) => b.periodStart - a.periodStart);
  return Promise.all(
    plans.map(async (plan) => {
      const [strategies, tactics] = await Promise.all([database.strategies.where('planId').equals(plan.id).toArray(), database.tactics.where('planId').equals(plan.id).toArray()]);
      return {
        plan,
        strategies: strategies
          .sort((a, b) => a.order - b.order)
          .map((strategy) => ({ strategy, tactics: tactics.filter((t) => t.strategyId === strategy.id).sort((a, b) => a.order - b.order) })),
      };
    }),
  );
}

export async function goalAreasById(): Promise<Map<string, GoalArea>> {
  return new Map((await db().goalAreas.toArray()).map((g) => [g.id, g]));
}
