/**
 * The activities grid's virtual rows: every row one line of the same
 * height, measured once from a sample row (it follows the user's font size
 * and zoom), below a sticky header whose height is watched too.
 */
import { useCallback, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { initialScrollBoxRect, observeScrollBoxRect, scrollBoxTo } from '../../ui/virtual-scroll.ts';

/** A row's height until one is measured (activities.css gives every row one line of the same height). */
export const ROW_HEIGHT = 41;

interface Options {
  items: readonly { key: string }[];
  /** The item holding the active cell, or -1 (the header). */
  activeItemIndex: number;
  scrollRef: RefObject<HTMLDivElement | null>;
  headRef: RefObject<HTMLTableSectionElement | null>;
}

export function useGridVirtualizer({ items, activeItemIndex, scrollRef, headRef }: Options) {
  const [headerHeight, setHeaderHeight] = useState(ROW_HEIGHT);
  const [rowHeight, setRowHeight] = useState(ROW_HEIGHT);
  // The active row is always rendered, even when scrolled away, so Tab can come back to it and focus is never lost.
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range);
      if (activeItemIndex >= 0 && activeItemIndex < range.count && !indexes.includes(activeItemIndex)) {
        indexes.push(activeItemIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeItemIndex],
  );
  const getItemKey = useCallback((index: number) => items[index]?.key ?? index, [items]);
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  // Every row has the same height (one line; an edit's message hangs outside the row), so rows are not measured one by
  // one: measuring each row as it scrolls into view forces a layout per row and was the largest cost of a keystroke.
  const virtualizer = useVirtualizer({
    count: items.length,
    getScrollElement: () => scrollRef.current,
    observeElementRect: observeScrollBoxRect,
    initialRect: initialScrollBoxRect(),
    scrollToFn: scrollBoxTo,
    estimateSize,
    overscan: 3,
    getItemKey,
    rangeExtractor,
    // The sticky header sits at the top of the scrolled box: rows start below it and scrolling to a row keeps it clear of the header.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });

  useLayoutEffect(() => {
    const head = headRef.current;
    if (!head) return;
    const observer = new ResizeObserver(() => setHeaderHeight(head.getBoundingClientRect().height));
    observer.observe(head);
    return () => observer.disconnect();
  }, [headRef]);

  // One row stands for all: its height follows the user's font size and zoom.
  const sampleRow = useRef<HTMLTableRowElement | null>(null);
  const firstRowKey = items[0]?.key;
  useLayoutEffect(() => {
    const row = scrollRef.current?.querySelector<HTMLTableRowElement>('tbody tr[data-index]');
    if (!row || row === sampleRow.current) return;
    sampleRow.current = row;
    const observer = new ResizeObserver(() => {
      const height = row.getBoundingClientRect().height;
      if (height > 0) setRowHeight((current) => (Math.abs(current - height) < 0.5 ? current : height));
    });
    observer.observe(row);
    return () => {
      observer.disconnect();
      sampleRow.current = null;
    };
  }, [firstRowKey, scrollRef]);
  // A new row height moves every row: drop the positions worked out with the old one (not on mount, when there are none).
  const measuredHeight = useRef(rowHeight);
  useLayoutEffect(() => {
    if (measuredHeight.current === rowHeight) return;
    measuredHeight.current = rowHeight;
    virtualizer.measure();
  }, [rowHeight, virtualizer]);
  return { virtualizer, headerHeight };
}

