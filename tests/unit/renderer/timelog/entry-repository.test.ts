import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { EntryDraft } from '#shared/timelog/entry-rules.ts';
import { db } from '../../../../renderer/db/database.ts';
import { addEntry, deleteEntry, restoreEntries, updateEntry } from '../../../../renderer/features/timelog/entry-repository.ts';
import { allEntries, codes, draft, freshWorkbook, friday, stored } from './records.ts';

beforeEach(freshWorkbook);

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
