import type { TimeEntry } from '#shared/domain/timelog.ts';
import type { Mandate } from '#shared/timelog/mandate.ts';
import { mandateSchema } from '#shared/timelog/mandate.ts';

let counter = 0;

/** A time entry with only what a test cares about. */
export function entry(date: string, categoryId: string, minutes: number, extra: Partial<TimeEntry> = {}): TimeEntry {
  counter += 1;
  return { id: `e-${counter}`, date, minutes, categoryId, goalAreaId: null, activityId: null, projectId: null, note: '', ...extra };
}

/** 8 hours a week from 2026-01-01, 50 % of 40 hours from 2026-07-01. */
export const yearMandates: Mandate[] = [
  mandateSchema.parse({ id: 'm-1', validFrom: '2026-01-01', hoursPerWeek: 8 }),
  mandateSchema.parse({ id: 'm-2', validFrom: '2026-07-01', percentOfFullTime: 50 }),
];

/** 8 hours a week for years. */
export const eightHours: Mandate[] = [mandateSchema.parse({ id: 'm-8', validFrom: '2020-01-01', hoursPerWeek: 8 })];

/** Two weeks of November/December 2026 (weeks 48 and 49) and one entry after the range. */
export const twoWeeks: TimeEntry[] = [
  entry('2026-11-23', 'moa', 120),
  entry('2026-11-24', 'projektledning', 60),
  entry('2026-11-27', 'moa', 300),
  entry('2026-11-27', 'granskning', 30),
  entry('2026-12-01', 'moa', 600),
  entry('2026-12-02', 'projektledning', 180),
  entry('2026-12-07', 'moa', 999),
];
