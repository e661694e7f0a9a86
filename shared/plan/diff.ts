/**
 * What changed between two versions of a plan, row by row and field by
 * field, for the "jämför versioner" view and the reviewer package. Runs in
 * O(n log n): rows are matched by id through maps, and "moved" is decided per
 * sibling group by a longest increasing subsequence, so inserting one row
 * does not mark every later sibling as moved.
 */
import type { PlanSnapshot, Strategy, Tactic } from '../domain/plan.ts';
import { formatInteger } from '../format.ts';
import { isRecord, sameValue } from './change.ts';
import { planFieldTables } from './fields.ts';
import { buildForest, groupKeyOf, parentIdOf, readingOrder, type AnyNode, type Forest } from './forest.ts';
import { numberFormat } from '../locale.ts';

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

export interface DiffEntry {
  kind: 'plan' | 'section' | 'strategy' | 'tactic' | 'activity';
  id: string;
  title: string;
  change: 'added' | 'removed' | 'edited' | 'moved';
  fields: FieldChange[];
}

export interface PlanDiff {
  entries: DiffEntry[];
}

const allFields = Object.values(planFieldTables).flat();

/**
 * Fields a person writes as text, whose changes read best word by word
 * (word-diff.ts); dates, amounts, statuses and links change as a whole.
 */
export const proseFields: ReadonlySet<string> = new Set(allFields.filter((f) => f.kind === 'shortText' || f.kind === 'longText').map((f) => f.key));

/** Amounts in öre, shown as kronor. */
const kronorFields: ReadonlySet<string> = new Set(allFields.filter((f) => f.kind === 'kronor').map((f) => f.key));

type Indicator = Strategy['indicators'][number];
type Perspective = Tactic['perspectives'][number];


function numberText(value: number | null): string {
  return value === null ? '–' : numberFormat('sv', { maximumFractionDigits: 6 }).format(value);
}

/** `12 500 kr`, or `12 500,50 kr` when there are öre. */
export function kronorText(ore: number): string {
  const rest = ore % 100;
  const kronor = formatInteger(Math.trunc(ore / 100));
  return rest === 0 ? `${kronor} kr` : `${kronor},${String(Math.abs(rest)).padStart(2, '0')} kr`;
}

function isIndicator(value: unknown): value is Indicator {
  return isRecord(value) && typeof value.name === 'string' && 'baselineValue' in value && 'targetValue' in value;
}

function isPerspective(value: unknown): value is Perspective {
  return isRecord(value) && typeof value.perspective === 'string' && typeof value.note === 'string';
}

/** `Nystartade företag: 8,4 → 10 (2025 → 2028) · Kolada N00914`; the unit only when it is what tells two versions apart. */
function indicatorText(indicator: Indicator, withUnit: boolean): string {
  const unit = withUnit && indicator.unit !== '' ? ` ${indicator.unit}` : '';
  const noValues = indicator.baselineValue === null && indicator.targetValue === null;
  const values = noValues ? (unit === '' ? '' : `:${unit}`) : `: ${numberText(indicator.baselineValue)} → ${numberText(indicator.targetValue)}${unit}`;
  const noYears = indicator.baselineYear === null && indicator.targetYear === null;
  const years = noYears ? '' : ` (${indicator.baselineYear ?? '–'} → ${indicator.targetYear ?? '–'})`;
  const kolada = indicator.koladaKpiId === undefined ? '' : ` · Kolada ${indicator.koladaKpiId}`;
  return `${indicator.name}${values}${years}${kolada}`;
}

function render(field: string, value: unknown, withUnit: boolean): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return kronorFields.has(field) ? kronorText(value) : String(value);
  if (Array.isArray(value)) {
    // One indicator or perspective per line: they are sentences, and a comma could be part of one.
    if (value.every(isIndicator)) return value.map((i) => indicatorText(i, withUnit)).join('\n');
    if (value.every(isPerspective)) return value.map((p) => (p.note === '' ? p.perspective : `${p.perspective}: ${p.note}`)).join('\n');
    return value.map((v) => render(field, v, withUnit)).join(', ');
  }
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${k}: ${render(k, v, withUnit)}`).join('; ');
  return String(value);
}

/** Field by field, nested objects (a tactic's `who`) as dotted fields, in the row's own field order. */
function diffFields(before: Record<string, unknown>, after: Record<string, unknown>, skip: ReadonlySet<string>, prefix = ''): FieldChange[] {
  const fields: FieldChange[] = [];
  const keys = [...Object.keys(after), ...Object.keys(before).filter((key) => !Object.hasOwn(after, key))];
  for (const key of keys) {
    if (skip.has(key)) continue;
    const a = before[key];
    const b = after[key];
    if (sameValue(a, b)) continue;
    if (isRecord(a) && isRecord(b)) {
      fields.push(...diffFields(a, b, skip, `${prefix}${key}.`));
      continue;
    }
    const field = `${prefix}${key}`;
    let shown = { field, before: render(field, a, false), after: render(field, b, false) };
    if (shown.before === shown.after) shown = { field, before: render(field, a, true), after: render(field, b, true) };
    fields.push(shown);
  }
  return fields;
}

/** Indices of one longest strictly increasing subsequence: the rows that kept their relative order. */
function longestIncreasing(values: readonly number[]): Set<number> {
  const tails: number[] = [];
  const previous: number[] = new Array<number>(values.length).fill(-1);
  values.forEach((value, i) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((values[tails[mid] ?? 0] ?? 0) < value) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) previous[i] = tails[lo - 1] ?? -1;
    tails[lo] = i;
  });
  const kept = new Set<number>();
  for (let i = tails[tails.length - 1] ?? -1; i >= 0; i = previous[i] ?? -1) kept.add(i);
  return kept;
}

/** Keys whose relative order among the surviving siblings changed. */
function reordered(afterIds: readonly string[], beforeIds: readonly string[], survives: (id: string) => boolean): Set<string> {
  const beforeIndex = new Map(beforeIds.map((id, i) => [id, i]));
  const common = afterIds.filter((id) => survives(id) && beforeIndex.has(id));
  const kept = longestIncreasing(common.map((id) => beforeIndex.get(id) ?? 0));
  return new Set(common.filter((_, i) => !kept.has(i)));
}

/** The after sequence with each removed key placed right after the nearest earlier key that survives. */
function mergeRemoved(afterKeys: readonly string[], beforeKeys: readonly string[]): { key: string; removed: boolean }[] {
  const afterIndex = new Map(afterKeys.map((key, i) => [key, i]));
  const slots: string[][] = Array.from({ length: afterKeys.length + 1 }, () => []);
  let slot = 0;
  for (const key of beforeKeys) {
    const at = afterIndex.get(key);
    if (at === undefined) slots[slot]?.push(key);
    else slot = at + 1;
  }
  const out = (slots[0] ?? []).map((key) => ({ key, removed: true }));
  afterKeys.forEach((key, i) => {
    out.push({ key, removed: false });
    for (const gone of slots[i + 1] ?? []) out.push({ key: gone, removed: true });
  });
  return out;
}

const skipPlan = new Set(['id', 'sections', 'status', 'version', 'updatedAt']);
const skipRow = new Set(['id', 'planId', 'order', 'strategyId', 'tacticId']);

function titleOrId(forest: Forest, id: string | null): string {
  if (id === null) return '';
  const node = forest.nodes.get(id);
  return node && node.row.title.trim() !== '' ? node.row.title : id;
}

function outlineEntries(before: PlanSnapshot, after: PlanSnapshot): DiffEntry[] {
  const fb = buildForest(before);
  const fa = buildForest(after);
  const nodeKey = (kind: string, id: string): string => `${kind}:${id}`;
  const sameKind = (id: string, forest: Forest, other: Forest): boolean => forest.nodes.get(id)?.kind === other.nodes.get(id)?.kind;
  const moved = new Set<string>();
  for (const [key, ids] of fa.groups) {
    const beforeIds = fb.groups.get(key) ?? [];
    for (const id of reordered(ids, beforeIds, (x) => sameKind(x, fa, fb))) moved.add(id);
  }
  const afterKeys = readingOrder(fa).map((v) => nodeKey(v.kind, v.id));
  const beforeKeys = readingOrder(fb).map((v) => nodeKey(v.kind, v.id));
  const entries: DiffEntry[] = [];
  for (const { key, removed } of mergeRemoved(afterKeys, beforeKeys)) {
    const id = key.slice(key.indexOf(':') + 1);
    const a = fa.nodes.get(id);
    const b = fb.nodes.get(id);
    if (removed) {
      if (b) entries.push({ kind: b.kind, id, title: b.row.title, change: 'removed', fields: [] });
      continue;
    }
    if (!a) continue;
    if (!b || b.kind !== a.kind) {
      entries.push({ kind: a.kind, id, title: a.row.title, change: 'added', fields: [] });
      continue;
    }
    const entry = compareNode(b, a, fb, fa, moved.has(id));
    if (entry) entries.push(entry);
  }
  return entries;
}

function compareNode(b: AnyNode, a: AnyNode, fb: Forest, fa: Forest, reorderedAmongSiblings: boolean): DiffEntry | null {
  const fields = sameValue(b.row, a.row) ? [] : diffFields(b.row, a.row, skipRow);
  const parentMoved = groupKeyOf(a) !== groupKeyOf(b);
  if (parentMoved) {
    const field = a.kind === 'tactic' ? 'strategyId' : 'tacticId';
    fields.push({ field, before: titleOrId(fb, parentIdOf(b)), after: titleOrId(fa, parentIdOf(a)) });
  }
  const edited = fields.length > (parentMoved ? 1 : 0);
  if (!edited && !parentMoved && !reorderedAmongSiblings) return null;
  return { kind: a.kind, id: a.row.id, title: a.row.title, change: edited ? 'edited' : 'moved', fields };
}

function sectionEntries(before: PlanSnapshot, after: PlanSnapshot): DiffEntry[] {
  const beforeByKey = new Map(before.plan.sections.map((s) => [s.key, s]));
  const afterByKey = new Map(after.plan.sections.map((s) => [s.key, s]));
  const afterKeys = after.plan.sections.map((s) => s.key);
  const moved = reordered(afterKeys, before.plan.sections.map((s) => s.key), () => true);
  const entries: DiffEntry[] = [];
  for (const { key, removed } of mergeRemoved(afterKeys, before.plan.sections.map((s) => s.key))) {
    const b = beforeByKey.get(key);
    const a = afterByKey.get(key);
    if (removed) {
      if (b) entries.push({ kind: 'section', id: key, title: b.title, change: 'removed', fields: [] });
    } else if (a && !b) {
      entries.push({ kind: 'section', id: key, title: a.title, change: 'added', fields: [] });
    } else if (a && b) {
      const fields = diffFields(b, a, new Set(['key']));
      if (fields.length > 0) entries.push({ kind: 'section', id: key, title: a.title, change: 'edited', fields });
      else if (moved.has(key)) entries.push({ kind: 'section', id: key, title: a.title, change: 'moved', fields: [] });
    }
  }
  return entries;
}

/**
 * Entries in the order of the `after` plan (plan, sections, outline), removed
 * rows where they used to be. Bookkeeping (status, version, updatedAt, order)
 * is not a change a reader judges and is left out. A row that changed kind
 * (indent/outdent) has other fields altogether, so it shows as removed and added.
 */
export function comparePlans(before: PlanSnapshot, after: PlanSnapshot): PlanDiff {
  const entries: DiffEntry[] = [];
  const planFields = diffFields(before.plan, after.plan, skipPlan);
  if (planFields.length > 0) entries.push({ kind: 'plan', id: after.plan.id, title: after.plan.title, change: 'edited', fields: planFields });
  entries.push(...sectionEntries(before, after), ...outlineEntries(before, after));
  return { entries };
}
