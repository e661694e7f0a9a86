import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { loadExample } from '../../../../renderer/features/plans/plan-repository.ts';
import { restoreFromTrash } from '../../../../renderer/features/trash/trash-repository.ts';
import {
  actionToActivity,
  createMeeting,
  editMeeting,
  importMeetings,
  listOpenActions,
  markMeetingsShared,
  meetingEdit,
  meetingsOfActivity,
  trashMeeting,
  updateMeeting,
} from '../../../../renderer/features/meetings/meeting-repository.ts';
import { filterMeetingRows, meetingListData, tacticChoices } from '../../../../renderer/features/meetings/meeting-queries.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import type { Meeting } from '#shared/domain/meeting.ts';

beforeEach(async () => {
  await db().delete();
  await db().open();
});

const dialogue = { title: 'Dialogmöte våren', kind: 'dialogue' as const, startDate: '2027-03-02', endDate: '2027-03-02', startTime: '09:00', endTime: '11:00', goalAreaIds: [] };

async function withAction(what = 'Boka workshop med skolorna'): Promise<Meeting> {
  const meeting = await createMeeting(dialogue);
  return (await updateMeeting(meeting.id, (m) => ({ ...m, actions: [{ id: 'a1', what, who: 'Karin', dueDate: '2027-04-15', done: false, activityId: null }] })))!;
}

describe('meetings in the workbook', () => {
  it('creates a meeting with a calendar UID it keeps, and stores journaled edits of its fields and items', async () => {
    const meeting = await withAction();
    expect(meeting.calendar).toEqual({ uid: `${meeting.id}@moa-arbetsboken`, sequence: 0, sharedAt: null });
    const op = JSON.parse(JSON.stringify(meetingEdit.op(meeting.id, [...fieldEdits([], { place: 'Regionens hus' }), ...fieldEdits(['actions', { id: 'a1' }], { who: 'Karin Berg' })]))) as { args: unknown[] };
    expect(await meetingEdit.run(op.args)).toBe('applied');
    const stored = await db().meetings.get(meeting.id);
    expect(stored?.place).toBe('Regionens hus');
    expect(stored?.actions[0]?.who).toBe('Karin Berg');
    expect(stored?.calendar.uid).toBe(meeting.calendar.uid);
  });

  it('refuses an edit the schema does not allow and keeps the meeting as it was', async () => {
    const meeting = await createMeeting(dialogue);
    await expect(editMeeting(meeting.id, fieldEdits([], { endTime: '08:00' }))).rejects.toThrow(/sparades inte/u);
    expect((await db().meetings.get(meeting.id))?.endTime).toBe('11:00');
    expect(await meetingEdit.run([meeting.id, fieldEdits(['actions', { id: 'gone' }], { who: 'x' })])).toBe('gone');
    expect(await meetingEdit.run(['no-such-meeting', fieldEdits([], { place: 'x' })])).toBe('gone');
  });

  it('turns an action into an activity under a tactic, linked both ways, and the plan starts its next version', async () => {
    const planId = await loadExample('Anna Lindqvist');
    await db().actionPlans.update(planId, { status: 'submitted' });
    const meeting = await withAction();
    const tactic = (await db().tactics.where('planId').equals(planId).first())!;
    const before = await db().activities.where('tacticId').equals(tactic.id).toArray();
    const result = await actionToActivity(meeting.id, 'a1', tactic.id);
    if (!result.ok) throw new Error(result.reason);
    expect(result.activity).toMatchObject({ planId, tacticId: tactic.id, title: 'Boka workshop med skolorna', responsible: 'Karin', startDate: '2027-03-02', endDate: '2027-04-15', status: 'planned' });
    expect(result.activity.order).toBe(Math.max(-1, ...before.map((a) => a.order)) + 1);
    const stored = (await db().meetings.get(meeting.id))!;
    expect(stored.actions[0]?.activityId).toBe(result.activity.id);
    expect(stored.activityIds).toEqual([result.activity.id]);
    expect((await meetingsOfActivity(result.activity.id)).map((m) => m.id)).toEqual([meeting.id]);
    expect((await db().actionPlans.get(planId))?.status).toBe('draft');
    // Twice is refused: the action already is an activity.
    expect(await actionToActivity(meeting.id, 'a1', tactic.id)).toEqual({ ok: false, reason: 'alreadyLinked' });
    expect(await actionToActivity(meeting.id, 'a1', 'no-tactic')).toEqual({ ok: false, reason: 'alreadyLinked' });
    expect(await actionToActivity(meeting.id, 'nope', tactic.id)).toEqual({ ok: false, reason: 'actionGone' });
  });

  it('lists open actions across meetings, with the status of the activity they became', async () => {
    const planId = await loadExample('Anna Lindqvist');
    const tactic = (await db().tactics.where('planId').equals(planId).first())!;
    const first = await withAction('Första');
    const second = await createMeeting({ ...dialogue, title: 'Nätverket', startDate: '2027-02-01', endDate: '2027-02-01' });
    await updateMeeting(second.id, (m) => ({
      ...m,
      actions: [
        { id: 'b1', what: 'Klar sak', who: '', dueDate: null, done: true, activityId: null },
        { id: 'b2', what: 'Utan datum', who: '', dueDate: null, done: false, activityId: null },
        { id: 'b3', what: 'Tidig', who: '', dueDate: '2027-02-10', done: false, activityId: null },
      ],
    }));
    expect((await listOpenActions()).map((o) => o.action.what)).toEqual(['Tidig', 'Första', 'Utan datum']);
    const made = await actionToActivity(first.id, 'a1', tactic.id);
    if (!made.ok) throw new Error(made.reason);
    expect((await listOpenActions()).find((o) => o.action.id === 'a1')?.activity?.status).toBe('planned');
    await db().activities.update(made.activity.id, { status: 'done' });
    expect((await listOpenActions()).map((o) => o.action.what)).toEqual(['Tidig', 'Utan datum']);
    const list = await meetingListData();
    expect(list.rows.map((r) => [r.meeting.title, r.openActions])).toEqual([
      ['Nätverket', 2],
      ['Dialogmöte våren', 0],
    ]);
    expect(filterMeetingRows(list.rows, { when: 'upcoming', goalAreaId: '', search: 'tidig' }, '2027-01-01').map((r) => r.meeting.title)).toEqual(['Nätverket']);
    expect(filterMeetingRows(list.rows, { when: 'past', goalAreaId: '', search: '' }, '2027-03-03').map((r) => r.meeting.title)).toEqual(['Dialogmöte våren', 'Nätverket']);
    expect(filterMeetingRows(list.rows, { when: 'upcoming', goalAreaId: '', search: '' }, '2027-03-02').map((r) => r.meeting.title)).toEqual(['Dialogmöte våren']);
  });

  it('offers the tactics of the meeting’s goal areas, grouped by plan and strategy', async () => {
    const planId = await loadExample('Anna Lindqvist');
    const plan = (await db().actionPlans.get(planId))!;
    const groups = await tacticChoices([plan.goalAreaId], '–');
    const tactics = await db().tactics.where('planId').equals(planId).count();
    expect(groups.flatMap((g) => g.tactics)).toHaveLength(tactics);
    expect(groups[0]?.label).toContain(plan.title);
    expect(await tacticChoices(['another-goal-area'], '–')).toEqual([]);
  });

  it('moves a meeting to the trash and puts it back whole', async () => {
    const meeting = await withAction();
    const removed = await trashMeeting(meeting.id);
    if (!removed.ok) throw new Error('not removed');
    expect(await db().meetings.get(meeting.id)).toBeUndefined();
    expect(removed.entry).toMatchObject({ kind: 'meeting', title: '2027-03-02 Dialogmöte våren' });
    expect(await restoreFromTrash(removed.entry.id)).toMatchObject({ ok: true });
    expect(await db().meetings.get(meeting.id)).toEqual(meeting);
  });

  it('records a share without counting it as a change, and imports new and updated meetings in one go', async () => {
    const meeting = await createMeeting(dialogue);
    await markMeetingsShared([{ meetingId: meeting.id, calendar: { uid: meeting.calendar.uid, sequence: 0, sharedAt: '2027-03-01T10:00:00.000Z' } }]);
    const shared = (await db().meetings.get(meeting.id))!;
    expect(shared.updatedAt).toBe(meeting.updatedAt);
    expect(shared.calendar.sharedAt).toBe('2027-03-01T10:00:00.000Z');
    const imported: Meeting = { ...meeting, id: 'imported', title: 'Från Outlook', calendar: { uid: 'outlook-1', sequence: 2, sharedAt: null } };
    const result = await importMeetings([imported], [{ meetingId: meeting.id, apply: (current) => ({ ...current, place: 'Ny plats' }) }, { meetingId: 'gone', apply: (c) => c }]);
    expect(result).toEqual({ added: 1, updated: 1 });
    expect((await db().meetings.get('imported'))?.title).toBe('Från Outlook');
    expect((await db().meetings.get(meeting.id))?.place).toBe('Ny plats');
  });
});
