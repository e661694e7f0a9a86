/**
 * What the Indikatorer view shows for a goal area (or one of its plans): every indicator of the
 * plans' strategies, with the Kolada values of its KPI in the goal area's region, the areas it is
 * compared with and the country. Values are read by key range (`N00914:1880:`…), so a workbook with
 * Kolada's whole country for fifty KPIs reads only the few areas shown.
 */
import type { ActionPlan, GoalArea, Strategy } from '#shared/domain/plan.ts';
import type { KoladaImportRecord, KoladaKpiRecord, KoladaValueRecord } from '#shared/domain/kolada.ts';
import { COUNTRY_AREA_ID } from '#shared/kolada/areas.ts';
import { db } from '../../db/database.ts';

export type PlanIndicator = Strategy['indicators'][number];

export interface IndicatorRow {
  key: string;
  plan: ActionPlan;
  strategy: Strategy;
  indicator: PlanIndicator;
}

export interface GoalAreaIndicators {
  goalArea: GoalArea;
  plans: ActionPlan[];
  rows: IndicatorRow[];
  /** Per KPI, its values in the areas shown. */
  values: Map<string, KoladaValueRecord[]>;
  kpis: Map<string, KoladaKpiRecord>;
  /** Per KPI, when its values were last read in (the newest import that brought them, changed or not). */
  fetchedAt: Map<string, string>;
  /** The areas shown: the region, the compared areas and the country. */
  areaIds: string[];
}

/** The goal area's areas to read: its region, what it compares with, and the whole country. */
export function shownAreaIds(goalArea: GoalArea): string[] {
  const chosen = goalArea.koladaAreas;
  return [...new Set([...(chosen?.regionId ? [chosen.regionId] : []), ...(chosen?.compareIds ?? []), COUNTRY_AREA_ID])];
}

/** Newest period first, then by title; a plan's strategies in their own order. */
const byPeriod = (a: ActionPlan, b: ActionPlan) => b.periodStart - a.periodStart || a.title.localeCompare(b.title, 'sv');

export async function loadGoalAreaIndicators(goalAreaId: string, planId: string | null): Promise<GoalAreaIndicators | null> {
  const database = db();
  return database.transaction('r', [database.goalAreas, database.actionPlans, database.strategies, database.koladaValues, database.koladaKpis, database.koladaImports], async () => {
    const goalArea = await database.goalAreas.get(goalAreaId);
    if (!goalArea) return null;
    const plans = (await database.actionPlans.where('goalAreaId').equals(goalAreaId).toArray()).sort(byPeriod);
    const shownPlans = planId === null ? plans : plans.filter((p) => p.id === planId);
    const strategies = await database.strategies.where('planId').anyOf(shownPlans.map((p) => p.id)).toArray();
    const rows: IndicatorRow[] = [];
    for (const plan of shownPlans) {
      for (const strategy of strategies.filter((s) => s.planId === plan.id).sort((a, b) => a.order - b.order)) {
        strategy.indicators.forEach((indicator, index) => rows.push({ key: `${strategy.id}:${index}`, plan, strategy, indicator }));
      }
    }
    const kpiIds = [...new Set(rows.flatMap((r) => (r.indicator.koladaKpiId ? [r.indicator.koladaKpiId] : [])))];
    const areaIds = shownAreaIds(goalArea);
    const [kpiRecords, imports, ranges] = await Promise.all([
      database.koladaKpis.bulkGet(kpiIds),
      kpiIds.length === 0 ? Promise.resolve([]) : database.koladaImports.orderBy('importedAt').toArray(),
      Promise.all(kpiIds.flatMap((kpi) => areaIds.map((area) => database.koladaValues.where('id').between(`${kpi}:${area}:`, `${kpi}:${area}:\uffff`).toArray()))),
    ]);
    const values = new Map<string, KoladaValueRecord[]>(kpiIds.map((id) => [id, []]));
    for (const list of ranges) for (const value of list) values.get(value.kpiId)?.push(value);
    const kpis = new Map(kpiRecords.flatMap((k) => (k ? [[k.id, k] as const] : [])));
    return { goalArea, plans, rows, values, kpis, fetchedAt: koladaFetchedAt(imports, kpiIds), areaIds };
  });
}

/**
 * Per KPI, the newest import that brought its values: "hämtat" is when the data was read in, also
 * when nothing had changed (unchanged values keep the date they were first stored). An import of
 * KPI names alone does not count; records from before kpiSummaries count by their KPI list.
 */
export function koladaFetchedAt(imports: readonly KoladaImportRecord[], kpiIds: readonly string[]): Map<string, string> {
  const wanted = new Set(kpiIds);
  const fetched = new Map<string, string>();
  for (const record of imports) {
    const withValues = record.kpiSummaries ? record.kpiSummaries.map((s) => s.kpiId) : record.kpiIds;
    for (const kpiId of withValues) if (wanted.has(kpiId) && (fetched.get(kpiId) ?? '') < record.importedAt) fetched.set(kpiId, record.importedAt);
  }
  return fetched;
}

/** All goal areas, by code, for the view's choice. */
export function loadGoalAreas(): Promise<GoalArea[]> {
  return db().goalAreas.orderBy('id').toArray().then((list) => list.sort((a, b) => a.code.localeCompare(b.code, 'sv', { numeric: true })));
}
