/**
 * What the virtualised lists (the activities grid, the timeline) give TanStack Virtual in place of
 * its defaults, so that mounting a long list forces no layout in the middle of React's commit.
 */
import { elementScroll, observeElementRect, type Virtualizer, type VirtualizerOptions } from '@tanstack/react-virtual';

/**
 * The scrolled box's size from its ResizeObserver alone. The library's own
 * observer also reads the size once when the list mounts, which forces a
 * layout of the whole new list in the middle of React's commit; the
 * observer's first report comes after the browser's own layout, in the same
 * frame, before anything is painted. Until then `initialRect` stands in.
 */
export function observeScrollBoxRect(instance: Virtualizer<HTMLDivElement, Element>, cb: (rect: { width: number; height: number }) => void): undefined | (() => void) {
  const element = instance.scrollElement;
  if (!element || typeof ResizeObserver !== 'function') return observeElementRect(instance, cb);
  const observer = new ResizeObserver(() => cb({ width: element.clientWidth, height: element.clientHeight }));
  observer.observe(element);
  return () => observer.disconnect();
}

/** Until the box reports its size: at most the window's height (the box is never taller), so the first render has its rows. */
export const initialScrollBoxRect = () => ({ width: 0, height: typeof window === 'undefined' ? 0 : window.innerHeight });

/** The boxes the library has scrolled (or been let off scrolling) once. */
const seen = new WeakSet<Element>();

/**
 * Scrolls the box as the library asks, except for its first request on a box it has just been given:
 * it then "scrolls" to where the box already is (a new box is at 0), and writing the offset forced a
 * layout of the whole new list mid-commit (17 ms of the activity table's 10 000 rows' first showing).
 */
export const scrollBoxTo: VirtualizerOptions<HTMLDivElement, Element>['scrollToFn'] = (offset, options, instance) => {
  const element = instance.scrollElement;
  if (element && !seen.has(element)) {
    seen.add(element);
    if (offset + (options.adjustments ?? 0) === 0 && options.behavior !== 'smooth') return;
  }
  elementScroll(offset, options, instance);
};
