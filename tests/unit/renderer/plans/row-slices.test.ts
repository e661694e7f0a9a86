import { describe, expect, it } from 'vitest';
import { FIRST_ROWS, SLICE_ROWS, nextSlice, rowsToDraw } from '../../../../renderer/features/plans/use-row-slices.ts';

const rows = Array.from({ length: 1025 }, (_, i) => ({ id: `r${i}` }));

describe('the outline drawn in slices', () => {
  it('draws the first slice, then one more per step, then every row for good', () => {
    const steps: number[] = [];
    let sliced: number | null = FIRST_ROWS;
    while (sliced !== null) {
      steps.push(rowsToDraw(sliced, rows, [null, null]));
      sliced = nextSlice(sliced, rows.length);
    }
    expect(steps[0]).toBe(FIRST_ROWS);
    expect(steps[1]).toBe(FIRST_ROWS + SLICE_ROWS);
    expect(steps.every((n, i) => i === 0 || n > (steps[i - 1] ?? 0))).toBe(true);
    expect(rowsToDraw(null, rows, [null, null])).toBe(1025);
    // Rows added after every row was drawn are drawn too.
    expect(rowsToDraw(null, [...rows, { id: 'new' }], [null, null])).toBe(1026);
  });

  it('always draws the selected row and the row to be focused, with every row before them', () => {
    expect(rowsToDraw(FIRST_ROWS, rows, ['r500', null])).toBe(501);
    expect(rowsToDraw(FIRST_ROWS, rows, ['r3', 'r900'])).toBe(901);
    expect(rowsToDraw(FIRST_ROWS, rows, ['gone', null])).toBe(FIRST_ROWS);
    expect(rowsToDraw(FIRST_ROWS, rows.slice(0, 10), [null, null])).toBe(10);
  });

  it('draws up to a row asked for at once, and never fewer rows than already drawn', () => {
    expect(nextSlice(FIRST_ROWS, rows.length, 300)).toBe(301);
    expect(nextSlice(FIRST_ROWS, rows.length, 10)).toBe(FIRST_ROWS);
    expect(nextSlice(FIRST_ROWS, rows.length, 1024)).toBeNull();
    expect(nextSlice(null, rows.length, 5)).toBeNull();
  });
});
