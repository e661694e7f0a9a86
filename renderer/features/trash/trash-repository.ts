/**
 * The papperskorg: removing a plan, goal area or project moves its records
 * into one trash entry, and Återställ puts them back, each in one
 * transaction so nothing is ever half-removed or half-restored. Contacts and
 * template versions go through their own repositories' checks and then
 * putInTrash. The rules (what goes with what, when a restore is refused)
 * are pure functions in shared/domain/trash.ts.
 */
import { newId } from '../../db/new-id.ts';
import type { Table } from 'dexie';
import { isTrashExpired, planRestore, trashCounts, trashEntry, trashTables, type CutLink, type NewTrashEntry, type RestoreProblem, type TrashCounts, type TrashEntry, type TrashRecords, type TrashTable } from '#shared/domain/trash.ts';
import { db, type WorkbookDatabase } from '../../db/database.ts';

/** Newest first. */
export async function listTrash(): Promise<TrashEntry[]> {
  return (await db().trash.toArray()).sort((a, b) => b.removedAt.localeCompare(a.removedAt) || a.id.localeCompare(b.id));
}

/** Stores an entry; called inside the removing transaction (which must include the trash table). */
export async function putInTrash(database: WorkbookDatabase, entry: NewTrashEntry, now: Date): Promise<TrashEntry> {
  const stored = trashEntry(entry, now);
  await database.trash.add(stored);
  return stored;
}

const isDefined = <T>(value: T | undefined): value is T => value !== undefined;

function tablesOf(database: WorkbookDatabase): Record<TrashTable, Table<{ id: string }, string>> {
  return Object.fromEntries(trashTables.map((name) => [name, database.table(name)])) as Record<TrashTable, Table<{ id: string }, string>>;
}

/** The plans' records: the plans, their strategies, tactics, activities, submitted versions, and the reviews of them. */
async function planRecords(database: WorkbookDatabase, planIds: string[]): Promise<TrashRecords> {
  const [actionPlans, strategies, tactics, activities, planVersions, reviewItems, reviewRounds] = await Promise.all([
    database.actionPlans.bulkGet(planIds),
    database.strategies.where('planId').anyOf(planIds).toArray(),
    database.tactics.where('planId').anyOf(planIds).toArray(),
    database.activities.where('planId').anyOf(planIds).toArray(),
    database.planVersions.where('planId').anyOf(planIds).toArray(),
    database.reviewItems.where('planId').anyOf(planIds).toArray(),
    database.reviewRounds.where('planId').anyOf(planIds).toArray(),
  ]);
  return { actionPlans: actionPlans.filter(isDefined), strategies, tactics, activities, planVersions, reviewItems, reviewRounds };
}

/** The goal area with all its plans (and theirs) and its projects. */
async function goalAreaRecords(database: WorkbookDatabase, goalAreaId: string): Promise<TrashRecords> {
  const goalArea = await database.goalAreas.get(goalAreaId);
  if (!goalArea) return {};
  const planIds = await database.actionPlans.where('goalAreaId').equals(goalAreaId).primaryKeys();
  const projects = await database.projects.where('goalAreaId').equals(goalAreaId).toArray();
  return { goalAreas: [goalArea], ...(await planRecords(database, planIds)), projects };
}

/** What removing the plan takes with it, for the confirmation; null when it is gone. */
export async function planRemovalCounts(planId: string): Promise<TrashCounts | null> {
  const records = await planRecords(db(), [planId]);
  return records.actionPlans?.length ? trashCounts(records) : null;
}

/** What removing the goal area takes with it, for the confirmation; null when it is gone. */
export async function goalAreaRemovalCounts(goalAreaId: string): Promise<TrashCounts | null> {
  const records = await goalAreaRecords(db(), goalAreaId);
  return records.goalAreas?.length ? trashCounts(records) : null;
}

const planTables = (database: WorkbookDatabase) => [database.actionPlans, database.strategies, database.tactics, database.activities, database.planVersions, database.reviewItems, database.reviewRounds];

/** Deletes every record an entry holds from its table. */
async function deleteRecords(database: WorkbookDatabase, records: TrashRecords): Promise<void> {
  const tables = tablesOf(database);
  for (const table of trashTables) {
    const ids = (records[table] ?? []).map((r) => r.id);
    if (ids.length > 0) await tables[table].bulkDelete(ids);
  }
}

/** The tables whose records link to a project, seen only as far as the link. */
type LinkingTable = 'activities' | 'timeEntries';
const linkingTable = (database: WorkbookDatabase, name: LinkingTable) => database.table<{ id: string; projectId: string | null }, string>(name);

/** Cuts the project links of activities and time entries that stay, and says which were cut. */
async function cutProjectLinks(database: WorkbookDatabase, projectIds: string[], leavingActivityIds: ReadonlySet<string>): Promise<TrashEntry['cutLinks']> {
  const linked = async (name: LinkingTable, leaving: ReadonlySet<string>): Promise<CutLink[]> => {
    const table = linkingTable(database, name);
    const rows = (await table.where('projectId').anyOf(projectIds).toArray()).filter((r) => !leaving.has(r.id));
    await table.bulkUpdate(rows.map((r) => ({ key: r.id, changes: { projectId: null } })));
    return rows.map((r) => ({ id: r.id, projectId: r.projectId ?? '' }));
  };
  return { activities: await linked('activities', leavingActivityIds), timeEntries: await linked('timeEntries', new Set()) };
}

export type TrashResult = { ok: true; entry: TrashEntry } | { ok: false; reason: 'notFound' };

/** Moves a plan, with its strategies, tactics, activities and submitted versions, to the trash. */
export async function trashPlan(planId: string, now: Date = new Date()): Promise<TrashResult> {
  const database = db();
  return database.transaction('rw', [...planTables(database), database.trash], async (): Promise<TrashResult> => {
    const records = await planRecords(database, [planId]);
    const plan = records.actionPlans?.[0];
    if (!plan) return { ok: false, reason: 'notFound' };
    await deleteRecords(database, records);
    return { ok: true, entry: await putInTrash(database, { id: newId(), kind: 'plan', title: plan.title, records }, now) };
  });
}

/** Moves a goal area with all its plans and projects to the trash; links from other plans' activities and from time entries to its projects are cut. */
export async function trashGoalArea(goalAreaId: string, now: Date = new Date()): Promise<TrashResult> {
  const database = db();
  return database.transaction('rw', [database.goalAreas, database.projects, database.timeEntries, ...planTables(database), database.trash], async (): Promise<TrashResult> => {
    const records = await goalAreaRecords(database, goalAreaId);
    const goalArea = records.goalAreas?.[0];
    if (!goalArea) return { ok: false, reason: 'notFound' };
    const leaving = new Set((records.activities ?? []).map((a) => a.id));
    const cutLinks = await cutProjectLinks(database, (records.projects ?? []).map((p) => p.id), leaving);
    await deleteRecords(database, records);
    return { ok: true, entry: await putInTrash(database, { id: newId(), kind: 'goalArea', title: `${goalArea.code} ${goalArea.name}`, records, cutLinks }, now) };
  });
}

/** Moves a project to the trash; the activities and time entries linked to it stay, unlinked, and are relinked on restore. */
export async function trashProject(projectId: string, now: Date = new Date()): Promise<TrashResult> {
  const database = db();
  return database.transaction('rw', [database.projects, database.activities, database.timeEntries, database.trash], async (): Promise<TrashResult> => {
    const project = await database.projects.get(projectId);
    if (!project) return { ok: false, reason: 'notFound' };
    const cutLinks = await cutProjectLinks(database, [projectId], new Set());
    await database.projects.delete(projectId);
    return { ok: true, entry: await putInTrash(database, { id: newId(), kind: 'project', title: project.title, records: { projects: [project] }, cutLinks }, now) };
  });
}

export type RestoreResult = { ok: true; entry: TrashEntry } | { ok: false; problem: RestoreProblem | { reason: 'notFound' } };

const allTables = (database: WorkbookDatabase) => [...Object.values(tablesOf(database)), database.timeEntries, database.trash];

/** Puts an entry's records back and relinks what can be relinked, or refuses and changes nothing. */
export async function restoreFromTrash(entryId: string): Promise<RestoreResult> {
  const database = db();
  return database.transaction('rw', allTables(database), async (): Promise<RestoreResult> => {
    const entry = await database.trash.get(entryId);
    if (!entry) return { ok: false, problem: { reason: 'notFound' } };
    const tables = tablesOf(database);
    const present = Object.fromEntries(
      await Promise.all(
        trashTables.map(async (table) => {
          const ids = (entry.records[table] ?? []).map((r) => r.id);
          const found = ids.length > 0 ? await tables[table].bulkGet(ids) : [];
          const stored = new Set(found.filter(isDefined).map((r) => r.id));
          return [table, stored] as const;
        }),
      ),
    ) as Record<TrashTable, Set<string>>;
    const parents = [...(entry.records.actionPlans ?? []), ...(entry.records.projects ?? [])].map((r) => r.goalAreaId);
    for (const goalArea of await database.goalAreas.bulkGet(parents)) if (goalArea) present.goalAreas.add(goalArea.id);
    const codes = (entry.records.goalAreas ?? []).map((g) => g.code);
    const takenCodes = new Set((await database.goalAreas.where('code').anyOf(codes).toArray()).map((g) => g.code));
    const trashedGoalAreas = new Map<string, string>();
    for (const other of await database.trash.toArray()) for (const g of other.records.goalAreas ?? []) trashedGoalAreas.set(g.id, `${g.code} ${g.name}`);
    const unlinked = async (name: LinkingTable, links: CutLink[]) =>
      new Set((await linkingTable(database, name).bulkGet(links.map((l) => l.id))).filter(isDefined).filter((r) => r.projectId === null).map((r) => r.id));
    const plan = planRestore(entry, {
      ids: present,
      goalAreaCodes: takenCodes,
      trashedGoalAreas,
      unlinkedActivityIds: await unlinked('activities', entry.cutLinks.activities),
      unlinkedTimeEntryIds: await unlinked('timeEntries', entry.cutLinks.timeEntries),
    });
    if (!plan.ok) return { ok: false, problem: plan.problem };
    for (const table of trashTables) {
      const rows = plan.records[table] ?? [];
      if (rows.length > 0) await tables[table].bulkAdd(rows);
    }
    // Relinking only to a project that is there (restored now or never removed).
    const projectIds = new Set((await database.projects.bulkGet([...plan.relink.activities, ...plan.relink.timeEntries].map((l) => l.projectId))).filter(isDefined).map((p) => p.id));
    const relink = (links: CutLink[]) => links.filter((l) => projectIds.has(l.projectId)).map((l) => ({ key: l.id, changes: { projectId: l.projectId } }));
    await linkingTable(database, 'activities').bulkUpdate(relink(plan.relink.activities));
    await linkingTable(database, 'timeEntries').bulkUpdate(relink(plan.relink.timeEntries));
    await database.trash.delete(entry.id);
    return { ok: true, entry };
  });
}

/** Removes every entry for good. */
export async function emptyTrash(): Promise<number> {
  const database = db();
  return database.transaction('rw', database.trash, async () => {
    const count = await database.trash.count();
    await database.trash.clear();
    return count;
  });
}

/** Removes for good the entries older than 30 days; run at start. */
export async function purgeExpiredTrash(now: Date = new Date()): Promise<number> {
  const database = db();
  return database.transaction('rw', database.trash, async () => {
    const expired = (await database.trash.toArray()).filter((entry) => isTrashExpired(entry, now)).map((entry) => entry.id);
    await database.trash.bulkDelete(expired);
    return expired.length;
  });
}
