/**
 * Kolada's API answers saved as files (v3, and v2 which has the same rows): data
 * (`/v3/data/kpi/{kpi}/municipality/{ids}/year/{years}` and the other data shapes),
 * KPI metadata (`/v3/kpi`) and municipalities (`/v3/municipality`). A saved answer is
 * the envelope `{ values, count, next_url, previous_url }`; a bare list of rows is taken
 * too. Several files are read together (all pages of a paginated answer, metadata beside
 * the data) and either all of them are accepted or none: any wrong row refuses the lot
 * with Swedish messages naming the file, the row and the field.
 *
 * Pure: bytes in, values out. Storing them is the renderer's business.
 */
import { z } from 'zod';
import { formatInteger } from '../format.ts';
import { koladaValueId } from '../domain/kolada.ts';
import { issueProblems } from '../templates/problems.ts';
import { forbiddenKeys, isValidUtf8, jsonNesting } from '../templates/safe-json.ts';

/** Kolada's genders: T the total, K women (kvinnor), M men (män). */
export const koladaGenders = ['T', 'K', 'M'] as const;
export type KoladaGender = (typeof koladaGenders)[number];

/** One value: a KPI for an area (municipality, region, group or organisational unit), a year and a gender. */
export interface KoladaValue {
  kpiId: string;
  /** A municipality or region (`0180`, `0018`), the whole country (`0000`), a group (`G…`) or an organisational unit (`V…`). */
  areaId: string;
  areaKind: 'municipality' | 'ou';
  year: number;
  gender: KoladaGender;
  /** null when Kolada has no value (then `status` usually says why). */
  value: number | null;
  /** Kolada's status text, e.g. "Missing" or "Uncertain"; null when the value is as it should be. */
  status: string | null;
  /** How many units the value is based on, where Kolada says. */
  count: number | null;
  /** Kolada has removed the value since (`isdeleted`): a stored value for the same key is to be dropped. */
  deleted: boolean;
}

/** A KPI's metadata as `/v3/kpi` gives it. */
export interface KoladaKpi {
  id: string;
  title: string;
  description: string;
  operatingArea: string;
  dividedByGender: boolean;
  /** K municipalities, L regions, A both. */
  municipalityType: string;
}

/** A municipality or region as `/v3/municipality` gives it. */
export interface KoladaArea {
  id: string;
  title: string;
  /** K municipality, L region (landsting). */
  type: string;
}

export interface KoladaFileSummary {
  name: string;
  kind: 'data' | 'kpi' | 'municipality' | 'empty';
  rows: number;
}

export interface KoladaImport {
  values: KoladaValue[];
  kpis: KoladaKpi[];
  areas: KoladaArea[];
  files: KoladaFileSummary[];
}

export type KoladaRead = { ok: true; read: KoladaImport } | { ok: false; problems: string[] };

export interface KoladaFile {
  name: string;
  bytes: Uint8Array;
}

const MiB = 1024 * 1024;
export const koladaLimits = {
  /** One saved answer; a page of 5 000 data rows is about 1,5 MB. */
  maxFileBytes: 64 * MiB,
  /** All files of one import together. */
  maxTotalBytes: 256 * MiB,
  maxFiles: 500,
  /** Envelope, rows, values, a value: 4; metadata may nest a little more. */
  maxDepth: 8,
  /** Problems listed before "… och N till". */
  maxListedProblems: 20,
} as const;

const kpiId = z.string().regex(/^[A-Z]\d{5}$/u, 'kpi');
const areaId = z.string().regex(/^(?:\d{4}|G\d{1,10}|[A-Z][A-Z0-9]{3,30})$/u, 'area');
const year = z.union([z.number().int(), z.string().regex(/^\d{4}$/u).transform(Number)]).pipe(z.number().int().min(1900, 'year').max(2100, 'year'));
const text = (max: number) => z.string().max(max);

const valueSchema = z.object({
  gender: z.enum(koladaGenders),
  value: z.number().finite().nullable().optional(),
  status: text(200).nullable().optional(),
  count: z.number().int().min(0).nullable().optional(),
  isdeleted: z.boolean().optional(),
});

const dataRowSchema = z
  .object({
    kpi: kpiId,
    municipality: areaId.optional(),
    ou: areaId.optional(),
    period: year,
    values: z.array(valueSchema).max(3),
  })
  .refine((row) => (row.municipality === undefined) !== (row.ou === undefined), { message: 'areaMissing', path: ['municipality'] });

const kpiRowSchema = z.object({
  id: kpiId,
  title: text(1000).min(1),
  description: text(20_000).nullable().optional(),
  operating_area: text(1000).nullable().optional(),
  is_divided_by_gender: z.union([z.boolean(), z.literal(0), z.literal(1)]).optional(),
  municipality_type: text(10).nullable().optional(),
});

const municipalityRowSchema = z.object({
  id: z.string().regex(/^\d{4}$/u, 'municipality'),
  title: text(200).min(1),
  type: z.enum(['K', 'L']),
});

const ownMessages: Readonly<Record<string, string>> = {
  kpi: 'ska vara ett Kolada-id: en versal och fem siffror, t.ex. "N00945"',
  area: 'ska vara ett område i Kolada: fyra siffror ("0180"), en grupp ("G…") eller en enhet ("V…")',
  municipality: 'ska vara ett kommun- eller region-id med fyra siffror, t.ex. "1880"',
  year: 'ska vara ett årtal mellan 1900 och 2100, t.ex. 2024',
  areaMissing: 'en rad ska ha antingen municipality eller ou',
};

/** `values[2].gender` as a person counts: `values[3].gender`. */
function pathText(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) out += typeof segment === 'number' ? `[${segment + 1}]` : `${out === '' ? '' : '.'}${String(segment)}`;
  return out;
}

function rowProblem(error: z.ZodError, row: unknown): string {
  const issue = error.issues[0];
  if (!issue) return 'ogiltig rad';
  const own = issue.code === 'custom' || issue.code === 'invalid_format' || issue.code === 'too_small' || issue.code === 'too_big' ? ownMessages[issue.message] : undefined;
  const message = own ?? issueProblems(issue, row)[0]?.message ?? 'ogiltigt värde';
  const at = pathText(issue.path);
  return at === '' ? message : `fältet ${at} ${message}`;
}

type Kind = KoladaFileSummary['kind'];

/** What a row is, from its fields: a data row, a KPI, a municipality, or none of them. */
function kindOf(row: unknown): Exclude<Kind, 'empty'> | null {
  if (row === null || typeof row !== 'object' || Array.isArray(row)) return null;
  if ('period' in row && 'values' in row && 'kpi' in row) return 'data';
  if ('id' in row && ('is_divided_by_gender' in row || 'operating_area' in row || 'municipality_type' in row)) return 'kpi';
  if ('id' in row && 'type' in row && 'title' in row) return 'municipality';
  return null;
}

function hasForbiddenKey(root: unknown): boolean {
  const pending = [root];
  while (pending.length > 0) {
    const value = pending.pop();
    if (value === null || typeof value !== 'object') continue;
    if (Array.isArray(value)) {
      for (const item of value) pending.push(item);
      continue;
    }
    for (const key of Object.keys(value)) {
      if (forbiddenKeys.has(key)) return true;
      pending.push((value as Record<string, unknown>)[key]);
    }
  }
  return false;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** The rows of one saved answer, or what is wrong with the file as a whole. */
function fileRows(file: KoladaFile): { ok: true; rows: unknown[] } | { ok: false; problem: string } {
  const refuse = (problem: string) => ({ ok: false as const, problem: `«${file.name}»: ${problem}` });
  if (file.bytes.byteLength === 0) return refuse('filen är tom.');
  if (file.bytes.byteLength > koladaLimits.maxFileBytes) return refuse(`filen är ${formatInteger(Math.ceil(file.bytes.byteLength / MiB))} MB; en fil från Kolada får vara högst ${formatInteger(koladaLimits.maxFileBytes / MiB)} MB.`);
  const body = file.bytes[0] === 0xef && file.bytes[1] === 0xbb && file.bytes[2] === 0xbf ? file.bytes.subarray(3) : file.bytes;
  if (!isValidUtf8(body)) return refuse('texten är inte giltig UTF-8; spara svaret från Kolada igen som en JSON-fil.');
  const text = strictUtf8.decode(body);
  const nesting = jsonNesting(text);
  if (nesting.maxDepth > koladaLimits.maxDepth) return refuse(`innehållet är nästlat ${formatInteger(nesting.maxDepth)} nivåer djupt; ett svar från Kolada har högst ${koladaLimits.maxDepth}.`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    if (nesting.open > 0 || nesting.inString) return refuse('JSON-texten tar slut mitt i; filen är troligen avkortad. Spara svaret från Kolada igen.');
    return refuse('filen är inte JSON. Välj ett svar från Koladas API sparat som .json (eller en tabell exporterad från kolada.se).');
  }
  if (hasForbiddenKey(parsed)) return refuse('filen innehåller ett fält ("__proto__", "constructor" eller "prototype") som aldrig finns i ett svar från Kolada. Filen lästes inte in.');
  if (Array.isArray(parsed)) return { ok: true, rows: parsed };
  if (parsed !== null && typeof parsed === 'object' && 'values' in parsed && Array.isArray(parsed.values)) return { ok: true, rows: parsed.values };
  return refuse('filen är JSON men inte ett svar från Kolada: listan "values" saknas.');
}

const sameValue = (a: KoladaValue, b: KoladaValue) => a.value === b.value && a.status === b.status && a.count === b.count && a.deleted === b.deleted;

/**
 * Reads Kolada answers saved as JSON files. All or nothing: the import is returned only if
 * every file and every row is right; otherwise the problems (at most 20 listed, then how many
 * more). The same value in two files (a page saved twice) is taken once; two files that give
 * the same KPI, area, year and gender different values are refused, as the import cannot know
 * which is newer.
 */
export function readKoladaJsonFiles(files: readonly KoladaFile[]): KoladaRead {
  if (files.length === 0) return { ok: false, problems: ['Inga filer valdes.'] };
  if (files.length > koladaLimits.maxFiles) return { ok: false, problems: [`${formatInteger(files.length)} filer valdes; högst ${formatInteger(koladaLimits.maxFiles)} kan läsas in på en gång.`] };
  const total = files.reduce((sum, f) => sum + f.bytes.byteLength, 0);
  if (total > koladaLimits.maxTotalBytes) return { ok: false, problems: [`Filerna är tillsammans ${formatInteger(Math.ceil(total / MiB))} MB; högst ${formatInteger(koladaLimits.maxTotalBytes / MiB)} MB kan läsas in på en gång.`] };

  const problems: string[] = [];
  let problemCount = 0;
  const problem = (text: string) => {
    problemCount += 1;
    if (problems.length < koladaLimits.maxListedProblems) problems.push(text);
  };
  const values = new Map<string, { value: KoladaValue; file: string }>();
  const kpis = new Map<string, KoladaKpi>();
  const areas = new Map<string, KoladaArea>();
  const summaries: KoladaFileSummary[] = [];

  for (const file of files) {
    const read = fileRows(file);
    if (!read.ok) {
      problem(read.problem);
      continue;
    }
    const kind = read.rows.length === 0 ? 'empty' : kindOf(read.rows[0]);
    if (kind === null) {
      problem(`«${file.name}»: raderna är varken värden, nyckeltal eller kommuner från Kolada (rad 1 har fälten ${Object.keys(read.rows[0] ?? {}).slice(0, 8).join(', ') || 'inga'}).`);
      continue;
    }
    summaries.push({ name: file.name, kind, rows: read.rows.length });
    read.rows.forEach((row, index) => {
      const where = `«${file.name}», rad ${formatInteger(index + 1)}`;
      if (kindOf(row) !== kind) {
        problem(`${where}: raden har inte samma slags innehåll som rad 1 i filen.`);
        return;
      }
      if (kind === 'data') {
        const result = dataRowSchema.safeParse(row);
        if (!result.success) {
          problem(`${where}: ${rowProblem(result.error, row)}`);
          return;
        }
        const data = result.data;
        const genders = new Set<string>();
        for (const entry of data.values) {
          if (genders.has(entry.gender)) {
            problem(`${where}: könet ${entry.gender} finns två gånger i values.`);
            return;
          }
          genders.add(entry.gender);
          const value: KoladaValue = {
            kpiId: data.kpi,
            areaId: data.municipality ?? data.ou ?? '',
            areaKind: data.municipality !== undefined ? 'municipality' : 'ou',
            year: data.period,
            gender: entry.gender,
            value: entry.value ?? null,
            status: entry.status === undefined || entry.status === null || entry.status === '' ? null : entry.status,
            count: entry.count ?? null,
            deleted: entry.isdeleted === true,
          };
          const key = koladaValueId(value);
          const earlier = values.get(key);
          if (earlier && !sameValue(earlier.value, value)) {
            problem(`${where}: ${value.kpiId} för ${value.areaId} år ${value.year} (${value.gender}) har ett annat värde än i «${earlier.file}». Läs in filerna var för sig, den äldsta först.`);
            return;
          }
          if (!earlier) values.set(key, { value, file: file.name });
        }
      } else if (kind === 'kpi') {
        const result = kpiRowSchema.safeParse(row);
        if (!result.success) {
          problem(`${where}: ${rowProblem(result.error, row)}`);
          return;
        }
        const k = result.data;
        kpis.set(k.id, {
          id: k.id,
          title: k.title,
          description: k.description ?? '',
          operatingArea: k.operating_area ?? '',
          dividedByGender: k.is_divided_by_gender === true || k.is_divided_by_gender === 1,
          municipalityType: k.municipality_type ?? '',
        });
      } else if (kind === 'municipality') {
        const result = municipalityRowSchema.safeParse(row);
        if (!result.success) {
          problem(`${where}: ${rowProblem(result.error, row)}`);
          return;
        }
        areas.set(result.data.id, { ...result.data });
      }
    });
  }
  if (problemCount > problems.length) problems.push(`… och ${formatInteger(problemCount - problems.length)} problem till.`);
  if (problems.length > 0) return { ok: false, problems };
  return { ok: true, read: { values: [...values.values()].map((v) => v.value), kpis: [...kpis.values()], areas: [...areas.values()], files: summaries } };
}
