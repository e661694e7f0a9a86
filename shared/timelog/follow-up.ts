/**
 * The follow-up's sums over summary rows: which categories it shows (every active one, and any
 * archived or unknown one with time in the range, so no logged minute goes unshown), minutes per
 * category, and the totals against the mandate. Which dates it covers is follow-up-range.ts.
 */
import { defaultTimeCategories, type TimeCategory } from '../domain/timelog.ts';
import type { SummaryRow } from './summary.ts';

/** The category whose time counts against the MOA mandate, and those that count as project leading. */
export const moaCategoryId = 'moa';
export const projectCategoryIds = ['projektledning'] as const;

export interface ShownCategory {
  id: string;
  name: string;
  archived: boolean;
}

const defaults: readonly TimeCategory[] = defaultTimeCategories.map((c, order) => ({ id: c.id, name: c.name, archived: false, order }));
const defaultNames = new Map<string, string>(defaultTimeCategories.map((c) => [c.id, c.name]));

/**
 * The categories to show, in order. Until any category is stored, the default ones stand in. Ids
 * with time that no stored category has come last, under their default name or their id.
 */
export function shownCategories(stored: readonly TimeCategory[], minutesByCategory: ReadonlyMap<string, number>): ShownCategory[] {
  const known = stored.length > 0 ? stored : defaults;
  const hasTime = (id: string) => (minutesByCategory.get(id) ?? 0) > 0;
  const shown = [...known]
    .sort((a, b) => a.order - b.order || a.id.localeCompare(b.id))
    .filter((c) => !c.archived || hasTime(c.id))
    .map((c) => ({ id: c.id, name: c.name, archived: c.archived }));
  const knownIds = new Set(known.map((c) => c.id));
  const unknown = [...minutesByCategory.keys()]
    .filter((id) => !knownIds.has(id) && hasTime(id))
    .sort()
    .map((id) => ({ id, name: defaultNames.get(id) ?? id, archived: false }));
  return [...shown, ...unknown];
}

/** Minutes per category summed over summary rows. */
export function minutesPerCategory(rows: readonly { minutesByCategory: Readonly<Record<string, number>> }[]): Map<string, number> {
  const totals = new Map<string, number>();
  for (const row of rows) for (const [id, minutes] of Object.entries(row.minutesByCategory)) totals.set(id, (totals.get(id) ?? 0) + minutes);
  return totals;
}

/** A category's name for exports: stored, default or, failing both, undefined (the CSV then shows the id). */
export function categoryNameLookup(stored: readonly TimeCategory[]): (id: string) => string | undefined {
  const names = new Map<string, string>(defaultNames);
  for (const c of stored) names.set(c.id, c.name);
  return (id) => names.get(id);
}

export interface FollowUpTotals {
  minutesByCategory: Record<string, number>;
  totalMinutes: number;
  moaMinutes: number;
  mandateMinutes: number;
  moaOverMandateMinutes: number;
  projectShare: number | null;
}

export function totalsOf(rows: readonly SummaryRow[]): FollowUpTotals {
  const minutesByCategory = Object.fromEntries(minutesPerCategory(rows));
  let totalMinutes = 0;
  let moaMinutes = 0;
  let mandateMinutes = 0;
  let projectMinutes = 0;
  for (const row of rows) {
    totalMinutes += row.totalMinutes;
    moaMinutes += row.moaMinutes;
    mandateMinutes += row.mandateMinutes;
    projectMinutes += row.projectMinutes;
  }
  return { minutesByCategory, totalMinutes, moaMinutes, mandateMinutes, moaOverMandateMinutes: moaMinutes - mandateMinutes, projectShare: totalMinutes === 0 ? null : projectMinutes / totalMinutes };
}
