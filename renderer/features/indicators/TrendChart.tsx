/**
 * A Kolada indicator over the years, drawn from `trendChartModel` (shared/kolada/trend-chart.ts),
 * the same model `trendChartSvg` draws for Word documents. The SVG is one image to assistive
 * technology (its name from `title`, its description from `description`); the legend is an HTML
 * list under it, so it reflows and is read as text.
 */
import './trend-chart.css';
import { useId } from 'react';
import {
  markerPaint,
  markerPath,
  r1,
  referenceColour,
  targetLineDash,
  type MarkerShape,
  type TrendChartModel,
  type TrendLegendEntry,
  type TrendReference,
} from '#shared/kolada/trend-chart.ts';

interface Props {
  model: TrendChartModel;
  /** The chart's accessible name, e.g. the KPI's title and the years. */
  title: string;
  /** What the chart shows in words (latest values, the trend, the target), for those who cannot see it. */
  description: string;
}

function Marker({ d, shape, colour }: { d: string; shape: MarkerShape; colour: string }) {
  if (d === '') return null;
  const paint = markerPaint(shape, colour);
  return <path d={d} fill={paint.fill} stroke={paint.stroke} strokeWidth={paint.strokeWidth} />;
}

function Reference({ reference }: { reference: TrendReference | null }) {
  if (!reference) return null;
  return (
    <>
      <Marker d={reference.markerPath} shape={reference.marker} colour={referenceColour} />
      {reference.labelInPlot ? (
        <text x={r1(reference.labelX)} y={r1(reference.labelY)} textAnchor={reference.labelAnchor} className="trend-chart-reference">
          {reference.label}
        </text>
      ) : null}
    </>
  );
}

const swatchWidth = 36;
const swatchHeight = 14;

/** The legend's picture of an entry: its line (dash and width) with its marker in the middle. */
function LegendSwatch({ entry }: { entry: TrendLegendEntry }) {
  const middle = swatchHeight / 2;
  return (
    <svg width={swatchWidth} height={swatchHeight} viewBox={`0 0 ${swatchWidth} ${swatchHeight}`} aria-hidden="true" focusable="false" className="trend-chart-swatch">
      {entry.strokeWidth > 0 && <line x1="0" x2={swatchWidth} y1={middle} y2={middle} stroke={entry.colour} strokeWidth={entry.strokeWidth} strokeDasharray={entry.dash ?? undefined} />}
      <Marker d={markerPath(entry.marker, swatchWidth / 2, middle)} shape={entry.marker} colour={entry.colour} />
    </svg>
  );
}

/** The chart and its legend. Renders nothing for an empty model: the caller says in words that there are no values. */
export function TrendChart({ model, title, description }: Props) {
  const id = useId();
  const titleId = `${id}-title`;
  const descId = `${id}-desc`;
  if (model.empty) return null;
  const { plot } = model;
  const bottom = plot.top + plot.height;
  return (
    <div className="trend-chart">
      <svg
        width={model.width}
        height={model.height}
        viewBox={`0 0 ${model.width} ${model.height}`}
        style={{ maxWidth: model.width }}
        role="img"
        aria-labelledby={titleId}
        aria-describedby={descId}
        className="trend-chart-svg"
      >
        <title id={titleId}>{title}</title>
        <desc id={descId}>{description}</desc>
        <path d={model.gridPath} fill="none" className="trend-chart-grid" />
        {model.zeroY !== null && <path d={`M${r1(plot.left)} ${r1(model.zeroY)}H${r1(plot.left + plot.width)}`} fill="none" className="trend-chart-axis" />}
        <path d={model.axisPath} fill="none" className="trend-chart-axis" />
        <g className="trend-chart-ticks">
          {model.yTicks.map((tick) => (
            <text key={`y${tick.value}`} x={r1(plot.left - 8)} y={r1(tick.y + 4)} textAnchor="end">
              {tick.label}
            </text>
          ))}
          {model.xTicks.map((tick) => (
            <text key={`x${tick.year}`} x={r1(tick.x)} y={r1(bottom + 18)} textAnchor="middle">
              {tick.label}
            </text>
          ))}
        </g>
        {model.targetLine !== null && <path d={model.targetLine} fill="none" stroke={referenceColour} strokeWidth={1.5} strokeDasharray={targetLineDash} />}
        {/* The main series last, so it lies on top. */}
        {[...model.series].reverse().map((series) => (
          <g key={series.key} data-series={series.key}>
            {series.path !== '' && <path d={series.path} fill="none" stroke={series.colour} strokeWidth={series.strokeWidth} strokeDasharray={series.dash ?? undefined} strokeLinejoin="round" />}
            <Marker d={series.markers} shape={series.marker} colour={series.colour} />
          </g>
        ))}
        <Reference reference={model.baseline} />
        <Reference reference={model.target} />
      </svg>
      <ul className="trend-chart-legend">
        {model.legend.map((entry) => (
          <li key={`${entry.kind}:${entry.key}`}>
            <LegendSwatch entry={entry} />
            <span>{entry.label}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
