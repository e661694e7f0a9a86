/**
 * How much a template file may hold. Each limit is far above any real
 * template (the default template is about 15 kB, 4 levels deep, a few
 * hundred list items) and far below what would hurt the app: a hostile
 * file is refused before it costs memory or time.
 */
import { formatInteger } from '../format.ts';

const MiB = 1024 * 1024;

export interface ZipLimits {
  /** Entries in the zip's directory, counted before anything is read. */
  maxEntries: number;
  /** Bytes one entry may inflate to. */
  maxEntryBytes: number;
  /** Bytes all entries read from one zip may inflate to together. */
  maxTotalBytes: number;
  /** Inflated ÷ compressed size above which an entry is a bomb, once it is larger than ratioFloorBytes. */
  maxRatio: number;
  ratioFloorBytes: number;
}

export interface TemplateLimits {
  maxFileBytes: number;
  maxDepth: number;
  maxArrayItems: number;
  maxObjectKeys: number;
  maxStringLength: number;
  package: ZipLimits;
  wordDocument: ZipLimits;
}

export const templateLimits: Readonly<TemplateLimits> = {
  /** The file as picked or dropped. */
  maxFileBytes: 20 * MiB,
  /** Objects and lists inside each other; a template needs 4. */
  maxDepth: 12,
  /** Items in all lists together. */
  maxArrayItems: 10_000,
  /** Fields in one object; a template object has at most 18. */
  maxObjectKeys: 100,
  /** Characters in one text; the longest field allows 20 000. */
  maxStringLength: 200_000,
  /** A template package: the template, a reference document, perhaps a read-me. */
  package: { maxEntries: 50, maxEntryBytes: 20 * MiB, maxTotalBytes: 40 * MiB, maxRatio: 100, ratioFloorBytes: MiB },
  /** A Word document (.docx/.dotx): read as a Word template, or as a package's reference document. */
  wordDocument: { maxEntries: 1000, maxEntryBytes: 20 * MiB, maxTotalBytes: 40 * MiB, maxRatio: 100, ratioFloorBytes: MiB },
};

/** `512 kB`, `20 MB`, `25,3 MB`. */
export function formatBytes(bytes: number): string {
  if (bytes < MiB) return `${formatInteger(Math.max(1, Math.ceil(bytes / 1024)))} kB`;
  const mb = bytes / MiB;
  return `${Number.isInteger(mb) ? formatInteger(mb) : mb.toFixed(1).replace('.', ',')} MB`;
}
