/**
 * The names of automatic backups, the same on both hosts: the instant in
 * UTC (so names sort by time and mean one moment) and the fingerprint of
 * the workbook's tables, e.g.
 * `MOA-arbetsbok_2026-11-27T12-30-05Z_0123456789abcdef.moa.json`.
 */
import { AUTO_BACKUP_FINGERPRINT } from '../platform/contract.ts';
import { MAX_FILE_BYTES } from '../platform/ipc.ts';

const NAME = /^MOA-arbetsbok_(\d{4}-\d{2}-\d{2})T(\d{2})-(\d{2})-(\d{2})Z_([0-9a-f]{16})\.moa\.json$/;

export function autoBackupName(at: Date, fingerprint: string): string {
  const stamp = at.toISOString().slice(0, 19).replaceAll(':', '-');
  return `MOA-arbetsbok_${stamp}Z_${fingerprint}.moa.json`;
}

/** The time and fingerprint a name holds, or null for any name not made by autoBackupName. */
export function parseAutoBackupName(name: string): { createdAt: string; fingerprint: string } | null {
  const match = NAME.exec(name);
  if (!match) return null;
  const [, day, hours, minutes, seconds, fingerprint] = match;
  const createdAt = `${day}T${hours}:${minutes}:${seconds}.000Z`;
  // A name like 2026-02-31 matches the pattern but is no instant.
  const time = new Date(createdAt);
  if (Number.isNaN(time.getTime()) || time.toISOString() !== createdAt) return null;
  return { createdAt, fingerprint: fingerprint ?? '' };
}

/** Said when a listed copy is gone by the time it is read (removed by hand, or by another window's newer copy). */
export const AUTO_BACKUP_GONE = 'Den automatiska säkerhetskopian finns inte längre.';

/** Why a copy handed over by the renderer is not kept, or null when it may be; both hosts check the same. */
export function autoBackupRequestProblem(request: { bytes: Uint8Array; fingerprint: string }): string | null {
  if (!AUTO_BACKUP_FINGERPRINT.test(request.fingerprint)) return 'auto backup refused: malformed fingerprint';
  if (request.bytes.byteLength === 0 || request.bytes.byteLength > MAX_FILE_BYTES) return 'auto backup refused: empty or too large';
  if (!looksLikeWorkbookFile(request.bytes)) return 'auto backup refused: not a workbook file';
  return null;
}

/** What every workbook file begins with (writeWorkbookFile writes the envelope with a one-space indent). */
export const WORKBOOK_FILE_START = '{\n "format": "moa-arbetsbok"';

/** Whether bytes begin like a workbook file: a cheap check before keeping them, not a validation (restore validates). */
export function looksLikeWorkbookFile(bytes: Uint8Array): boolean {
  return new TextDecoder().decode(bytes.subarray(0, WORKBOOK_FILE_START.length)) === WORKBOOK_FILE_START;
}
