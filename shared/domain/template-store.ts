/**
 * Templates as the workbook keeps them (the template format itself: shared/templates/schema.ts),
 * the data-bound workbook settings (which template is active), and the reference from a plan or
 * project to the template version it was written for.
 */
import { z } from 'zod';
import { templateSchema } from '../templates/schema.ts';
import { idSchema } from './common.ts';

/** Which template version a plan or project was written for; null for one written without a template. */
export const templateRefSchema = z.object({ templateId: z.string().min(1).max(64), version: z.number().int().min(1) }).nullable();
export type TemplateRef = z.infer<typeof templateRefSchema>;

export const storedTemplateSchema = z.object({
  /** `<templateId>@<version>`: one record per version, so older versions stay readable. */
  id: z.string().min(3).max(80),
  templateId: z.string().min(1).max(64),
  version: z.number().int().min(1),
  importedAt: z.iso.datetime(),
  /** The file it came from, for the list; `Standardmall` for the one shipped with the app. */
  source: z.string().max(255),
  template: templateSchema,
  /** The styles of the template's reference Word document (word/styles.xml), used by every export; null for none. */
  referenceStylesXml: z.string().max(5 * 1024 * 1024).nullable(),
  referenceFileName: z.string().max(255).nullable(),
});
export type StoredTemplate = z.infer<typeof storedTemplateSchema>;

export const storedTemplateId = (templateId: string, version: number): string => `${templateId}@${version}`;

export const WORKBOOK_SETTINGS_ID = 'workbook';
/** Settings that belong to the data (and travel with a backup), unlike the host's settings (window, language). */
export const workbookSettingsSchema = z.object({
  id: z.literal(WORKBOOK_SETTINGS_ID),
  /** The stored template (StoredTemplate.id) new plans and projects follow; null before any is chosen. */
  activeTemplateId: idSchema.nullable(),
});
export type WorkbookSettings = z.infer<typeof workbookSettingsSchema>;
