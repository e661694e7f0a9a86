/**
 * What the meeting list shows, read in one go: the meetings with their open-action counts, the
 * goal areas' names, and the activities the actions became (for their status).
 */
import { db } from '../../db/database.ts';
import type { Meeting } from '#shared/domain/meeting.ts';
import type { GoalArea } from '#shared/domain/plan.ts';
import { dataLocale } from '#shared/locale.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { isOpenAction, listMeetings, type OpenAction } from './meeting-repository.ts';

export interface MeetingRow {
  meeting: Meeting;
  openActions: number;
  /** Everything the search looks in, lower case. */
  searchText: string;
}

export interface MeetingListData {
  rows: MeetingRow[];
  goalAreas: GoalArea[];
}

export async function meetingListData(): Promise<MeetingListData> {
  const database = db();
  const [meetings, goalAreas] = await Promise.all([listMeetings(), database.goalAreas.toArray()]);
  const activityIds = [...new Set(meetings.flatMap((m) => m.activityIds))];
  const activities = new Map((await database.activities.bulkGet(activityIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const rows = meetings.map((meeting) => ({
    meeting,
    openActions: meeting.actions.filter((a) => isOpenAction(a, a.activityId === null ? null : activities.get(a.activityId))).length,
    searchText: [
      meeting.title,
      meeting.place,
      meeting.organizer,
      meeting.notes,
      ...meeting.participants.map((p) => p.name),
      ...meeting.agenda.flatMap((a) => [a.title, a.notes]),
      ...meeting.decisions.map((d) => d.text),
      ...meeting.actions.flatMap((a) => [a.what, a.who]),
    ]
      .join('\n')
      .toLocaleLowerCase(dataLocale),
  }));
  return { rows, goalAreas: goalAreas.sort((a, b) => a.code.localeCompare(b.code, 'sv')) };
}

export type WhenFilter = 'upcoming' | 'past' | 'all';

/** The rows a filter keeps: upcoming ones (ending today or later) earliest first, past ones latest first. */
export function filterMeetingRows(rows: readonly MeetingRow[], filter: { when: WhenFilter; goalAreaId: string; search: string }, today: string): MeetingRow[] {
  const words = filter.search.toLocaleLowerCase(dataLocale).split(/\s+/u).filter((w) => w !== '');
  const kept = rows.filter(
    ({ meeting, searchText }) =>
      (filter.when === 'all' || (filter.when === 'upcoming' ? meeting.endDate >= today : meeting.endDate < today)) &&
      (filter.goalAreaId === '' || meeting.goalAreaIds.includes(filter.goalAreaId)) &&
      words.every((w) => searchText.includes(w)),
  );
  return filter.when === 'past' ? kept.reverse() : kept;
}

/** Tactics to put an action's activity under, grouped by plan and strategy, for a `<select>` with option groups. */
export interface TacticGroup {
  label: string;
  tactics: { id: string; title: string }[];
}

/** The tactics of the meeting's goal areas' plans (of every plan when the meeting names none), newest plan first. */
export async function tacticChoices(goalAreaIds: readonly string[], untitled: string): Promise<TacticGroup[]> {
  const database = db();
  const [goalAreas, plans, strategies, tactics] = await Promise.all([database.goalAreas.toArray(), database.actionPlans.toArray(), database.strategies.toArray(), database.tactics.toArray()]);
  const wanted = goalAreaIds.length === 0 ? null : new Set(goalAreaIds);
  const codeOf = new Map(goalAreas.map((g) => [g.id, g.code]));
  const groups: TacticGroup[] = [];
  const shownPlans = plans.filter((p) => wanted === null || wanted.has(p.goalAreaId)).sort((a, b) => (codeOf.get(a.goalAreaId) ?? '').localeCompare(codeOf.get(b.goalAreaId) ?? '', 'sv') || b.periodStart - a.periodStart);
  for (const plan of shownPlans) {
    const planStrategies = strategies.filter((s) => s.planId === plan.id).sort((a, b) => a.order - b.order);
    planStrategies.forEach((strategy, index) => {
      const under = tactics.filter((t) => t.strategyId === strategy.id).sort((a, b) => a.order - b.order);
      if (under.length === 0) return;
      groups.push({
        label: `${codeOf.get(plan.goalAreaId) ?? ''} ${plan.title} › ${index + 1}. ${strategy.title.trim() || untitled}`,
        tactics: under.map((t, i) => ({ id: t.id, title: `${index + 1}.${i + 1} ${t.title.trim() || untitled}` })),
      });
    });
  }
  return groups;
}

/** What Översikt reminds of: meetings in the next two weeks and actions past their date. */
export interface MeetingReminders {
  upcoming: Pick<Meeting, 'id' | 'title' | 'startDate' | 'endDate' | 'startTime' | 'endTime'>[];
  overdue: OpenAction[];
}

/** Days ahead Översikt looks for meetings and deadlines. */
export const REMINDER_DAYS = 14;

/**
 * Read on the indexes only, so the overview stays quick with thousands of meetings: meetings that
 * start within the next two weeks (or started up to a month before and still go on), and the meetings with an
 * open action due before today, whose linked activities are then read for their status.
 */
export async function meetingReminders(today: string, until: string): Promise<MeetingReminders> {
  const database = db();
  const [starting, late] = await Promise.all([
    database.meetings.where('startDate').between(addDaysIso(today, -31), until, true, true).toArray(),
    database.meetings.where('openDueDates').below(today).distinct().toArray(),
  ]);
  const upcoming = starting
    .filter((m) => m.endDate >= today && m.startDate <= until)
    .sort((a, b) => `${a.startDate}T${a.startTime ?? '00:00'}`.localeCompare(`${b.startDate}T${b.startTime ?? '00:00'}`))
    .map(({ id, title, startDate, endDate, startTime, endTime }) => ({ id, title, startDate, endDate, startTime, endTime }));
  const activityIds = [...new Set(late.flatMap((m) => m.activityIds))];
  const activities = new Map((await database.activities.bulkGet(activityIds)).flatMap((a) => (a ? [[a.id, a] as const] : [])));
  const overdue: OpenAction[] = [];
  for (const meeting of late) {
    for (const action of meeting.actions) {
      if (action.dueDate === null || action.dueDate >= today) continue;
      const activity = action.activityId === null ? null : (activities.get(action.activityId) ?? null);
      if (!isOpenAction(action, activity)) continue;
      overdue.push({
        meeting: { id: meeting.id, title: meeting.title, startDate: meeting.startDate, goalAreaIds: meeting.goalAreaIds },
        action,
        activity: activity ? { id: activity.id, title: activity.title, status: activity.status, planId: activity.planId, endDate: activity.endDate } : null,
      });
    }
  }
  overdue.sort((a, b) => (a.action.dueDate ?? '').localeCompare(b.action.dueDate ?? ''));
  return { upcoming, overdue };
}

/** An ISO date `days` later (or earlier), in whole calendar days. */
export function addDaysIso(date: string, days: number): string {
  const moment = new Date(`${date}T12:00:00Z`);
  moment.setUTCDate(moment.getUTCDate() + days);
  return moment.toISOString().slice(0, 10);
}

/** The active template's annual-cycle days a meeting can stand for, in the template's order. */
export async function cycleEventChoices(): Promise<{ id: string; name: string }[]> {
  const template = await activeTemplate();
  return (template?.template.annualCycle ?? []).map((e) => ({ id: e.id, name: e.name }));
}
