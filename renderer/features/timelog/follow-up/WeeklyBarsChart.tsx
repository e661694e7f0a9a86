import type { SummaryRow } from '#shared/timelog/summary.ts';
import { useI18n } from '../../../i18n/i18n.tsx';
import { labelStep, niceTicks, px, stackBars, yScale, type PlotArea } from './chart-geometry.ts';
import { axisColour } from './chart-palette.ts';
import { HoursGrid, SeriesPatterns, TableToggle, seriesFill, useDrawnWidth, useSvgId } from './ChartParts.tsx';
import type { FollowUpCategory } from './follow-up-categories.ts';
import { formatHours, periodName, weekNumberOf } from './follow-up-format.ts';
import type { DateRange } from '#shared/timelog/follow-up-range.ts';

const height = 320;

/** The plot inside a chart `width` wide: room for the hour labels on the left and the week numbers below. */
function plotArea(width: number): PlotArea {
  return { left: 56, top: 28, width: width - 56 - 16, height: height - 28 - 44 };
}

interface Props {
  weeks: readonly SummaryRow[];
  categories: readonly FollowUpCategory[];
  range: DateRange;
}

/** Stacked bars: hours per week, one segment per category, with a legend and the data as a table. */
export function WeeklyBarsChart({ weeks, categories, range }: Props) {
  const { t, language } = useI18n();
  const prefix = useSvgId();
  const [frame, width] = useDrawnWidth<HTMLDivElement>(760);
  const area = plotArea(width);
  const hours = (minutes: number) => formatHours(minutes, language);
  const ids = categories.map((c) => c.id);
  const ticks = niceTicks(Math.max(0, ...weeks.map((w) => w.totalMinutes / 60)));
  const bars = stackBars(
    weeks.map((w) => ({ key: w.key, label: periodName(w.key, t), values: Object.fromEntries(Object.entries(w.minutesByCategory).map(([id, minutes]) => [id, minutes / 60])) })),
    ids,
    area,
    ticks.max,
  );
  const y = yScale(area, ticks.max);
  const step = labelStep(weeks.length, Math.max(2, Math.floor(area.width / 36)));

  const totals = categories.map((c) => weeks.reduce((sum, w) => sum + (Object.hasOwn(w.minutesByCategory, c.id) ? (w.minutesByCategory[c.id] ?? 0) : 0), 0));
  const total = weeks.reduce((sum, w) => sum + w.totalMinutes, 0);
  const busiest = weeks.reduce<SummaryRow | undefined>((best, w) => (!best || w.totalMinutes > best.totalMinutes ? w : best), undefined);
  const topIndex = totals.reduce((best, minutes, i) => (minutes > (totals[best] ?? 0) ? i : best), 0);
  const top = categories[topIndex];
  const description =
    total === 0 || !busiest || !top
      ? t('timelog.followUp.bars.descEmpty', { weeks: weeks.length })
      : t('timelog.followUp.bars.desc', {
          weeks: weeks.length,
          total: hours(total),
          top: t('timelog.followUp.bars.topCategory', { name: top.name, hours: hours(totals[topIndex] ?? 0) }),
          maxHours: hours(busiest.totalMinutes),
          maxWeek: periodName(busiest.key, t),
        });
  const name = (c: FollowUpCategory) => (c.archived ? t('timelog.followUp.archived', { name: c.name }) : c.name);

  return (
    <section className="chart" aria-labelledby={`${prefix}-heading`}>
      <h4 id={`${prefix}-heading`}>{t('timelog.followUp.bars.heading')}</h4>
      <div className="chart-frame" ref={frame}>
        <svg width={width} height={height} viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${prefix}-title ${prefix}-desc`} className="chart-svg" data-chart="weekly-bars">
          <title id={`${prefix}-title`}>{t('timelog.followUp.bars.title', range)}</title>
          <desc id={`${prefix}-desc`}>{description}</desc>
          <defs>
            <SeriesPatterns prefix={prefix} styles={categories} />
          </defs>
          <HoursGrid ticks={ticks.values} area={area} y={y} height={height} />
          <g className="chart-bars">
            {bars.map((bar) => (
              <g key={bar.key} data-week={bar.label} data-total={bar.total}>
                <title>{t('timelog.followUp.bars.barTitle', { week: bar.label, hours: formatHours(bar.total * 60, language) })}</title>
                {bar.segments.map((segment) => {
                  const index = ids.indexOf(segment.seriesId);
                  const category = categories[index];
                  return category ? <rect key={segment.seriesId} x={px(segment.x)} y={px(segment.y)} width={px(segment.width)} height={px(segment.height)} fill={seriesFill(prefix, category, index)} stroke="#fff" strokeWidth="1" /> : null;
                })}
              </g>
            ))}
          </g>
          <g className="chart-x-labels" aria-hidden="true">
            {bars.map((bar, index) =>
              index % step === 0 ? (
                <text key={bar.key} x={px(bar.band.centre)} y={area.top + area.height + 18} textAnchor="middle" fill={axisColour}>
                  {weekNumberOf(bar.key)}
                </text>
              ) : null,
            )}
          </g>
        </svg>
      </div>
      <ul className="chart-legend" aria-label={t('timelog.followUp.legend.label')}>
        {categories.map((category, index) => (
          <li key={category.id}>
            <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden="true" className="legend-swatch">
              <rect x="0.5" y="0.5" width="17" height="17" fill={seriesFill(prefix, category, index)} stroke={category.colour} />
            </svg>
            <span>{name(category)}</span> <span className="legend-value">{t('timelog.followUp.hours', { hours: hours(totals[index] ?? 0) })}</span>
          </li>
        ))}
      </ul>
      <TableToggle label={t('timelog.followUp.chartTable.bars', range)}>
        <table className="follow-up-table">
          <caption>{t('timelog.followUp.chartTable.bars', range)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('timelog.followUp.col.week')}</th>
              {categories.map((c) => (
                <th scope="col" key={c.id} className="number">
                  {name(c)}
                </th>
              ))}
              <th scope="col" className="number">
                {t('timelog.followUp.col.total')}
              </th>
            </tr>
          </thead>
          <tbody>
            {weeks.map((w) => (
              <tr key={w.key}>
                <th scope="row" className="nowrap">
                  {periodName(w.key, t)}
                </th>
                {categories.map((c) => (
                  <td key={c.id} className="number">
                    {hours(Object.hasOwn(w.minutesByCategory, c.id) ? (w.minutesByCategory[c.id] ?? 0) : 0)}
                  </td>
                ))}
                <td className="number">{hours(w.totalMinutes)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableToggle>
    </section>
  );
}
