/**
 * The project plan (projektplan): a project belongs to a goal area and carries out strategies and
 * tactics of its action plan. One record per project; its parts (goals, work packages, budget …)
 * live inside it, so an edit is one write and a project is never half-saved.
 * Glossary: ../../../shared/domain.md. Calculations: shared/project/.
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, oreSchema, shortTextSchema, yearSchema } from './common.ts';
import { activityStatuses } from './plan.ts';
import { templateRefSchema } from './template-store.ts';

export const projectStatuses = ['idea', 'planned', 'ongoing', 'completed', 'cancelled'] as const;
export type ProjectStatus = (typeof projectStatuses)[number];

/** Goal levels: övergripande mål, projektmål, delmål. */
export const projectGoalLevels = ['overall', 'project', 'sub'] as const;
export type ProjectGoalLevel = (typeof projectGoalLevels)[number];

/** Budget categories in the order the secretariat's forms use. */
export const budgetCategories = ['personal', 'externalServices', 'travel', 'premises', 'investments', 'other', 'indirectCosts'] as const;
export type BudgetCategory = (typeof budgetCategories)[number];

/** Horisontella principer. */
export const horizontalPrinciples = ['genderEquality', 'accessibility', 'nonDiscrimination', 'sustainableDevelopment'] as const;
export type HorizontalPrinciple = (typeof horizontalPrinciples)[number];

/** How a project works with a principle: aktivt, delvis, inte (or not yet rated). */
export const principleRatings = ['active', 'partial', 'none'] as const;
export type PrincipleRating = (typeof principleRatings)[number];

export const riskScaleSchema = z.number().int().min(1).max(5);

export const projectSectionSchema = z.object({
  key: z.string().min(1).max(64),
  title: shortTextSchema.min(1),
  text: longTextSchema,
});
export type ProjectSection = z.infer<typeof projectSectionSchema>;

/** A measurable goal: indicator, baseline, target and the date it should be reached. */
export const projectGoalSchema = z.object({
  id: idSchema,
  level: z.enum(projectGoalLevels),
  text: longTextSchema,
  indicator: shortTextSchema,
  baseline: shortTextSchema,
  target: shortTextSchema,
  targetDate: isoDateSchema.nullable(),
});
export type ProjectGoal = z.infer<typeof projectGoalSchema>;

export const workPackageSchema = z.object({
  id: idSchema,
  title: shortTextSchema.min(1),
  description: longTextSchema,
});
export type WorkPackage = z.infer<typeof workPackageSchema>;

/** An activity or a milestone (a milestone has the same start and end date). */
export const projectActivitySchema = z
  .object({
    id: idSchema,
    workPackageId: idSchema.nullable(),
    title: shortTextSchema.min(1),
    responsible: shortTextSchema,
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    status: z.enum(activityStatuses),
    milestone: z.boolean(),
  })
  .refine((a) => a.endDate >= a.startDate, { path: ['endDate'], message: 'endBeforeStart' });
export type ProjectActivity = z.infer<typeof projectActivitySchema>;

/** An amount for one calendar year, in whole öre. */
export const yearAmountSchema = z.object({ year: yearSchema, ore: oreSchema });
export type YearAmount = z.infer<typeof yearAmountSchema>;

export const budgetLineSchema = z.object({
  id: idSchema,
  category: z.enum(budgetCategories),
  description: shortTextSchema,
  amounts: z.array(yearAmountSchema).max(20),
});
export type BudgetLine = z.infer<typeof budgetLineSchema>;

/** A financier's contribution per year: cash (kontant) and in kind (in natura, e.g. staff time). */
export const financierSchema = z.object({
  id: idSchema,
  name: shortTextSchema.min(1),
  contactId: idSchema.nullable(),
  cash: z.array(yearAmountSchema).max(20),
  inKind: z.array(yearAmountSchema).max(20),
});
export type Financier = z.infer<typeof financierSchema>;

export const riskSchema = z.object({
  id: idSchema,
  description: shortTextSchema.min(1),
  likelihood: riskScaleSchema,
  consequence: riskScaleSchema,
  mitigation: longTextSchema,
  responsible: shortTextSchema,
});
export type Risk = z.infer<typeof riskSchema>;

export const principleAssessmentSchema = z.object({
  principle: z.enum(horizontalPrinciples),
  how: longTextSchema,
  rating: z.enum(principleRatings).nullable(),
});
export type PrincipleAssessment = z.infer<typeof principleAssessmentSchema>;

/** Förändringsteori: challenge → activities → results → effects. Optional; empty texts mean not used. */
export const changeTheorySchema = z.object({
  challenge: longTextSchema,
  activities: longTextSchema,
  results: longTextSchema,
  effects: longTextSchema,
});
export type ChangeTheory = z.infer<typeof changeTheorySchema>;

export const projectOrganisationSchema = z.object({
  ownerContactId: idSchema.nullable(),
  leaderContactId: idSchema.nullable(),
  steeringGroupContactIds: z.array(idSchema).max(100),
  referenceGroupContactIds: z.array(idSchema).max(100),
  partnerContactIds: z.array(idSchema).max(100),
});
export type ProjectOrganisation = z.infer<typeof projectOrganisationSchema>;

export const projectSchema = z
  .object({
    id: idSchema,
    goalAreaId: idSchema,
    title: shortTextSchema.min(1),
    status: z.enum(projectStatuses),
    startDate: isoDateSchema,
    endDate: isoDateSchema,
    /** The action-plan strategies and tactics the project carries out. */
    strategyIds: z.array(idSchema).max(200),
    tacticIds: z.array(idSchema).max(500),
    /** Free-text sections in the order the document shows them (Sammanfattning, Bakgrund och problem, Syfte …). */
    sections: z.array(projectSectionSchema).max(100),
    goals: z.array(projectGoalSchema).max(200),
    targetGroups: z.object({ primary: longTextSchema, secondary: longTextSchema }),
    stakeholders: longTextSchema,
    organisation: projectOrganisationSchema,
    workPackages: z.array(workPackageSchema).max(200),
    activities: z.array(projectActivitySchema).max(2000),
    budget: z.array(budgetLineSchema).max(2000),
    financiers: z.array(financierSchema).max(200),
    risks: z.array(riskSchema).max(500),
    principles: z.array(principleAssessmentSchema).max(horizontalPrinciples.length),
    changeTheory: changeTheorySchema,
    updatedAt: z.iso.datetime(),
    /** The template version the project plan was written for (data format 3). */
    templateRef: templateRefSchema,
  })
  .refine((p) => p.endDate >= p.startDate, { path: ['endDate'], message: 'endBeforeStart' });
export type Project = z.infer<typeof projectSchema>;
