import { describe, expect, it } from 'vitest';
import { memoryWeekRowStore, parseRows } from '../../../../renderer/features/timelog/week-rows.ts';

describe('stored week rows', () => {
  it('reads back valid row keys and drops anything else (an old or hand-edited value must not break the grid)', () => {
    const row = { categoryId: 'moa', goalAreaId: 'ga-ie', activityId: null, projectId: null };
    expect(parseRows(JSON.stringify([row, { categoryId: '' }, 'moa', null, { ...row, projectId: 7 }]))).toEqual([row]);
    expect(parseRows('{inte json')).toEqual([]);
    expect(parseRows(JSON.stringify({ rows: [row] }))).toEqual([]);
    expect(parseRows(null)).toEqual([]);
  });

  it('keeps each row once per week', () => {
    const store = memoryWeekRowStore();
    const row = { categoryId: 'moa', goalAreaId: null, activityId: null, projectId: null };
    store.write('2026-W48', [row, { ...row }]);
    expect(store.read('2026-W48')).toEqual([row]);
    expect(store.read('2026-W49')).toEqual([]);
  });
});
