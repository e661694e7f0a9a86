/**
 * What the Word documents need of a goal area's indicators (the handlingsplan's indicator section
 * and the indikatorrapport): the plans and strategies, and for each indicator with Kolada values in
 * the goal area's areas its figures and its chart as a PNG, in the document's language. The same
 * values, series and verdict as the Indikatorer view (indicator-queries.ts, shared/kolada/).
 */
import type { ActionPlan, GoalArea, Strategy } from '#shared/domain/plan.ts';
import { koladaFigures, type KoladaChartPicture, type KoladaIndicatorFigures } from '#shared/documents/kolada-figures.ts';
import type { DocumentWords } from '#shared/documents/words/index.ts';
import { COUNTRY_AREA_ID } from '#shared/kolada/areas.ts';
import { toIsoDate } from '#shared/timelog/weeks.ts';
import { areaTitle } from './area-titles.ts';
import { svgToPng } from './chart-png.ts';
import { loadGoalAreaIndicators } from './indicator-queries.ts';

export interface IndicatorDocumentData {
  goalArea: GoalArea;
  /** The plans shown: the one asked for, or all the goal area's, newest period first. */
  plans: ActionPlan[];
  /** The strategies of those plans that have indicators. */
  strategies: Strategy[];
  kolada: KoladaIndicatorFigures[];
  /** The goal area's region by Kolada's name, null when none is chosen. */
  regionTitle: string | null;
  /** The areas compared with, the country last, as the table's columns have them. */
  compareTitles: string[];
}

/** Printed charts are drawn at twice their size: 192 dpi on paper. */
const printScale = 2;

/** The goal area's (or one plan's) indicators with their Kolada figures and charts; null when the goal area is gone. */
export async function loadIndicatorDocumentData(goalAreaId: string, planId: string | null, words: DocumentWords): Promise<IndicatorDocumentData | null> {
  const data = await loadGoalAreaIndicators(goalAreaId, planId);
  if (!data) return null;
  const { goalArea } = data;
  const regionId = goalArea.koladaAreas?.regionId ?? null;
  const compareIds = goalArea.koladaAreas?.compareIds ?? [];
  const charts = new Map<string, Promise<Uint8Array>>();
  const kolada = await Promise.all(
    data.rows.flatMap(({ strategy, indicator }) => {
      const kpiId = indicator.koladaKpiId;
      if (kpiId === undefined) return [];
      const found = koladaFigures(
        {
          strategyId: strategy.id,
          index: strategy.indicators.indexOf(indicator),
          indicator,
          kpi: data.kpis.get(kpiId),
          values: data.values.get(kpiId) ?? [],
          fetchedAt: data.fetchedAt.get(kpiId),
          regionId,
          compareIds,
          areaTitle,
          dayOf: (moment) => toIsoDate(new Date(moment)),
        },
        words,
      );
      if (!found) return [];
      const { chart } = found;
      return [
        (async (): Promise<KoladaIndicatorFigures> => {
          if (chart === null) return { ...found.figures, chart: null };
          // Indicators with the same KPI, baseline and target draw the same chart: drawn once.
          let png = charts.get(chart.svg);
          if (!png) {
            png = svgToPng(chart.svg, chart, printScale);
            charts.set(chart.svg, png);
          }
          const picture: KoladaChartPicture = { png: await png, width: chart.width, height: chart.height };
          return { ...found.figures, chart: picture };
        })(),
      ];
    }),
  );
  const strategies = [...new Set(data.rows.map((r) => r.strategy))];
  return {
    goalArea,
    plans: planId === null ? data.plans : data.plans.filter((p) => p.id === planId),
    strategies,
    kolada,
    regionTitle: regionId === null ? null : areaTitle(regionId),
    compareTitles: [...compareIds.filter((id) => id !== regionId && id !== COUNTRY_AREA_ID), ...(regionId === COUNTRY_AREA_ID ? [] : [COUNTRY_AREA_ID])].map(areaTitle),
  };
}
