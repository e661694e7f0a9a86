/**
 * The indikatorrapport: a goal area's indicators with their Kolada values, for the secretariat and
 * the reviewers. A title block (goal area, plans, region and compared areas, date), what the values
 * are and how the app judges them, an overview table of every indicator, then per plan and strategy
 * each indicator: what it measures, baseline and target, the region's latest value, the app's
 * verdict (labelled as its own calculation), the chart and a table of the values per year and area
 * with "Källa: Kolada, hämtat …". Indicators without Kolada values are listed with baseline and
 * target and a line saying so. Pure: `(input, words, styles) => Document`; the charts arrive as PNG
 * bytes (./kolada-figures.ts).
 */
import { Document, HeadingLevel, PageOrientation, Paragraph } from 'docx';
import type { FileChild } from 'docx';
import type { ActionPlan, GoalArea, Strategy } from '../domain/plan.ts';
import { coreProperties, dataTable, documentStyleOptions, heading, labelledParagraph, noteParagraph, pageSection, spacer, textParagraph, textRuns } from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { planValueInYear } from './kolada-figures.ts';
import type { KoladaIndicatorFigures, PlanIndicator } from './kolada-figures.ts';
import { fact, indicatorHeading, koladaIndicatorBlock, latestText } from './kolada-indicator.ts';
import { longDate, planInWords, titleOr } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface IndikatorrapportInput {
  goalArea: GoalArea;
  /** The plans whose indicators the report shows, in the order shown (the Indikatorer view's: newest period first). */
  plans: readonly ActionPlan[];
  /** The plans' strategies; each plan's in their own order. */
  strategies: readonly Strategy[];
  /** The Kolada values of the indicators that have a KPI and values in the goal area's areas, with their charts. */
  kolada: readonly KoladaIndicatorFigures[];
  /** The goal area's region by Kolada's name, null when none is chosen. */
  regionTitle: string | null;
  /** The areas compared with, the country last, by Kolada's names. */
  compareTitles: readonly string[];
  ownerName: string;
  /** Today's date, `YYYY-MM-DD`. */
  today: string;
}

interface ReportIndicator {
  plan: ActionPlan;
  strategy: Strategy;
  indicator: PlanIndicator;
  figures: KoladaIndicatorFigures | undefined;
}

/** Every indicator of the plans in reading order: plan, strategy, the strategy's own order. */
function reportIndicators(input: IndikatorrapportInput): ReportIndicator[] {
  return input.plans.flatMap((plan) =>
    input.strategies
      .filter((s) => s.planId === plan.id)
      .sort((a, b) => a.order - b.order)
      .flatMap((strategy) =>
        strategy.indicators.map((indicator, index) => ({ plan, strategy, indicator, figures: input.kolada.find((k) => k.strategyId === strategy.id && k.index === index) })),
      ),
  );
}

function titleBlock(input: IndikatorrapportInput, w: DocumentWords): FileChild[] {
  const r = w.indikatorrapport;
  const plans = input.plans.map((p) => planInWords(w, p)).join('; ');
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(w.indikatorrapport.documentTitle(input.goalArea.name)) }),
    labelledParagraph(w.field['goalArea.name'], w.common.goalArea(input.goalArea.name, input.goalArea.code), ''),
    labelledParagraph(input.plans.length > 1 ? r.plansLabel : r.planLabel, plans, r.noPlan),
    labelledParagraph(r.region, input.regionTitle ?? '', r.noRegion),
    labelledParagraph(r.comparedWith, input.compareTitles.join(', '), '–'),
    labelledParagraph(w.field['goalArea.owner'], input.ownerName, w.common.notFilledIn),
    labelledParagraph(w.common.date, longDate(w, input.today), ''),
  ];
}

function about(input: IndikatorrapportInput, w: DocumentWords): FileChild[] {
  const r = w.indikatorrapport;
  return [heading(r.about, HeadingLevel.HEADING_1), textParagraph(r.aboutText(input.regionTitle)), textParagraph(r.method)];
}

/** One row per indicator: name and strategy, the region's latest value, the target and the verdict's label. */
function overviewTable(w: DocumentWords, rows: readonly ReportIndicator[]): FileChild {
  const r = w.indikatorrapport;
  const columns: Column[] = [{ header: r.indicatorColumn }, { header: r.latestColumn, align: 'right' }, { header: r.targetColumn, align: 'right' }, { header: r.assessmentColumn }];
  return dataTable(
    columns,
    rows.map(({ strategy, indicator, figures }) => [
      `${indicatorHeading(indicator)}\n(${titleOr(w, strategy.title)})`,
      figures ? latestText(w, indicator, figures) : r.noKoladaValue,
      planValueInYear(w, indicator.targetValue, indicator.targetYear, indicator.unit),
      figures && figures.regionTitle !== null ? w.kolada.verdict.label[figures.verdict.kind] : '–',
    ]),
  );
}

function overview(w: DocumentWords, input: IndikatorrapportInput, rows: readonly ReportIndicator[]): FileChild[] {
  const r = w.indikatorrapport;
  const children: FileChild[] = [heading(r.overview, HeadingLevel.HEADING_1)];
  if (input.plans.length === 0) return [...children, noteParagraph(r.noPlans)];
  if (rows.length === 0) return [...children, noteParagraph(r.noIndicators)];
  // With several plans, a table per plan: the same indicator may stand in each.
  // A paragraph after each table: LibreOffice leaves a heading that follows a table straight alone at a page's foot.
  if (input.plans.length === 1) return [...children, overviewTable(w, rows), spacer()];
  for (const plan of input.plans) {
    const own = rows.filter((row) => row.plan.id === plan.id);
    children.push(heading(planInWords(w, plan), HeadingLevel.HEADING_2), ...(own.length === 0 ? [noteParagraph(r.noIndicators)] : [overviewTable(w, own), spacer()]));
  }
  return children;
}

/** An indicator without Kolada values: what it measures, baseline and target, and why there is nothing more. */
function withoutValues(w: DocumentWords, row: ReportIndicator, measures: readonly Paragraph[]): FileChild[] {
  const { indicator } = row;
  const k = w.kolada;
  const kpiId = indicator.koladaKpiId;
  return [
    heading(indicatorHeading(indicator), HeadingLevel.HEADING_3),
    ...measures,
    ...(kpiId === undefined ? [] : [fact(k.kpi, kpiId)]),
    fact(k.baseline, planValueInYear(w, indicator.baselineValue, indicator.baselineYear, indicator.unit)),
    fact(k.target, planValueInYear(w, indicator.targetValue, indicator.targetYear, indicator.unit)),
    noteParagraph(kpiId === undefined ? w.indikatorrapport.notLinked : w.indikatorrapport.noValues(kpiId)),
  ];
}

/** Per plan (heading 1) and strategy (heading 2), each indicator (heading 3) with its values. */
function details(w: DocumentWords, input: IndikatorrapportInput, rows: readonly ReportIndicator[]): FileChild[] {
  const children: FileChild[] = [];
  for (const plan of input.plans) {
    const own = rows.filter((row) => row.plan.id === plan.id);
    if (own.length === 0) continue;
    children.push(heading(planInWords(w, plan), HeadingLevel.HEADING_1));
    for (const strategy of [...new Set(own.map((row) => row.strategy))]) {
      children.push(heading(titleOr(w, strategy.title), HeadingLevel.HEADING_2));
      for (const row of own.filter((r) => r.strategy === strategy)) {
        const measures = [fact(w.kolada.strategy, titleOr(w, strategy.title)), ...(strategy.effectGoal.trim() === '' ? [] : [fact(w.field['strategy.effectGoal'], strategy.effectGoal)])];
        children.push(...(row.figures ? koladaIndicatorBlock(w, row.indicator, row.figures, { level: HeadingLevel.HEADING_3, measures }) : withoutValues(w, row, measures)));
      }
    }
  }
  return children;
}

/** The indikatorrapport in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildIndikatorrapport(input: IndikatorrapportInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const rows = reportIndicators(input);
  const date = longDate(w, input.today);
  const r = w.indikatorrapport;
  return new Document({
    ...coreProperties({
      title: r.documentTitle(input.goalArea.name),
      author: input.ownerName,
      subject: r.subject(input.goalArea.name),
      description: r.description(rows.length, rows.filter((row) => row.figures).length, date),
    }),
    ...documentStyleOptions(styles, w),
    sections: [pageSection([...titleBlock(input, w), ...about(input, w), ...overview(w, input, rows), ...details(w, input, rows)], PageOrientation.PORTRAIT, r.header(input.goalArea.name, date), w)],
  });
}
