/**
 * Saving an exported file through the host, and the export log: what was exported, when, to
 * which file name, its size and SHA-256, so a copy on the secretariat's side can be recognised.
 */
import { newId } from '../../db/new-id.ts';
import { platform } from '#host';
import type { SaveFileRequest, SaveFileResult } from '#shared/platform/contract.ts';
import { exportLogEntrySchema, type ExportLogEntry } from '#shared/domain/export-log.ts';
import { db } from '../../db/database.ts';

/** Lower-case hex SHA-256 of the bytes, from the browser's own Web Crypto. */
export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/** What the log records about an export besides the file: kind, subject, source, draft and language. */
export type ExportDescription = Omit<ExportLogEntry, 'id' | 'exportedAt' | 'fileName' | 'sizeBytes' | 'sha256'>;

/** Saves the file (Spara som on desktop, a download in the browser) and, when it was saved, logs it. */
export async function saveAndLog(request: SaveFileRequest, description: ExportDescription, now: () => Date = () => new Date()): Promise<SaveFileResult> {
  const result = await platform.saveFile(request);
  if (result.status === 'saved') {
    const entry = exportLogEntrySchema.parse({
      id: newId(),
      ...description,
      subject: description.subject.slice(0, 500),
      exportedAt: now().toISOString(),
      fileName: result.name.slice(0, 255) || request.suggestedName,
      sizeBytes: request.bytes.byteLength,
      sha256: await sha256Hex(request.bytes),
    });
    await db().exportLog.add(entry);
  }
  return result;
}

/** Newest first. */
export async function listExportLog(): Promise<ExportLogEntry[]> {
  return (await db().exportLog.orderBy('exportedAt').reverse().toArray());
}
