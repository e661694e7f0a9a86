import type { TimelineRow } from '#shared/timeline/rows.ts';
import { zoomIn, zoomOut, type TimelineZoom } from '#shared/timeline/scale.ts';
import { hrefOf } from './timeline-text.ts';

/** What the chart's tree knows when a key is pressed. */
export interface TreeKeyContext {
  visible: readonly TimelineRow[];
  activeIndex: number;
  activeRow: TimelineRow;
  collapsedKeys: ReadonlySet<string>;
  /** Rows moved by Page Up/Page Down. */
  page: number;
  zoom: TimelineZoom;
  onZoom: (zoom: TimelineZoom) => void;
  /** Scrolls the time area sideways by half its width (-1 back, 1 forward). */
  scrollTime: (direction: -1 | 1) => void;
  toggle: (groupKey: string) => void;
  moveTo: (index: number) => void;
}

/**
 * The tree's keys (WAI-ARIA APG tree view, plus Shift+arrows to scroll the time, + and − to
 * zoom and Enter to open the row's project or plan). Returns false for any other key, which
 * then keeps its default.
 */
export function handleTreeKey(key: string, shiftKey: boolean, context: TreeKeyContext): boolean {
  const { visible, activeIndex, activeRow, collapsedKeys, toggle } = context;
  let next: number | null = null;
  switch (key) {
    case 'ArrowDown':
      next = activeIndex + 1;
      break;
    case 'ArrowUp':
      next = activeIndex - 1;
      break;
    case 'Home':
      next = 0;
      break;
    case 'End':
      next = visible.length - 1;
      break;
    case 'PageDown':
      next = activeIndex + context.page;
      break;
    case 'PageUp':
      next = activeIndex - context.page;
      break;
    case 'ArrowRight':
      if (shiftKey) {
        context.scrollTime(1);
      } else if (activeRow.level === 1) {
        if (collapsedKeys.has(activeRow.key)) toggle(activeRow.key);
        else if (visible[activeIndex + 1]?.groupKey === activeRow.key) next = activeIndex + 1;
      }
      break;
    case 'ArrowLeft':
      if (shiftKey) {
        context.scrollTime(-1);
      } else if (activeRow.level === 1) {
        if (activeRow.childCount > 0 && !collapsedKeys.has(activeRow.key)) toggle(activeRow.key);
      } else {
        for (let i = activeIndex - 1; i >= 0; i -= 1) {
          if (visible[i]?.key === activeRow.groupKey) {
            next = i;
            break;
          }
        }
      }
      break;
    case 'Enter':
      window.location.hash = hrefOf(activeRow);
      break;
    case '+':
    case '=':
      context.onZoom(zoomIn(context.zoom));
      break;
    case '-':
    case '_':
      context.onZoom(zoomOut(context.zoom));
      break;
    default:
      return false;
  }
  if (next !== null) context.moveTo(Math.min(visible.length - 1, Math.max(0, next)));
  return true;
}
