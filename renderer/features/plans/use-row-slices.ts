/**
 * Drawing a long outline in slices: the first rows at once, one more slice per frame, so a plan of
 * 1 000 activities is on screen and editable before every row has been drawn and laid out.
 */
import { useCallback, useEffect, useState } from 'react';

/** Rows drawn when the editor opens: more than the tallest window shows. */
export const FIRST_ROWS = 80;
/** Rows added per frame after that (about 50 ms of drawing and layout here). */
export const SLICE_ROWS = 240;

/**
 * How many rows to draw while slicing (`sliced` rows so far, null once every row is drawn): at least
 * the slice, and always the rows up to the selected row and the row to be focused.
 */
export function rowsToDraw(sliced: number | null, rows: readonly { id: string }[], mustShow: readonly (string | null)[]): number {
  if (sliced === null) return rows.length;
  let drawn = Math.min(sliced, rows.length);
  for (const id of mustShow) {
    if (id === null) continue;
    const index = rows.findIndex((row) => row.id === id);
    if (index >= drawn) drawn = index + 1;
  }
  return drawn;
}

/** The next slice: `null` (all rows, from now on) once it reaches the end. */
export function nextSlice(sliced: number | null, total: number, upTo: number = (sliced ?? 0) + SLICE_ROWS - 1): number | null {
  if (sliced === null) return null;
  const wanted = Math.max(sliced, upTo + 1);
  return wanted >= total ? null : wanted;
}

/**
 * How many of the rows to draw: the first slice, then one more slice after each frame until all are
 * drawn; from then on all of them, whatever is added later. `drawUpTo(index)` draws at once every
 * row up to that one (a row the arrow keys move to before its slice came).
 */
export function useRowSlices(rows: readonly { id: string }[], selectedId: string | null, focusId: string | null) {
  const [sliced, setSliced] = useState<number | null>(() => (rows.length > FIRST_ROWS ? FIRST_ROWS : null));
  const total = rows.length;
  const drawUpTo = useCallback((index: number) => setSliced((current) => nextSlice(current, total, index)), [total]);
  useEffect(() => {
    if (sliced === null) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // After the next frame is painted: one slice per frame, and typing or a click gets in between.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setSliced((current) => nextSlice(current, total)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [sliced, total]);
  return { drawn: rowsToDraw(sliced, rows, [selectedId, focusId]), drawUpTo };
}
