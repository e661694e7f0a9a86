/**
 * The Gantt-like chart. One scroll box holds a sticky header (the axis), a sticky left column of
 * row names and the time area, so both scroll together. Rows are virtualised (11 000 in the
 * benchmark) and form a flat tree (WAI-ARIA APG tree view: aria-level, aria-setsize/posinset,
 * focus kept on the tree with aria-activedescendant), so a screen reader hears each row as a
 * sentence when the arrow keys move. The axis is drawing only (aria-hidden): the tree's label
 * says the period and today, every row says its dates, and the table alternative has it all.
 */
import { useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { initialScrollBoxRect, observeScrollBoxRect, scrollBoxTo } from '../../../ui/virtual-scroll.ts';
import { visibleTimelineRows, type TimelineRow } from '#shared/timeline/rows.ts';
import { chartRange, createScale, timelineTicks, todayX, type TimelineZoom } from '#shared/timeline/scale.ts';
import { formatInteger } from '#shared/format.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { TimelineAxis } from './TimelineAxis.tsx';
import { ChartRow } from './TimelineChartRow.tsx';
import { describeRow } from './timeline-text.ts';
import { handleTreeKey } from './timeline-keys.ts';
import { useTimelineScroll } from './use-timeline-scroll.ts';

const noneCollapsed: ReadonlySet<string> = new Set();

interface Props {
  rows: readonly TimelineRow[];
  zoom: TimelineZoom;
  today: string;
  onZoom: (zoom: TimelineZoom) => void;
  /** Bumped by the *Idag* button: scroll to today. */
  todayRequest: number;
  /** Changes when the filter changes: back to the top, and to `focusDate` when there is one. */
  filterKey: string;
  /** A date to bring into view after a filter change (the chosen project's start), or null. */
  focusDate: string | null;
  /** The keyboard help's id. */
  describedBy: string;
}

/** Sizes in rem, turned into pixels once (the virtualiser and the scroll arithmetic need pixels). */
function useSizes() {
  const [rem] = useState(() => parseFloat(getComputedStyle(document.documentElement).fontSize) || 16);
  return { rowHeight: Math.round(2.25 * rem), headerHeight: Math.round(3.5 * rem), labelWidth: Math.round(21 * rem) };
}

export function TimelineChart({ rows, zoom, today, onZoom, todayRequest, filterKey, focusDate, describedBy }: Props) {
  const { t, language } = useI18n();
  const baseId = useId();
  const { rowHeight, headerHeight, labelWidth } = useSizes();
  const scrollRef = useRef<HTMLDivElement>(null);
  const [boxWidth, setBoxWidth] = useState(0);
  const timeView = Math.max(0, boxWidth - labelWidth);

  const [collapsed, setCollapsed] = useState<{ filterKey: string; keys: ReadonlySet<string> }>({ filterKey, keys: noneCollapsed });
  const collapsedKeys = collapsed.filterKey === filterKey ? collapsed.keys : noneCollapsed;
  const visible = useMemo(() => visibleTimelineRows(rows, collapsedKeys), [rows, collapsedKeys]);

  const [active, setActive] = useState<{ filterKey: string; key: string | null }>({ filterKey, key: null });
  const activeKey = active.filterKey === filterKey ? active.key : null;
  const found = useMemo(() => (activeKey === null ? -1 : visible.findIndex((r) => r.key === activeKey)), [visible, activeKey]);
  const activeIndex = visible.length === 0 ? -1 : Math.max(0, found);
  const activeRow = visible[activeIndex];

  // The axis covers every row (collapsed or not), so folding a group does not move the time.
  const range = useMemo(() => chartRange(rows, today, zoom, { minWidth: timeView }), [rows, today, zoom, timeView]);
  const scale = useMemo(() => createScale(range, zoom), [range, zoom]);
  const ticks = useMemo(() => timelineTicks(scale, language), [scale, language]);
  const todayPosition = todayX(scale, today);

  useLayoutEffect(() => {
    const box = scrollRef.current;
    if (!box) return;
    const observer = new ResizeObserver(() => setBoxWidth(box.clientWidth));
    observer.observe(box);
    return () => observer.disconnect();
  }, []);

  // --- rows ---
  const rangeExtractor = useCallback(
    (range: Range) => {
      // The active row is always rendered, so aria-activedescendant always points at an element.
      const indexes = defaultRangeExtractor(range);
      if (activeIndex >= 0 && activeIndex < range.count && !indexes.includes(activeIndex)) {
        indexes.push(activeIndex);
        indexes.sort((a, b) => a - b);
      }
      return indexes;
    },
    [activeIndex],
  );
  const estimateSize = useCallback(() => rowHeight, [rowHeight]);
  const getItemKey = useCallback((index: number) => visible[index]?.key ?? index, [visible]);
  const virtualizer = useVirtualizer({
    count: visible.length,
    getScrollElement: () => scrollRef.current,
    observeElementRect: observeScrollBoxRect,
    initialRect: initialScrollBoxRect(),
    scrollToFn: scrollBoxTo,
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 10,
    // The sticky axis sits at the top of the box: rows start below it and scrolling to a row keeps it clear of the axis.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const rowsHeight = virtualizer.getTotalSize() - headerHeight;

  const { onScroll, revealBar } = useTimelineScroll({ scrollRef, scale, timeView, today, todayRequest, filterKey, focusDate });

  const moveTo = useCallback(
    (index: number) => {
      const row = visible[index];
      if (!row) return;
      setActive({ filterKey, key: row.key });
      virtualizer.scrollToIndex(index, { align: 'auto' });
      revealBar(row);
    },
    [visible, filterKey, virtualizer, revealBar],
  );

  const toggle = useCallback(
    (groupKey: string) => {
      setCollapsed((current) => {
        const keys = new Set(current.filterKey === filterKey ? current.keys : []);
        if (keys.has(groupKey)) keys.delete(groupKey);
        else keys.add(groupKey);
        return { filterKey, keys };
      });
      // A row folded away hands the focus to its group.
      setActive({ filterKey, key: groupKey });
    },
    [filterKey],
  );

  const select = useCallback((key: string) => setActive({ filterKey, key }), [filterKey]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey || !activeRow) return;
    const box = scrollRef.current;
    const page = Math.max(1, Math.floor(((box?.clientHeight ?? 0) - headerHeight) / rowHeight) - 1);
    const scrollTime = (direction: -1 | 1) => {
      if (box) box.scrollLeft += (direction * timeView) / 2;
    };
    const context = { visible, activeIndex, activeRow, collapsedKeys, page, zoom, onZoom, scrollTime, toggle, moveTo };
    if (handleTreeKey(event.key, event.shiftKey, context)) event.preventDefault();
  };

  const onFocus = () => {
    if (!activeRow) return;
    if (activeKey === null) setActive({ filterKey, key: activeRow.key });
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' });
  };

  // The benchmark (bench/suites/timeline.ts) reads this mark: the chart shows its first rows.
  const marked = useRef(false);
  useEffect(() => {
    if (marked.current || visible.length === 0) return;
    marked.current = true;
    performance.mark('moa:timeline-ready');
  });

  const rowId = (index: number) => `${baseId}-row-${index}`;
  const canvasWidth = labelWidth + scale.width;

  return (
    <>
      <div ref={scrollRef} className="timeline-scroll" onScroll={onScroll}>
        <div className="timeline-canvas" data-zoom={zoom} style={{ width: canvasWidth, height: headerHeight + rowsHeight }}>
          <TimelineAxis
            ticks={ticks}
            width={scale.width}
            labelWidth={labelWidth}
            headerHeight={headerHeight}
            rowsHeight={rowsHeight}
            today={today}
            todayPosition={todayPosition}
          />
          <div
            role="tree"
            className="timeline-tree"
            tabIndex={0}
            aria-label={t('timeline.chartLabel', { start: scale.start, end: scale.end, today, rows: formatInteger(visible.length, language) })}
            aria-describedby={describedBy}
            aria-activedescendant={activeIndex >= 0 ? rowId(activeIndex) : undefined}
            onKeyDown={onKeyDown}
            onFocus={onFocus}
            style={{ height: rowsHeight }}
          >
            {virtualizer.getVirtualItems().map((item) => {
              const row = visible[item.index];
              if (!row) return null;
              return (
                <ChartRow
                  key={item.key}
                  id={rowId(item.index)}
                  row={row}
                  top={item.start - headerHeight}
                  height={rowHeight}
                  labelWidth={labelWidth}
                  scale={scale}
                  active={item.index === activeIndex}
                  expanded={!collapsedKeys.has(row.key)}
                  t={t}
                  onSelect={select}
                  onToggle={toggle}
                />
              );
            })}
          </div>
        </div>
      </div>
      <p className="timeline-active" data-testid="timeline-active">
        {/* Only once the user has come to a row: before that no row is chosen, only the one focus would start on. */}
        {activeRow && activeKey !== null ? t('timeline.active', { description: describeRow(activeRow, t) }) : ''}
      </p>
    </>
  );
}
