/**
 * The one contract between the renderer and its host (desktop or browser).
 * The renderer only ever talks to a `Platform`; each host supplies one
 * implementation, chosen at build time (see vite.config.ts, alias `#host`).
 */
import type { Settings, SettingsPatch } from '../settings.ts';

/** A file type the user may pick or save, e.g. `{ name: 'Word-dokument', extensions: ['docx'] }`. */
export interface FileTypeFilter {
  name: string;
  /** Extensions without the dot, lower case. */
  extensions: string[];
}

export interface SaveFileRequest {
  /** The name offered in the save dialog; the user may change it. */
  suggestedName: string;
  bytes: Uint8Array;
  mimeType: string;
  /** Offered in the dialog's type list; defaults to the suggested name's extension. */
  filters?: FileTypeFilter[];
}

export type SaveFileResult =
  | { status: 'saved'; /** File name as saved (no folder: the renderer need not know it). */ name: string }
  | { status: 'cancelled' };

export interface OpenFileRequest {
  accept: FileTypeFilter[];
}

export type OpenFileResult =
  | { status: 'opened'; name: string; bytes: Uint8Array }
  | { status: 'cancelled' };

/** Several files picked at once (e.g. every page of an answer saved from Kolada), in the order the host gives them. */
export type OpenFilesResult =
  | { status: 'opened'; files: { name: string; bytes: Uint8Array }[] }
  | { status: 'cancelled' };

/** The most files one pick may return, and their bytes together. */
export const MAX_OPEN_FILES = 500;
export const MAX_OPEN_FILES_TOTAL_BYTES = 256 * 1024 * 1024;

export type HostKind = 'desktop' | 'web';

export interface AppInfo {
  appName: string;
  appVersion: string;
  /** Version of the stored data format (database schema / workbook file). */
  dataFormatVersion: number;
  host: HostKind;
  /** Desktop only. */
  electronVersion?: string;
  chromiumVersion?: string;
  nodeVersion?: string;
  /** e.g. `win32`, `darwin`, `linux`, or the browser's user agent in the web edition. */
  platform: string;
}

/**
 * One automatic backup (a workbook file the app wrote by itself). The id is
 * the host's own name for it; the renderer never sees a folder.
 */
export interface AutoBackupInfo {
  id: string;
  /** When it was written (ISO date-time, UTC). */
  createdAt: string;
  /** Its size in bytes. */
  size: number;
  /** The first 16 hex digits of the SHA-256 of the workbook's tables, to tell whether anything changed since. */
  fingerprint: string;
}

export interface AutoBackupList {
  /** Where the copies are kept, for the text in Inställningar. */
  location: 'appDataFolder' | 'browserStorage';
  /** Newest first; at most AUTO_BACKUPS_KEPT. */
  backups: AutoBackupInfo[];
}

export interface WriteAutoBackupRequest {
  /** The workbook file's bytes (shared/workbook-file). */
  bytes: Uint8Array;
  fingerprint: string;
}

/** How many automatic backups a host keeps; the oldest go when a new one is written. */
export const AUTO_BACKUPS_KEPT = 14;
/** The fingerprint's form: 16 lower-case hex digits. */
export const AUTO_BACKUP_FINGERPRINT = /^[0-9a-f]{16}$/;

/** Values to fetch from Kolada's API: the KPIs' values in the areas, and the KPIs' titles. */
export interface KoladaFetchRequest {
  /** Kolada KPI ids, e.g. `N00914`. */
  kpiIds: string[];
  /** Kolada area ids: municipalities and regions (4 digits, `0000` the country) or groups (`G…`). */
  areaIds: string[];
}

/** Every page Kolada answered (all or nothing), or why not. */
export type KoladaFetchAnswer =
  | { status: 'fetched'; pages: { url: string; bytes: Uint8Array }[] }
  | { status: 'failed'; /** In Swedish, naming the address and what went wrong. */ problem: string }
  | { status: 'cancelled' }
  /** The host cannot ask Kolada itself (the browser edition): the user saves the files instead. */
  | { status: 'unavailable' };

export const MAX_KOLADA_FETCH_KPIS = 200;
export const MAX_KOLADA_FETCH_AREAS = 50;

/** Commands the native menu sends to the renderer. */
export const menuCommands = ['about', 'settings', 'navigate-overview'] as const;
export type MenuCommand = (typeof menuCommands)[number];

export interface Platform {
  /** Which host this is; for display only, never for branching on behaviour. */
  readonly host: HostKind;
  /** Ask the user where to save and write the bytes (atomically on desktop). */
  saveFile(request: SaveFileRequest): Promise<SaveFileResult>;
  /** Let the user pick one file and return its bytes. */
  openFile(request: OpenFileRequest): Promise<OpenFileResult>;
  /** Let the user pick one or more files (at most MAX_OPEN_FILES, MAX_OPEN_FILES_TOTAL_BYTES together) and return their bytes. */
  openFiles(request: OpenFileRequest): Promise<OpenFilesResult>;
  /** Read the host's settings (validated, with defaults filled in). */
  getSettings(): Promise<Settings>;
  /** Change some settings; returns the settings after the change. */
  updateSettings(patch: SettingsPatch): Promise<Settings>;
  /** App, host and version information for the About dialog. */
  getAppInfo(): Promise<AppInfo>;
  /** Open an http(s) link in the user's browser; false when the link was refused. */
  openExternal(url: string): Promise<boolean>;
  /** The automatic backups kept on this computer, newest first. */
  listAutoBackups(): Promise<AutoBackupList>;
  /** Keeps a new automatic backup and drops the oldest beyond AUTO_BACKUPS_KEPT; returns the new one. */
  writeAutoBackup(request: WriteAutoBackupRequest): Promise<AutoBackupInfo>;
  /** The bytes of one automatic backup, by its id from listAutoBackups. */
  readAutoBackup(id: string): Promise<Uint8Array>;
  /** Whether fetchKolada can ask Kolada's API (the desktop host, from its main process); otherwise it answers `unavailable`. */
  readonly canFetchKolada: boolean;
  /** Fetches the KPIs' values and titles from Kolada's API, every page, to be read like saved files. */
  fetchKolada(request: KoladaFetchRequest): Promise<KoladaFetchAnswer>;
  /** Stops a fetch under way; it then answers `cancelled`. */
  cancelKoladaFetch(): Promise<void>;
  /** Subscribe to a fetch's progress (pages fetched so far); returns an unsubscribe function. */
  onKoladaProgress(listener: (progress: { pages: number }) => void): () => void;
  /** Subscribe to native menu commands; returns an unsubscribe function. */
  onMenuCommand(listener: (command: MenuCommand) => void): () => void;
  /** Let the host have pending edits stored before its window closes (`store` runs, then it closes); returns an unsubscribe function. */
  onBeforeClose(store: () => Promise<void>): () => void;
}
