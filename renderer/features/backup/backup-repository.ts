/**
 * Backup and restore of the whole workbook as one file (shared/workbook-file/).
 * Reading happens in one read transaction, so the file is a consistent
 * picture; a restore clears and writes every table in one read-write
 * transaction, so a failure part-way changes nothing.
 */
import { readWorkbookFile, writeWorkbookFile, type WorkbookFileContent } from '#shared/workbook-file/workbook-file.ts';
import { workbookTableNames, type WorkbookTableName, type WorkbookTables } from '#shared/workbook-file/tables.ts';
import { db } from '../../db/database.ts';
import { errorText } from '../../ui/error-text.ts';

function tables() {
  const database = db();
  return workbookTableNames.map((name) => database.table(name));
}

async function readAllTables(): Promise<Record<WorkbookTableName, unknown[]>> {
  const database = db();
  return database.transaction('r', tables(), async () => {
    const rows = await Promise.all(workbookTableNames.map((name) => database.table(name).toArray()));
    return Object.fromEntries(workbookTableNames.map((name, i) => [name, rows[i] ?? []])) as Record<WorkbookTableName, unknown[]>;
  });
}

const appVersion = () => (typeof __APP_VERSION__ === 'string' ? __APP_VERSION__ : '');

/** The whole workbook as workbook-file bytes. */
export async function exportWorkbook(now: () => Date = () => new Date()): Promise<Uint8Array> {
  const all = await readAllTables();
  return writeWorkbookFile(all, { createdAt: now().toISOString(), appVersion: appVersion() });
}

/** The workbook read once: whether it holds anything, a fingerprint of its tables, and its file bytes on demand. */
export interface WorkbookSnapshot {
  empty: boolean;
  /** The first 16 hex digits of the SHA-256 of the tables as JSON: equal tables, equal fingerprint. */
  fingerprint: string;
  fileBytes(): Promise<Uint8Array>;
}

export async function snapshotWorkbook(now: () => Date = () => new Date()): Promise<WorkbookSnapshot> {
  const all = await readAllTables();
  const json = JSON.stringify(workbookTableNames.map((name) => all[name]));
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(json)));
  const fingerprint = Array.from(digest.subarray(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
  return {
    empty: workbookTableNames.every((name) => all[name].length === 0),
    fingerprint,
    fileBytes: () => writeWorkbookFile(all, { createdAt: now().toISOString(), appVersion: appVersion() }),
  };
}

/** Whether no table holds a record: a restore can then go ahead without asking. */
export async function isWorkbookEmpty(): Promise<boolean> {
  const database = db();
  return database.transaction('r', tables(), async () => {
    const counts = await Promise.all(workbookTableNames.map((name) => database.table(name).count()));
    return counts.every((count) => count === 0);
  });
}

/** A read file's content for the preview, or why it cannot be restored. */
export type BackupPreview = ({ ok: true } & WorkbookFileContent) | { ok: false; problem: string };

/** Reads and checks a file without touching the database. */
export function previewBackup(bytes: Uint8Array): Promise<BackupPreview> {
  return readWorkbookFile(bytes);
}

export type RestoreResult =
  | { status: 'restored'; /** The workbook as it was before, when one was replaced; the caller must have saved it. */ safetyCopy: Uint8Array | null }
  | { status: 'refused'; problem: string }
  /** Writing the tables failed and the transaction was rolled back: the workbook is as it was. */
  | { status: 'rolledBack'; message: string }
  /** The user did not save the safety copy (cancelled the dialog), so nothing was restored. */
  | { status: 'safetyCopyNotSaved' }
  | { status: 'needs-replace' };

export interface RestoreOptions {
  /** Allow replacing a workbook that holds records. */
  replace: boolean;
  /**
   * Called with the safety copy of the current workbook before anything is
   * changed; the restore goes ahead only when it resolves true (saved).
   * Without it the copy is only returned.
   */
  saveSafetyCopy?: (bytes: Uint8Array) => Promise<boolean>;
  now?: () => Date;
}

/**
 * Restores a workbook file: into an empty workbook directly, over a
 * non-empty one only with `replace`, and then after a safety copy of the
 * current workbook has been made (and, with `saveSafetyCopy`, saved).
 */
export async function restoreWorkbook(file: Uint8Array | Extract<BackupPreview, { ok: true }>, options: RestoreOptions): Promise<RestoreResult> {
  // A file already read for the preview is not read and checked a second time.
  const read = file instanceof Uint8Array ? await readWorkbookFile(file) : file;
  if (!read.ok) return { status: 'refused', problem: read.problem };
  let safetyCopy: Uint8Array | null = null;
  if (!options.replace) {
    if (!(await isWorkbookEmpty())) return { status: 'needs-replace' };
  } else {
    // One read answers both questions: whether there is a workbook to keep, and what goes into its safety copy.
    const current = await readAllTables();
    if (!workbookTableNames.every((name) => current[name].length === 0)) {
      const now = options.now ?? (() => new Date());
      safetyCopy = await writeWorkbookFile(current, { createdAt: now().toISOString(), appVersion: appVersion() });
      if (options.saveSafetyCopy && !(await options.saveSafetyCopy(safetyCopy))) return { status: 'safetyCopyNotSaved' };
    }
  }
  try {
    await replaceAllTables(read.tables);
  } catch (error) {
    console.error('restore failed', error);
    const message = errorText(error);
    return { status: 'rolledBack', message };
  }
  return { status: 'restored', safetyCopy };
}

/**
 * Clears and fills every table in one transaction. Every table's requests
 * are queued at once rather than table by table, and `bulkPut` spares the
 * database the check that a key is new, which a cleared table does not need
 * (the file's ids and goal-area codes were checked unique when it was read).
 */
async function replaceAllTables(content: WorkbookTables): Promise<void> {
  const database = db();
  await database.transaction('rw', tables(), () =>
    Promise.all(
      workbookTableNames.map(async (name) => {
        const table = database.table(name);
        await table.clear();
        if (content[name].length > 0) await table.bulkPut(content[name]);
      }),
    ),
  );
}

/** `MOA-arbetsbok_Anna-Lindqvist_2026-11-27.moa.json`: who and when, in a name every file system accepts. */
export function backupFileName(personName: string, date: Date, suffix = ''): string {
  const day = `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
  const safe = (text: string) =>
    text
      .normalize('NFC')
      .replace(/[^\p{L}\p{N}]+/gu, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60);
  return ['MOA-arbetsbok', safe(personName), safe(suffix), day].filter((part) => part !== '').join('_') + '.moa.json';
}

/** The file name for a backup made now, with the profile's name. */
export async function suggestedBackupName(date: Date, suffix = ''): Promise<string> {
  const profile = await db().profile.get('me');
  return backupFileName(profile?.name ?? '', date, suffix);
}
