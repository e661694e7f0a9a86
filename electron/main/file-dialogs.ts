/**
 * Save and open through the native dialogs. The renderer never names a path:
 * the user picks it, and the renderer only learns the file name.
 */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { OpenDialogOptions, OpenDialogReturnValue, SaveDialogOptions, SaveDialogReturnValue } from 'electron';
import { MAX_FILE_BYTES } from '#shared/platform/ipc.ts';
import { MAX_OPEN_FILES, MAX_OPEN_FILES_TOTAL_BYTES, type FileTypeFilter, type OpenFileRequest, type OpenFileResult, type OpenFilesResult, type SaveFileRequest, type SaveFileResult } from '#shared/platform/contract.ts';
import { sanitizeFileName, writeFileAtomic } from './files.ts';
import type { Language } from '#shared/settings.ts';
import { hostMessages, type HostMessages } from './messages.ts';

/** Same limit as the IPC schema for saved files (shared/platform/ipc.ts). */
export const MAX_OPEN_FILE_BYTES = MAX_FILE_BYTES;
const BYTES_PER_MB = 1024 * 1024;

/** Dialogs already bound to the parent window, so this module needs no BrowserWindow. */
export interface FileDialogDeps {
  showSaveDialog(options: SaveDialogOptions): Promise<SaveDialogReturnValue>;
  showOpenDialog(options: OpenDialogOptions): Promise<OpenDialogReturnValue>;
  /** Folder the save dialog starts in (the user's Documents). */
  defaultFolder(): string;
  /** The UI language, for dialog titles and error messages. */
  language(): Language;
  writeFile?: (path: string, bytes: Uint8Array) => Promise<void>;
}

/** A user-facing error: its message is in the UI language and safe to show as is. */
export class UserFileError extends Error {
  override name = 'UserFileError';
}

function filtersForSave(request: SaveFileRequest, safeName: string): FileTypeFilter[] {
  if (request.filters && request.filters.length > 0) return request.filters;
  const extension = extname(safeName).slice(1).toLowerCase();
  return extension === '' ? [] : [{ name: extension.toUpperCase(), extensions: [extension] }];
}

export async function saveFileWithDialog(deps: FileDialogDeps, request: SaveFileRequest): Promise<SaveFileResult> {
  const messages = hostMessages[deps.language()];
  const suggestedName = sanitizeFileName(request.suggestedName);
  const choice = await deps.showSaveDialog({
    title: messages.files.saveTitle,
    defaultPath: join(deps.defaultFolder(), suggestedName),
    filters: filtersForSave(request, suggestedName),
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  });
  if (choice.canceled || !choice.filePath) return { status: 'cancelled' };
  const name = basename(choice.filePath);
  try {
    await (deps.writeFile ?? writeFileAtomic)(choice.filePath, request.bytes);
  } catch (error) {
    throw new UserFileError(messages.files.saveFailed(name), { cause: error });
  }
  return { status: 'saved', name };
}

function hasAcceptedExtension(name: string, accept: readonly FileTypeFilter[]): boolean {
  const extension = extname(name).slice(1).toLowerCase();
  return accept.some((filter) => filter.extensions.includes(extension));
}

function describeExtensions(accept: readonly FileTypeFilter[]): string {
  return [...new Set(accept.flatMap((filter) => filter.extensions))].map((extension) => `.${extension}`).join(', ');
}

/** One picked file's bytes, checked: an accepted extension (dialog filters are only a hint on some platforms), a file, within the size limit. */
async function readPickedFile(messages: HostMessages, path: string, accept: readonly FileTypeFilter[]): Promise<{ name: string; bytes: Uint8Array }> {
  const name = basename(path);
  // Dialog filters are only a hint on some platforms (GTK lets the user type any name).
  if (!hasAcceptedExtension(name, accept)) {
    throw new UserFileError(messages.files.wrongType(name, describeExtensions(accept)));
  }
  const info = await stat(path).catch((error: unknown) => {
    throw new UserFileError(messages.files.readFailed(name), { cause: error });
  });
  if (!info.isFile()) throw new UserFileError(messages.files.notAFile(name));
  if (info.size > MAX_OPEN_FILE_BYTES) throw tooLarge(messages, name, info.size);
  const bytes = await readFile(path).catch((error: unknown) => {
    throw new UserFileError(messages.files.readFailed(name), { cause: error });
  });
  // The file may have grown between stat and read.
  if (bytes.byteLength > MAX_OPEN_FILE_BYTES) throw tooLarge(messages, name, bytes.byteLength);
  return { name, bytes: new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength) };
}

export async function openFileWithDialog(deps: FileDialogDeps, request: OpenFileRequest): Promise<OpenFileResult> {
  const messages = hostMessages[deps.language()];
  const choice = await deps.showOpenDialog({
    title: messages.files.openTitle,
    filters: request.accept,
    properties: ['openFile'],
  });
  const path = choice.filePaths[0];
  if (choice.canceled || path === undefined) return { status: 'cancelled' };
  return { status: 'opened', ...(await readPickedFile(messages, path, request.accept)) };
}

/** Several files in one dialog: each checked as one, and all of them together within the limits; one bad file refuses the pick. */
export async function openFilesWithDialog(deps: FileDialogDeps, request: OpenFileRequest): Promise<OpenFilesResult> {
  const messages = hostMessages[deps.language()];
  const choice = await deps.showOpenDialog({
    title: messages.files.openManyTitle,
    filters: request.accept,
    properties: ['openFile', 'multiSelections'],
  });
  if (choice.canceled || choice.filePaths.length === 0) return { status: 'cancelled' };
  if (choice.filePaths.length > MAX_OPEN_FILES) throw new UserFileError(messages.files.tooMany(choice.filePaths.length, MAX_OPEN_FILES));
  const files: { name: string; bytes: Uint8Array }[] = [];
  let total = 0;
  for (const path of choice.filePaths) {
    const file = await readPickedFile(messages, path, request.accept);
    total += file.bytes.byteLength;
    if (total > MAX_OPEN_FILES_TOTAL_BYTES) throw new UserFileError(messages.files.tooLargeTogether(Math.ceil(total / BYTES_PER_MB), MAX_OPEN_FILES_TOTAL_BYTES / BYTES_PER_MB));
    files.push(file);
  }
  return { status: 'opened', files };
}

function tooLarge(messages: HostMessages, name: string, size: number): UserFileError {
  return new UserFileError(
    messages.files.tooLarge(name, Math.ceil(size / BYTES_PER_MB), MAX_OPEN_FILE_BYTES / BYTES_PER_MB),
  );
}
