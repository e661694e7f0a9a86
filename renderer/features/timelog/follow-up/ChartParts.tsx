import { useId, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { useI18n } from '../../../i18n/i18n.tsx';
import { px, type PlotArea } from './chart-geometry.ts';
import { axisColour, gridColour, type SeriesPattern, type SeriesStyle } from './chart-palette.ts';
import { formatHours, formatSignedHours, mandateBalance } from './follow-up-format.ts';

/** An id usable inside `url(#…)`: React's ids hold characters that CSS and SVG references dislike. */
export function useSvgId(): string {
  return `c${useId().replace(/[^a-zA-Z0-9]/g, '')}`;
}

/**
 * The width an element is drawn at, followed as the window changes. The charts draw in real
 * pixels at that width, so their text stays the page's size instead of shrinking with the SVG.
 */
export function useDrawnWidth<T extends HTMLElement>(fallback: number, min = 320): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return;
    const update = () => {
      const drawn = Math.floor(element.clientWidth);
      if (drawn > 0) setWidth(Math.max(min, drawn));
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(element);
    return () => observer.disconnect();
  }, [min]);
  return [ref, width];
}

export const patternId = (prefix: string, index: number) => `${prefix}-p${index}`;

/** White marks over the colour, so a series reads by its pattern too. */
const patternMarks: Record<Exclude<SeriesPattern, 'solid'>, ReactNode> = {
  diagonal: <path d="M-1 1l2-2M0 6l6-6M5 7l2-2" />,
  backDiagonal: <path d="M-1 5l2 2M0 0l6 6M5-1l2 2" />,
  dots: <circle cx="3" cy="3" r="1.3" stroke="none" fill="#fff" />,
  horizontal: <path d="M0 3h6" />,
  vertical: <path d="M3 0v6" />,
  crosshatch: <path d="M-1 1l2-2M0 6l6-6M5 7l2-2M-1 5l2 2M0 0l6 6M5-1l2 2" />,
  grid: <path d="M0 3h6M3 0v6" />,
};

/** `<pattern>` definitions for the series; place inside an SVG's `<defs>`. */
export function SeriesPatterns({ prefix, styles }: { prefix: string; styles: readonly SeriesStyle[] }) {
  return (
    <>
      {styles.map((style, index) =>
        style.pattern === 'solid' ? null : (
          <pattern key={index} id={patternId(prefix, index)} patternUnits="userSpaceOnUse" width="6" height="6">
            <rect width="6" height="6" fill={style.colour} />
            <g stroke="#fff" strokeWidth="1.2" strokeOpacity="0.75" fillOpacity="0.85">
              {patternMarks[style.pattern]}
            </g>
          </pattern>
        ),
      )}
    </>
  );
}

/** The fill of series `index`: its colour, or its pattern over the colour. */
export function seriesFill(prefix: string, style: SeriesStyle, index: number): string {
  return style.pattern === 'solid' ? style.colour : `url(#${patternId(prefix, index)})`;
}

/**
 * Over/under the mandate: the signed figure for the eye, words for screen readers
 * (a minus sign alone is easily lost when read aloud).
 */
export function Balance({ minutes, unit = false }: { minutes: number; unit?: boolean }) {
  const { t, language } = useI18n();
  const hours = formatSignedHours(minutes, language);
  const balance = mandateBalance(minutes);
  const magnitude = formatHours(Math.abs(minutes), language);
  const words = balance === 'even' ? t('timelog.followUp.balance.even') : t(`timelog.followUp.balance.${balance}`, { hours: magnitude });
  return (
    <span className={`mandate-balance mandate-balance-${balance}`} data-minutes={minutes}>
      <span aria-hidden="true">{unit ? t('timelog.followUp.hours', { hours }) : hours}</span>
      <span className="visually-hidden">{words}</span>
    </span>
  );
}

/** A button that shows and hides a chart's data as a table; the table stays in the DOM, hidden. */
export function TableToggle({ label, children }: { label: string; children: ReactNode }) {
  const { t } = useI18n();
  const [shown, setShown] = useState(false);
  const id = useSvgId();
  return (
    <div className="chart-table">
      <button type="button" className="link-button" aria-expanded={shown} aria-controls={id} onClick={() => setShown(!shown)}>
        {shown ? t('timelog.followUp.hideTable') : t('timelog.followUp.showTable')}
      </button>
      {/* Focusable, so a keyboard can scroll a table wider than the window. */}
      <div id={id} hidden={!shown} className="table-scroll" role="region" aria-label={label} tabIndex={0}>
        {children}
      </div>
    </div>
  );
}

/**
 * The hours grid both follow-up charts share: a line and a label per tick
 * (the zero line darker), the hours title over the axis and the week title
 * under the plot; `children` adds the chart's own labels to the group.
 */
export function HoursGrid({ ticks, area, y, height, children }: { ticks: readonly number[]; area: PlotArea; y: (value: number) => number; height: number; children?: ReactNode }) {
  const { t, language } = useI18n();
  return (
    <g className="chart-grid" aria-hidden="true">
      {ticks.map((value) => (
        <g key={value}>
          <line x1={area.left} x2={area.left + area.width} y1={px(y(value))} y2={px(y(value))} stroke={value === 0 ? axisColour : gridColour} strokeWidth={value === 0 ? 1.5 : 1} />
          <text x={area.left - 8} y={px(y(value))} dy="0.32em" textAnchor="end" fill={axisColour}>
            {formatHours(value * 60, language)}
          </text>
        </g>
      ))}
      <text x={4} y={area.top - 14} fill={axisColour} className="axis-title">
        {t('timelog.followUp.axis.hours')}
      </text>
      <text x={area.left + area.width / 2} y={height - 6} textAnchor="middle" fill={axisColour} className="axis-title">
        {t('timelog.followUp.axis.week')}
      </text>
      {children}
    </g>
  );
}
