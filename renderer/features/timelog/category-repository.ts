/**
 * The time log's categories in the database. Every write is checked (shared/timelog/categories.ts)
 * inside the read-write transaction that stores it, so another tab cannot slip a change in between;
 * a refused write stores nothing and says why.
 */
import { newId } from '../../db/new-id.ts';
import { defaultTimeCategories, TIMER_ID, type TimeCategory } from '#shared/domain/timelog.ts';
import { categoryNameProblem, nextCategoryOrder, sortCategories, templateCategoriesToAdd } from '#shared/timelog/categories.ts';
import { refused, type Refused, type TimelogProblem } from '#shared/timelog/problems.ts';
import { db } from '../../db/database.ts';
import { activeTemplate } from '../templates/template-repository.ts';


/**
 * Adds the first categories when there are none, in one transaction (two tabs opening at once add
 * them once): the active template's, or the fixed defaults when no template is stored.
 */
export async function ensureTimeCategories(): Promise<void> {
  const database = db();
  // The usual case, answered by one count: the workbook has its categories.
  if ((await database.timeCategories.count()) > 0) return;
  // Read before the transaction, so it locks the categories only; a template made active in between changes nothing that matters here.
  const templateCategories = (await activeTemplate())?.template.timeLog.categories;
  const first: readonly { id: string; name: string }[] = templateCategories && templateCategories.length > 0 ? templateCategories : defaultTimeCategories;
  await database.transaction('rw', database.timeCategories, async () => {
    if ((await database.timeCategories.count()) > 0) return;
    await database.timeCategories.bulkAdd(first.map((c, order) => ({ id: c.id, name: c.name, archived: false, order })));
  });
}

/** The active template's categories the workbook lacks, to offer them; none without a template. */
export async function missingTemplateCategories(): Promise<{ id: string; name: string }[]> {
  const [active, categories] = await Promise.all([activeTemplate(), db().timeCategories.toArray()]);
  // An empty workbook gets the template's categories from ensureTimeCategories; nothing to offer meanwhile.
  if (categories.length === 0) return [];
  return templateCategoriesToAdd(active?.template.timeLog.categories ?? [], categories);
}

/** Adds the active template's missing categories after the user's own, in one transaction; never removes or renames one. Returns the names added. */
export async function addTemplateCategories(): Promise<string[]> {
  const offered = (await activeTemplate())?.template.timeLog.categories ?? [];
  const database = db();
  return database.transaction('rw', database.timeCategories, async () => {
    const categories = await database.timeCategories.toArray();
    const first = nextCategoryOrder(categories);
    const added = templateCategoriesToAdd(offered, categories).map((c, i): TimeCategory => ({ ...c, archived: false, order: first + i }));
    await database.timeCategories.bulkAdd(added);
    return added.map((c) => c.name);
  });
}

export async function listCategories(): Promise<TimeCategory[]> {
  return sortCategories(await db().timeCategories.toArray());
}

export type CategoryWrite = { ok: true; category: TimeCategory } | Refused;

export async function addCategory(name: string): Promise<CategoryWrite> {
  const database = db();
  const trimmed = name.trim();
  return database.transaction('rw', database.timeCategories, async (): Promise<CategoryWrite> => {
    const categories = await database.timeCategories.toArray();
    const problem = categoryNameProblem(trimmed, categories, null);
    if (problem) return refused(problem);
    const category: TimeCategory = { id: newId(), name: trimmed, archived: false, order: nextCategoryOrder(categories) };
    await database.timeCategories.add(category);
    return { ok: true, category };
  });
}

async function changeCategory(id: string, change: (category: TimeCategory, all: TimeCategory[]) => TimeCategory | TimelogProblem): Promise<CategoryWrite> {
  const database = db();
  return database.transaction('rw', database.timeCategories, async (): Promise<CategoryWrite> => {
    const categories = await database.timeCategories.toArray();
    const current = categories.find((c) => c.id === id);
    if (!current) return refused({ field: 'category', code: 'notFound' });
    const next = change(current, categories);
    if ('field' in next) return refused(next);
    await database.timeCategories.put(next);
    return { ok: true, category: next };
  });
}

export function renameCategory(id: string, name: string): Promise<CategoryWrite> {
  const trimmed = name.trim();
  return changeCategory(id, (category, all) => categoryNameProblem(trimmed, all, id) ?? { ...category, name: trimmed });
}

/** Archived categories keep their entries but are not offered for new ones. */
export function archiveCategory(id: string): Promise<CategoryWrite> {
  return changeCategory(id, (category) => ({ ...category, archived: true }));
}

export function unarchiveCategory(id: string): Promise<CategoryWrite> {
  return changeCategory(id, (category) => ({ ...category, archived: false }));
}

/** Deletes a category nothing uses; one with entries (or the running timer) is refused: archive it instead. */
export async function deleteCategory(id: string): Promise<{ ok: true } | Refused> {
  const database = db();
  return database.transaction('rw', [database.timeCategories, database.timeEntries, database.timer], async (): Promise<{ ok: true } | Refused> => {
    const category = await database.timeCategories.get(id);
    if (!category) return refused({ field: 'category', code: 'notFound' });
    const count = await database.timeEntries.where('categoryId').equals(id).count();
    const timer = await database.timer.get(TIMER_ID);
    if (count > 0 || timer?.categoryId === id) return refused({ field: 'category', code: 'inUse', name: category.name, count });
    await database.timeCategories.delete(id);
    return { ok: true };
  });
}
