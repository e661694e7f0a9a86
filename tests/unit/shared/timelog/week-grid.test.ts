import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { weekDays } from '#shared/timelog/weeks.ts';
import { buildWeekGrid, planCellChange, rowKeyId, sameRow, type RowKey } from '#shared/timelog/week-grid.ts';

let counter = 0;
function entry(date: string, minutes: number, row: Partial<RowKey> = {}, note = ''): TimeEntry {
  counter += 1;
  return { id: `e-${counter}`, date, minutes, categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null, note, ...row };
}

const week48 = weekDays(2026, 48);
/** Category, then goal area with no goal area first: the order the view uses, in short. */
const byCategory = (a: RowKey, b: RowKey) => a.categoryId.localeCompare(b.categoryId) || (a.goalAreaId ?? '').localeCompare(b.goalAreaId ?? '');

describe('week grid', () => {
  it('sums matching entries per row and day, with day, row and week totals', () => {
    const grid = buildWeekGrid(
      week48,
      [
        entry('2026-11-23', 60),
        entry('2026-11-23', 30),
        entry('2026-11-24', 90, { goalAreaId: 'ga-1' }),
        entry('2026-11-29', 15, { categoryId: 'granskning' }),
        entry('2026-11-30', 600), // the next week: left out
      ],
      [],
      byCategory,
    );
    expect(grid.rows.map((r) => [r.key.categoryId, r.key.goalAreaId, r.cells.map((c) => c.minutes), r.totalMinutes])).toEqual([
      ['granskning', null, [0, 0, 0, 0, 0, 0, 15], 15],
      ['moa', null, [90, 0, 0, 0, 0, 0, 0], 90],
      ['moa', 'ga-1', [0, 90, 0, 0, 0, 0, 0], 90],
    ]);
    expect(grid.rows[1]?.cells[0]?.entryCount).toBe(2);
    expect(grid.dayTotals).toEqual([90, 90, 0, 0, 0, 0, 15]);
    expect(grid.totalMinutes).toBe(195);
  });

  it('shows added rows without hours, once, next to rows found in entries', () => {
    const moa: RowKey = { categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null };
    const project: RowKey = { categoryId: 'projektledning', goalAreaId: null, activityId: null, projectId: 'p-1' };
    const grid = buildWeekGrid(week48, [entry('2026-11-25', 45)], [moa, project, project], byCategory);
    expect(grid.rows.map((r) => r.id)).toEqual([rowKeyId(moa), rowKeyId(project)]);
    expect(grid.rows[1]?.totalMinutes).toBe(0);
  });

  it('keeps ids with any character apart (row ids are JSON, not joined text)', () => {
    const a: RowKey = { categoryId: 'a|b', goalAreaId: null, activityId: null, projectId: null };
    const b: RowKey = { categoryId: 'a', goalAreaId: 'b', activityId: null, projectId: null };
    expect(rowKeyId(a)).not.toBe(rowKeyId(b));
    expect(sameRow(a, b)).toBe(false);
  });
});

describe('setting a cell', () => {
  it('adds an entry to an empty cell and changes the only entry of a cell', () => {
    expect(planCellChange([], 90)).toEqual({ kind: 'add', minutes: 90 });
    const only = entry('2026-11-23', 60);
    expect(planCellChange([only], 90)).toEqual({ kind: 'update', entryId: only.id, minutes: 90 });
  });

  it('merges several entries into the first, keeping every distinct note', () => {
    const first = entry('2026-11-23', 60, {}, 'Dialogmöte');
    const second = entry('2026-11-23', 30, {}, '');
    const third = entry('2026-11-23', 30, {}, 'Restid');
    const fourth = entry('2026-11-23', 15, {}, 'Dialogmöte');
    expect(planCellChange([first, second, third, fourth], 120)).toEqual({ kind: 'merge', keepId: first.id, removeIds: [second.id, third.id, fourth.id], minutes: 120, note: 'Dialogmöte\nRestid' });
  });

  it('leaves several entries alone when the value typed is their sum', () => {
    expect(planCellChange([entry('2026-11-23', 60), entry('2026-11-23', 30)], 90)).toEqual({ kind: 'none' });
  });

  it('clears every matching entry for an empty value, and does nothing to an empty cell', () => {
    const a = entry('2026-11-23', 60);
    const b = entry('2026-11-23', 30);
    expect(planCellChange([a, b], null)).toEqual({ kind: 'clear', removeIds: [a.id, b.id] });
    expect(planCellChange([], null)).toEqual({ kind: 'none' });
  });
});
