/**
 * Meetings in the workbook database. A meeting is one record: every change reads it, applies a
 * pure update and writes it back in one transaction after checking it against the schema, so a
 * wrong value is never stored and a meeting is never half-changed. Its actions' links to plan
 * activities are kept in `activityIds` here, the one place that writes meetings.
 */
import { newId } from '../../db/new-id.ts';
import { db } from '../../db/database.ts';
import { meetingSchema, withDerivedFields, type Meeting, type MeetingAction, type MeetingKind } from '#shared/domain/meeting.ts';
import type { Activity } from '#shared/domain/plan.ts';
import { applyRecordEdits, type ProjectEdit } from '#shared/project/project-edit.ts';
import { planAfterEdit } from '#shared/plan/versions.ts';
import { defineSaveOperation, RecordGoneError } from '../../saving/save-operation.ts';
import { putInTrash, type TrashResult } from '../trash/trash-repository.ts';

const nowIso = (): string => new Date().toISOString();

/** A change the schema refused; the UI validates first, so this means a bug, and nothing was stored. */
export class MeetingNotSavedError extends Error {
  constructor(readonly issues: readonly string[]) {
    super(`Mötet sparades inte: ${issues.join('; ')}`);
    this.name = 'MeetingNotSavedError';
  }
}

/** When a meeting starts, for sorting: all-day meetings first on their day. */
export const meetingStartKey = (m: Pick<Meeting, 'startDate' | 'startTime'>): string => `${m.startDate}T${m.startTime ?? '00:00'}`;

/** Every meeting, earliest first. */
export async function listMeetings(): Promise<Meeting[]> {
  const meetings = await db().meetings.toArray();
  return meetings.sort((a, b) => meetingStartKey(a).localeCompare(meetingStartKey(b)) || a.title.localeCompare(b.title, 'sv'));
}

export function getMeeting(id: string): Promise<Meeting | undefined> {
  return db().meetings.get(id);
}

/** The meetings whose actions became this activity (normally one). */
export function meetingsOfActivity(activityId: string): Promise<Meeting[]> {
  return db().meetings.where('activityIds').equals(activityId).toArray();
}

export interface NewMeetingDraft {
  title: string;
  kind: MeetingKind;
  startDate: string;
  endDate: string;
  startTime: string | null;
  endTime: string | null;
  goalAreaIds: string[];
  place?: string;
  cycleEventId?: string | null;
}

/** A new meeting with an empty agenda; its calendar UID is made once and kept for every later export. */
export function newMeeting(draft: NewMeetingDraft, id: string, now: string): Meeting {
  return meetingSchema.parse({
    id,
    title: draft.title.trim(),
    kind: draft.kind,
    startDate: draft.startDate,
    endDate: draft.endDate,
    startTime: draft.startTime,
    endTime: draft.endTime,
    place: draft.place ?? '',
    link: '',
    goalAreaIds: draft.goalAreaIds,
    organizer: '',
    participants: [],
    agenda: [],
    decisions: [],
    actions: [],
    notes: '',
    cycleEventId: draft.cycleEventId ?? null,
    calendar: { uid: `${id}@moa-arbetsboken`, sequence: 0, sharedAt: null },
    activityIds: [],
    openDueDates: [],
    createdAt: now,
    updatedAt: now,
  });
}

export async function createMeeting(draft: NewMeetingDraft): Promise<Meeting> {
  const meeting = newMeeting(draft, newId(), nowIso());
  await db().meetings.add(meeting);
  return meeting;
}

/** Stores a whole meeting made elsewhere (an imported invitation), checked against the schema. */
export async function addMeeting(meeting: Meeting): Promise<Meeting> {
  const checked = meetingSchema.parse(withDerivedFields(meeting));
  await db().meetings.add(checked);
  return checked;
}

function checkedMeeting(meeting: Meeting, now: string): Meeting {
  const checked = meetingSchema.safeParse({ ...withDerivedFields(meeting), updatedAt: now });
  if (!checked.success) throw new MeetingNotSavedError(checked.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`));
  return checked.data;
}

/** Applies `change` to the stored meeting in one transaction; returns the stored result, or null when the meeting is gone. */
export async function updateMeeting(id: string, change: (meeting: Meeting) => Meeting): Promise<Meeting | null> {
  const database = db();
  return database.transaction('rw', database.meetings, async () => {
    const current = await database.meetings.get(id);
    if (!current) return null;
    const next = checkedMeeting({ ...change(current), id }, nowIso());
    await database.meetings.put(next);
    return next;
  });
}

/** Stores edits given as data, so they can be journaled; a meeting or list item removed meanwhile throws RecordGoneError. */
export async function editMeeting(id: string, edits: readonly ProjectEdit[]): Promise<Meeting> {
  const stored = await updateMeeting(id, (meeting) => {
    const result = applyRecordEdits<Meeting>(meeting, edits, meetingSchema);
    if (result.ok) return result.record;
    if (result.reason === 'missing') throw new RecordGoneError(`Mötet ${id}: ${result.at} finns inte`);
    throw new MeetingNotSavedError(result.issues);
  });
  if (stored === null) throw new RecordGoneError(`Mötet ${id} finns inte`);
  return stored;
}

/** A typed edit of a meeting, journaled (see saving/save-operation.ts). */
export const meetingEdit = defineSaveOperation('meetings.edit', async (id: string, edits: ProjectEdit[]) => {
  await editMeeting(id, edits);
});

/** Moves a meeting to the papperskorg; the activities its actions became stay (they are plan content). */
export async function trashMeeting(id: string, now: Date = new Date()): Promise<TrashResult> {
  const database = db();
  return database.transaction('rw', [database.meetings, database.trash], async (): Promise<TrashResult> => {
    const meeting = await database.meetings.get(id);
    if (!meeting) return { ok: false, reason: 'notFound' };
    await database.meetings.delete(id);
    return { ok: true, entry: await putInTrash(database, { id: newId(), kind: 'meeting', title: `${meeting.startDate} ${meeting.title}`, records: { meetings: [meeting] } }, now) };
  });
}

export type ActionToActivityResult = { ok: true; activity: Activity } | { ok: false; reason: 'meetingGone' | 'actionGone' | 'tacticGone' | 'alreadyLinked' };

/**
 * Turns an action into an activity under a tactic of a plan, in one transaction: the activity is
 * added last under the tactic (what, who, from the meeting's day to the action's due date) with a
 * note naming the meeting, and the action keeps the activity's id. A submitted plan starts its
 * next version, as with any plan edit.
 */
export async function actionToActivity(meetingId: string, actionId: string, tacticId: string): Promise<ActionToActivityResult> {
  const database = db();
  return database.transaction('rw', [database.meetings, database.tactics, database.activities, database.actionPlans], async (): Promise<ActionToActivityResult> => {
    const meeting = await database.meetings.get(meetingId);
    if (!meeting) return { ok: false, reason: 'meetingGone' };
    const action = meeting.actions.find((a) => a.id === actionId);
    if (!action) return { ok: false, reason: 'actionGone' };
    if (action.activityId !== null && (await database.activities.get(action.activityId))) return { ok: false, reason: 'alreadyLinked' };
    const tactic = await database.tactics.get(tacticId);
    const plan = tactic ? await database.actionPlans.get(tactic.planId) : undefined;
    if (!tactic || !plan) return { ok: false, reason: 'tacticGone' };
    const siblings = await database.activities.where('tacticId').equals(tacticId).toArray();
    const order = siblings.reduce((max, a) => Math.max(max, a.order + 1), 0);
    const start = meeting.startDate;
    const end = action.dueDate !== null && action.dueDate >= start ? action.dueDate : start;
    const activity: Activity = {
      id: newId(),
      planId: plan.id,
      tacticId,
      title: action.what.trim(),
      responsible: action.who.trim(),
      startDate: start,
      endDate: end,
      status: action.done ? 'done' : 'planned',
      costOre: 0,
      projectId: null,
      relatedGoalAreaIds: [],
      notes: '',
      order,
    };
    await database.activities.add(activity);
    const now = nowIso();
    await database.actionPlans.put({ ...planAfterEdit(plan), updatedAt: now });
    const actions = meeting.actions.map((a): MeetingAction => (a.id === actionId ? { ...a, activityId: activity.id } : a));
    await database.meetings.put(checkedMeeting({ ...meeting, actions }, now));
    return { ok: true, activity };
  });
}

/** An open action with its meeting, and the activity it became when there is one. */
export interface OpenAction {
  meeting: Pick<Meeting, 'id' | 'title' | 'startDate' | 'goalAreaIds'>;
  action: MeetingAction;
  activity: Pick<Activity, 'id' | 'title' | 'status' | 'planId' | 'endDate'> | null;
}

/** Whether an action is still to be done: not ticked, and its activity (if any) neither done nor cancelled. */
export function isOpenAction(action: MeetingAction, activity: Pick<Activity, 'status'> | null | undefined): boolean {
  if (action.done) return false;
  if (activity) return activity.status !== 'done' && activity.status !== 'cancelled';
  return true;
}

/** Every open action across all meetings, the earliest due first (those without a date last). */
export async function listOpenActions(): Promise<OpenAction[]> {
  const database = db();
  const meetings = await database.meetings.toArray();
  const activityIds = [...new Set(meetings.flatMap((m) => m.activityIds))];
  const activities = new Map((await database.activities.bulkGet(activityIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const open: OpenAction[] = [];
  for (const meeting of meetings) {
    for (const action of meeting.actions) {
      const activity = action.activityId === null ? null : (activities.get(action.activityId) ?? null);
      if (!isOpenAction(action, activity)) continue;
      open.push({
        meeting: { id: meeting.id, title: meeting.title, startDate: meeting.startDate, goalAreaIds: meeting.goalAreaIds },
        action,
        activity: activity ? { id: activity.id, title: activity.title, status: activity.status, planId: activity.planId, endDate: activity.endDate } : null,
      });
    }
  }
  const due = (o: OpenAction) => o.action.dueDate ?? '9999-12-31';
  return open.sort((a, b) => due(a).localeCompare(due(b)) || a.meeting.startDate.localeCompare(b.meeting.startDate));
}

/** The activities a meeting's actions became, by id (for their status on the meeting). */
export async function activitiesOfMeeting(meeting: Pick<Meeting, 'activityIds'>): Promise<Map<string, Activity>> {
  const found = await db().activities.bulkGet(meeting.activityIds);
  return new Map(found.flatMap((a) => (a ? [[a.id, a] as const] : [])));
}

/**
 * Records that meetings were shared as `.ics` (their UID and the SEQUENCE the file carried) without
 * counting it as a change of the meeting: `updatedAt` stays, so the next export raises the
 * SEQUENCE only if the meeting was edited after this one.
 */
export async function markMeetingsShared(shared: readonly { meetingId: string; calendar: Meeting['calendar'] }[]): Promise<void> {
  const database = db();
  await database.transaction('rw', database.meetings, async () => {
    for (const { meetingId, calendar } of shared) {
      const current = await database.meetings.get(meetingId);
      if (current) await database.meetings.put(meetingSchema.parse({ ...current, calendar }));
    }
  });
}

/**
 * Stores imported invitations in one transaction: new meetings are added, and re-sent ones update
 * the meeting with their UID (calendar-owned fields only, see shared/meetings/meeting-calendar-update.ts),
 * read again inside the transaction so nothing typed meanwhile is lost.
 */
export async function importMeetings(added: readonly Meeting[], updates: readonly { meetingId: string; apply: (current: Meeting) => Meeting }[]): Promise<{ added: number; updated: number }> {
  const database = db();
  return database.transaction('rw', database.meetings, async () => {
    let updated = 0;
    for (const meeting of added) await database.meetings.add(meetingSchema.parse(withDerivedFields(meeting)));
    for (const { meetingId, apply } of updates) {
      const current = await database.meetings.get(meetingId);
      if (!current) continue;
      await database.meetings.put(meetingSchema.parse(withDerivedFields(apply(current))));
      updated += 1;
    }
    return { added: added.length, updated };
  });
}
