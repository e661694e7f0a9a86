/**
 * What a restore brought back, said after the page has reloaded: the restore ends with a reload
 * (every view reads the restored data), so the summary waits in sessionStorage for the next start
 * of this tab and is shown once.
 */
import { z } from 'zod';

const KEY = 'moa:restore-report';

const reportSchema = z.object({
  file: z.string(),
  /** When the backup was made (ISO), as the file says. */
  createdAt: z.string(),
  actionPlans: z.number().int().min(0),
  projects: z.number().int().min(0),
  timeEntries: z.number().int().min(0),
  /** When the report was left (ms since the epoch): only a page started after it shows it. */
  savedAt: z.number(),
});
export type RestoreReport = z.infer<typeof reportSchema>;

export function keepRestoreReport(report: Omit<RestoreReport, 'savedAt'>): void {
  try {
    sessionStorage.setItem(KEY, JSON.stringify({ ...report, savedAt: Date.now() }));
  } catch (error) {
    // Only the message after the reload is lost; the restore itself is done.
    console.warn('Återställningens sammanfattning kunde inte sparas till omladdningen', error);
  }
}

/**
 * The report left by a restore just before this start, once; null when there is none. The page
 * that restored keeps running until the reload takes it away (it may even show the restored
 * workbook meanwhile), so a report left after this page started is left for the next one.
 */
export function takeRestoreReport(): RestoreReport | null {
  try {
    const text = sessionStorage.getItem(KEY);
    if (text === null) return null;
    const parsed = reportSchema.safeParse(JSON.parse(text));
    if (parsed.success && parsed.data.savedAt >= performance.timeOrigin) return null;
    sessionStorage.removeItem(KEY);
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
