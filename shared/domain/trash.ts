/**
 * The papperskorg (trash): what the user removed, kept whole for 30 days so
 * a mistaken removal can be undone with Återställ. One entry per removal,
 * holding the removed records grouped by the table they came from, and the
 * links the removal cut from records that stayed (an activity or time entry
 * linked to a removed project), so a restore can put them back.
 */
import { z } from 'zod';
import { idSchema, shortTextSchema } from './common.ts';
import { actionPlanSchema, activitySchema, contactSchema, goalAreaSchema, planVersionSchema, strategySchema, tacticSchema } from './plan.ts';
import { meetingSchema } from './meeting.ts';
import { reviewItemSchema, reviewRoundSchema } from './review.ts';
import { projectSchema } from './project.ts';
import { storedTemplateSchema } from './template-store.ts';

export const trashKinds = ['plan', 'goalArea', 'project', 'contact', 'templateVersion', 'meeting'] as const;
export type TrashKind = (typeof trashKinds)[number];

/** How long an entry is kept before it is removed for good. */
export const TRASH_DAYS = 30;

export const trashRecordsSchema = z.object({
  goalAreas: z.array(goalAreaSchema).optional(),
  actionPlans: z.array(actionPlanSchema).optional(),
  strategies: z.array(strategySchema).optional(),
  tactics: z.array(tacticSchema).optional(),
  activities: z.array(activitySchema).optional(),
  planVersions: z.array(planVersionSchema).optional(),
  projects: z.array(projectSchema).optional(),
  contacts: z.array(contactSchema).optional(),
  templates: z.array(storedTemplateSchema).optional(),
  meetings: z.array(meetingSchema).optional(),
  reviewItems: z.array(reviewItemSchema).optional(),
  reviewRounds: z.array(reviewRoundSchema).optional(),
});
export type TrashRecords = z.infer<typeof trashRecordsSchema>;
export type TrashTable = keyof TrashRecords;
export const trashTables = Object.keys(trashRecordsSchema.shape) as TrashTable[];

/** A link from a record that stayed to a project that was removed. */
const cutLinkSchema = z.object({ id: idSchema, projectId: idSchema });
export type CutLink = z.infer<typeof cutLinkSchema>;

export const trashEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(trashKinds),
  /** The removed thing's own name (a plan's title, a goal area's code and name), shown in the list. */
  title: shortTextSchema,
  removedAt: z.iso.datetime(),
  records: trashRecordsSchema,
  /** Project links cut from activities and time entries that stayed. */
  cutLinks: z.object({ activities: z.array(cutLinkSchema), timeEntries: z.array(cutLinkSchema) }),
});
export type TrashEntry = z.infer<typeof trashEntrySchema>;

export interface NewTrashEntry {
  id: string;
  kind: TrashKind;
  title: string;
  records: TrashRecords;
  cutLinks?: TrashEntry['cutLinks'];
}

/** A trash entry as stored; empty tables are left out so the entry says only what it holds. */
export function trashEntry(entry: NewTrashEntry, now: Date): TrashEntry {
  const records = Object.fromEntries(Object.entries(entry.records).filter(([, rows]) => Array.isArray(rows) && rows.length > 0)) as TrashRecords;
  return {
    id: entry.id,
    kind: entry.kind,
    title: entry.title.slice(0, 500),
    removedAt: now.toISOString(),
    records,
    cutLinks: entry.cutLinks ?? { activities: [], timeEntries: [] },
  };
}

/** When the entry is removed for good. */
export function trashExpiresAt(entry: Pick<TrashEntry, 'removedAt'>): Date {
  const removed = new Date(entry.removedAt);
  return new Date(removed.getTime() + TRASH_DAYS * 24 * 60 * 60 * 1000);
}

export function isTrashExpired(entry: Pick<TrashEntry, 'removedAt'>, now: Date): boolean {
  return trashExpiresAt(entry).getTime() <= now.getTime();
}

/** How many records of each table an entry (or a removal about to happen) holds. */
export type TrashCounts = Record<TrashTable, number>;

export function trashCounts(records: TrashRecords): TrashCounts {
  return Object.fromEntries(trashTables.map((table) => [table, records[table]?.length ?? 0])) as TrashCounts;
}

/** What is in the workbook now, as far as a restore needs to know. */
export interface RestoreState {
  /** The ids each table holds now. */
  ids: Readonly<Record<TrashTable, ReadonlySet<string>>>;
  /** The goal areas' codes now (a code is unique). */
  goalAreaCodes: ReadonlySet<string>;
  /** Goal areas held by other trash entries, by id, for naming a missing parent. */
  trashedGoalAreas: ReadonlyMap<string, string>;
  /** Activities and time entries that exist now with no project link: the only ones a restore relinks. */
  unlinkedActivityIds: ReadonlySet<string>;
  unlinkedTimeEntryIds: ReadonlySet<string>;
}

export type RestoreProblem =
  /** A record with the same id is in the workbook again (a template version imported anew, say). */
  | { reason: 'idTaken'; table: TrashTable; name: string }
  /** Another goal area has taken the removed one's code. */
  | { reason: 'codeTaken'; code: string }
  /** The plan's or project's goal area is gone: in the trash itself (name known) or removed for good. */
  | { reason: 'goalAreaMissing'; goalAreaName: string | null };

export type RestorePlan = { ok: true; records: TrashRecords; relink: TrashEntry['cutLinks'] } | { ok: false; problem: RestoreProblem };

/** A record's name for a message; records without one are named by their table's kind. */
function recordName(table: TrashTable, record: object): string {
  const fields = record as Record<string, unknown>;
  if (table === 'goalAreas') return `${String(fields.code)} ${String(fields.name)}`;
  if (table === 'templates') return `${String((fields.template as { name?: unknown } | undefined)?.name ?? '')} v${String(fields.version)}`;
  for (const key of ['title', 'name']) if (typeof fields[key] === 'string' && fields[key] !== '') return fields[key];
  return String(fields.id);
}

/**
 * What restoring an entry writes, or why it cannot: nothing is restored on
 * top of a record that exists again, and a plan or project is not restored
 * without its goal area (the user restores the goal area first: restoring
 * it silently along with a plan would bring back its other plans too).
 */
export function planRestore(entry: TrashEntry, state: RestoreState): RestorePlan {
  for (const table of trashTables) {
    for (const record of entry.records[table] ?? []) {
      if (state.ids[table].has(record.id)) return { ok: false, problem: { reason: 'idTaken', table, name: recordName(table, record) } };
    }
  }
  for (const goalArea of entry.records.goalAreas ?? []) {
    if (state.goalAreaCodes.has(goalArea.code)) return { ok: false, problem: { reason: 'codeTaken', code: goalArea.code } };
  }
  const restoredGoalAreas = new Set((entry.records.goalAreas ?? []).map((g) => g.id));
  const parents = [...(entry.records.actionPlans ?? []), ...(entry.records.projects ?? [])].map((r) => r.goalAreaId);
  for (const goalAreaId of parents) {
    if (!restoredGoalAreas.has(goalAreaId) && !state.ids.goalAreas.has(goalAreaId)) {
      return { ok: false, problem: { reason: 'goalAreaMissing', goalAreaName: state.trashedGoalAreas.get(goalAreaId) ?? null } };
    }
  }
  // A link goes back only where the record is still there and has not been linked to another project since.
  return {
    ok: true,
    records: entry.records,
    relink: {
      activities: entry.cutLinks.activities.filter((link) => state.unlinkedActivityIds.has(link.id)),
      timeEntries: entry.cutLinks.timeEntries.filter((link) => state.unlinkedTimeEntryIds.has(link.id)),
    },
  };
}
