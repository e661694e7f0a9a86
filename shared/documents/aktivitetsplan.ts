/**
 * The aktivitetsplan as a Word document: the activities of one goal area or
 * of all, grouped by status or by quarter, for the reviewers who ask "vad
 * händer inom målområdet?". A title block with a short summary in portrait,
 * then one table per group in a landscape section. *Ny period* copies the open
 * activities into the new plan, so the document covers the current plan of
 * each goal area unless told otherwise, and names the plans and their periods.
 * Pure: `(data) => Document`;
 * packing is ./pack.ts. Same styles and page furniture as the handlingsplan.
 */
import { Document, HeadingLevel, PageOrientation, Paragraph } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { ActionPlan, Activity, ActivityStatus, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { activityStatuses } from '../domain/plan.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import { planIdsInScope, scopePeriod } from '../plan/plan-scope.ts';
import type { PlanScope } from '../plan/plan-scope.ts';
import {
  coreProperties,
  dataTable,
  documentStyleOptions,
  heading,
  labelledParagraph,
  landscapeTextWidth,
  noteParagraph,
  pageSection,
  spacer,
  textParagraph,
  textRuns,
} from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { dateRange, integer, kronor, longDate, planInWords, quarterInWords, titleOr } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export type AktivitetsplanGrouping = 'status' | 'quarter';

export interface AktivitetsplanInput {
  /** The goal area whose activities to show, or null for all goal areas. */
  goalAreaId: string | null;
  grouping: AktivitetsplanGrouping;
  /** Which plans' activities: the current plan of each goal area, the plans of one period, or every plan (carried activities then once per plan). */
  planScope: PlanScope;
  /** Only activities that run some time in this range (inclusive, `YYYY-MM-DD`); null for all. */
  period: { from: string; to: string } | null;
  goalAreas: GoalArea[];
  actionPlans: ActionPlan[];
  strategies: Strategy[];
  tactics: Tactic[];
  activities: Activity[];
  /** Who exports: the MOA for one goal area, whoever compiles the document for all. */
  ownerName: string;
  /** Today's date, `YYYY-MM-DD`, shown on the title page and in the header. */
  today: string;
}

/** "Planerad", "Pågår" …: the handlingsplan's status words, capitalised for headings and the summary. */
function statusHeading(w: DocumentWords, status: ActivityStatus): string {
  const label = w.common.activityStatus[status];
  return label.charAt(0).toLocaleUpperCase(w.locale) + label.slice(1);
}

/** An activity with the outline it hangs under. */
interface Row {
  activity: Activity;
  plan: ActionPlan;
  goalArea: GoalArea;
  tactic: Tactic;
  strategy: Strategy;
}

/** The activities in scope, with their parents; an activity whose tactic, strategy, plan or goal area is gone is left out. */
function rowsInScope(input: AktivitetsplanInput): Row[] {
  const goalAreas = new Map(input.goalAreas.map((g) => [g.id, g]));
  const plans = new Map(input.actionPlans.map((p) => [p.id, p]));
  const tactics = new Map(input.tactics.map((t) => [t.id, t]));
  const strategies = new Map(input.strategies.map((s) => [s.id, s]));
  const inScope = planIdsInScope(input.actionPlans, input.planScope, input.today);
  const rows: Row[] = [];
  for (const activity of input.activities) {
    const plan = plans.get(activity.planId);
    const goalArea = plan ? goalAreas.get(plan.goalAreaId) : undefined;
    const tactic = tactics.get(activity.tacticId);
    const strategy = tactic ? strategies.get(tactic.strategyId) : undefined;
    if (!plan || !goalArea || !tactic || !strategy) continue;
    if (inScope !== null && !inScope.has(plan.id)) continue;
    if (input.goalAreaId !== null && goalArea.id !== input.goalAreaId) continue;
    if (input.period && (activity.endDate < input.period.from || activity.startDate > input.period.to)) continue;
    rows.push({ activity, plan, goalArea, tactic, strategy });
  }
  return rows.sort(
    (a, b) =>
      compare(a.activity.startDate, b.activity.startDate) ||
      compare(a.activity.endDate, b.activity.endDate) ||
      a.goalArea.code.localeCompare(b.goalArea.code, 'sv') ||
      a.plan.periodStart - b.plan.periodStart ||
      a.activity.title.localeCompare(b.activity.title, 'sv'),
  );
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

interface Group {
  heading: string;
  rows: Row[];
}

/** Groups in status order (planerad … struken) or in date order of quarters; empty groups are left out. */
function groups(w: DocumentWords, rows: readonly Row[], grouping: AktivitetsplanGrouping): Group[] {
  if (grouping === 'status') {
    return activityStatuses.map((status) => ({ heading: statusHeading(w, status), rows: rows.filter((r) => r.activity.status === status) })).filter((g) => g.rows.length > 0);
  }
  // Keyed by the quarter's first month (`2026-10`), so the groups sort by date in any language.
  const byQuarter = new Map<string, Row[]>();
  for (const row of rows) {
    const month = Number(row.activity.startDate.slice(5, 7));
    const quarter = `${row.activity.startDate.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}`;
    const group = byQuarter.get(quarter);
    if (group) group.push(row);
    else byQuarter.set(quarter, [row]);
  }
  return [...byQuarter.keys()].sort(compare).map((quarter) => ({ heading: quarterInWords(w, `${quarter}-01`), rows: byQuarter.get(quarter) ?? [] }));
}

/** The chosen period, or the span from the first start to the last end; empty when there is nothing to span. */
function periodText(input: AktivitetsplanInput, w: DocumentWords, rows: readonly Row[]): string {
  if (input.period) return dateRange(w, input.period.from, input.period.to);
  if (rows.length === 0) return '';
  const from = rows.reduce((min, r) => (r.activity.startDate < min ? r.activity.startDate : min), rows[0]?.activity.startDate ?? '');
  const to = rows.reduce((max, r) => (r.activity.endDate > max ? r.activity.endDate : max), rows[0]?.activity.endDate ?? '');
  return dateRange(w, from, to);
}

const notCancelled = (r: Row): boolean => r.activity.status !== 'cancelled';
const costOf = (rows: readonly Row[]): number => rows.reduce((sum, r) => sum + r.activity.costOre, 0);

/** The plans the document covers, by goal area code and period; also those without activities, so the reader sees which plan is meant. */
function plansInScope(input: AktivitetsplanInput): ActionPlan[] {
  const inScope = planIdsInScope(input.actionPlans, input.planScope, input.today);
  const goalAreas = new Map(input.goalAreas.map((g) => [g.id, g]));
  return input.actionPlans
    .filter((p) => (inScope === null || inScope.has(p.id)) && goalAreas.has(p.goalAreaId) && (input.goalAreaId === null || p.goalAreaId === input.goalAreaId))
    .sort((a, b) => (goalAreas.get(a.goalAreaId)?.code ?? '').localeCompare(goalAreas.get(b.goalAreaId)?.code ?? '', 'sv') || a.periodStart - b.periodStart || a.periodEnd - b.periodEnd);
}

/** Which plans, in words, for the title page. */
function scopeText(w: DocumentWords, scope: PlanScope): string {
  const period = scopePeriod(scope);
  if (period) return w.aktivitetsplan.scopePeriod(formatPlanPeriod(period));
  return scope === 'all' ? w.aktivitetsplan.scopeAll : w.aktivitetsplan.scopeCurrent;
}

function noPlanText(w: DocumentWords, scope: PlanScope): string {
  const period = scopePeriod(scope);
  return period ? w.aktivitetsplan.noPlanForPeriod(formatPlanPeriod(period)) : w.aktivitetsplan.noPlan;
}

function planNames(w: DocumentWords, plans: readonly ActionPlan[], separator: string): string {
  return plans.map((p) => planInWords(w, p)).join(separator);
}

function planLine(input: AktivitetsplanInput, w: DocumentWords, goalArea: GoalArea | null, plans: readonly ActionPlan[]): Paragraph {
  const a = w.aktivitetsplan;
  if (goalArea === null) return labelledParagraph(a.plansLabel, scopeText(w, input.planScope), '');
  return labelledParagraph(plans.length > 1 ? a.plansLabel : a.planLabel, planNames(w, plans, '; '), noPlanText(w, input.planScope));
}

function titleBlock(input: AktivitetsplanInput, w: DocumentWords, goalArea: GoalArea | null, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild[] {
  const a = w.aktivitetsplan;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(a.title) }),
    labelledParagraph(w.field['goalArea.name'], goalArea ? w.common.goalArea(goalArea.name, goalArea.code) : a.allGoalAreas, ''),
    planLine(input, w, goalArea, plans),
    labelledParagraph(input.period ? a.runningDuring : a.activityDates, periodText(input, w, rows), a.noActivitiesValue),
    labelledParagraph(goalArea ? w.field['goalArea.owner'] : a.compiledBy, input.ownerName, w.common.notFilledIn),
    labelledParagraph(w.common.date, longDate(w, input.today), ''),
    labelledParagraph(a.groupingLabel, input.grouping === 'status' ? a.byStatusValue : a.byQuarterValue, ''),
  ];
}

function summary(input: AktivitetsplanInput, w: DocumentWords, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild[] {
  const a = w.aktivitetsplan;
  const children: FileChild[] = [heading(a.summary, HeadingLevel.HEADING_1)];
  if (rows.length === 0) {
    const where = input.goalAreaId === null ? 'anyGoalArea' : plans.length === 0 ? 'goalArea' : plans.length === 1 ? 'plan' : 'plans';
    children.push(noteParagraph(a.none(where, input.period !== null)));
    return children;
  }
  const open = rows.filter(notCancelled);
  const cancelled = rows.length - open.length;
  const areas = new Set(rows.map((r) => r.goalArea.id)).size;
  children.push(
    textParagraph(
      a.overview(
        a.activityCount(rows.length, integer(w, rows.length)),
        input.goalAreaId === null ? a.goalAreaCount(areas, integer(w, areas)) : null,
        cancelled,
        integer(w, cancelled),
        kronor(w, costOf(open)),
      ),
    ),
    ...(input.planScope === 'all' && hasCarriedCopies(rows) ? [noteParagraph(a.allPlansNote)] : []),
    heading(a.perStatus, HeadingLevel.HEADING_2),
    dataTable(
      [{ header: w.field['activity.status'] }, { header: a.count, align: 'right' }, { header: w.field['activity.costOre'], align: 'right' }],
      activityStatuses.map((status) => {
        const inStatus = rows.filter((r) => r.activity.status === status);
        return [statusHeading(w, status), integer(w, inStatus.length), kronor(w, costOf(inStatus))];
      }),
      [a.sumExceptCancelled, integer(w, open.length), kronor(w, costOf(open))],
    ),
  );
  if (input.goalAreaId === null) {
    children.push(heading(a.perGoalArea, HeadingLevel.HEADING_2), noteParagraph(a.cancelledNotCounted), goalAreaTable(input, w, rows, plans));
  }
  return children;
}

/** More than one plan of a goal area among the rows: the same activity may stand twice. */
function hasCarriedCopies(rows: readonly Row[]): boolean {
  const planOf = new Map<string, string>();
  for (const { goalArea, plan } of rows) {
    if ((planOf.get(goalArea.id) ?? plan.id) !== plan.id) return true;
    planOf.set(goalArea.id, plan.id);
  }
  return false;
}

/** Every goal area, also those without activities, so the reader sees who has nothing planned; the code is the key to the tables' column. Each goal area names the plans counted. */
function goalAreaTable(input: AktivitetsplanInput, w: DocumentWords, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild {
  const { goalAreas } = input;
  const t = w.aktivitetsplan;
  const columns: Column[] = [{ header: t.code }, { header: t.goalAreaAndPlan }, { header: t.responsible }, { header: t.count, align: 'right' }, { header: w.field['activity.costOre'], align: 'right' }];
  const sorted = [...goalAreas].sort((a, b) => a.code.localeCompare(b.code, w.language) || a.name.localeCompare(b.name, w.language));
  const open = rows.filter(notCancelled);
  return dataTable(
    columns,
    sorted.map((g) => {
      const own = open.filter((r) => r.goalArea.id === g.id);
      const named = plans.filter((p) => p.goalAreaId === g.id);
      return [g.code, `${g.name}\n${named.length === 0 ? `(${noPlanText(w, input.planScope)})` : planNames(w, named, '\n')}`, g.owner, integer(w, own.length), kronor(w, costOf(own))];
    }),
    [w.common.sum, '', '', integer(w, open.length), kronor(w, costOf(open))],
  );
}

/** Eight columns across the page: the activity tables are set in 10 pt. */
const activityFontSize = 20;

/** The activity table's columns; the goal area's code only when the document covers all goal areas, the plan's period only when it covers every plan. */
function activityColumns(w: DocumentWords, withGoalArea: boolean, withPlan: boolean): Column[] {
  const f = w.field;
  return [
    { header: f['activity.title'] },
    ...(withGoalArea ? [{ header: w.aktivitetsplan.goalAreaColumn }] : []),
    ...(withPlan ? [{ header: w.aktivitetsplan.planColumn }] : []),
    { header: w.aktivitetsplan.tacticColumn },
    { header: f['activity.responsible'] },
    { header: f['activity.startDate'] },
    { header: f['activity.endDate'] },
    { header: f['activity.status'] },
    { header: f['activity.costOre'], align: 'right' },
  ];
}

interface ActivityTableText {
  rows: string[][];
  footer: string[];
}

function activityTableText(w: DocumentWords, rows: readonly Row[], withGoalArea: boolean, withPlan: boolean): ActivityTableText {
  const cells = rows.map(({ activity, plan, goalArea, tactic, strategy }) => [
    titleOr(w, activity.title),
    ...(withGoalArea ? [goalArea.code] : []),
    ...(withPlan ? [formatPlanPeriod(plan)] : []),
    `${titleOr(w, tactic.title)}\n(${titleOr(w, strategy.title)})`,
    activity.responsible,
    activity.startDate,
    activity.endDate,
    w.common.activityStatus[activity.status],
    kronor(w, activity.costOre),
  ]);
  // Struken activities are left out of a sum, as in the handlingsplan, unless the table holds nothing else.
  const counted = rows.filter(notCancelled);
  const sumLabel = counted.length === 0 || counted.length === rows.length ? w.common.sum : w.common.sumExceptCancelled;
  const footer = [sumLabel, ...(withGoalArea ? [''] : []), ...(withPlan ? [''] : []), '', '', '', '', '', kronor(w, costOf(counted.length === 0 ? rows : counted))];
  return { rows: cells, footer };
}

function activitySection(input: AktivitetsplanInput, w: DocumentWords, rows: readonly Row[]): FileChild[] {
  const byStatus = input.grouping === 'status';
  const children: FileChild[] = [heading(byStatus ? w.aktivitetsplan.byStatusHeading : w.aktivitetsplan.byQuarterHeading, HeadingLevel.HEADING_1)];
  if (!byStatus) children.push(noteParagraph(w.aktivitetsplan.quarterNote));
  const withGoalArea = input.goalAreaId === null;
  const withPlan = input.planScope === 'all';
  const tables = groups(w, rows, input.grouping).map((group) => ({ heading: group.heading, ...activityTableText(w, group.rows, withGoalArea, withPlan) }));
  // One set of widths and one size for all the groups' tables, so their columns line up down the pages.
  const siblings = tables.map((t) => ({ rows: t.rows, footer: t.footer }));
  for (const table of tables) {
    children.push(
      heading(table.heading, HeadingLevel.HEADING_2),
      dataTable(activityColumns(w, withGoalArea, withPlan), table.rows, table.footer, { size: activityFontSize, width: landscapeTextWidth, siblings }),
      spacer(),
    );
  }
  return children;
}

/** The aktivitetsplan in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildAktivitetsplan(input: AktivitetsplanInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const goalArea = input.goalAreaId === null ? null : (input.goalAreas.find((g) => g.id === input.goalAreaId) ?? null);
  if (input.goalAreaId !== null && goalArea === null) throw new Error(`buildAktivitetsplan: no goal area with id ${input.goalAreaId}`);
  const rows = rowsInScope(input);
  const plans = plansInScope(input);
  const scopeName = goalArea ? goalArea.name : w.aktivitetsplan.allGoalAreas;
  const date = longDate(w, input.today);
  const headerText = w.aktivitetsplan.header(scopeName, date);
  const sections: ISectionOptions[] = [pageSection([...titleBlock(input, w, goalArea, rows, plans), ...summary(input, w, rows, plans)], PageOrientation.PORTRAIT, headerText, w)];
  if (rows.length > 0) sections.push(pageSection(activitySection(input, w, rows), PageOrientation.LANDSCAPE, headerText, w));
  const period = periodText(input, w, rows);
  const planText = goalArea ? (plans.length === 0 ? noPlanText(w, input.planScope) : planNames(w, plans, '; ')) : scopeText(w, input.planScope);
  return new Document({
    ...coreProperties({
      title: w.aktivitetsplan.documentTitle(goalArea ? goalArea.name : null),
      author: input.ownerName,
      subject: w.aktivitetsplan.subject(goalArea ? goalArea.name : null),
      description: w.aktivitetsplan.description(input.grouping === 'status', period, planText, date),
    }),
    ...documentStyleOptions(styles, w),
    sections,
  });
}
