import { useCallback, useLayoutEffect, useRef, type RefObject } from 'react';
import type { TimelineRow } from '#shared/timeline/rows.ts';
import { barGeometry, milestoneX, scrollLeftFor, type TimelineScale } from '#shared/timeline/scale.ts';
import { MIN_BAR } from './TimelineChartRow.tsx';

interface ScrollOptions {
  scrollRef: RefObject<HTMLDivElement | null>;
  scale: TimelineScale;
  /** The visible width of the time area (the box less the name column). */
  timeView: number;
  today: string;
  /** Bumped by the *Idag* button: scroll to today. */
  todayRequest: number;
  /** Changes when the filter changes: back to the top, and to `focusDate` when there is one. */
  filterKey: string;
  focusDate: string | null;
}

/**
 * The chart's horizontal scrolling: it starts at today, keeps the date in the middle when the
 * scale changes (zoom, resize), goes to today or to the filter's date when asked, and brings a
 * row's bar into view when the keyboard moves to it.
 */
export function useTimelineScroll({ scrollRef, scale, timeView, today, todayRequest, filterKey, focusDate }: ScrollOptions) {
  const scrollLeft = useRef(0);
  const shownScale = useRef<TimelineScale | null>(null);
  const pending = useRef<{ date: string; at: number } | null>({ date: today, at: 0.3 });
  const lastTodayRequest = useRef(todayRequest);
  const lastFilterKey = useRef(filterKey);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box || timeView === 0) return;
    if (filterKey !== lastFilterKey.current) {
      lastFilterKey.current = filterKey;
      box.scrollTop = 0;
      if (focusDate !== null) pending.current = { date: focusDate, at: 0.1 };
    }
    if (todayRequest !== lastTodayRequest.current) {
      lastTodayRequest.current = todayRequest;
      pending.current = { date: today, at: 0.3 };
    }
    const previous = shownScale.current;
    shownScale.current = scale;
    const target = pending.current ?? (previous && previous !== scale ? { date: previous.xToDate(scrollLeft.current + timeView / 2), at: 0.5 } : null);
    pending.current = null;
    if (!target) return;
    box.scrollLeft = scrollLeftFor(scale, target.date, timeView, target.at);
    scrollLeft.current = box.scrollLeft;
  });

  const onScroll = useCallback(() => {
    if (scrollRef.current) scrollLeft.current = scrollRef.current.scrollLeft;
  }, [scrollRef]);

  /** Brings a row's bar into view when it is wholly outside it; a long bar already in view stays put. */
  const revealBar = useCallback(
    (row: TimelineRow) => {
      const box = scrollRef.current;
      if (!box) return;
      const x = row.kind === 'projectActivity' && row.milestone ? milestoneX(scale, row.start) : null;
      const span = x !== null ? { x: x - 8, width: 16 } : barGeometry(scale, row.start, row.end, MIN_BAR);
      if (!span) return;
      const left = box.scrollLeft;
      if (span.x + span.width < left + 8 || span.x > left + timeView - 8) {
        box.scrollLeft = Math.max(0, span.x - timeView * 0.1);
        scrollLeft.current = box.scrollLeft;
      }
    },
    [scrollRef, scale, timeView],
  );

  return { onScroll, revealBar };
}
