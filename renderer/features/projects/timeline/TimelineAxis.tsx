import type { TimelineTicks } from '#shared/timeline/scale.ts';
import { useI18n } from '../../../i18n/i18n.tsx';

interface AxisProps {
  ticks: TimelineTicks;
  /** The time area's width in pixels. */
  width: number;
  labelWidth: number;
  headerHeight: number;
  /** The height of the rows under the axis (the grid lines run through them). */
  rowsHeight: number;
  today: string;
  /** Today's x, or null when today is outside the chart. */
  todayPosition: number | null;
}

/**
 * The chart's sticky header (the name column's corner and the time axis) and the grid lines
 * under the rows. Drawing only (aria-hidden): the tree's label and every row say the dates.
 */
export function TimelineAxis({ ticks, width, labelWidth, headerHeight, rowsHeight, today, todayPosition }: AxisProps) {
  const { t } = useI18n();
  return (
    <>
      <div className="timeline-header" aria-hidden="true" style={{ height: headerHeight, width: labelWidth + width }}>
        <div className="timeline-corner" style={{ width: labelWidth, flexBasis: labelWidth }}>
          {t('timeline.rowsColumn')}
        </div>
        <div className="timeline-axis" style={{ width }}>
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
      <div className="timeline-gridlines" aria-hidden="true" style={{ left: labelWidth, top: headerHeight, width, height: rowsHeight }}>
        {ticks.minor.map((tick) => (
          <div key={`minor-${tick.start}`} className="gridline" style={{ left: tick.x }} />
        ))}
        {ticks.major.map((tick) => (
          <div key={`major-${tick.start}`} className="gridline major" style={{ left: tick.x }} />
        ))}
        {todayPosition !== null && <div className="timeline-today-line" style={{ left: todayPosition }} />}
      </div>
    </>
  );
}
