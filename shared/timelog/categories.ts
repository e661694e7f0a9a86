/** Time-log categories: their order, their names' rules and which template categories a workbook lacks. */
import type { TimeCategory } from '../domain/timelog.ts';
import { timeCategoryField } from './fields.ts';
import type { TimelogProblem } from './problems.ts';

const collator = new Intl.Collator('sv-SE', { sensitivity: 'base', numeric: true });

export function sortCategories(categories: readonly TimeCategory[]): TimeCategory[] {
  return [...categories].sort((a, b) => a.order - b.order || collator.compare(a.name, b.name));
}

/** The order a category added after all of these gets. */
export function nextCategoryOrder(categories: readonly TimeCategory[]): number {
  return Math.max(-1, ...categories.map((c) => c.order)) + 1;
}

/** What is wrong with a (trimmed) name among the categories, leaving out the one being renamed. */
export function categoryNameProblem(name: string, categories: readonly TimeCategory[], exceptId: string | null): TimelogProblem | null {
  const max = timeCategoryField.name.maxLength;
  if (name === '') return { field: 'name', code: 'required' };
  if (name.length > max) return { field: 'name', code: 'tooLong', max };
  const twin = categories.find((c) => c.id !== exceptId && collator.compare(c.name, name) === 0);
  return twin ? { field: 'name', code: 'duplicate', name: twin.name } : null;
}

/**
 * The template categories a workbook lacks: a new id, and a name not already in use (the user's own
 * category by that name is the same thing; two with one name could not be told apart).
 */
export function templateCategoriesToAdd(offered: readonly { id: string; name: string }[], categories: readonly TimeCategory[]): { id: string; name: string }[] {
  const result: { id: string; name: string }[] = [];
  const taken = (name: string) => [...categories, ...result].some((c) => collator.compare(c.name, name) === 0);
  for (const { id, name } of offered) {
    if (categories.some((c) => c.id === id) || result.some((c) => c.id === id) || taken(name.trim())) continue;
    result.push({ id, name: name.trim() });
  }
  return result;
}
