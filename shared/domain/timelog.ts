/** The time log (tidlogg): entries in whole minutes, per category, optionally linked to a goal area, activity or project. */
import { z } from 'zod';
import { idSchema, isoDateSchema } from './common.ts';

export const defaultTimeCategories = [
  { id: 'moa', name: 'MOA-uppdraget' },
  { id: 'projektledning', name: 'Projektledning' },
  { id: 'granskning', name: 'Granskning' },
  { id: 'moten', name: 'Möten och nätverk' },
  { id: 'kompetens', name: 'Kompetensutveckling' },
  { id: 'ovrigt', name: 'Övrigt' },
] as const;

export const timeEntrySchema = z.object({
  id: idSchema,
  date: isoDateSchema,
  /** Whole minutes; a day holds at most 24 hours. */
  minutes: z.number().int().min(1).max(24 * 60),
  categoryId: idSchema,
  goalAreaId: idSchema.nullable(),
  activityId: idSchema.nullable(),
  projectId: idSchema.nullable(),
  note: z.string().max(2000),
});
export type TimeEntry = z.infer<typeof timeEntrySchema>;

const mandateBase = { id: idSchema, validFrom: isoDateSchema };

/**
 * The agreed size of the MOA assignment (mandat), valid from a date until the next one. Either
 * hours per week, or a share of full time (fullTimeHoursPerWeek defaults to 40).
 */
export const mandateSchema = z.union([
  z.strictObject({ ...mandateBase, hoursPerWeek: z.number().min(0).max(60) }),
  z.strictObject({
    ...mandateBase,
    percentOfFullTime: z.number().min(0).max(100),
    fullTimeHoursPerWeek: z.number().positive().max(60).default(40),
  }),
]);
export type Mandate = z.infer<typeof mandateSchema>;
export type MandateInput = z.input<typeof mandateSchema>;

/** A time-log category. Archived categories keep their entries but are not offered for new ones. */
export const timeCategorySchema = z.object({
  id: idSchema,
  name: z.string().trim().min(1).max(100),
  archived: z.boolean(),
  order: z.number().int().min(0),
});
export type TimeCategory = z.infer<typeof timeCategorySchema>;

/**
 * The one running timer (stored under the fixed id `timer`, so two can never exist). Elapsed time
 * is computed from the wall clock: `accumulatedMs` from earlier runs plus, while running, now −
 * `runningSince`. So it survives a reload, a restart and a laptop asleep overnight.
 */
export const TIMER_ID = 'timer';
export const timerSchema = z.object({
  id: z.literal(TIMER_ID),
  state: z.enum(['running', 'paused']),
  /** The day the timer was started, `YYYY-MM-DD`: the entry's date when it is stopped. */
  date: isoDateSchema,
  runningSince: z.iso.datetime().nullable(),
  /** When the timer was started, before any pause (`runningSince` moves on resume); missing on timers from before it was kept. */
  startedAt: z.iso.datetime().optional(),
  accumulatedMs: z.number().int().min(0),
  categoryId: idSchema,
  goalAreaId: idSchema.nullable(),
  activityId: idSchema.nullable(),
  projectId: idSchema.nullable(),
  note: z.string().max(2000),
});
export type TimerState = z.infer<typeof timerSchema>;
