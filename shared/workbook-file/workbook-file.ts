/**
 * The workbook file (*arbetsboksfil*): the whole workbook in one JSON file,
 * for backup, restore and hand-over to a successor.
 *
 * Format (UTF-8 JSON):
 *
 *   {
 *     "format": "moa-arbetsbok",
 *     "formatVersion": 1,
 *     "sha256": "<lower-case hex SHA-256 of the UTF-8 bytes of payload>",
 *     "payload": "<JSON text of { dataFormatVersion, createdAt, appVersion, tables }>"
 *   }
 *
 * The payload is kept as a string so the checksum covers exact bytes: no
 * canonical re-serialisation is needed to check it, and a reader in any
 * language can verify a file with one hash call. `tables` maps each table
 * name (shared/workbook-file/tables.ts) to its rows. `formatVersion` is the
 * envelope's version; `dataFormatVersion` is the database's
 * (DATA_FORMAT_VERSION), and older data is upgraded the way the database
 * upgrades it (./upgrade.ts) before every row is validated.
 *
 * The file is written as `JSON.stringify(envelope, null, 1)` would write it
 * (one-space indent, keys in the order above), byte for byte, so files stay
 * the same as the ones earlier versions wrote.
 *
 * The checksum is the platform's SHA-256 (`crypto.subtle`, in browsers,
 * Electron and Node alike), which is asynchronous: writing and reading a
 * file are too.
 */
import { formatInteger } from '../format.ts';
import { MAX_FILE_BYTES } from '../platform/ipc.ts';
import { jsonNesting } from '../templates/safe-json.ts';
import { sha256Hex, utf8Bytes, withJsonStringOf } from './file-bytes.ts';
import { templateProblemText, zodProblems } from '../templates/problems.ts';
import { DATA_FORMAT_VERSION } from '../version.ts';
import { workbookTableLabels, workbookTableNames, workbookTableSchemas, type WorkbookTableName, type WorkbookTables } from './tables.ts';
import { OLDEST_READABLE_DATA_FORMAT, upgradeTables } from './upgrade.ts';

export const WORKBOOK_FILE_FORMAT = 'moa-arbetsbok';
export const WORKBOOK_FILE_FORMAT_VERSION = 1;
/** The file name ending the app saves and offers in the open dialog. */
export const WORKBOOK_FILE_EXTENSION = 'moa.json';
export const WORKBOOK_FILE_MIME = 'application/json';
/** The largest file read; the same limit as every file the hosts handle. */
export const MAX_WORKBOOK_FILE_BYTES = MAX_FILE_BYTES;

export interface WorkbookFileMeta {
  /** When the file was made (ISO date-time). */
  createdAt: string;
  /** The app version that made it. */
  appVersion: string;
}

export interface WorkbookFileContent extends WorkbookFileMeta {
  /** The data format the file was written in (before any upgrade on reading). */
  dataFormatVersion: number;
  tables: WorkbookTables;
}

export type WorkbookFileRead = ({ ok: true } & WorkbookFileContent) | { ok: false; problem: string };

/** Strict: a file that is not well-formed UTF-8 (overlongs, surrogates, cut-off sequences) is refused, not patched with U+FFFD. */
const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The workbook as file bytes. Rows are written as they are; reading validates them. */
export async function writeWorkbookFile(tables: Readonly<Record<WorkbookTableName, readonly unknown[]>>, meta: WorkbookFileMeta): Promise<Uint8Array> {
  const ordered = Object.fromEntries(workbookTableNames.map((name) => [name, tables[name]]));
  const payload = JSON.stringify({ dataFormatVersion: DATA_FORMAT_VERSION, createdAt: meta.createdAt, appVersion: meta.appVersion, tables: ordered });
  // Encoded once: the checksum is taken of these bytes, and the file holds them as a JSON string.
  const payloadBytes = utf8Bytes(payload);
  const checksum = await sha256Hex(payloadBytes);
  const head = `{\n "format": ${JSON.stringify(WORKBOOK_FILE_FORMAT)},\n "formatVersion": ${WORKBOOK_FILE_FORMAT_VERSION},\n "sha256": "${checksum}",\n "payload": `;
  return withJsonStringOf(head, payloadBytes, '\n}');
}

const NOT_A_WORKBOOK = 'Filen är inte en arbetsboksfil från MOA-arbetsboken. Välj en fil som slutar på .moa.json och som appen har sparat med Säkerhetskopiera.';
const DAMAGED = 'Filen är skadad: kontrollsumman stämmer inte. Den har ändrats eller blivit avkortad efter att den sparades; använd en annan säkerhetskopia.';

function newer(kind: string, found: number, supported: number): string {
  return `Filen kommer från en nyare version av MOA-arbetsboken (${kind} ${found}); den här versionen läser upp till ${supported}. Uppdatera appen först.`;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);
const isVersion = (value: unknown): value is number => typeof value === 'number' && Number.isInteger(value) && value >= 1;

/**
 * The deepest nesting a workbook file may have. A real one stays under 15
 * (file → payload → tables → rows → a template's sections …); the limit
 * leaves room for growth and stays far below where anything recursive
 * (validating a row with zod, upgrading it) would run out of stack.
 */
export const MAX_WORKBOOK_NESTING = 64;

function tooDeep(depth: number): string {
  return `Filen är nästlad för djupt (${formatInteger(depth)} nivåer; en arbetsboksfil har högst ${MAX_WORKBOOK_NESTING}). Den är inte en säkerhetskopia som appen har sparat och lästes inte in.`;
}

/** The most row problems listed in one message. */
const MAX_LISTED_PROBLEMS = 5;

/**
 * Reads and checks a workbook file: size, nesting, envelope, versions,
 * checksum, then every row against its domain schema. The order gives the
 * real reason: a file nested too deep is refused for that, not for a
 * checksum or a parse that its depth made fail. Never rejects; a refusal comes with
 * a Swedish message saying what is wrong.
 */
export async function readWorkbookFile(bytes: Uint8Array): Promise<WorkbookFileRead> {
  try {
    return await read(bytes);
  } catch (error) {
    // Out of memory on a huge string or the like: still a refusal, not a crash of the caller.
    console.error('workbook file could not be read', error);
    return { ok: false, problem: 'Filen gick inte att läsa. Den är troligen skadad eller inte en arbetsboksfil.' };
  }
}

const FORBIDDEN_KEY = 'Filen innehåller fältet "__proto__", som aldrig finns i en arbetsbok och kan användas för att ändra programmets beteende. Filen lästes inte in.';

/** A `\u` escape of a printable ASCII character: JSON.stringify never writes one, but a key could be spelt `"\u005f_proto__"` with it. */
const ESCAPED_ASCII = /\\u00[2-7][0-9a-f]/i;

/**
 * Whether any object in the parsed payload has a `__proto__` key. JSON.parse
 * only makes own properties, but such a key could still reach code that
 * copies rows. A file the app wrote has neither the word nor an escape that
 * could spell it, so the text answers without looking at a single row; only
 * a file with either is walked, and the walk decides (a note that merely
 * mentions "__proto__" is no reason to refuse).
 */
function hasProtoKey(payload: string, content: unknown): boolean {
  if (!payload.includes('__proto__') && !ESCAPED_ASCII.test(payload)) return false;
  // The nesting is checked (at most MAX_WORKBOOK_NESTING), and a list of pending values needs no recursion anyway.
  const pending: unknown[] = [content];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (!Array.isArray(value) && Object.hasOwn(value, '__proto__')) return true;
    for (const child of Object.values(value)) pending.push(child);
  }
  return false;
}

/**
 * The nesting of a parsed JSON value, counted as `jsonNesting` counts it in the text (the outermost
 * object or list is 1; strings and numbers add nothing). Iterative, so any depth is safe.
 */
function valueNesting(root: unknown): number {
  let deepest = 0;
  const pending: { value: unknown; depth: number }[] = [{ value: root, depth: 0 }];
  while (pending.length > 0) {
    const { value, depth } = pending.pop() as { value: unknown; depth: number };
    if (value === null || typeof value !== 'object') continue;
    const inner = depth + 1;
    if (inner > deepest) deepest = inner;
    for (const child of Object.values(value)) pending.push({ value: child, depth: inner });
  }
  return deepest;
}

async function read(bytes: Uint8Array): Promise<WorkbookFileRead> {
  const refuse = (problem: string): WorkbookFileRead => ({ ok: false, problem });
  if (bytes.byteLength > MAX_WORKBOOK_FILE_BYTES)
    return refuse(`Filen är för stor (${formatInteger(Math.ceil(bytes.byteLength / 1024 / 1024))} MB); en arbetsboksfil får vara högst ${formatInteger(MAX_WORKBOOK_FILE_BYTES / 1024 / 1024)} MB.`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  let text: string;
  try {
    text = strictUtf8.decode(body);
  } catch {
    return refuse(NOT_A_WORKBOOK);
  }
  // Depth before any check of what the file holds: too deep a file is refused for that, whatever its
  // checksum says. JSON.parse does not recurse (V8 parses iteratively), so the envelope is parsed
  // first and its depth taken from the few values it has; the 12 MB text is scanned only when it
  // does not parse, to tell a file nested too deep from one that is not JSON at all.
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    const depth = jsonNesting(text).maxDepth;
    return refuse(depth > MAX_WORKBOOK_NESTING ? tooDeep(depth) : NOT_A_WORKBOOK);
  }
  const fileNesting = valueNesting(envelope);
  if (fileNesting > MAX_WORKBOOK_NESTING) return refuse(tooDeep(fileNesting));
  if (!isRecord(envelope) || envelope.format !== WORKBOOK_FILE_FORMAT) return refuse(NOT_A_WORKBOOK);
  if (!isVersion(envelope.formatVersion)) return refuse(NOT_A_WORKBOOK);
  if (envelope.formatVersion > WORKBOOK_FILE_FORMAT_VERSION) return refuse(newer('filformat', envelope.formatVersion, WORKBOOK_FILE_FORMAT_VERSION));
  const { payload, sha256: expected } = envelope;
  if (typeof payload !== 'string' || typeof expected !== 'string') return refuse(NOT_A_WORKBOOK);
  // The payload is JSON inside a string, so the file's own nesting does not count it.
  const payloadNesting = jsonNesting(payload).maxDepth;
  if (payloadNesting > MAX_WORKBOOK_NESTING) return refuse(tooDeep(payloadNesting));

  // The payload is parsed while the digest runs (off the main thread in a browser); the checksum
  // still has the first word: a damaged file is refused as damaged, whatever the parse made of it.
  const checksum = sha256Hex(utf8Bytes(payload));
  let content: unknown;
  let parsed = true;
  try {
    content = JSON.parse(payload);
  } catch {
    parsed = false;
  }
  if ((await checksum) !== expected.toLowerCase()) return refuse(DAMAGED);
  // The checksum matched, so the payload is as it was sealed: not damaged on the way, but never a workbook.
  if (!parsed) return refuse(NOT_A_WORKBOOK);
  if (hasProtoKey(payload, content)) return refuse(FORBIDDEN_KEY);
  if (!isRecord(content) || !isVersion(content.dataFormatVersion) || !isRecord(content.tables)) return refuse(NOT_A_WORKBOOK);
  const { dataFormatVersion, tables } = content;
  if (dataFormatVersion > DATA_FORMAT_VERSION) return refuse(newer('dataformat', dataFormatVersion, DATA_FORMAT_VERSION));
  if (dataFormatVersion < OLDEST_READABLE_DATA_FORMAT)
    return refuse(`Filen har dataformat ${dataFormatVersion}, som den här versionen av appen inte kan läsa (äldsta läsbara är ${OLDEST_READABLE_DATA_FORMAT}).`);
  const createdAt = typeof content.createdAt === 'string' ? content.createdAt : '';
  const appVersion = typeof content.appVersion === 'string' ? content.appVersion : '';

  const raw: Record<string, unknown[]> = {};
  for (const [name, rows] of Object.entries(tables)) {
    if (!Object.hasOwn(workbookTableSchemas, name)) return refuse(`Filen har en tabell som en arbetsbok inte har ("${name.slice(0, 60)}"). Filen lästes inte in.`);
    if (!Array.isArray(rows)) return refuse(`Tabellen ${workbookTableLabels[name as WorkbookTableName]} i filen är inte en lista med poster.`);
    raw[name] = rows;
  }
  const upgraded = upgradeTables(raw, dataFormatVersion);
  return validated(upgraded, { dataFormatVersion, createdAt, appVersion });
}

/** Every row through its domain schema; the parsed rows are what gets stored. */
function validated(raw: Record<string, unknown[]>, meta: Omit<WorkbookFileContent, 'tables'>): WorkbookFileRead {
  const problems: string[] = [];
  let problemCount = 0;
  const out: Record<string, unknown[]> = {};
  for (const name of workbookTableNames) {
    const schema = workbookTableSchemas[name];
    const rows = raw[name] ?? [];
    const ids = new Set<unknown>();
    const codes = new Set<string>();
    const parsed: unknown[] = [];
    // Only a row with a problem gets its label (formatting 60 000 row numbers costs more than checking the rows).
    const label = (index: number) => `${workbookTableLabels[name]}, rad ${formatInteger(index + 1)}`;
    for (let index = 0; index < rows.length; index += 1) {
      const row = rows[index];
      const result = schema.safeParse(row);
      if (!result.success) {
        problemCount += 1;
        const first = zodProblems(result.error, row)[0];
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label(index)}: ${first ? templateProblemText(first) : 'ogiltig post'}`);
        continue;
      }
      const id = (result.data as { id: unknown }).id;
      if (ids.has(id)) {
        problemCount += 1;
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label(index)}: id "${String(id)}" finns redan på en tidigare rad`);
        continue;
      }
      ids.add(id);
      // A goal area's code is a unique index in the database: a second one would fail the whole restore.
      if (name === 'goalAreas') {
        const code = (result.data as { code: string }).code;
        if (codes.has(code)) {
          problemCount += 1;
          if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label(index)}: koden "${code}" har redan ett annat målområde`);
          continue;
        }
        codes.add(code);
      }
      parsed.push(result.data);
    }
    out[name] = parsed;
  }
  if (problemCount > 0) {
    const more = problemCount > problems.length ? `\n… och ${formatInteger(problemCount - problems.length)} fel till.` : '';
    return { ok: false, problem: `Filen innehåller poster som inte är giltiga, så ingenting lästes in:\n${problems.join('\n')}${more}` };
  }
  return { ok: true, ...meta, tables: out as unknown as WorkbookTables };
}

/** Rows per table, for the preview before a restore. */
export function workbookTableCounts(tables: WorkbookTables): Record<WorkbookTableName, number> {
  return Object.fromEntries(workbookTableNames.map((name) => [name, tables[name].length])) as Record<WorkbookTableName, number>;
}
