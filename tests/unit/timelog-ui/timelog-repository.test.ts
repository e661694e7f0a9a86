import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { defaultTimeCategories } from '../../../shared/domain/timelog.ts';
import { db } from '../../../renderer/db/database.ts';
import {
  addCategory,
  addEntry,
  addWeekRow,
  archiveCategory,
  copyPreviousWeekRows,
  deleteCategory,
  deleteEntry,
  ensureTimeCategories,
  listCategories,
  renameCategory,
  restoreEntries,
  setCell,
  unarchiveCategory,
  updateEntry,
  type EntryDraft,
} from '../../../renderer/features/timelog/timelog-repository.ts';
import { rowKeyId } from '../../../renderer/features/timelog/week-grid.ts';
import { memoryWeekRowStore } from '../../../renderer/features/timelog/week-rows.ts';
import { allEntries, friday, freshWorkbook, moaRow, stored } from './records.ts';

const draft = (overrides: Partial<EntryDraft> = {}): EntryDraft => ({ date: '2026-11-27', duration: '1:30', ...moaRow, note: '', ...overrides });
const codes = (result: { ok: boolean; problems?: { field: string; code: string }[] }) => (result.ok ? [] : (result.problems ?? []).map((p) => `${p.field}:${p.code}`));

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

describe('entries', () => {
  it('stores an entry typed the ways people type durations', async () => {
    for (const [duration, minutes] of [
      ['1:30', 90],
      ['1,5', 90],
      ['1,5 h', 90],
      ['90 min', 90],
      ['90m', 90],
    ] as const) {
      const result = await addEntry(draft({ duration, note: ' Dialogmöte ', goalAreaId: 'ga-ie', activityId: 'act-1', projectId: 'p-1' }), friday);
      expect(result.ok && [result.entry.minutes, result.entry.note, result.entry.goalAreaId]).toEqual([minutes, 'Dialogmöte', 'ga-ie']);
    }
    expect(await db().timeEntries.count()).toBe(5);
  });

  it.each([
    ['unreadable text', { duration: 'abc' }, ['duration:unreadable']],
    ['a negative duration', { duration: '-1' }, ['duration:negative']],
    ['more than a day', { duration: '25' }, ['duration:tooLong']],
    ['no duration', { duration: ' ' }, ['duration:empty']],
    ['zero', { duration: '0' }, ['duration:zero']],
    ['no category', { categoryId: '' }, ['category:required']],
    ['an unknown category', { categoryId: 'finns-inte' }, ['category:notFound']],
    ['a removed goal area', { goalAreaId: 'ga-borta' }, ['goalArea:notFound']],
    ['a removed activity', { activityId: 'act-borta' }, ['activity:notFound']],
    ['a removed project', { projectId: 'p-borta' }, ['project:notFound']],
    ['a note that is too long', { note: 'x'.repeat(2001) }, ['note:tooLong']],
    ['a date that is not a date', { date: '2026-02-30' }, ['date:invalid']],
  ] as [string, Partial<EntryDraft>, string[]][])('refuses %s and stores nothing', async (_label, overrides, expected) => {
    expect(codes(await addEntry(draft(overrides), friday))).toEqual(expected);
    expect(await db().timeEntries.count()).toBe(0);
  });

  it('refuses a date more than 31 days ahead and names it and the last allowed date', async () => {
    const result = await addEntry(draft({ date: '2026-12-29' }), friday);
    expect(result).toEqual({ ok: false, problems: [{ field: 'date', code: 'tooFarAhead', date: '2026-12-29', latest: '2026-12-28' }] });
    expect((await addEntry(draft({ date: '2026-12-28' }), friday)).ok).toBe(true);
    expect(await db().timeEntries.count()).toBe(1);
  });

  it('refuses more than 24 hours in a day, counting every entry of the day', async () => {
    await stored('2026-11-27', 20 * 60, { categoryId: 'projektledning' });
    const result = await addEntry(draft({ duration: '4:01' }), friday);
    expect(result).toEqual({ ok: false, problems: [{ field: 'duration', code: 'dayFull', date: '2026-11-27', otherMinutes: 1200 }] });
    expect((await addEntry(draft({ duration: '4' }), friday)).ok).toBe(true);
    expect(codes(await addEntry(draft({ duration: '1 min' }), friday))).toEqual(['duration:dayFull']);
    expect(await db().timeEntries.count()).toBe(2);
  });

  it('updates an entry counting the day without its old minutes, and refuses a bad update leaving it as it was', async () => {
    const entry = await stored('2026-11-27', 23 * 60);
    expect((await updateEntry(entry.id, draft({ duration: '24' }), friday)).ok).toBe(true);
    expect(codes(await updateEntry(entry.id, draft({ duration: 'mycket' }), friday))).toEqual(['duration:unreadable']);
    expect(codes(await updateEntry('finns-inte', draft(), friday))).toEqual(['entry:notFound']);
    expect((await allEntries()).map((e) => e.minutes)).toEqual([24 * 60]);
  });

  it('deletes an entry and puts it back, unless its day has filled up meanwhile', async () => {
    const entry = await stored('2026-11-26', 120);
    const removed = await deleteEntry(entry.id);
    expect(removed.ok).toBe(true);
    expect(await db().timeEntries.count()).toBe(0);
    expect((await restoreEntries([entry])).ok).toBe(true);
    expect(await allEntries()).toEqual([entry]);
    await deleteEntry(entry.id);
    await stored('2026-11-26', 23 * 60);
    expect(codes(await restoreEntries([entry]))).toEqual(['duration:dayFull']);
    expect(await db().timeEntries.count()).toBe(1);
  });
});

describe('week grid cells', () => {
  it('adds an entry to an empty cell and changes the one entry of a cell', async () => {
    expect(await setCell('2026-11-23', moaRow, '1,5', friday)).toEqual({ ok: true, change: 'add', removed: [] });
    expect((await setCell('2026-11-23', moaRow, '2:15', friday)).ok).toBe(true);
    expect((await allEntries()).map((e) => [e.date, e.minutes, e.categoryId])).toEqual([['2026-11-23', 135, 'moa']]);
  });

  it('only touches entries of its own row and day', async () => {
    const linked = await stored('2026-11-23', 60, { goalAreaId: 'ga-ie' });
    const otherDay = await stored('2026-11-24', 60);
    await setCell('2026-11-23', moaRow, '3', friday);
    const entries = await allEntries();
    expect(entries.find((e) => e.id === linked.id)?.minutes).toBe(60);
    expect(entries.find((e) => e.id === otherDay.id)?.minutes).toBe(60);
    expect(entries.filter((e) => e.goalAreaId === null && e.date === '2026-11-23').map((e) => e.minutes)).toEqual([180]);
  });

  it('merges a cell of several entries into one holding the new value and both notes', async () => {
    const first = await stored('2026-11-23', 60, {}, 'Dialogmöte');
    const second = await stored('2026-11-23', 30, {}, 'Restid');
    const result = await setCell('2026-11-23', moaRow, '2', friday);
    expect(result.ok && result.change).toBe('merge');
    expect(result.ok && result.removed.map((e) => e.id)).toEqual([first.id, second.id]);
    expect(await allEntries()).toEqual([{ ...first, minutes: 120, note: 'Dialogmöte\nRestid' }]);
  });

  it('clears a cell for an empty value or 0, returning what it removed', async () => {
    const a = await stored('2026-11-23', 60);
    const b = await stored('2026-11-23', 30);
    const result = await setCell('2026-11-23', moaRow, ' ', friday);
    expect(result).toEqual({ ok: true, change: 'clear', removed: [a, b] });
    await stored('2026-11-24', 60);
    expect((await setCell('2026-11-24', moaRow, '0', friday)).ok).toBe(true);
    expect(await db().timeEntries.count()).toBe(0);
  });

  it.each([
    ['abc', 'duration:unreadable'],
    ['-1', 'duration:negative'],
    ['25', 'duration:tooLong'],
  ])('refuses %s and stores nothing', async (text, expected) => {
    const entry = await stored('2026-11-23', 60);
    expect(codes(await setCell('2026-11-23', moaRow, text, friday))).toEqual([expected]);
    expect(await allEntries()).toEqual([entry]);
  });

  it('refuses a cell value that would put the day over 24 hours, or a day too far ahead', async () => {
    await stored('2026-11-23', 22 * 60, { categoryId: 'projektledning' });
    expect(codes(await setCell('2026-11-23', moaRow, '2,5', friday))).toEqual(['duration:dayFull']);
    expect(codes(await setCell('2027-01-04', moaRow, '1', friday))).toEqual(['date:tooFarAhead']);
    expect(await db().timeEntries.count()).toBe(1);
  });

  it('refuses to merge when the notes together are too long for one entry', async () => {
    await stored('2026-11-23', 60, {}, 'a'.repeat(1500));
    await stored('2026-11-23', 30, {}, 'b'.repeat(1500));
    expect(codes(await setCell('2026-11-23', moaRow, '2', friday))).toEqual(['duration:mergedNoteTooLong']);
    expect(await db().timeEntries.count()).toBe(2);
  });
});

describe('week rows', () => {
  it('adds an empty row once, and refuses an archived category or a removed link', async () => {
    const store = memoryWeekRowStore();
    const week = { year: 2026, week: 48 };
    expect(await addWeekRow(week, { ...moaRow, goalAreaId: 'ga-ie' }, store)).toEqual({ ok: true, added: true });
    expect(await addWeekRow(week, { ...moaRow, goalAreaId: 'ga-ie' }, store)).toEqual({ ok: true, added: false });
    await stored('2026-11-25', 60);
    expect(await addWeekRow(week, moaRow, store)).toEqual({ ok: true, added: false });
    await archiveCategory('ovrigt');
    expect(codes(await addWeekRow(week, { ...moaRow, categoryId: 'ovrigt' }, store))).toEqual(['category:archived']);
    expect(codes(await addWeekRow(week, { ...moaRow, activityId: 'act-borta' }, store))).toEqual(['activity:notFound']);
    expect(store.read('2026-W48').map(rowKeyId)).toEqual([rowKeyId({ ...moaRow, goalAreaId: 'ga-ie' })]);
  });

  it("copies last week's rows, not their hours, across new year (2027-W01 from 2026-W53)", async () => {
    const store = memoryWeekRowStore();
    // 2026-W53 runs from Monday 28 December 2026 to Sunday 3 January 2027.
    await stored('2026-12-28', 60, { goalAreaId: 'ga-ie' });
    await stored('2027-01-03', 120, { categoryId: 'projektledning', projectId: 'p-1' });
    await stored('2026-12-29', 30, { goalAreaId: 'ga-ie' }); // the same row again
    await stored('2026-12-27', 30, { categoryId: 'granskning' }); // 2026-W52: not copied
    store.write('2026-W53', [{ ...moaRow, activityId: 'act-1' }]);
    await db().timeEntries.add({ id: 'this-week', date: '2027-01-05', minutes: 15, ...moaRow, categoryId: 'projektledning', projectId: 'p-1', note: '' });

    const copy = await copyPreviousWeekRows({ year: 2027, week: 1 }, store);
    expect(copy.added.map(rowKeyId)).toEqual([rowKeyId({ ...moaRow, goalAreaId: 'ga-ie' }), rowKeyId({ ...moaRow, activityId: 'act-1' })]);
    expect(copy.skipped).toBe(0);
    expect(store.read('2027-W01').map(rowKeyId)).toEqual(copy.added.map(rowKeyId));
    // Only rows: no entry was added.
    expect(await db().timeEntries.count()).toBe(5);
    // Copying again finds nothing new.
    expect((await copyPreviousWeekRows({ year: 2027, week: 1 }, store)).added).toEqual([]);
  });

  it('skips rows whose category was archived since', async () => {
    const store = memoryWeekRowStore();
    await stored('2026-11-16', 60, { categoryId: 'granskning' });
    await stored('2026-11-17', 60);
    await archiveCategory('granskning');
    const copy = await copyPreviousWeekRows({ year: 2026, week: 48 }, store);
    expect(copy.added.map(rowKeyId)).toEqual([rowKeyId(moaRow)]);
    expect(copy.skipped).toBe(1);
  });
});
