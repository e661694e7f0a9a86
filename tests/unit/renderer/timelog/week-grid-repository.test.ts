import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { archiveCategory } from '../../../../renderer/features/timelog/category-repository.ts';
import { addWeekRow, copyPreviousWeekRows, setCell } from '../../../../renderer/features/timelog/week-grid-repository.ts';
import { rowKeyId } from '#shared/timelog/week-grid.ts';
import { memoryWeekRowStore } from '../../../../renderer/features/timelog/week-rows.ts';
import { allEntries, codes, freshWorkbook, friday, moaRow, stored } from './records.ts';

beforeEach(freshWorkbook);

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
