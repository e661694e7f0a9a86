import { describe, expect, it } from 'vitest';
import { moveInGrid, type KeyInput } from '../../../renderer/features/activities/grid-keys.ts';

const key = (k: string, ctrl = false): KeyInput => ({ key: k, ctrlKey: ctrl, metaKey: false });
const size = { rows: 101, cols: 9, pageRows: 10 };

describe('moving in the activities grid', () => {
  it('moves one cell with the arrow keys and stops at the edges', () => {
    expect(moveInGrid({ row: 5, col: 3 }, key('ArrowDown'), size)).toEqual({ row: 6, col: 3 });
    expect(moveInGrid({ row: 5, col: 3 }, key('ArrowUp'), size)).toEqual({ row: 4, col: 3 });
    expect(moveInGrid({ row: 5, col: 3 }, key('ArrowRight'), size)).toEqual({ row: 5, col: 4 });
    expect(moveInGrid({ row: 5, col: 3 }, key('ArrowLeft'), size)).toEqual({ row: 5, col: 2 });
    expect(moveInGrid({ row: 0, col: 0 }, key('ArrowUp'), size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 0, col: 0 }, key('ArrowLeft'), size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 100, col: 8 }, key('ArrowDown'), size)).toEqual({ row: 100, col: 8 });
    expect(moveInGrid({ row: 100, col: 8 }, key('ArrowRight'), size)).toEqual({ row: 100, col: 8 });
  });

  it('moves a screenful with Page Up and Page Down', () => {
    expect(moveInGrid({ row: 5, col: 2 }, key('PageDown'), size)).toEqual({ row: 15, col: 2 });
    expect(moveInGrid({ row: 95, col: 2 }, key('PageDown'), size)).toEqual({ row: 100, col: 2 });
    expect(moveInGrid({ row: 5, col: 2 }, key('PageUp'), size)).toEqual({ row: 0, col: 2 });
  });

  it('goes to the row’s ends with Home and End, and the grid’s corners with Ctrl', () => {
    expect(moveInGrid({ row: 5, col: 4 }, key('Home'), size)).toEqual({ row: 5, col: 0 });
    expect(moveInGrid({ row: 5, col: 4 }, key('End'), size)).toEqual({ row: 5, col: 8 });
    expect(moveInGrid({ row: 5, col: 4 }, key('Home', true), size)).toEqual({ row: 0, col: 0 });
    expect(moveInGrid({ row: 5, col: 4 }, key('End', true), size)).toEqual({ row: 100, col: 8 });
    expect(moveInGrid({ row: 5, col: 4 }, { key: 'End', ctrlKey: false, metaKey: true }, size)).toEqual({ row: 100, col: 8 });
  });

  it('leaves other keys to the browser', () => {
    for (const other of ['Enter', 'Tab', 'a', ' ', 'F2', 'Escape']) expect(moveInGrid({ row: 1, col: 1 }, key(other), size)).toBeNull();
  });

  it('stays on the header row of an empty table', () => {
    expect(moveInGrid({ row: 0, col: 2 }, key('ArrowDown'), { rows: 1, cols: 9, pageRows: 10 })).toEqual({ row: 0, col: 2 });
  });
});
