import { describe, expect, it } from 'vitest';
import { gridKeyAction, moveInGrid, type KeyInput } from '../../../renderer/ui/grid-keys.ts';

const key = (k: string, ctrl = false): KeyInput => ({ key: k, ctrlKey: ctrl, metaKey: false });
const size = { rows: 101, cols: 9, pageRows: 10 };

describe('moving in a data grid (activity table, week grid)', () => {
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

describe('what a key does on the active cell', () => {
  const at = { row: 2, col: 3 };
  const weekCell = { editable: true, typeToEdit: true, clearable: true };
  const press = (k: string, mods: Partial<KeyInput> = {}): KeyInput => ({ key: k, ctrlKey: false, metaKey: false, altKey: false, ...mods });

  it('leaves Tab to the browser, so the grid is one tab stop', () => {
    expect(gridKeyAction(at, press('Tab'), size, weekCell)).toBeNull();
    expect(gridKeyAction(at, press('Tab'), size, { editable: false })).toBeNull();
  });

  it('edits with Enter or F2 where the cell can be edited, and lets Enter press a header button elsewhere', () => {
    expect(gridKeyAction(at, press('Enter'), size, weekCell)).toEqual({ kind: 'edit', typed: null });
    expect(gridKeyAction(at, press('F2'), size, { editable: true })).toEqual({ kind: 'edit', typed: null });
    expect(gridKeyAction(at, press('Enter'), size, { editable: false })).toBeNull();
    expect(gridKeyAction(at, press('Enter', { ctrlKey: true }), size, weekCell)).toBeNull();
  });

  it('starts an edit with a typed character only where the grid asks for it, never with Space or a shortcut', () => {
    expect(gridKeyAction(at, press('7'), size, weekCell)).toEqual({ kind: 'edit', typed: '7' });
    expect(gridKeyAction(at, press('x'), size, weekCell)).toEqual({ kind: 'edit', typed: 'x' });
    expect(gridKeyAction(at, press('7'), size, { editable: true })).toBeNull();
    expect(gridKeyAction(at, press('7'), size, { editable: false, typeToEdit: true })).toBeNull();
    expect(gridKeyAction(at, press(' '), size, weekCell)).toBeNull();
    expect(gridKeyAction(at, press('c', { ctrlKey: true }), size, weekCell)).toBeNull();
    expect(gridKeyAction(at, press('Shift'), size, weekCell)).toBeNull();
  });

  it('empties a cell with Delete or Backspace only where the grid allows it', () => {
    expect(gridKeyAction(at, press('Delete'), size, weekCell)).toEqual({ kind: 'clear' });
    expect(gridKeyAction(at, press('Backspace'), size, weekCell)).toEqual({ kind: 'clear' });
    expect(gridKeyAction(at, press('Delete'), size, { editable: true })).toBeNull();
  });

  it('moves with the navigation keys in every kind of cell', () => {
    expect(gridKeyAction(at, press('ArrowDown'), size, weekCell)).toEqual({ kind: 'move', to: { row: 3, col: 3 } });
    expect(gridKeyAction(at, press('Home'), size, { editable: false })).toEqual({ kind: 'move', to: { row: 2, col: 0 } });
    expect(gridKeyAction(at, press('End', { ctrlKey: true }), size, weekCell)).toEqual({ kind: 'move', to: { row: 100, col: 8 } });
  });
});
