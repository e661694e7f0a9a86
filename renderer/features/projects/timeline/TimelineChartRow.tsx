import { memo } from 'react';
import type { TimelineRow } from '#shared/timeline/rows.ts';
import { barGeometry, milestoneX, type TimelineScale } from '#shared/timeline/scale.ts';
import type { Translate } from '../../../i18n/i18n.tsx';
import { barStyle, describeRow, hrefOf, statusText, titleText } from './timeline-text.ts';

/** A bar is never thinner than this (a one-day activity is 0.6 px at year zoom). */
export const MIN_BAR = 4;

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

/** One row of the tree: its name column, and its bar or milestone on the time track. */
export const ChartRow = memo(function ChartRow({ id, row, top, height, labelWidth, scale, active, expanded, t, onSelect, onToggle }: RowProps) {
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
