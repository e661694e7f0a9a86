/**
 * Writing user files safely: a save either fully replaces the file or leaves
 * the old one untouched (a crash or full disk mid-write must never leave a
 * half-written report), and suggested names are made safe on every OS.
 */
import { randomUUID } from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** The fs operations writeFileAtomic needs; tests substitute one to simulate a failure. */
export interface AtomicWriteFs {
  open: typeof fsPromises.open;
  rename: typeof fsPromises.rename;
  unlink: typeof fsPromises.unlink;
  stat: typeof fsPromises.stat;
}

/**
 * Writes `bytes` to a temp file beside `path`, flushes it to disk and renames it
 * over `path`. Same folder, because rename is only atomic within one file system.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: AtomicWriteFs = fsPromises): Promise<void> {
  const folder = dirname(path);
  // Clipped so a long chosen name cannot push the temp name past the 255-byte limit.
  const tempPath = join(folder, `.${basename(path).slice(0, 60)}.${randomUUID()}.tmp`);
  // Keep the permissions of the file being replaced (e.g. one a colleague shares).
  const mode = await fs.stat(path).then((info) => info.mode & 0o777, () => 0o666);
  let created = false;
  try {
    const handle = await fs.open(tempPath, 'wx', mode);
    created = true;
    try {
      await handle.writeFile(bytes);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(tempPath, path);
  } catch (error) {
    if (created) await fs.unlink(tempPath).catch(() => undefined);
    throw error;
  }
  await syncFolder(folder);
}

/** Makes the rename itself durable on POSIX; Windows cannot open folders this way, and does not need to. */
async function syncFolder(folder: string): Promise<void> {
  if (process.platform === 'win32') return;
  try {
    const handle = await fsPromises.open(folder, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // The file is already in place; a folder that cannot be synced is not an error for the user.
  }
}

const MAX_NAME_BYTES = 200;
export const FALLBACK_FILE_NAME = 'dokument';
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i;
const EXTENSION = /\.[\p{L}\p{N}]{1,16}$/u;
// Path separators, characters Windows forbids, control characters, and bidi
// overrides (which can make "rapport‮xcod.exe" display as "rapportexe.docx").
// eslint-disable-next-line no-control-regex -- control characters are exactly what this strips
const UNSAFE_CHARACTERS = /[<>:"/\\|?*\u0000-\u001f\u007f-\u009f\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

const utf8Length = (text: string): number => Buffer.byteLength(text, 'utf8');

function truncateUtf8(text: string, maxBytes: number): string {
  let result = '';
  for (const codePoint of text) {
    if (utf8Length(result + codePoint) > maxBytes) break;
    result += codePoint;
  }
  return result;
}

const trimDotsAndSpaces = (text: string): string => text.replace(/^[\s.]+|[\s.]+$/g, '');

/**
 * A file name safe to offer in a save dialog on Windows, macOS and Linux:
 * no folders, no traversal, no reserved device names, bounded length, and
 * the extension kept so the file still opens in the right program.
 */
export function sanitizeFileName(name: string): string {
  // Leading dots hide files; trailing dots and spaces are dropped by Windows.
  const cleaned = trimDotsAndSpaces(
    name.normalize('NFC').replace(UNSAFE_CHARACTERS, '_').replace(/\s+/g, ' ').replace(/\.{2,}/g, '.'),
  );
  const extension = EXTENSION.exec(cleaned)?.[0] ?? '';
  let stem = trimDotsAndSpaces(cleaned.slice(0, cleaned.length - extension.length));
  if (WINDOWS_RESERVED.test(stem.split('.')[0] ?? '')) stem = `_${stem}`;
  stem = trimDotsAndSpaces(truncateUtf8(stem, MAX_NAME_BYTES - utf8Length(extension)));
  return `${stem === '' ? FALLBACK_FILE_NAME : stem}${extension}`;
}
