/**
 * A goal area's details (målområde) and reviewers (granskare) in the
 * database. Every write is validated against the other goal areas inside
 * the transaction that stores it, so two windows cannot both take a code;
 * a refused write changes nothing and says why.
 */
import { newId } from '../../db/new-id.ts';
import { defineSaveOperation, RecordGoneError } from '../../saving/save-operation.ts';
import { goalAreaSchema, type GoalArea } from '#shared/domain/plan.ts';
import {
  normaliseReviewer,
  validateGoalAreaDetails,
  validateReviewer,
  type GoalAreaDetails,
  type GoalAreaProblem,
  type Reviewer,
} from '#shared/plan/goal-area-details.ts';
import { profileFromDraft, validateProfileDraft, type ProfileDraft } from '#shared/domain/profile.ts';
import { goalAreasForProfile, profileNamesWithoutGoalArea } from '#shared/plan/profile-goal-areas.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { TemplateGoalArea } from '#shared/templates/schema.ts';
import { db } from '../../db/database.ts';
import type { SaveProfileResult } from '../../db/profile.ts';
import { activeTemplate } from '../templates/template-repository.ts';

export type GoalAreaWrite = { ok: true; goalArea: GoalArea } | { ok: false; reason: 'invalid'; problems: GoalAreaProblem[] } | { ok: false; reason: 'notFound' };

export async function loadGoalArea(id: string): Promise<GoalArea | null> {
  return (await db().goalAreas.get(id)) ?? null;
}

/** Details as typed, made ready to judge: code, name and owner trimmed, effect goals without empty lines. */
export function normaliseGoalAreaDetails(details: GoalAreaDetails): GoalAreaDetails {
  return {
    code: details.code.trim(),
    name: details.name.trim(),
    description: details.description,
    effectGoals: details.effectGoals.map((g) => g.trim()).filter((g) => g !== ''),
    owner: details.owner.trim(),
    reviewers: details.reviewers.map(normaliseReviewer),
  };
}

function detailsOf(goalArea: GoalArea): GoalAreaDetails {
  const { code, name, description, effectGoals, owner, reviewers } = goalArea;
  return { code, name, description, effectGoals, owner, reviewers };
}

/**
 * Reads the goal area, lets `change` build its next details, validates them
 * against the other goal areas' codes and stores them, all in one transaction.
 */
async function changeGoalArea(id: string, change: (current: GoalAreaDetails) => GoalAreaDetails | GoalAreaProblem[] | 'notFound'): Promise<GoalAreaWrite> {
  const database = db();
  return database.transaction('rw', database.goalAreas, async (): Promise<GoalAreaWrite> => {
    const current = await database.goalAreas.get(id);
    if (!current) return { ok: false, reason: 'notFound' };
    const next = change(detailsOf(current));
    if (next === 'notFound') return { ok: false, reason: 'notFound' };
    if (Array.isArray(next)) return { ok: false, reason: 'invalid', problems: next };
    const details = normaliseGoalAreaDetails(next);
    const otherCodes = (await database.goalAreas.toArray()).filter((g) => g.id !== id).map((g) => g.code);
    const problems = validateGoalAreaDetails(details, otherCodes);
    if (problems.length > 0) return { ok: false, reason: 'invalid', problems };
    // The schema is the last guard: what passed validation must also pass it.
    // Fields kept elsewhere (the Kolada areas) stay as they are.
    const goalArea = goalAreaSchema.parse({ ...current, id, ...details });
    await database.goalAreas.put(goalArea);
    return { ok: true, goalArea };
  });
}

/** Replaces the goal area's details (code, name, description, effect goals, owner, reviewers). */
export function updateGoalArea(id: string, details: GoalAreaDetails): Promise<GoalAreaWrite> {
  return changeGoalArea(id, () => details);
}

/** The region and the areas the goal area's indicators are compared with (Indikatorer). */
export async function setGoalAreaKoladaAreas(id: string, koladaAreas: NonNullable<GoalArea['koladaAreas']>): Promise<GoalAreaWrite> {
  const database = db();
  return database.transaction('rw', database.goalAreas, async (): Promise<GoalAreaWrite> => {
    const current = await database.goalAreas.get(id);
    if (!current) return { ok: false, reason: 'notFound' };
    const goalArea = goalAreaSchema.parse({ ...current, koladaAreas: { regionId: koladaAreas.regionId, compareIds: [...new Set(koladaAreas.compareIds)] } });
    await database.goalAreas.put(goalArea);
    return { ok: true, goalArea };
  });
}

/** The Kolada areas choice as a journaled save: a reload right after ticking a municipality replays it. */
export const koladaAreasEdit = defineSaveOperation('goalAreas.koladaAreas', async (id: string, koladaAreas: NonNullable<GoalArea['koladaAreas']>) => {
  const result = await setGoalAreaKoladaAreas(id, koladaAreas);
  if (!result.ok) throw result.reason === 'notFound' ? new RecordGoneError(`Målområdet ${id} finns inte`) : new Error('Valet av områden kunde inte sparas');
});

export function setEffectGoals(id: string, effectGoals: readonly string[]): Promise<GoalAreaWrite> {
  return changeGoalArea(id, (current) => ({ ...current, effectGoals: [...effectGoals] }));
}

function checkedReviewer(reviewer: Reviewer): Reviewer | GoalAreaProblem[] {
  const normalised = normaliseReviewer(reviewer);
  const problems = validateReviewer(normalised);
  return problems.length > 0 ? problems : normalised;
}

export function addReviewer(id: string, reviewer: Reviewer): Promise<GoalAreaWrite> {
  return changeGoalArea(id, (current) => {
    const checked = checkedReviewer(reviewer);
    return Array.isArray(checked) ? checked : { ...current, reviewers: [...current.reviewers, checked] };
  });
}

const hasIndex = (list: readonly unknown[], index: number): boolean => Number.isInteger(index) && index >= 0 && index < list.length;

/** Replaces the reviewer at `index` (the list's order is the user's); an index not in the list is `notFound`. */
export function updateReviewer(id: string, index: number, reviewer: Reviewer): Promise<GoalAreaWrite> {
  return changeGoalArea(id, (current) => {
    if (!hasIndex(current.reviewers, index)) return 'notFound';
    const checked = checkedReviewer(reviewer);
    return Array.isArray(checked) ? checked : { ...current, reviewers: current.reviewers.map((r, i) => (i === index ? checked : r)) };
  });
}

export function removeReviewer(id: string, index: number): Promise<GoalAreaWrite> {
  return changeGoalArea(id, (current) => {
    if (!hasIndex(current.reviewers, index)) return 'notFound';
    return { ...current, reviewers: current.reviewers.filter((_, i) => i !== index) };
  });
}

/**
 * The goal areas a profile name can be matched with: the active template's,
 * or, before the first start has installed any template, the shipped one
 * (which that start makes active).
 */
async function templateGoalAreas(): Promise<readonly TemplateGoalArea[]> {
  const active = await activeTemplate();
  if (active) return active.template.goalAreas;
  return (await db().templates.count()) === 0 ? defaultTemplate.goalAreas : [];
}

/** Inside a transaction over goalAreas, templates and workbookSettings: adds goal areas for the names the workbook lacks. */
async function addGoalAreasForNames(names: readonly string[], owner: string): Promise<GoalArea[]> {
  const database = db();
  const drafts = goalAreasForProfile(names, await database.goalAreas.toArray(), await templateGoalAreas(), owner);
  const records = drafts.map((draft) => goalAreaSchema.parse({ ...draft, id: newId() }));
  await database.goalAreas.bulkAdd(records);
  return records;
}

/**
 * First run: stores the profile and makes its goal areas real goal areas,
 * in one transaction, so either both are stored or neither. A name the
 * workbook already has as a goal area adds nothing.
 */
export async function saveProfileWithGoalAreas(draft: ProfileDraft, now: Date = new Date()): Promise<SaveProfileResult> {
  const problems = validateProfileDraft(draft);
  if (problems.length > 0) return { ok: false, problems };
  const database = db();
  const profile = await database.transaction('rw', [database.profile, database.goalAreas, database.templates, database.workbookSettings], async () => {
    const next = profileFromDraft(draft, now, await database.profile.get('me'));
    await database.profile.put(next);
    await addGoalAreasForNames(next.goalAreaNames, next.name);
    return next;
  });
  return { ok: true, profile };
}

/** The profile's goal-area names that no goal area has (by name), for Inställningar to offer. */
export async function profileNamesMissingGoalAreas(): Promise<string[]> {
  const database = db();
  return database.transaction('r', [database.profile, database.goalAreas], async () => {
    const profile = await database.profile.get('me');
    if (!profile) return [];
    return profileNamesWithoutGoalArea(profile.goalAreaNames, await database.goalAreas.toArray());
  });
}

/**
 * Adds goal areas for the stored profile's names that have none; checked
 * again inside the transaction, so two quick clicks add each one once.
 */
export async function addProfileGoalAreas(): Promise<GoalArea[]> {
  const database = db();
  return database.transaction('rw', [database.profile, database.goalAreas, database.templates, database.workbookSettings], async () => {
    const profile = await database.profile.get('me');
    return profile ? addGoalAreasForNames(profile.goalAreaNames, profile.name) : [];
  });
}
