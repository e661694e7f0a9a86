/**
 * One indicator in the Indikatorer view: what it measures (strategy, effect goal, Kolada KPI), the
 * region's latest value against the baseline and target, the app's verdict on the trend, the chart
 * and the same figures as a table. Kolada's values are credited "Källa: Kolada"; the verdict says it
 * is the app's own calculation.
 */
import { useId } from 'react';
import type { KoladaKpiRecord, KoladaValueRecord } from '#shared/domain/kolada.ts';
import { formatNumber } from '#shared/format.ts';
import { numberFormat } from '#shared/locale.ts';
import { indicatorSeries, koladaDecimals, regionPoints } from '#shared/kolada/indicator-series.ts';
import { trendChartModel } from '#shared/kolada/trend-chart.ts';
import { indicatorVerdict, type Verdict } from '#shared/kolada/verdict.ts';
import { verdictJudges, verdictNumbers, verdictWords } from '#shared/kolada/verdict-words.ts';
import { toIsoDate } from '#shared/timelog/weeks.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import type { IndicatorRow } from './indicator-queries.ts';
import { TrendChart } from './TrendChart.tsx';

interface Props {
  row: IndicatorRow;
  /** Name the plan too: the view shows several plans' indicators. */
  showPlan: boolean;
  values: readonly KoladaValueRecord[];
  kpi: KoladaKpiRecord | undefined;
  regionId: string | null;
  compareIds: readonly string[];
  areaTitle: (id: string) => string;
  /** When the KPI's values were last read in (indicator-queries.ts koladaFetchedAt). */
  fetchedAt?: string;
}

const verdictTone: Record<Verdict['kind'], 'good' | 'bad' | 'neutral'> = {
  reached: 'good',
  onTrack: 'good',
  tooSlow: 'bad',
  standingStill: 'bad',
  wrongWay: 'bad',
  missed: 'bad',
  tooLittleData: 'neutral',
  noTarget: 'neutral',
};

export function IndicatorCard({ row, showPlan, values, kpi, regionId, compareIds, areaTitle, fetchedAt }: Props) {
  const { t, language } = useI18n();
  const id = useId();
  const { indicator, plan, strategy } = row;
  const kpiId = indicator.koladaKpiId;
  const num = (n: number) => formatNumber(n, language);
  // Kolada's figures in as many decimals as Kolada gives them (at most two), the same in every cell: 77,0 beside 75,7, not 77.
  const decimals = koladaDecimals(values);
  const koladaNumber = (n: number) => numberFormat(language, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).format(n);
  const unit = indicator.unit.trim();
  // `80,3 %`, `12 antal`: a no-break space between the number and its unit, as Swedish writes it.
  const withUnit = (n: number) => (unit === '' ? num(n) : `${num(n)}\u00a0${unit}`);
  const valueInYear = (value: number | null, year: number | null) =>
    value === null ? '–' : year === null ? withUnit(value) : t('indicators.card.valueInYear', { value: withUnit(value), year: String(year) });
  const koladaInYear = (value: number, year: number) =>
    t('indicators.card.valueInYear', { value: unit === '' ? koladaNumber(value) : `${koladaNumber(value)}\u00a0${unit}`, year: String(year) });

  const verdict = indicatorVerdict({
    points: regionPoints(values, regionId),
    baseline: { year: indicator.baselineYear, value: indicator.baselineValue },
    target: { year: indicator.targetYear, value: indicator.targetValue },
  });
  // The verdict's words are shared with the Word documents (shared/kolada/verdict-words.ts).
  const verdictText = verdictWords[language];
  // Without a region there is no series to judge: say so, as the documents do, rather than "too little data".
  const verdictLabel = regionId === null ? t('indicators.card.noVerdict') : verdictText.label[verdict.kind];
  const explanation = regionId === null ? t('indicators.card.chooseRegion') : verdictText.explain(verdict, indicator, verdictNumbers(language, unit));

  const series = indicatorSeries(values, { regionId, compareIds, dividedByGender: kpi?.dividedByGender ?? true, areaTitle, words: { women: t('indicators.card.women'), men: t('indicators.card.men') } });
  const years = series[0]?.points.map((p) => p.year) ?? [];
  const baseline = indicator.baselineYear !== null && indicator.baselineValue !== null ? { year: indicator.baselineYear, value: indicator.baselineValue } : null;
  const target = indicator.targetYear !== null && indicator.targetValue !== null ? { year: indicator.targetYear, value: indicator.targetValue } : null;
  const model = series.length > 0 ? trendChartModel({ series, baseline, target, width: 720, height: 280, formatValue: num, labels: { target: t('indicators.card.target'), baseline: t('indicators.card.baseline') } }) : null;
  // "Hämtat": when the values were last read in, also when nothing had changed; else the newest value's own date.
  const importedAt = fetchedAt ?? values.reduce((latest, v) => (v.importedAt > latest ? v.importedAt : latest), '');
  const heading = unit === '' ? indicator.name : `${indicator.name} (${unit})`;
  const span = years.length === 0 ? '' : years[0] === years.at(-1) ? String(years[0]) : `${years[0]}–${years.at(-1)}`;
  const regionLatest = verdict.latest ? koladaInYear(verdict.latest.value, verdict.latest.year) : '–';
  const chartDescription = t('indicators.card.chartDescription', {
    lines: series.map((s) => s.label).join(', '),
    latest: regionLatest,
    baseline: valueInYear(indicator.baselineValue, indicator.baselineYear),
    target: valueInYear(indicator.targetValue, indicator.targetYear),
    verdict: verdictLabel,
  });

  return (
    <article className="indicator-card" aria-labelledby={`${id}-name`}>
      <h3 id={`${id}-name`}>{heading}</h3>
      <p className="indicator-measures">
        {showPlan ? <>{t('indicators.card.plan', { title: plan.title, from: String(plan.periodStart), to: String(plan.periodEnd) })} · </> : null}
        {t('indicators.card.strategy')}{' '}
        <a href={`#/planer/plan/${encodeURIComponent(plan.id)}/${encodeURIComponent(strategy.id)}`}>{strategy.title.trim() === '' ? t('indicators.card.untitled') : strategy.title}</a>
        {strategy.effectGoal.trim() === '' ? null : <> · {t('indicators.card.effectGoal', { goal: strategy.effectGoal })}</>}
        {kpiId ? <> · {kpi ? t('indicators.card.kpiTitled', { id: kpiId, title: kpi.title }) : t('indicators.card.kpi', { id: kpiId })}</> : null}
      </p>
      <dl className="indicator-facts">
        <div>
          <dt>{regionId === null ? t('indicators.card.latest') : t('indicators.card.latestIn', { area: areaTitle(regionId) })}</dt>
          <dd>{regionLatest}</dd>
        </div>
        <div>
          <dt>{t('indicators.card.baseline')}</dt>
          <dd>{valueInYear(indicator.baselineValue, indicator.baselineYear)}</dd>
        </div>
        <div>
          <dt>{t('indicators.card.target')}</dt>
          <dd>{valueInYear(indicator.targetValue, indicator.targetYear)}</dd>
        </div>
        {kpiId === undefined ? null : (
        <div>
          <dt>{t('indicators.card.verdict')}</dt>
          <dd>
            <span className={`verdict verdict-${regionId === null ? 'neutral' : verdictTone[verdict.kind]}`}>{verdictLabel}</span> {explanation}
          </dd>
        </div>
        )}
      </dl>
      {kpiId === undefined ? <p className="help">{t('indicators.card.noKolada')}</p> : null}
      {kpiId !== undefined && values.length === 0 ? <p className="help">{t('indicators.card.noValues', { id: kpiId })}</p> : null}
      {model && !model.empty ? (
        <>
          <TrendChart model={model} title={t('indicators.card.chartTitle', { name: indicator.name, years: span })} description={chartDescription} />
          <details className="indicator-table">
            <summary>{t('indicators.card.asTable')}</summary>
            <DataTable
              captionId={`${id}-table`}
              caption={t('indicators.card.tableCaption', { name: heading })}
              showCaption
              className="data-table"
              columns={[t('indicators.card.year'), ...series.map((s) => ({ label: s.label, className: 'number' }))]}
              rows={years}
              empty={null}
            >
              {(year, index) => (
                <tr key={year}>
                  <th scope="row">{year}</th>
                  {series.map((s) => {
                    const value = s.points[index]?.value ?? null;
                    return (
                      <td key={s.key} className="number">
                        {value === null ? (
                          <>
                            <span aria-hidden="true">–</span>
                            <span className="visually-hidden">{t('indicators.card.noValue')}</span>
                          </>
                        ) : (
                          koladaNumber(value)
                        )}
                      </td>
                    );
                  })}
                </tr>
              )}
            </DataTable>
          </details>
        </>
      ) : null}
      <p className="indicator-source">
        {importedAt === '' ? null : <>{t('indicators.card.source', { date: toIsoDate(new Date(importedAt)) })} </>}
        {verdictJudges(verdict.kind) ? t('indicators.card.ownCalculation') : null}
      </p>
    </article>
  );
}
