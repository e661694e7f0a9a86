/**
 * The Gantt-like chart. One scroll box holds a sticky header (the axis), a sticky left column of
 * row names and the time area, so both scroll together. Rows are virtualised (11 000 in the
 * benchmark) and form a flat tree (WAI-ARIA APG tree view: aria-level, aria-setsize/posinset,
 * focus kept on the tree with aria-activedescendant), so a screen reader hears each row as a
 * sentence when the arrow keys move. The axis is drawing only (aria-hidden): the tree's label
 * says the period and today, every row says its dates, and the table alternative has it all.
 */
import { memo, useCallback, useEffect, useId, useLayoutEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { defaultRangeExtractor, useVirtualizer, type Range } from '@tanstack/react-virtual';
import { visibleTimelineRows, type TimelineRow } from '../../../../shared/timeline/rows.ts';
import {
  barGeometry,
  chartRange,
  createScale,
  milestoneX,
  scrollLeftFor,
  timelineTicks,
  todayX,
  zoomIn,
  zoomOut,
  type TimelineScale,
  type TimelineZoom,
} from '../../../../shared/timeline/scale.ts';
import { formatInteger } from '../../../../shared/format.ts';
import { useI18n, type Translate } from '../../../i18n/i18n.tsx';
import { barStyle, describeRow, hrefOf, statusText, titleText } from './timeline-text.ts';

/** A bar is never thinner than this (a one-day activity is 0.6 px at year zoom). */
const MIN_BAR = 4;
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
    estimateSize,
    getItemKey,
    rangeExtractor,
    overscan: 10,
    // The sticky axis sits at the top of the box: rows start below it and scrolling to a row keeps it clear of the axis.
    paddingStart: headerHeight,
    scrollPaddingStart: headerHeight,
  });
  const rowsHeight = virtualizer.getTotalSize() - headerHeight;

  // --- horizontal scrolling: keep the date in the middle when the scale changes, and go where asked ---
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
  }, []);

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
    [scale, timeView],
  );

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
    let next: number | null = null;
    switch (event.key) {
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
        next = activeIndex + page;
        break;
      case 'PageUp':
        next = activeIndex - page;
        break;
      case 'ArrowRight':
        if (event.shiftKey) {
          if (box) box.scrollLeft += timeView / 2;
        } else if (activeRow.level === 1) {
          if (collapsedKeys.has(activeRow.key)) toggle(activeRow.key);
          else if (visible[activeIndex + 1]?.groupKey === activeRow.key) next = activeIndex + 1;
        }
        break;
      case 'ArrowLeft':
        if (event.shiftKey) {
          if (box) box.scrollLeft -= timeView / 2;
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
        onZoom(zoomIn(zoom));
        break;
      case '-':
      case '_':
        onZoom(zoomOut(zoom));
        break;
      default:
        return;
    }
    event.preventDefault();
    if (next !== null) moveTo(Math.min(visible.length - 1, Math.max(0, next)));
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
          <div className="timeline-header" aria-hidden="true" style={{ height: headerHeight, width: canvasWidth }}>
            <div className="timeline-corner" style={{ width: labelWidth, flexBasis: labelWidth }}>
              {t('timeline.rowsColumn')}
            </div>
            <div className="timeline-axis" style={{ width: scale.width }}>
              <div className="axis-row axis-major">
                {ticks.major.map((tick) => (
                  <div key={tick.start} className="axis-tick" style={{ left: tick.x, width: tick.width }}>
                    {/* Sticky just right of the name column: a column scrolled half out of view still shows its label. */}
                    <span style={{ left: labelWidth }}>{tick.label}</span>
                  </div>
                ))}
              </div>
              <div className="axis-row axis-minor">
                {ticks.minor.map((tick) => (
                  <div key={tick.start} className="axis-tick" style={{ left: tick.x, width: tick.width }}>
                    <span>{tick.label}</span>
                  </div>
                ))}
              </div>
              {todayPosition !== null && (
                <div className="timeline-today-label" style={{ left: todayPosition }}>
                  {t('timeline.todayLine', { date: today })}
                </div>
              )}
            </div>
          </div>
          <div className="timeline-gridlines" aria-hidden="true" style={{ left: labelWidth, top: headerHeight, width: scale.width, height: rowsHeight }}>
            {ticks.minor.map((tick) => (
              <div key={`minor-${tick.start}`} className="gridline" style={{ left: tick.x }} />
            ))}
            {ticks.major.map((tick) => (
              <div key={`major-${tick.start}`} className="gridline major" style={{ left: tick.x }} />
            ))}
            {todayPosition !== null && <div className="timeline-today-line" style={{ left: todayPosition }} />}
          </div>
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

interface RowProps {
  id: string;
  row: TimelineRow;
  top: number;
  height: number;
  labelWidth: number;
  scale: TimelineScale;
  active: boolean;
  expanded: boolean;
  t: Translate;
  onSelect: (key: string) => void;
  onToggle: (groupKey: string) => void;
}

const ChartRow = memo(function ChartRow({ id, row, top, height, labelWidth, scale, active, expanded, t, onSelect, onToggle }: RowProps) {
  const style = barStyle(row);
  const milestone = row.kind === 'projectActivity' && row.milestone;
  const bar = milestone ? null : barGeometry(scale, row.start, row.end, MIN_BAR);
  const point = milestone ? milestoneX(scale, row.start) : null;
  const description = describeRow(row, t, bar);
  const group = row.level === 1;
  // A project with nothing under it has nothing to fold: no aria-expanded, no arrow.
  const foldable = (row.kind === 'project' || row.kind === 'plan') && row.childCount > 0;
  return (
    <div
      role="treeitem"
      id={id}
      aria-label={description}
      aria-level={row.level}
      aria-posinset={row.posInSet}
      aria-setsize={row.setSize}
      aria-expanded={foldable ? expanded : undefined}
      className={`timeline-row kind-${row.kind}${group ? ' is-group' : ''}${active ? ' is-active' : ''}`}
      data-kind={row.kind}
      style={{ transform: `translateY(${top}px)`, height }}
      onClick={() => onSelect(row.key)}
    >
      <div className="timeline-label" style={{ width: labelWidth, flexBasis: labelWidth }}>
        {foldable ? (
          <span
            className="timeline-toggle"
            aria-hidden="true"
            onClick={(event) => {
              event.stopPropagation();
              onToggle(row.key);
            }}
          >
            {expanded ? '▾' : '▸'}
          </span>
        ) : group ? (
          <span className="timeline-toggle" aria-hidden="true" />
        ) : milestone ? (
          <span className={`timeline-kind-icon bar-${style}`} aria-hidden="true" />
        ) : null}
        <a className="timeline-title" href={hrefOf(row)} tabIndex={-1}>
          {titleText(row, t)}
        </a>
        <span className="timeline-chip">
          <span className={`timeline-swatch bar-${style}`} aria-hidden="true" />
          {statusText(row, t)}
        </span>
      </div>
      <div className="timeline-track" style={{ width: scale.width }}>
        {bar && (
          <div
            className={`timeline-bar bar-${style}${group ? ' is-summary' : ''}${bar.clippedStart ? ' clipped-start' : ''}${bar.clippedEnd ? ' clipped-end' : ''}`}
            style={{ left: bar.x, width: bar.width }}
            title={description}
            data-start={row.start}
            data-end={row.end}
          />
        )}
        {point !== null && <div className={`timeline-milestone bar-${style}`} style={{ left: point }} title={description} data-start={row.start} />}
      </div>
    </div>
  );
});
