/**
 * What the Årscykel tab reads for one year: the active template's annual cycle and the meetings
 * that start from December the year before to the year's end, read on the start-date index, so a
 * workbook with thousands of meetings reads only the year shown.
 */
import { db } from '../../../db/database.ts';
import { meetingStartRange, type CalendarMeeting } from '#shared/meetings/annual-calendar.ts';
import type { CycleEvent } from '#shared/templates/schema.ts';
import { activeTemplate } from '../../templates/template-repository.ts';

export interface CalendarYearData {
  /** The active template's name; null when no template is active. */
  templateName: string | null;
  events: CycleEvent[];
  meetings: CalendarMeeting[];
}

/** The meetings that can be on a day of `year`, with only what the calendar shows of them. */
export async function meetingsOfCalendarYear(year: number): Promise<CalendarMeeting[]> {
  const { from, to } = meetingStartRange(year);
  const first = `${year}-01-01`;
  const found = await db().meetings.where('startDate').between(from, to, true, true).toArray();
  return found
    .filter((m) => m.endDate >= first || m.cycleEventId !== null)
    .map(({ id, title, kind, startDate, endDate, startTime, endTime, cycleEventId }) => ({ id, title, kind, startDate, endDate, startTime, endTime, cycleEventId }));
}

export async function calendarYearData(year: number): Promise<CalendarYearData> {
  const [template, meetings] = await Promise.all([activeTemplate(), meetingsOfCalendarYear(year)]);
  return { templateName: template?.template.name ?? null, events: template?.template.annualCycle ?? [], meetings };
}

/** Everything a whole year's `.ics` file is made of: the year's meetings in full, the contacts, and the active template's cycle. */
export async function calendarYearExport(year: number) {
  const database = db();
  const { from, to } = meetingStartRange(year);
  const [template, meetings, contacts] = await Promise.all([activeTemplate(), database.meetings.where('startDate').between(from, to, true, true).toArray(), database.contacts.toArray()]);
  const first = `${year}-01-01`;
  return { template, meetings: meetings.filter((m) => m.endDate >= first), contacts };
}
