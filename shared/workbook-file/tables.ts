/**
 * Every table of the workbook with the domain schema its rows follow, in
 * one map: the workbook file writes exactly these tables and validates each
 * row it reads against its schema. A new table in renderer/db/schema.ts
 * belongs here too (a unit test checks the two agree).
 */
import type { z } from 'zod';
import { exportLogEntrySchema } from '../domain/export-log.ts';
import { actionPlanSchema, activitySchema, contactSchema, goalAreaSchema, planVersionSchema, strategySchema, tacticSchema } from '../domain/plan.ts';
import { profileSchema } from '../domain/profile.ts';
import { projectSchema } from '../domain/project.ts';
import { storedTemplateSchema, workbookSettingsSchema } from '../domain/template-store.ts';
import { trashEntrySchema } from '../domain/trash.ts';
import { koladaAreaSchema, koladaImportSchema, koladaKpiSchema, koladaValueSchema } from '../domain/kolada.ts';
import { meetingSchema } from '../domain/meeting.ts';
import { reviewItemSchema, reviewRoundSchema } from '../domain/review.ts';
import { mandateSchema, timeCategorySchema, timeEntrySchema, timerSchema } from '../domain/timelog.ts';

export const workbookTableSchemas = {
  profile: profileSchema,
  goalAreas: goalAreaSchema,
  actionPlans: actionPlanSchema,
  strategies: strategySchema,
  tactics: tacticSchema,
  activities: activitySchema,
  planVersions: planVersionSchema,
  contacts: contactSchema,
  timeEntries: timeEntrySchema,
  projects: projectSchema,
  timeCategories: timeCategorySchema,
  mandates: mandateSchema,
  timer: timerSchema,
  exportLog: exportLogEntrySchema,
  templates: storedTemplateSchema,
  workbookSettings: workbookSettingsSchema,
  trash: trashEntrySchema,
  koladaValues: koladaValueSchema,
  koladaKpis: koladaKpiSchema,
  koladaAreas: koladaAreaSchema,
  koladaImports: koladaImportSchema,
  meetings: meetingSchema,
  reviewItems: reviewItemSchema,
  reviewRounds: reviewRoundSchema,
} as const satisfies Record<string, z.ZodType>;

export type WorkbookTableName = keyof typeof workbookTableSchemas;

export const workbookTableNames = Object.keys(workbookTableSchemas) as WorkbookTableName[];

/** Each table's rows as the domain types them. */
export type WorkbookTables = { [K in WorkbookTableName]: z.output<(typeof workbookTableSchemas)[K]>[] };

/** The tables' names in Swedish, for messages about a file's content. */
export const workbookTableLabels: Readonly<Record<WorkbookTableName, string>> = {
  profile: 'Profil',
  goalAreas: 'Målområden',
  actionPlans: 'Handlingsplaner',
  strategies: 'Strategier',
  tactics: 'Taktiker',
  activities: 'Aktiviteter',
  planVersions: 'Inlämnade versioner',
  contacts: 'Kontakter',
  timeEntries: 'Tidlogg',
  projects: 'Projekt',
  timeCategories: 'Tidkategorier',
  mandates: 'Uppdrag',
  timer: 'Tidtagning',
  exportLog: 'Exportlogg',
  templates: 'Mallar',
  workbookSettings: 'Arbetsbokens inställningar',
  trash: 'Papperskorg',
  koladaValues: 'Kolada-värden',
  koladaKpis: 'Kolada-nyckeltal',
  koladaAreas: 'Kolada-områden',
  koladaImports: 'Kolada-inläsningar',
  meetings: 'Möten',
  reviewItems: 'Synpunkter från granskning',
  reviewRounds: 'Granskningsomgångar',
};

/** A workbook with no records in any table. */
export function emptyWorkbookTables(): WorkbookTables {
  return Object.fromEntries(workbookTableNames.map((name) => [name, []])) as unknown as WorkbookTables;
}
