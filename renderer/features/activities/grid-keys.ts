/**
 * Keyboard movement in the activities grid (WAI-ARIA APG data grid): where
 * a key takes the active cell. Row 0 is the header row; rows 1… are the
 * displayed items (group headers and activities). Pure, so it is tested
 * without a browser.
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
