/**
 * Which categories the follow-up shows, in which order and style: the active ones, plus any
 * archived (or unknown) category that has time in the range, so no logged minute goes unshown.
 */
import { defaultTimeCategories, type TimeCategory } from '../../../../shared/domain/timelog.ts';
import { seriesStyle, type SeriesStyle } from './chart-palette.ts';

export interface FollowUpCategory extends SeriesStyle {
  id: string;
  name: string;
  archived: boolean;
}

const defaults: readonly TimeCategory[] = defaultTimeCategories.map((c, order) => ({ id: c.id, name: c.name, archived: false, order }));
const defaultNames = new Map<string, string>(defaultTimeCategories.map((c) => [c.id, c.name]));

/**
 * The categories to show. Until any category is stored, the default ones stand in. Ids with time
 * that no stored category has come last, under their default name or their id.
 */
export function followUpCategories(stored: readonly TimeCategory[], minutesByCategory: ReadonlyMap<string, number>): FollowUpCategory[] {
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
  return [...shown, ...unknown].map((c, index) => ({ ...c, ...seriesStyle(index) }));
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
