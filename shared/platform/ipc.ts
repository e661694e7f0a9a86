/**
 * The IPC channel map: one place that names every channel between the
 * desktop renderer (via preload) and the main process, with the zod schema
 * the main process validates each payload against.
 */
import { z } from 'zod';
import { settingsPatchSchema } from '../settings.ts';
import { AUTO_BACKUP_FINGERPRINT, MAX_KOLADA_FETCH_AREAS, MAX_KOLADA_FETCH_KPIS, menuCommands } from './contract.ts';

/** The largest file either host reads or writes; no real workbook or document comes near it. */
export const MAX_FILE_BYTES = 200 * 1024 * 1024;

const fileTypeFilterSchema = z
  .object({
    name: z.string().min(1).max(100),
    extensions: z.array(z.string().regex(/^[a-z0-9]{1,10}$/)).min(1).max(20),
  })
  .strict();

export const saveFilePayloadSchema = z
  .object({
    suggestedName: z.string().min(1).max(255),
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength <= MAX_FILE_BYTES, 'filen är för stor'),
    mimeType: z.string().min(1).max(200),
    filters: z.array(fileTypeFilterSchema).max(20).optional(),
  })
  .strict();

export const openFilePayloadSchema = z
  .object({
    accept: z.array(fileTypeFilterSchema).min(1).max(20),
  })
  .strict();

export const openExternalPayloadSchema = z.string().max(2048);

export const writeAutoBackupPayloadSchema = z
  .object({
    bytes: z.instanceof(Uint8Array).refine((b) => b.byteLength > 0 && b.byteLength <= MAX_FILE_BYTES, 'filen är tom eller för stor'),
    fingerprint: z.string().regex(AUTO_BACKUP_FINGERPRINT),
  })
  .strict();

/** An automatic backup's id: the host's file name for it, checked again where it is used. */
export const autoBackupIdSchema = z.string().min(1).max(200);

/** What may be asked of Kolada: its own id forms only, so nothing else reaches an address. */
export const koladaFetchPayloadSchema = z
  .object({
    kpiIds: z.array(z.string().regex(/^[A-Z]\d{5}$/u)).min(1).max(MAX_KOLADA_FETCH_KPIS),
    areaIds: z.array(z.string().regex(/^(?:\d{4}|G\d{1,10})$/u)).min(1).max(MAX_KOLADA_FETCH_AREAS),
  })
  .strict();

/** Invoke channels (renderer → main, with a reply). */
export const ipcChannels = {
  saveFile: { channel: 'moa:save-file', payload: saveFilePayloadSchema },
  openFile: { channel: 'moa:open-file', payload: openFilePayloadSchema },
  openFiles: { channel: 'moa:open-files', payload: openFilePayloadSchema },
  getSettings: { channel: 'moa:get-settings', payload: z.undefined() },
  updateSettings: { channel: 'moa:update-settings', payload: settingsPatchSchema },
  getAppInfo: { channel: 'moa:get-app-info', payload: z.undefined() },
  openExternal: { channel: 'moa:open-external', payload: openExternalPayloadSchema },
  listAutoBackups: { channel: 'moa:list-auto-backups', payload: z.undefined() },
  writeAutoBackup: { channel: 'moa:write-auto-backup', payload: writeAutoBackupPayloadSchema },
  readAutoBackup: { channel: 'moa:read-auto-backup', payload: autoBackupIdSchema },
  fetchKolada: { channel: 'moa:fetch-kolada', payload: koladaFetchPayloadSchema },
  cancelKoladaFetch: { channel: 'moa:cancel-kolada-fetch', payload: z.undefined() },
} as const;

export type IpcChannelName = keyof typeof ipcChannels;

/** Event channel (main → renderer, no payload): the window is closing; store pending edits, then answer on closeReadyChannel. */
export const beforeCloseChannel = 'moa:before-close';
/** Message channel (renderer → main, no payload): pending edits are stored, the window may close. */
export const closeReadyChannel = 'moa:close-ready';

/** Event channel (main → renderer): how many pages a Kolada fetch has so far. */
export const koladaProgressChannel = 'moa:kolada-progress';
export const koladaProgressSchema = z.object({ pages: z.number().int().min(0).max(100_000) }).strict();

/** Event channel (main → renderer) carrying a menu command. */
export const menuCommandChannel = 'moa:menu-command';
export const menuCommandSchema = z.enum(menuCommands);
