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
 */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { formatInteger } from '../format.ts';
import { MAX_FILE_BYTES } from '../platform/ipc.ts';
import { isValidUtf8, jsonNesting } from '../templates/safe-json.ts';
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

const encoder = new TextEncoder();

function checksum(text: string): string {
  return bytesToHex(sha256(encoder.encode(text)));
}

/** The workbook as file bytes. Rows are written as they are; reading validates them. */
export function writeWorkbookFile(tables: Readonly<Record<WorkbookTableName, readonly unknown[]>>, meta: WorkbookFileMeta): Uint8Array {
  const ordered = Object.fromEntries(workbookTableNames.map((name) => [name, tables[name]]));
  const payload = JSON.stringify({ dataFormatVersion: DATA_FORMAT_VERSION, createdAt: meta.createdAt, appVersion: meta.appVersion, tables: ordered });
  const envelope = { format: WORKBOOK_FILE_FORMAT, formatVersion: WORKBOOK_FILE_FORMAT_VERSION, sha256: checksum(payload), payload };
  return encoder.encode(JSON.stringify(envelope, null, 1));
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
 * leaves room for growth and stays far below where parsing with a reviver
 * (recursive in V8) would run out of stack.
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
 * checksum or a parse that its depth made fail. Never throws; a refusal comes with
 * a Swedish message saying what is wrong.
 */
export function readWorkbookFile(bytes: Uint8Array): WorkbookFileRead {
  try {
    return read(bytes);
  } catch (error) {
    // Out of memory on a huge string or the like: still a refusal, not a crash of the caller.
    console.error('workbook file could not be read', error);
    return { ok: false, problem: 'Filen gick inte att läsa. Den är troligen skadad eller inte en arbetsboksfil.' };
  }
}

function read(bytes: Uint8Array): WorkbookFileRead {
  const refuse = (problem: string): WorkbookFileRead => ({ ok: false, problem });
  if (bytes.byteLength > MAX_WORKBOOK_FILE_BYTES)
    return refuse(`Filen är för stor (${formatInteger(Math.ceil(bytes.byteLength / 1024 / 1024))} MB); en arbetsboksfil får vara högst ${formatInteger(MAX_WORKBOOK_FILE_BYTES / 1024 / 1024)} MB.`);
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (!isValidUtf8(body)) return refuse(NOT_A_WORKBOOK);
  const text = new TextDecoder('utf-8').decode(body);
  // Depth before anything else reads the text: too deep a file is refused for that, whatever its checksum says.
  const fileNesting = jsonNesting(text).maxDepth;
  if (fileNesting > MAX_WORKBOOK_NESTING) return refuse(tooDeep(fileNesting));
  let envelope: unknown;
  try {
    envelope = JSON.parse(text);
  } catch {
    return refuse(NOT_A_WORKBOOK);
  }
  if (!isRecord(envelope) || envelope.format !== WORKBOOK_FILE_FORMAT) return refuse(NOT_A_WORKBOOK);
  if (!isVersion(envelope.formatVersion)) return refuse(NOT_A_WORKBOOK);
  if (envelope.formatVersion > WORKBOOK_FILE_FORMAT_VERSION) return refuse(newer('filformat', envelope.formatVersion, WORKBOOK_FILE_FORMAT_VERSION));
  const { payload, sha256: expected } = envelope;
  if (typeof payload !== 'string' || typeof expected !== 'string') return refuse(NOT_A_WORKBOOK);
  // The payload is JSON inside a string, so the file's own nesting does not count it.
  const payloadNesting = jsonNesting(payload).maxDepth;
  if (payloadNesting > MAX_WORKBOOK_NESTING) return refuse(tooDeep(payloadNesting));
  if (checksum(payload) !== expected.toLowerCase()) return refuse(DAMAGED);

  let content: unknown;
  let forbidden = false;
  try {
    // JSON.parse only makes own properties, but a `__proto__` key could still reach code that copies rows.
    content = JSON.parse(payload, (key, value: unknown) => {
      if (key === '__proto__') forbidden = true;
      return value;
    });
  } catch {
    // The checksum matched, so the payload is as it was sealed: not damaged on the way, but never a workbook.
    return refuse(NOT_A_WORKBOOK);
  }
  if (forbidden) return refuse('Filen innehåller fältet "__proto__", som aldrig finns i en arbetsbok och kan användas för att ändra programmets beteende. Filen lästes inte in.');
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
    rows.forEach((row, index) => {
      const label = `${workbookTableLabels[name]}, rad ${formatInteger(index + 1)}`;
      const result = schema.safeParse(row);
      if (!result.success) {
        problemCount += 1;
        const first = zodProblems(result.error, row)[0];
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label}: ${first ? templateProblemText(first) : 'ogiltig post'}`);
        return;
      }
      const id = (result.data as { id: unknown }).id;
      if (ids.has(id)) {
        problemCount += 1;
        if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label}: id "${String(id)}" finns redan på en tidigare rad`);
        return;
      }
      ids.add(id);
      // A goal area's code is a unique index in the database: a second one would fail the whole restore.
      if (name === 'goalAreas') {
        const code = (result.data as { code: string }).code;
        if (codes.has(code)) {
          problemCount += 1;
          if (problems.length < MAX_LISTED_PROBLEMS) problems.push(`${label}: koden "${code}" har redan ett annat målområde`);
          return;
        }
        codes.add(code);
      }
      parsed.push(result.data);
    });
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
