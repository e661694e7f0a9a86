import type { SummaryRow } from '#shared/timelog/summary.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { labelStep, linePoints, niceTicks, pathOf, px, spreadLabels, yScale, type PlotArea, type Point } from './chart-geometry.ts';
import { axisColour, mandateLineColour, moaLineColour } from './chart-palette.ts';
import { Balance, HoursGrid, TableToggle, useDrawnWidth, useSvgId } from './ChartParts.tsx';
import { formatHours, mandateBalance, periodName, weekNumberOf } from './follow-up-format.ts';
import type { DateRange } from '#shared/timelog/follow-up-range.ts';

const height = 320;

/** The plot inside a chart `width` wide; room on the right for the lines' own labels, so no legend lookup is needed. */
function plotArea(width: number): PlotArea {
  return { left: 56, top: 28, width: width - 56 - 136, height: height - 28 - 44 };
}
const mandateDash = '7 5';

interface Props {
  weeks: readonly SummaryRow[];
  range: DateRange;
  /** Weeks starting after today have no MOA time yet; the MOA line stops at this week. */
  today: string;
}

/** The cumulative MOA time against the cumulative mandate, week by week, each line labelled at its end. */
export function CumulativeChart({ weeks, range, today }: Props) {
  const { t, language } = useI18n();
  const prefix = useSvgId();
  const [frame, width] = useDrawnWidth<HTMLDivElement>(760);
  const area = plotArea(width);
  const hours = (minutes: number) => formatHours(minutes, language);
  const shownMoa = weeks.filter((w) => w.from <= today);
  const moaValues = shownMoa.map((w) => w.cumulativeMoaMinutes / 60);
  const mandateValues = weeks.map((w) => w.cumulativeMandateMinutes / 60);
  const ticks = niceTicks(Math.max(0, ...moaValues, ...mandateValues));
  const y = yScale(area, ticks.max);
  const moaPoints = linePoints(moaValues, weeks.length, area, ticks.max);
  const mandatePoints = linePoints(mandateValues, weeks.length, area, ticks.max);
  const step = labelStep(weeks.length, Math.max(2, Math.floor(area.width / 36)));

  const lastMoa = shownMoa[shownMoa.length - 1];
  const lastWeek = weeks[weeks.length - 1];
  const moaEnd = moaPoints[moaPoints.length - 1];
  const mandateEnd = mandatePoints[mandatePoints.length - 1];
  // Two labels ending in the same week must not overlap.
  const sameEnd = moaEnd && mandateEnd && moaEnd.x === mandateEnd.x;
  const [moaLabelY, mandateLabelY] = sameEnd ? spreadLabels([moaEnd.y, mandateEnd.y], 18, area.top, area.top + area.height) : [moaEnd?.y, mandateEnd?.y];

  const mandateEndText = hours(lastWeek?.cumulativeMandateMinutes ?? 0);
  let description: string;
  if (!lastMoa) description = t('timelog.followUp.line.descFuture', { mandateEnd: mandateEndText });
  else {
    const over = lastMoa.cumulativeMoaMinutes - lastMoa.cumulativeMandateMinutes;
    const balance = mandateBalance(over);
    description = t('timelog.followUp.line.desc', {
      week: periodName(lastMoa.key, t),
      moa: hours(lastMoa.cumulativeMoaMinutes),
      mandate: hours(lastMoa.cumulativeMandateMinutes),
      balance: balance === 'even' ? t('timelog.followUp.balance.even') : t(`timelog.followUp.balance.${balance}`, { hours: hours(Math.abs(over)) }),
      mandateEnd: mandateEndText,
    });
  }

  const endLabel = (point: Point | undefined, labelY: number | undefined, text: string, colour: string, kind: string) =>
    point && labelY !== undefined ? (
      <g className="line-label" data-line={kind}>
        <circle cx={px(point.x)} cy={px(point.y)} r="4" fill={colour} stroke="#fff" strokeWidth="1.5" />
        <text x={px(point.x + 8)} y={px(labelY)} dy="0.32em" fill={colour} className="line-label-text">
          {text}
        </text>
      </g>
    ) : null;

  return (
    <section className="chart" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>{t('timelog.followUp.line.heading')}</h4>
      <div className="chart-frame" ref={frame}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${prefix}-title ${prefix}-desc`} className="chart-svg" data-chart="cumulative">
          <title id={`${prefix}-title`}>{t('timelog.followUp.line.title', range)}</title>
          <desc id={`${prefix}-desc`}>{description}</desc>
          <HoursGrid ticks={ticks.values} area={area} y={y} height={height}>
            {weeks.map((w, index) =>
              index % step === 0 ? (
                <text key={w.key} x={px(mandatePoints[index]?.x ?? 0)} y={area.top + area.height + 18} textAnchor="middle" fill={axisColour}>
                  {weekNumberOf(w.key)}
                </text>
              ) : null,
            )}
          </HoursGrid>
          <path d={pathOf(mandatePoints)} fill="none" stroke={mandateLineColour} strokeWidth="2.5" strokeDasharray={mandateDash} strokeLinejoin="round" data-line="mandate" />
          <path d={pathOf(moaPoints)} fill="none" stroke={moaLineColour} strokeWidth="3" strokeLinejoin="round" strokeLinecap="round" data-line="moa" />
          {endLabel(mandateEnd, mandateLabelY, t('timelog.followUp.line.mandateLabel', { hours: mandateEndText }), mandateLineColour, 'mandate')}
          {endLabel(moaEnd, moaLabelY, t('timelog.followUp.line.moaLabel', { hours: hours(lastMoa?.cumulativeMoaMinutes ?? 0) }), moaLineColour, 'moa')}
        </svg>
      </div>
      <ul className="chart-legend" aria-label={t('timelog.followUp.legend.label')}>
        <li>
          <svg width="32" height="18" viewBox="0 0 32 18" aria-hidden="true" className="legend-swatch">
            <line x1="1" x2="31" y1="9" y2="9" stroke={moaLineColour} strokeWidth="3" strokeLinecap="round" />
          </svg>
          <span>{t('timelog.followUp.legend.moa')}</span>
        </li>
        <li>
          <svg width="32" height="18" viewBox="0 0 32 18" aria-hidden="true" className="legend-swatch">
            <line x1="0" x2="32" y1="9" y2="9" stroke={mandateLineColour} strokeWidth="2.5" strokeDasharray={mandateDash} />
          </svg>
          <span>{t('timelog.followUp.legend.mandate')}</span>
        </li>
      </ul>
      <TableToggle label={t('timelog.followUp.chartTable.line', range)}>
        <table className="follow-up-table">
          <caption>{t('timelog.followUp.chartTable.line', range)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timelog.followUp.col.week')}</th>
              <th scope="col" className="number">
                {t('timelog.followUp.col.cumulativeMoa')}
              </th>
              <th scope="col" className="number">
                {t('timelog.followUp.col.cumulativeMandate')}
              </th>
              <th scope="col" className="number">
                {t('timelog.followUp.col.difference')}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => {
              const started = w.from <= today;
              return (
                <tr key={w.key}>
                  <th scope="row" className="nowrap">
                    {periodName(w.key, t)}
                  </th>
                  <td className="number">{started ? hours(w.cumulativeMoaMinutes) : '–'}</td>
                  <td className="number">{hours(w.cumulativeMandateMinutes)}</td>
                  <td className="number">{started ? <Balance minutes={w.cumulativeMoaMinutes - w.cumulativeMandateMinutes} /> : '–'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </TableToggle>
    </section>
  );
}
