/**
 * The keyboard of a data grid (WAI-ARIA APG): one tab stop, the active cell,
 * moved by the arrow, Home/End and Page keys; Enter or F2 edits the active
 * cell, in a grid that allows it a typed character starts an edit with it
 * and Delete empties the cell. Tab is left to the browser, so it leaves the
 * grid. Shared by the activity table (Alla aktiviteter) and the time log's
 * week; row 0 is the header row. Pure, so it is tested without a browser.
 */
export interface GridPosition {
  row: number;
  col: number;
}

export interface GridSize {
  /** Header row included. */
  rows: number;
  cols: number;
  /** Rows moved by Page Up / Page Down: about one screenful. */
  pageRows: number;
}

export interface KeyInput {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey?: boolean;
}

/** The new position for a navigation key, or null when the key does not move (so the browser keeps it). */
export function moveInGrid(from: GridPosition, input: KeyInput, size: GridSize): GridPosition | null {
  const lastRow = Math.max(0, size.rows - 1);
  const lastCol = Math.max(0, size.cols - 1);
  const ctrl = input.ctrlKey || input.metaKey;
  const clampRow = (row: number) => Math.min(lastRow, Math.max(0, row));
  const clampCol = (col: number) => Math.min(lastCol, Math.max(0, col));
  switch (input.key) {
    case 'ArrowDown':
      return { row: clampRow(from.row + 1), col: from.col };
    case 'ArrowUp':
      return { row: clampRow(from.row - 1), col: from.col };
    case 'ArrowRight':
      return { row: from.row, col: clampCol(from.col + 1) };
    case 'ArrowLeft':
      return { row: from.row, col: clampCol(from.col - 1) };
    case 'PageDown':
      return { row: clampRow(from.row + size.pageRows), col: from.col };
    case 'PageUp':
      return { row: clampRow(from.row - size.pageRows), col: from.col };
    case 'Home':
      return ctrl ? { row: 0, col: 0 } : { row: from.row, col: 0 };
    case 'End':
      return ctrl ? { row: lastRow, col: lastCol } : { row: from.row, col: lastCol };
    default:
      return null;
  }
}

/** What a key pressed on the active cell (not inside its editor) does. */
export type GridKeyAction = { kind: 'move'; to: GridPosition } | { kind: 'edit'; typed: string | null } | { kind: 'clear' };

/** What the active cell allows. */
export interface ActiveCell {
  /** Enter and F2 open its editor. */
  editable: boolean;
  /** A typed character opens the editor with it, as in a spreadsheet. */
  typeToEdit?: boolean;
  /** Delete and Backspace empty it. */
  clearable?: boolean;
}

/**
 * The action for a key on the active cell, or null when the key is not the
 * grid's: the browser keeps it (Tab leaves the grid; Enter on a button in a
 * header cell presses it).
 */
export function gridKeyAction(from: GridPosition, input: KeyInput, size: GridSize, cell: ActiveCell): GridKeyAction | null {
  const plain = !input.ctrlKey && !input.metaKey && !input.altKey;
  if (cell.editable && plain && (input.key === 'Enter' || input.key === 'F2')) return { kind: 'edit', typed: null };
  // Any printable character (a letter too: the editor then refuses it with a message), but not Space, which scrolls or presses.
  if (cell.editable && cell.typeToEdit && plain && [...input.key].length === 1 && input.key !== ' ') return { kind: 'edit', typed: input.key };
  if (cell.editable && cell.clearable && plain && (input.key === 'Delete' || input.key === 'Backspace')) return { kind: 'clear' };
  const to = moveInGrid(from, input, size);
  return to ? { kind: 'move', to } : null;
}

/** The grid position of a cell element (data-grid-row on its row, data-grid-col on the cell), or null outside a cell. */
export function gridPositionOf(target: EventTarget | null): { row: number; col: number | null } | null {
  if (!(target instanceof Element)) return null;
  const cell = target.closest<HTMLElement>('[data-grid-cell]');
  if (!cell) return null;
  const row = Number(cell.closest<HTMLElement>('[data-grid-row]')?.dataset.gridRow);
  if (!Number.isInteger(row)) return null;
  const col = cell.dataset.gridCol === undefined ? Number.NaN : Number(cell.dataset.gridCol);
  return { row, col: Number.isInteger(col) ? col : null };
}
