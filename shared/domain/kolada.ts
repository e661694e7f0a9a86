/**
 * Kolada's data as the workbook keeps it (data format 5): values per KPI, area, year and gender,
 * the KPIs' metadata and the areas' names as Kolada gave them, and a log of imports with what each
 * changed. Values are Kolada's own; anything the app works out from them (verdicts, averages) is
 * computed when shown, never stored here, so what is credited "Källa: Kolada" is only Kolada's.
 */
import { z } from 'zod';
import { idSchema } from './common.ts';

export const koladaKpiIdSchema = z.string().regex(/^[A-Z]\d{5}$/u);
export const koladaAreaIdSchema = z.string().regex(/^(?:\d{4}|G\d{1,10}|[A-Z][A-Z0-9]{3,30})$/u);
const yearSchema = z.number().int().min(1900).max(2100);

/** The stored value's key: one value per KPI, area, year and gender. */
export function koladaValueId(value: { kpiId: string; areaId: string; year: number; gender: string }): string {
  return `${value.kpiId}:${value.areaId}:${value.year}:${value.gender}`;
}

export const koladaValueSchema = z
  .object({
    /** koladaValueId(…) */
    id: z.string().min(1).max(64),
    kpiId: koladaKpiIdSchema,
    areaId: koladaAreaIdSchema,
    areaKind: z.enum(['municipality', 'ou']),
    year: yearSchema,
    /** T total, K women, M men. */
    gender: z.enum(['T', 'K', 'M']),
    value: z.number().finite().nullable(),
    /** Kolada's status ("Missing", "Uncertain"…), null when the value is as it should be. */
    status: z.string().max(200).nullable(),
    count: z.number().int().min(0).nullable(),
    /** The import that last changed the value (koladaImports). */
    importId: idSchema,
    importedAt: z.iso.datetime(),
  })
  .refine((v) => v.id === koladaValueId(v), { path: ['id'], message: 'koladaValueId' });
export type KoladaValueRecord = z.infer<typeof koladaValueSchema>;

export const koladaKpiSchema = z.object({
  id: koladaKpiIdSchema,
  title: z.string().min(1).max(1000),
  description: z.string().max(20_000),
  operatingArea: z.string().max(1000),
  dividedByGender: z.boolean(),
  /** K municipalities, L regions, A both; empty when not known. */
  municipalityType: z.string().max(10),
  importedAt: z.iso.datetime(),
});
export type KoladaKpiRecord = z.infer<typeof koladaKpiSchema>;

export const koladaAreaSchema = z.object({
  id: koladaAreaIdSchema,
  title: z.string().min(1).max(200),
  /** K municipality, L region; empty for a group or unit. */
  type: z.string().max(10),
});
export type KoladaAreaRecord = z.infer<typeof koladaAreaSchema>;

export const koladaImportSources = ['file', 'api'] as const;

export const koladaImportSchema = z.object({
  id: idSchema,
  importedAt: z.iso.datetime(),
  source: z.enum(koladaImportSources),
  /** The files read (a file import), or the addresses fetched (from Kolada's API). */
  from: z.array(z.string().max(2000)).max(500),
  /** Values new to the workbook, changed, removed (Kolada marked them deleted) and the same as before. */
  added: z.number().int().min(0),
  changed: z.number().int().min(0),
  removed: z.number().int().min(0),
  unchanged: z.number().int().min(0),
  kpiIds: z.array(koladaKpiIdSchema).max(2000),
  /**
   * Per KPI the import touched, what the workbook holds of it afterwards: values, areas and years.
   * Kept here so the list of KPIs need not read every stored value; missing in records from before.
   */
  kpiSummaries: z
    .array(z.object({ kpiId: koladaKpiIdSchema, values: z.number().int().min(0), areas: z.number().int().min(0), firstYear: yearSchema.nullable(), lastYear: yearSchema.nullable() }))
    .max(2000)
    .optional(),
});
export type KoladaKpiSummary = NonNullable<KoladaImportRecord['kpiSummaries']>[number];
export type KoladaImportRecord = z.infer<typeof koladaImportSchema>;
