import { describe, expect, it } from 'vitest';
import type { TimeCategory } from '#shared/domain/timelog.ts';
import { categoryNameProblem, nextCategoryOrder, sortCategories, templateCategoriesToAdd } from '#shared/timelog/categories.ts';
import { CATEGORY_NAME_MAX } from '#shared/timelog/fields.ts';

const category = (id: string, name: string, order: number): TimeCategory => ({ id, name, order, archived: false });
const categories = [category('b', 'Resor', 1), category('a', 'Möten', 1), category('moa', 'MOA-uppdraget', 0)];

describe('categories', () => {
  it('sorts by order, then by name; a new one goes last', () => {
    expect(sortCategories(categories).map((c) => c.id)).toEqual(['moa', 'a', 'b']);
    expect(nextCategoryOrder(categories)).toBe(2);
    expect(nextCategoryOrder([])).toBe(0);
  });

  it('refuses an empty, too long or taken name (case does not count), but not the renamed category’s own', () => {
    expect(categoryNameProblem('', categories, null)).toEqual({ field: 'name', code: 'required' });
    expect(categoryNameProblem('x'.repeat(CATEGORY_NAME_MAX + 1), categories, null)).toEqual({ field: 'name', code: 'tooLong', max: CATEGORY_NAME_MAX });
    expect(categoryNameProblem('RESOR', categories, null)).toEqual({ field: 'name', code: 'duplicate', name: 'Resor' });
    expect(categoryNameProblem('RESOR', categories, 'b')).toBeNull();
  });

  it('offers template categories by names not in use, as the category form compares them', () => {
    expect(templateCategoriesToAdd([{ id: 'x', name: 'RESOR' }, { id: 'y', name: 'Ny' }, { id: 'y', name: 'Ny igen' }], [{ id: 'r', name: 'resor', archived: false, order: 0 }])).toEqual([{ id: 'y', name: 'Ny' }]);
  });
});
