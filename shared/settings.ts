import { z } from 'zod';

export const languages = ['sv', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * Host settings: small preferences kept outside the workbook database
 * (electron-store on desktop, localStorage in the browser edition).
 */
export const settingsSchema = z.object({
  language: z.enum(languages).default('sv'),
  /** Remembered views of tables, keyed by table id; shape owned by each table. */
  tableViews: z.record(z.string().max(100), z.unknown()).default({}),
  /** A daily automatic copy of the workbook when something changed (see renderer/features/backup/auto-backup.ts). */
  autoBackup: z.boolean().default(true),
});

export type Settings = z.infer<typeof settingsSchema>;

/** A change to some settings; unknown keys are refused. */
export const settingsPatchSchema = z
  .object({
    language: z.enum(languages),
    tableViews: z.record(z.string().max(100), z.unknown()),
    autoBackup: z.boolean(),
  })
  .partial()
  .strict();

export type SettingsPatch = z.infer<typeof settingsPatchSchema>;

export const defaultSettings: Settings = settingsSchema.parse({});

/** Reads stored settings, dropping anything invalid back to its default. */
export function readSettings(stored: unknown): Settings {
  const base = typeof stored === 'object' && stored !== null ? (stored as Record<string, unknown>) : {};
  const result: Record<string, unknown> = {};
  for (const key of Object.keys(settingsSchema.shape) as (keyof Settings)[]) {
    const field = settingsSchema.shape[key];
    const parsed = field.safeParse(base[key]);
    result[key] = parsed.success ? parsed.data : field.parse(undefined);
  }
  return settingsSchema.parse(result);
}

export function applySettingsPatch(current: Settings, patch: SettingsPatch): Settings {
  return settingsSchema.parse({ ...current, ...patch });
}
