/**
 * The action plan (handlingsplan) model: goal area → plan → strategy
 * (varför/vad) → tactic (vem/hur) → activity. Glossary: ../../../shared/domain.md.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, oreSchema, shortTextSchema, yearSchema } from './common.ts';
import { koladaAreaIdSchema } from './kolada.ts';
import { templateRefSchema } from './template-store.ts';

export const defaultPerspectives = [
  'jämställdhet',
  'integration och mångfald',
  'miljö och hållbar utveckling',
  'folkhälsa',
  'barn och unga',
] as const;

export const reviewerSchema = z.object({
  name: shortTextSchema.min(1),
  organisation: shortTextSchema,
  email: z.union([z.literal(''), z.email()]),
  /** The cross-cutting perspective (genomsyrande perspektiv) the reviewer holds. */
  perspective: shortTextSchema,
});

/** Areas a goal area compares its region with in the Indikatorer view: more lines than this make the chart unreadable. */
export const MAX_KOLADA_COMPARE = 5;

export const goalAreaSchema = z.object({
  id: idSchema,
  code: z.string().trim().min(1).max(20),
  name: shortTextSchema.min(1),
  description: longTextSchema,
  effectGoals: z.array(shortTextSchema.min(1)).max(100),
  owner: shortTextSchema,
  reviewers: z.array(reviewerSchema).max(50),
  /** Where the goal area's indicators are followed in Kolada: its region and the municipalities (or groups) it compares with; the country is always shown. Missing in records from before. */
  koladaAreas: z.object({ regionId: koladaAreaIdSchema.nullable(), compareIds: z.array(koladaAreaIdSchema).max(MAX_KOLADA_COMPARE) }).optional(),
});
export type GoalArea = z.infer<typeof goalAreaSchema>;

export const planStatuses = ['draft', 'submitted', 'adopted'] as const;

export const planSectionSchema = z.object({
  key: z.string().min(1).max(64),
  title: shortTextSchema.min(1),
  text: longTextSchema,
});

export const actionPlanSchema = z
  .object({
    id: idSchema,
    goalAreaId: idSchema,
    periodStart: yearSchema,
    periodEnd: yearSchema,
    title: shortTextSchema.min(1),
    status: z.enum(planStatuses),
    sections: z.array(planSectionSchema).max(100),
    version: z.number().int().min(1),
    updatedAt: z.iso.datetime(),
    /** The template version the plan was written for (data format 3). */
    templateRef: templateRefSchema,
    /** The ids of the template's support offers (stöd från kansliet) the MOA asks for; missing in records from before. */
    supportRequests: z.array(z.string().min(1).max(64)).max(100).optional(),
  })
  .refine((p) => p.periodEnd >= p.periodStart, { path: ['periodEnd'], message: 'periodEndBeforeStart' });
export type ActionPlan = z.infer<typeof actionPlanSchema>;

export const indicatorSchema = z.object({
  name: shortTextSchema.min(1),
  unit: z.string().max(50),
  baselineYear: yearSchema.nullable(),
  baselineValue: z.number().finite().nullable(),
  targetYear: yearSchema.nullable(),
  targetValue: z.number().finite().nullable(),
  /** The KPI in Kolada that measures it (e.g. "N00914"), when there is one; missing in records from before. */
  koladaKpiId: z.string().regex(/^[A-Z]\d{5}$/u).optional(),
});

export const strategySchema = z.object({
  id: idSchema,
  planId: idSchema,
  /** A short name for the outline and the document's headings; may be empty while a draft. */
  title: shortTextSchema,
  why: longTextSchema,
  effectGoal: shortTextSchema,
  what: longTextSchema,
  target: shortTextSchema,
  indicators: z.array(indicatorSchema).max(50),
  order: z.number().int().min(0),
});
export type Strategy = z.infer<typeof strategySchema>;

export const tacticSchema = z.object({
  id: idSchema,
  planId: idSchema,
  strategyId: idSchema,
  /** A short name for the outline; may be empty while a draft. */
  title: shortTextSchema,
  who: z.object({ responsibleContactId: idSchema.nullable(), partnerContactIds: z.array(idSchema).max(100), text: longTextSchema }),
  how: longTextSchema,
  perspectives: z.array(z.object({ perspective: shortTextSchema.min(1), note: z.string().max(2000) })).max(20),
  order: z.number().int().min(0),
});
export type Tactic = z.infer<typeof tacticSchema>;

export const activityStatuses = ['planned', 'ongoing', 'done', 'delayed', 'cancelled'] as const;
export type ActivityStatus = (typeof activityStatuses)[number];

export const activitySchema = z
  .object({
    id: idSchema,
    planId: idSchema,
    tacticId: idSchema,
    /** May be empty only for a row just added; an edit that empties it is refused (see shared/plan/validation.ts). */
    title: shortTextSchema,
    responsible: shortTextSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    status: z.enum(activityStatuses),
    costOre: oreSchema,
    projectId: idSchema.nullable(),
    relatedGoalAreaIds: z.array(idSchema).max(50),
    notes: longTextSchema,
    order: z.number().int().min(0),
  })
  .refine((a) => a.endDate >= a.startDate, { path: ['endDate'], message: 'endBeforeStart' });
export type Activity = z.infer<typeof activitySchema>;

export const contactSchema = z.object({
  id: idSchema,
  kind: z.enum(['organisation', 'person']),
  name: shortTextSchema.min(1),
  organisation: shortTextSchema,
  role: shortTextSchema,
  municipality: shortTextSchema,
  email: z.union([z.literal(''), z.email()]),
  phone: z.string().max(50),
  networks: z.array(shortTextSchema).max(50),
});
export type Contact = z.infer<typeof contactSchema>;

/** A submitted (inlämnad) version: a frozen copy of the plan and everything under it. */
export const planSnapshotSchema = z.object({
  plan: actionPlanSchema,
  strategies: z.array(strategySchema),
  tactics: z.array(tacticSchema),
  activities: z.array(activitySchema),
});
export type PlanSnapshot = z.infer<typeof planSnapshotSchema>;

export const planVersionSchema = z.object({
  id: idSchema,
  planId: idSchema,
  version: z.number().int().min(1),
  submittedAt: z.iso.datetime(),
  snapshot: planSnapshotSchema,
});
export type PlanVersion = z.infer<typeof planVersionSchema>;
