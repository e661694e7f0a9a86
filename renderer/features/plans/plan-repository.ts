/**
 * Plans in the database: every write that spans tables runs in one
 * transaction, and any edit of a submitted plan starts its next version.
 */
import { newId } from '../../db/new-id.ts';
import type { Activity, ActionPlan, GoalArea, PlanVersion, Strategy, Tactic } from '#shared/domain/plan.ts';
import { buildExampleWorkbook } from '#shared/examples/example-workbook.ts';
import type { NodeKind, PlanChange, PlanContent } from '#shared/plan/types.ts';
import { newPeriod, planAfterEdit, submitPlan as submitPlanVersion, type NewPeriodOptions } from '#shared/plan/versions.ts';
import { newPlanSections } from '#shared/plan/template-sections.ts';
import { withSectionText } from '#shared/plan/section-text.ts';
import type { TemplateGoalArea } from '#shared/templates/schema.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { defineSaveOperation, RecordGoneError } from '../../saving/save-operation.ts';
import { db } from '../../db/database.ts';
import { defaultPlanSections } from './plan-defaults.ts';
import { collator, dataLocale } from '#shared/locale.ts';

const nowIso = (): string => new Date().toISOString();

export interface GoalAreaWithPlans {
  goalArea: GoalArea;
  plans: ActionPlan[];
}

export async function listGoalAreasWithPlans(): Promise<GoalAreaWithPlans[]> {
  const database = db();
  const [goalAreas, plans] = await Promise.all([database.goalAreas.toArray(), database.actionPlans.toArray()]);
  return goalAreas
    .sort((a, b) => collator('text').compare(a.code, b.code))
    .map((goalArea) => ({
      goalArea,
      plans: plans.filter((p) => p.goalAreaId === goalArea.id).sort((a, b) => b.periodStart - a.periodStart),
    }));
}

export async function listGoalAreas(): Promise<GoalArea[]> {
  return (await db().goalAreas.toArray()).sort((a, b) => collator('text').compare(a.code, b.code));
}

/** The plan and everything under it, or null when it does not exist (deleted, wrong link). */
export async function loadPlanContent(planId: string): Promise<(PlanContent & { goalArea: GoalArea | null }) | null> {
  const database = db();
  return database.transaction('r', [database.actionPlans, database.goalAreas, database.strategies, database.tactics, database.activities], async () => {
    const plan = await database.actionPlans.get(planId);
    if (!plan) return null;
    const [goalArea, strategies, tactics, activities] = await Promise.all([
      database.goalAreas.get(plan.goalAreaId),
      database.strategies.where('planId').equals(planId).toArray(),
      database.tactics.where('planId').equals(planId).toArray(),
      database.activities.where('planId').equals(planId).toArray(),
    ]);
    return { plan, goalArea: goalArea ?? null, strategies, tactics, activities };
  });
}

/**
 * Inside a write transaction: the plan was edited, so a submitted plan
 * starts its next version. Every place that edits plan content calls this.
 * Returns false when the plan does not exist.
 */
export async function markPlanEdited(planId: string, now: string = nowIso()): Promise<boolean> {
  const database = db();
  const plan = await database.actionPlans.get(planId);
  if (!plan) return false;
  await database.actionPlans.put({ ...planAfterEdit(plan), updatedAt: now });
  return true;
}

async function touchPlan(planId: string): Promise<void> {
  if (!(await markPlanEdited(planId))) throw new RecordGoneError(`Planen ${planId} finns inte`);
}

/** Stores an outline operation (add, indent, move, delete, undo …) in one transaction. */
export async function applyPlanChange(planId: string, change: PlanChange): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.actionPlans, database.strategies, database.tactics, database.activities], async () => {
    await database.strategies.bulkDelete(change.remove.strategies);
    await database.tactics.bulkDelete(change.remove.tactics);
    await database.activities.bulkDelete(change.remove.activities);
    await database.strategies.bulkPut(change.put.strategies);
    await database.tactics.bulkPut(change.put.tactics);
    await database.activities.bulkPut(change.put.activities);
    await touchPlan(planId);
  });
}

/** Fields of any outline node; each caller passes only its kind's fields. */
export type NodePatch = Partial<Strategy> & Partial<Tactic> & Partial<Activity>;

/** Stores one node's edited fields (already validated by the caller). */
export async function updateNode(planId: string, kind: NodeKind, id: string, patch: NodePatch): Promise<void> {
  const database = db();
  await database.transaction('rw', [database.actionPlans, database.strategies, database.tactics, database.activities], async () => {
    const missing = () => new RecordGoneError(`${kind} ${id} finns inte`);
    if (kind === 'strategy') {
      const current = await database.strategies.get(id);
      if (!current) throw missing();
      await database.strategies.put({ ...current, ...patch });
    } else if (kind === 'tactic') {
      const current = await database.tactics.get(id);
      if (!current) throw missing();
      await database.tactics.put({ ...current, ...patch });
    } else {
      const current = await database.activities.get(id);
      if (!current) throw missing();
      await database.activities.put({ ...current, ...patch });
    }
    await touchPlan(planId);
  });
}

/** A typed edit of a node's fields, journaled (see saving/save-operation.ts); a deleted node drops it. */
export const nodeEdit = defineSaveOperation('plans.updateNode', (planId: string, kind: NodeKind, id: string, patch: NodePatch) => updateNode(planId, kind, id, patch));

/**
 * Stores one free-text section, read from the stored plan so sections typed
 * in quick succession all survive. A section its template defines but the
 * plan does not hold yet is added with `title`.
 */
export async function updatePlanSection(planId: string, key: string, text: string, title: string = key): Promise<void> {
  const database = db();
  await database.transaction('rw', database.actionPlans, async () => {
    const plan = await database.actionPlans.get(planId);
    if (!plan) throw new RecordGoneError(`Planen ${planId} finns inte`);
    const sections = withSectionText(plan.sections, key, title, text);
    await database.actionPlans.put({ ...planAfterEdit(plan), sections, updatedAt: nowIso() });
  });
}

/** A typed edit of a plan section, journaled; a deleted plan drops it. */
export const planSectionEdit = defineSaveOperation('plans.updatePlanSection', (planId: string, key: string, text: string, title: string) => updatePlanSection(planId, key, text, title));

/** Ticks or unticks one of the template's support offers; read from the stored plan so quick clicks all survive. */
export async function setSupportRequest(planId: string, offerId: string, ticked: boolean): Promise<void> {
  const database = db();
  await database.transaction('rw', database.actionPlans, async () => {
    const plan = await database.actionPlans.get(planId);
    if (!plan) throw new Error(`Planen ${planId} finns inte`);
    const current = plan.supportRequests ?? [];
    if (current.includes(offerId) === ticked) return;
    const supportRequests = ticked ? [...current, offerId] : current.filter((id) => id !== offerId);
    await database.actionPlans.put({ ...planAfterEdit(plan), supportRequests, updatedAt: nowIso() });
  });
}

/** The active template's goal areas the workbook lacks (by code, as Swedes compare letters), for "Från mallen". */
export async function templateGoalAreasToAdd(): Promise<{ templateName: string; goalAreas: TemplateGoalArea[] } | null> {
  const [active, goalAreas] = await Promise.all([activeTemplate(), db().goalAreas.toArray()]);
  if (!active) return null;
  const have = new Set(goalAreas.map((g) => g.code.trim().toLocaleLowerCase(dataLocale)));
  return { templateName: active.template.name, goalAreas: active.template.goalAreas.filter((g) => !have.has(g.code.trim().toLocaleLowerCase(dataLocale))) };
}

/**
 * Adds one of the template's goal areas with its code, name, description and
 * effect goals; in one transaction with the check, so two quick clicks add it once.
 */
export async function addGoalAreaFromTemplate(goalArea: TemplateGoalArea, owner: string): Promise<GoalArea | null> {
  const database = db();
  return database.transaction('rw', database.goalAreas, async () => {
    const code = goalArea.code.trim().toLocaleLowerCase(dataLocale);
    if ((await database.goalAreas.toArray()).some((g) => g.code.trim().toLocaleLowerCase(dataLocale) === code)) return null;
    const record: GoalArea = { id: newId(), code: goalArea.code, name: goalArea.name, description: goalArea.description, effectGoals: [...goalArea.effectGoals], owner, reviewers: [] };
    await database.goalAreas.add(record);
    return record;
  });
}

export async function createGoalArea(goalArea: Omit<GoalArea, 'id'>): Promise<GoalArea> {
  const record = { ...goalArea, id: newId() };
  await db().goalAreas.add(record);
  return record;
}

/** A new plan follows the active template (its text sections, empty); without a stored template, the sections from before templates. */
export async function createPlan(draft: Pick<ActionPlan, 'goalAreaId' | 'title' | 'periodStart' | 'periodEnd'>): Promise<ActionPlan> {
  const active = await activeTemplate();
  const sections = active ? newPlanSections(active.template) : defaultPlanSections();
  const templateRef = active ? { templateId: active.templateId, version: active.version } : null;
  const plan: ActionPlan = { ...draft, id: newId(), status: 'draft', sections, version: 1, updatedAt: nowIso(), templateRef };
  await db().actionPlans.add(plan);
  return plan;
}

/** *Lämna in*: freezes a snapshot with its version number and date. */
export async function submitPlan(planId: string): Promise<PlanVersion> {
  const database = db();
  return database.transaction('rw', [database.actionPlans, database.goalAreas, database.strategies, database.tactics, database.activities, database.planVersions], async () => {
    const content = await loadPlanContent(planId);
    if (!content) throw new Error(`Planen ${planId} finns inte`);
    const { version, plan } = submitPlanVersion(content, newId(), nowIso());
    await database.planVersions.add(version);
    await database.actionPlans.put(plan);
    return version;
  });
}

export async function listPlanVersions(planId: string): Promise<PlanVersion[]> {
  return (await db().planVersions.where('planId').equals(planId).toArray()).sort((a, b) => a.version - b.version);
}

/**
 * *Ny period*: a copy for the next period, carrying over activities that are
 * not done or cancelled, their dates moved into the new period when asked.
 */
export async function startNewPeriod(planId: string, today: string, options: NewPeriodOptions): Promise<ActionPlan> {
  const database = db();
  return database.transaction('rw', [database.actionPlans, database.goalAreas, database.strategies, database.tactics, database.activities], async () => {
    const content = await loadPlanContent(planId);
    if (!content) throw new Error(`Planen ${planId} finns inte`);
    const ids = new Map<string, string>();
    const copy = newPeriod(content, { planId: newId(), newId: (old) => ids.get(old) ?? ids.set(old, newId()).get(old) ?? newId() }, today, options);
    await database.actionPlans.add({ ...copy.plan, updatedAt: nowIso() });
    await database.strategies.bulkAdd(copy.strategies);
    await database.tactics.bulkAdd(copy.tactics);
    await database.activities.bulkAdd(copy.activities);
    return copy.plan;
  });
}

/** *Läs in exempel*: adds the example goal area, plan and contacts; returns the plan id. */
export async function loadExample(ownerName: string): Promise<string> {
  const database = db();
  const example = buildExampleWorkbook(newId, nowIso(), ownerName);
  await database.transaction('rw', [database.goalAreas, database.actionPlans, database.strategies, database.tactics, database.activities, database.contacts], async () => {
    // A second load must not clash with the first one's goal-area code.
    const codes = new Set((await database.goalAreas.toArray()).map((g) => g.code.toLowerCase()));
    const goalAreas = example.goalAreas.map((g) => {
      let code = g.code;
      for (let n = 2; codes.has(code.toLowerCase()); n += 1) code = `${g.code}${n}`;
      return { ...g, code };
    });
    await database.goalAreas.bulkAdd(goalAreas);
    await database.actionPlans.bulkAdd(example.actionPlans);
    await database.strategies.bulkAdd(example.strategies);
    await database.tactics.bulkAdd(example.tactics);
    await database.activities.bulkAdd(example.activities);
    await database.contacts.bulkAdd(example.contacts);
  });
  const first = example.actionPlans[0];
  if (!first) throw new Error('exemplet saknar plan');
  return first.id;
}
