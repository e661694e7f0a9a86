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
import { formatInteger, formatKronor } from '../format.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import { planIdsInScope, planName, scopePeriod } from '../plan/plan-scope.ts';
import type { PlanScope } from '../plan/plan-scope.ts';
import { quarterOf } from '../timelog/weeks.ts';
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
import { activityStatusLabels } from './handlingsplan.ts';
import { longSwedishDate } from './swedish-dates.ts';

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
  /** A reference document's styles completed by `referenceStylesForExport` (./reference-styles.ts); the default set when left out. */
  referenceStyles?: string;
}

const untitled = '(utan namn)';
const allGoalAreas = 'Alla målområden';

/** "Planerad", "Pågår" …: the handlingsplan's status words, capitalised for headings and the summary. */
function statusHeading(status: ActivityStatus): string {
  const label = activityStatusLabels[status];
  return label.charAt(0).toUpperCase() + label.slice(1);
}

function titleOr(text: string): string {
  return text.trim() === '' ? untitled : text;
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
function groups(rows: readonly Row[], grouping: AktivitetsplanGrouping): Group[] {
  if (grouping === 'status') {
    return activityStatuses.map((status) => ({ heading: statusHeading(status), rows: rows.filter((r) => r.activity.status === status) })).filter((g) => g.rows.length > 0);
  }
  const byQuarter = new Map<string, Row[]>();
  for (const row of rows) {
    const quarter = quarterOf(row.activity.startDate);
    const group = byQuarter.get(quarter);
    if (group) group.push(row);
    else byQuarter.set(quarter, [row]);
  }
  return [...byQuarter.keys()].sort(compare).map((quarter) => ({ heading: quarter, rows: byQuarter.get(quarter) ?? [] }));
}

function dateRange(from: string, to: string): string {
  return from === to ? longSwedishDate(from) : `${longSwedishDate(from)} – ${longSwedishDate(to)}`;
}

/** The chosen period, or the span from the first start to the last end; empty when there is nothing to span. */
function periodText(input: AktivitetsplanInput, rows: readonly Row[]): string {
  if (input.period) return dateRange(input.period.from, input.period.to);
  if (rows.length === 0) return '';
  const from = rows.reduce((min, r) => (r.activity.startDate < min ? r.activity.startDate : min), rows[0]?.activity.startDate ?? '');
  const to = rows.reduce((max, r) => (r.activity.endDate > max ? r.activity.endDate : max), rows[0]?.activity.endDate ?? '');
  return dateRange(from, to);
}

const notCancelled = (r: Row): boolean => r.activity.status !== 'cancelled';
const costOf = (rows: readonly Row[]): number => rows.reduce((sum, r) => sum + r.activity.costOre, 0);

function count(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

/** The plans the document covers, by goal area code and period; also those without activities, so the reader sees which plan is meant. */
function plansInScope(input: AktivitetsplanInput): ActionPlan[] {
  const inScope = planIdsInScope(input.actionPlans, input.planScope, input.today);
  const goalAreas = new Map(input.goalAreas.map((g) => [g.id, g]));
  return input.actionPlans
    .filter((p) => (inScope === null || inScope.has(p.id)) && goalAreas.has(p.goalAreaId) && (input.goalAreaId === null || p.goalAreaId === input.goalAreaId))
    .sort((a, b) => (goalAreas.get(a.goalAreaId)?.code ?? '').localeCompare(goalAreas.get(b.goalAreaId)?.code ?? '', 'sv') || a.periodStart - b.periodStart || a.periodEnd - b.periodEnd);
}

/** Which plans, in words, for the title page. */
function scopeText(scope: PlanScope): string {
  const period = scopePeriod(scope);
  if (period) return `planerna för perioden ${formatPlanPeriod(period)}`;
  return scope === 'all' ? 'alla planer, alla perioder' : 'den aktuella planen i varje målområde (den vars period omfattar dagens datum, annars den senaste)';
}

function noPlanText(scope: PlanScope): string {
  const period = scopePeriod(scope);
  return period ? `ingen plan för perioden ${formatPlanPeriod(period)}` : 'ingen plan';
}

function planLine(input: AktivitetsplanInput, goalArea: GoalArea | null, plans: readonly ActionPlan[]): Paragraph {
  if (goalArea === null) return labelledParagraph('Handlingsplaner', scopeText(input.planScope), '');
  return labelledParagraph(plans.length > 1 ? 'Handlingsplaner' : 'Handlingsplan', plans.map(planName).join('; '), noPlanText(input.planScope));
}

function titleBlock(input: AktivitetsplanInput, goalArea: GoalArea | null, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Aktivitetsplan') }),
    labelledParagraph('Målområde', goalArea ? `${goalArea.name} (${goalArea.code})` : allGoalAreas, ''),
    planLine(input, goalArea, plans),
    labelledParagraph(input.period ? 'Aktiviteter som pågår under' : 'Aktiviteternas datum', periodText(input, rows), 'inga aktiviteter'),
    labelledParagraph(goalArea ? 'Målområdesansvarig' : 'Sammanställd av', input.ownerName, 'Ej ifyllt'),
    labelledParagraph('Datum', longSwedishDate(input.today), ''),
    labelledParagraph('Indelning', input.grouping === 'status' ? 'efter status' : 'efter kvartal (aktiviteternas startdatum)', ''),
  ];
}

function summary(input: AktivitetsplanInput, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild[] {
  const children: FileChild[] = [heading('Sammanfattning', HeadingLevel.HEADING_1)];
  if (rows.length === 0) {
    const where = input.goalAreaId === null ? 'i något målområde' : plans.length === 0 ? 'inom målområdet' : `i ${plans.length === 1 ? 'planen' : 'planerna'}`;
    children.push(noteParagraph(`Det finns inga aktiviteter ${where}${input.period ? ' under perioden' : ''}.`));
    return children;
  }
  const open = rows.filter(notCancelled);
  const cancelled = rows.length - open.length;
  const areas = new Set(rows.map((r) => r.goalArea.id)).size;
  children.push(
    textParagraph(
      `Aktivitetsplanen omfattar ${count(rows.length, 'aktivitet', 'aktiviteter')}` +
        `${input.goalAreaId === null ? ` i ${count(areas, 'målområde', 'målområden')}` : ''}` +
        `${cancelled > 0 ? `, varav ${formatInteger(cancelled)} ${cancelled === 1 ? 'struken' : 'strukna'}` : ''}. ` +
        `Den sammanlagda kostnaden är ${formatKronor(costOf(open))}${cancelled > 0 ? ' (strukna aktiviteter oräknade)' : ''}.`,
    ),
    ...(input.planScope === 'all' && hasCarriedCopies(rows)
      ? [noteParagraph('Alla planer är med: en aktivitet som följt med till en ny period står en gång i varje plan och räknas en gång per plan. Kolumnen Plan säger vilken plan raden hör till.')]
      : []),
    heading('Per status', HeadingLevel.HEADING_2),
    dataTable(
      [{ header: 'Status' }, { header: 'Antal', align: 'right' }, { header: 'Kostnad', align: 'right' }],
      activityStatuses.map((status) => {
        const inStatus = rows.filter((r) => r.activity.status === status);
        return [statusHeading(status), formatInteger(inStatus.length), formatKronor(costOf(inStatus))];
      }),
      ['Summa utom strukna', formatInteger(open.length), formatKronor(costOf(open))],
    ),
  );
  if (input.goalAreaId === null) {
    children.push(heading('Per målområde', HeadingLevel.HEADING_2), noteParagraph('Strukna aktiviteter är inte medräknade.'), goalAreaTable(input, rows, plans));
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
function goalAreaTable(input: AktivitetsplanInput, rows: readonly Row[], plans: readonly ActionPlan[]): FileChild {
  const { goalAreas } = input;
  const columns: Column[] = [{ header: 'Kod' }, { header: 'Målområde och plan' }, { header: 'Ansvarig' }, { header: 'Antal', align: 'right' }, { header: 'Kostnad', align: 'right' }];
  const sorted = [...goalAreas].sort((a, b) => a.code.localeCompare(b.code, 'sv') || a.name.localeCompare(b.name, 'sv'));
  const open = rows.filter(notCancelled);
  return dataTable(
    columns,
    sorted.map((g) => {
      const own = open.filter((r) => r.goalArea.id === g.id);
      const named = plans.filter((p) => p.goalAreaId === g.id).map(planName);
      return [g.code, `${g.name}\n${named.length === 0 ? `(${noPlanText(input.planScope)})` : named.join('\n')}`, g.owner, formatInteger(own.length), formatKronor(costOf(own))];
    }),
    ['Summa', '', '', formatInteger(open.length), formatKronor(costOf(open))],
  );
}

/** Eight columns across the page: the activity tables are set in 10 pt. */
const activityFontSize = 20;

/** The activity table's columns; the goal area's code only when the document covers all goal areas, the plan's period only when it covers every plan. */
function activityColumns(withGoalArea: boolean, withPlan: boolean): Column[] {
  return [
    { header: 'Aktivitet' },
    ...(withGoalArea ? [{ header: 'Målområde' }] : []),
    ...(withPlan ? [{ header: 'Plan' }] : []),
    { header: 'Taktik (strategi)' },
    { header: 'Ansvarig' },
    { header: 'Start' },
    { header: 'Slut' },
    { header: 'Status' },
    { header: 'Kostnad', align: 'right' },
  ];
}

interface ActivityTableText {
  rows: string[][];
  footer: string[];
}

function activityTableText(rows: readonly Row[], withGoalArea: boolean, withPlan: boolean): ActivityTableText {
  const cells = rows.map(({ activity, plan, goalArea, tactic, strategy }) => [
    titleOr(activity.title),
    ...(withGoalArea ? [goalArea.code] : []),
    ...(withPlan ? [formatPlanPeriod(plan)] : []),
    `${titleOr(tactic.title)}\n(${titleOr(strategy.title)})`,
    activity.responsible,
    activity.startDate,
    activity.endDate,
    activityStatusLabels[activity.status],
    formatKronor(activity.costOre),
  ]);
  // Struken activities are left out of a sum, as in the handlingsplan, unless the table holds nothing else.
  const counted = rows.filter(notCancelled);
  const sumLabel = counted.length === 0 || counted.length === rows.length ? 'Summa' : 'Summa (utom strukna)';
  const footer = [sumLabel, ...(withGoalArea ? [''] : []), ...(withPlan ? [''] : []), '', '', '', '', '', formatKronor(costOf(counted.length === 0 ? rows : counted))];
  return { rows: cells, footer };
}

function activitySection(input: AktivitetsplanInput, rows: readonly Row[]): FileChild[] {
  const byStatus = input.grouping === 'status';
  const children: FileChild[] = [heading(byStatus ? 'Aktiviteter per status' : 'Aktiviteter per kvartal', HeadingLevel.HEADING_1)];
  if (!byStatus) children.push(noteParagraph('En aktivitet står under det kvartal då den börjar.'));
  const withGoalArea = input.goalAreaId === null;
  const withPlan = input.planScope === 'all';
  const tables = groups(rows, input.grouping).map((group) => ({ heading: group.heading, ...activityTableText(group.rows, withGoalArea, withPlan) }));
  // One set of widths and one size for all the groups' tables, so their columns line up down the pages.
  const siblings = tables.map((t) => ({ rows: t.rows, footer: t.footer }));
  for (const table of tables) {
    children.push(
      heading(table.heading, HeadingLevel.HEADING_2),
      dataTable(activityColumns(withGoalArea, withPlan), table.rows, table.footer, { size: activityFontSize, width: landscapeTextWidth, siblings }),
      spacer(),
    );
  }
  return children;
}

export function buildAktivitetsplan(input: AktivitetsplanInput): Document {
  const goalArea = input.goalAreaId === null ? null : (input.goalAreas.find((g) => g.id === input.goalAreaId) ?? null);
  if (input.goalAreaId !== null && goalArea === null) throw new Error(`buildAktivitetsplan: no goal area with id ${input.goalAreaId}`);
  const rows = rowsInScope(input);
  const plans = plansInScope(input);
  const scopeName = goalArea ? goalArea.name : allGoalAreas;
  const date = longSwedishDate(input.today);
  const headerText = `${scopeName} · Aktivitetsplan · ${date}`;
  const sections: ISectionOptions[] = [pageSection([...titleBlock(input, goalArea, rows, plans), ...summary(input, rows, plans)], PageOrientation.PORTRAIT, headerText)];
  if (rows.length > 0) sections.push(pageSection(activitySection(input, rows), PageOrientation.LANDSCAPE, headerText));
  const grouped = input.grouping === 'status' ? 'per status' : 'per kvartal';
  const period = periodText(input, rows);
  return new Document({
    ...coreProperties({
      title: goalArea ? `Aktivitetsplan ${goalArea.name}` : `Aktivitetsplan ${allGoalAreas.toLowerCase()}`,
      author: input.ownerName,
      subject: goalArea ? `Aktivitetsplan för målområdet ${goalArea.name}` : 'Aktivitetsplan för alla målområden',
      description: `Aktiviteter ${grouped}${period === '' ? '' : `, ${period}`}; ${goalArea ? (plans.length === 0 ? noPlanText(input.planScope) : plans.map(planName).join('; ')) : scopeText(input.planScope)}; ${date}.`,
    }),
    ...documentStyleOptions(input.referenceStyles),
    sections,
  });
}
