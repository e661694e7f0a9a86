/**
 * One indicator with its Kolada values in a Word document, as the handlingsplan's indicator section
 * and the indikatorrapport show it: a heading, what it measures, baseline, the region's latest
 * value, target and the app's verdict (labelled as the app's calculation), the chart as a picture
 * with alternative text, the same values as a real table (years down, areas across, the header
 * row repeated on every page), "Källa: Kolada, hämtat …" and the line saying the verdict is the
 * app's own. Words from the catalogue (./words), numbers with the document language's decimal sign.
 */
import { AlignmentType, ImageRun, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { verdictJudges, verdictNumbers } from '../kolada/verdict-words.ts';
import { dataTable, heading, textRuns } from './docx-parts.ts';
import type { Column, HeadingLevelValue } from './docx-parts.ts';
import { chartDescription, chartTitle, koladaValue, planValueInYear, withUnit } from './kolada-figures.ts';
import type { KoladaIndicatorFigures, PlanIndicator } from './kolada-figures.ts';
import type { DocumentWords } from './words/index.ts';

/** The values table is a table of figures, set in 10 pt as the activity tables are. */
const valuesTableSize = 20;
/** A values table of up to 30 years (a third of a page) moves to the next page whole rather than split. */
const keptTableRows = 30;

/** `Förvärvsarbetande 20–64 år (%)`: the indicator's name and its unit. */
export function indicatorHeading(indicator: PlanIndicator): string {
  return indicator.unit.trim() === '' ? indicator.name : `${indicator.name} (${indicator.unit.trim()})`;
}

/** Up to this many characters (two lines) a labelled value is kept with what follows; a longer text of the user's flows as text does. */
const keptFactLength = 200;

/** A bold label and its value, kept with what follows so the facts, their heading and the chart stay on one page. */
export function fact(label: string, value: string): Paragraph {
  const keepNext = label.length + value.length + 2 <= keptFactLength;
  return new Paragraph({ keepNext, children: [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value)] });
}

/** `N00914 Invånare 20-64 år som förvärvsarbetar, andel (%)`, or the id alone when the KPI's title was never imported. */
export function kpiText(figures: Pick<KoladaIndicatorFigures, 'kpiId' | 'kpiTitle'>): string {
  return figures.kpiTitle === null ? figures.kpiId : `${figures.kpiId} ${figures.kpiTitle}`;
}

/** The region's latest value as Kolada gives it, with the unit and the year: `80,3 % (2023)`. */
export function latestText(w: DocumentWords, indicator: PlanIndicator, figures: KoladaIndicatorFigures): string {
  const latest = figures.verdict.latest;
  return latest ? w.kolada.valueInYear(withUnit(koladaValue(w, latest.value, figures.decimals), indicator.unit), latest.year) : '–';
}

/** The verdict and why: `På väg mot målet. Trenden 2019–2023 (+0,42 per år) ger …`. */
export function verdictText(w: DocumentWords, indicator: PlanIndicator, figures: KoladaIndicatorFigures): string {
  const words = w.kolada.verdict;
  return `${words.label[figures.verdict.kind]}. ${words.explain(figures.verdict, indicator, verdictNumbers(w.language, indicator.unit))}`;
}

/** Baseline, the region's latest value, target and the verdict, one line each. */
export function koladaFacts(w: DocumentWords, indicator: PlanIndicator, figures: KoladaIndicatorFigures): Paragraph[] {
  const k = w.kolada;
  return [
    fact(k.baseline, planValueInYear(w, indicator.baselineValue, indicator.baselineYear, indicator.unit)),
    fact(figures.regionTitle === null ? k.latest : k.latestIn(figures.regionTitle), latestText(w, indicator, figures)),
    fact(k.target, planValueInYear(w, indicator.targetValue, indicator.targetYear, indicator.unit)),
    fact(k.assessment, figures.regionTitle === null ? k.noRegion : verdictText(w, indicator, figures)),
  ];
}

/** The chart as an inline picture with its title and description as alternative text. */
function chartParagraph(w: DocumentWords, indicator: PlanIndicator, figures: KoladaIndicatorFigures): Paragraph[] {
  const { chart } = figures;
  if (chart === null) return [];
  const title = chartTitle(w, indicator, figures.series);
  return [
    new Paragraph({
      spacing: { before: 120, after: 120 },
      alignment: AlignmentType.LEFT,
      children: [
        new ImageRun({
          type: 'png',
          data: chart.png,
          transformation: { width: chart.width, height: chart.height },
          altText: { name: title, title, description: chartDescription(w, indicator, figures) },
        }),
      ],
    }),
  ];
}

/** The values per year (rows) and area (columns), as the chart draws them. */
export function valuesTable(w: DocumentWords, figures: KoladaIndicatorFigures): FileChild {
  const columns: Column[] = [{ header: w.kolada.year }, ...figures.series.map((s): Column => ({ header: s.label, align: 'right' }))];
  const years = figures.series[0]?.points.map((p) => p.year) ?? [];
  const rows = years.map((year, i) => [String(year), ...figures.series.map((s) => koladaValue(w, s.points[i]?.value ?? null, figures.decimals))]);
  return dataTable(columns, rows, undefined, { size: valuesTableSize, keepTogether: rows.length <= keptTableRows });
}

export interface KoladaBlockOptions {
  /** The indicator's heading level in the document. */
  level: HeadingLevelValue;
  /** Lines between the heading and the figures (the indikatorrapport names strategy and effect goal there). */
  measures?: readonly Paragraph[];
}

/** The whole block for one indicator with Kolada values. */
export function koladaIndicatorBlock(w: DocumentWords, indicator: PlanIndicator, figures: KoladaIndicatorFigures, options: KoladaBlockOptions): FileChild[] {
  const k = w.kolada;
  return [
    heading(indicatorHeading(indicator), options.level),
    ...(options.measures ?? []),
    fact(k.kpi, kpiText(figures)),
    ...koladaFacts(w, indicator, figures),
    ...chartParagraph(w, indicator, figures),
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: textRuns(k.tableCaption(indicatorHeading(indicator)), { bold: true }) }),
    valuesTable(w, figures),
    new Paragraph({ spacing: { before: 80 }, children: textRuns(k.source(figures.importedOn)) }),
    ...(figures.regionTitle !== null && verdictJudges(figures.verdict.kind) ? [new Paragraph({ children: textRuns(k.ownCalculation) })] : []),
  ];
}
