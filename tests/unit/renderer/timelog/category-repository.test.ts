import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultTimeCategories } from '#shared/domain/timelog.ts';
import { db } from '../../../../renderer/db/database.ts';
import { addCategory, archiveCategory, deleteCategory, ensureTimeCategories, listCategories, renameCategory, unarchiveCategory } from '../../../../renderer/features/timelog/category-repository.ts';
import { addEntry, updateEntry } from '../../../../renderer/features/timelog/entry-repository.ts';
import { setCell } from '../../../../renderer/features/timelog/week-grid-repository.ts';
import { allEntries, codes, draft, freshWorkbook, friday, moaRow, stored } from './records.ts';

beforeEach(freshWorkbook);

describe('categories', () => {
  it('adds the six default categories once, in order, even when asked twice at the same time', async () => {
    await Promise.all(db().tables.map((table) => table.clear()));
    await Promise.all([ensureTimeCategories(), ensureTimeCategories()]);
    expect((await listCategories()).map((c) => [c.id, c.name, c.archived])).toEqual(defaultTimeCategories.map((c) => [c.id, c.name, false]));
  });

  it('adds, renames and refuses empty, too long and duplicate names', async () => {
    const added = await addCategory('  Resor ');
    expect(added.ok && added.category.name).toBe('Resor');
    expect(codes(await addCategory(' '))).toEqual(['name:required']);
    expect(codes(await addCategory('x'.repeat(101)))).toEqual(['name:tooLong']);
    expect(codes(await addCategory('mOa-UPPDRAGET'))).toEqual(['name:duplicate']);
    expect(codes(await renameCategory('moa', 'Granskning'))).toEqual(['name:duplicate']);
    const renamed = await renameCategory('moa', 'Uppdraget som MOA');
    expect(renamed.ok && renamed.category).toMatchObject({ id: 'moa', name: 'Uppdraget som MOA', order: 0 });
    expect(await db().timeCategories.count()).toBe(7);
  });

  it('never deletes a category with entries (archive instead), but deletes an unused one', async () => {
    await stored('2026-11-23', 60, { categoryId: 'granskning' });
    expect(codes(await deleteCategory('granskning'))).toEqual(['category:inUse']);
    expect(await db().timeCategories.get('granskning')).toBeDefined();
    expect((await deleteCategory('kompetens')).ok).toBe(true);
    expect(await db().timeCategories.get('kompetens')).toBeUndefined();
  });

  it('archived categories take no new entries, but their entries stay and can be changed', async () => {
    const existing = await stored('2026-11-23', 60, { categoryId: 'granskning' });
    await archiveCategory('granskning');
    expect(codes(await addEntry(draft({ categoryId: 'granskning' }), friday))).toEqual(['category:archived']);
    expect(codes(await setCell('2026-11-24', { ...moaRow, categoryId: 'granskning' }, '2', friday))).toEqual(['category:archived']);
    expect((await updateEntry(existing.id, draft({ date: '2026-11-23', duration: '2', categoryId: 'granskning' }), friday)).ok).toBe(true);
    expect((await setCell('2026-11-23', { ...moaRow, categoryId: 'granskning' }, '3', friday)).ok).toBe(true);
    expect((await allEntries()).map((e) => [e.categoryId, e.minutes])).toEqual([['granskning', 180]]);
    // Moving another entry into the archived category is a new use: refused.
    const other = await stored('2026-11-24', 30);
    expect(codes(await updateEntry(other.id, draft({ date: '2026-11-24', categoryId: 'granskning' }), friday))).toEqual(['category:archived']);
    await unarchiveCategory('granskning');
    expect((await addEntry(draft({ categoryId: 'granskning' }), friday)).ok).toBe(true);
  });
});
