/**
 * The projektplan as a Word document for RUS-kansliet: a title page, a table
 * of contents, the project's own sections, the link to the handlingsplan,
 * goals, target groups, organisation, activities and timeline, budget and
 * financing with their balance, risks with a 5×5 matrix, the horizontal
 * principles, the theory of change, the closing sections and, for a draft,
 * what is still missing, in the order the project's template places them
 * (`layout`). Pure: `(data) => Document`; packing is ./pack.ts.
 * Same styles and page furniture as the handlingsplan.
 */
import { AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { ActionPlan, Activity, Contact, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { budgetCategories, horizontalPrinciples, projectGoalLevels } from '../domain/project.ts';
import type { Project, ProjectActivity, ProjectGoalLevel } from '../domain/project.ts';
import { budgetTotals, coFinancingShare, financingBalance, financingTotals, projectYears, sumAmounts, yearAmount } from '../project/budget.ts';
import type { ProjectCompletenessItem } from '../project/completeness.ts';
import { projectCompletenessText } from '../project/completeness.ts';
import { riskLevel, riskLevelThresholds, riskMatrix, riskScore, risksByScore } from '../project/risk.ts';
import type { RiskLevel } from '../project/risk.ts';
import { projectLayout, type LayoutEntry, type ProjectLayout, type ShownSection } from '../project/template-sections.ts';
import {
  coreProperties,
  dataTable,
  documentStyleOptions,
  heading,
  labelledParagraph,
  landscapeTextWidth,
  noteParagraph,
  pageSection,
  portraitTextWidth,
  spacer,
  tableLayout,
  tableOfContents,
  textParagraph,
  textRuns,
} from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { dateRange, fixedPercent, integer, kronorExact, longDate, monthInWords, planInWords, quarterInWords, titleOr } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface ProjektplanInput {
  project: Project;
  /** The goal area the project belongs to; null when it cannot be found. */
  goalArea: GoalArea | null;
  /** The contacts register, to name the organisation's people. */
  contacts: Contact[];
  /** The action plan's strategies and tactics, to name the ones the project carries out. */
  strategies: Strategy[];
  tactics: Tactic[];
  /** The action plans those strategies and tactics belong to, named with their periods in the link to the handlingsplan; left out, the link names only the goal area. */
  actionPlans?: ActionPlan[];
  /** Plan activities the project carries out (`projectId` = the project), shown in the timeline; others are left out. */
  planActivities?: Activity[];
  /** Who exports the plan (the MOA); the document's author. */
  ownerName: string;
  /** Today's date, `YYYY-MM-DD`, shown on the title page and in the header. */
  today: string;
  /** Marks every page as UTKAST and ends with what is still missing. */
  draft: boolean;
  /** projectCompleteness for the project, listed under "Att komplettera" in a draft. */
  completeness: ProjectCompletenessItem[];
  /**
   * The project laid out by its own template version (projectLayout): the order of sections and
   * parts, the sections' titles. Left out: the project's own sections in the fixed order.
   */
  layout?: ProjectLayout;
}


/** Tables are set smaller than the text: 10 pt, tables of figures 9 pt. Their columns take their widths from their content (./column-widths.ts). */
const tableSize = 20;
const figureSize = 18;

/** Exact kronor (öre shown when there are any), so the cells add up to the totals. */
const kronor = kronorExact;

/** A difference with its sign: `+50 000 kr`, `−150 000 kr` (a real minus sign), `0 kr`. */
function signedKronor(w: DocumentWords, ore: number): string {
  if (ore === 0) return kronor(w, 0);
  return `${ore > 0 ? '+' : '\u2212'}${kronor(w, Math.abs(ore))}`;
}

function byDate<T extends { startDate: string; endDate: string }>(rows: readonly T[]): T[] {
  // Array.prototype.sort is stable, so rows on the same dates keep the plan's order.
  return [...rows].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
}

/** A bold label on its own line, then the text (or "Ej ifyllt"), for long texts. */
function field(w: DocumentWords, label: string, text: string): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: label, bold: true })] }),
    text.trim() === '' ? noteParagraph(w.common.notFilledIn) : textParagraph(text),
  ];
}

/** A sentence in bold: the one thing a reader must not miss in a part. */
function statement(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 120 }, children: textRuns(text, { bold: true }) });
}

function periodInWords(w: DocumentWords, project: Project): string {
  return dateRange(w, project.startDate, project.endDate);
}

interface Person {
  name: string;
  organisation: string;
}

/**
 * A contact as a member of the project: a person with the organisation the register gives, an
 * organisation (kind `organisation`) with the organisation it belongs to, else itself.
 */
function person(w: DocumentWords, contacts: ReadonlyMap<string, Contact>, id: string): Person {
  const contact = contacts.get(id);
  if (!contact) return { name: w.projektplan.goneContact, organisation: '' };
  const organisation = contact.organisation.trim() !== '' ? contact.organisation : contact.kind === 'organisation' ? contact.name : '';
  return { name: contact.name, organisation };
}

/** "Anna Berg (Region Örebro län)", or the name alone (also for an organisation that is its own); empty for no contact. */
function personText(w: DocumentWords, contacts: ReadonlyMap<string, Contact>, id: string | null): string {
  if (id === null) return '';
  const p = person(w, contacts, id);
  return p.organisation.trim() === '' || p.organisation === p.name ? p.name : `${p.name} (${p.organisation})`;
}

function titlePage(input: ProjektplanInput, w: DocumentWords, contacts: ReadonlyMap<string, Contact>): FileChild[] {
  const { project } = input;
  const f = w.field;
  const pp = w.projektplan;
  const notFilledIn = w.common.notFilledIn;
  const children: FileChild[] = [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: pp.kind, bold: true, size: 32, color: '1F3864' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(titleOr(w, project.title)) }),
    labelledParagraph(f['goalArea.name'], input.goalArea ? w.common.goalArea(input.goalArea.name, input.goalArea.code) : '', pp.noGoalArea),
    labelledParagraph(f['project.period'], periodInWords(w, project), notFilledIn),
    labelledParagraph(f['project.status'], pp.projectStatus[project.status], notFilledIn),
    labelledParagraph(f['project.ownerContactId'], personText(w, contacts, project.organisation.ownerContactId), pp.notStated),
    labelledParagraph(f['project.leaderContactId'], personText(w, contacts, project.organisation.leaderContactId), pp.notStated),
    labelledParagraph(pp.preparedBy, input.ownerName, notFilledIn),
    labelledParagraph(w.common.date, longDate(w, input.today), ''),
  ];
  if (input.draft) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: w.common.draftMark, bold: true, size: 56, color: 'C00000' })] }),
      new Paragraph({ children: [new TextRun({ text: pp.draftNote, bold: true })] }),
    );
  }
  return children;
}

/** A part's heading: the template's title for it, or the builder's own; the first part after the contents starts a page. */
interface PartHead {
  title: string | null;
}
const plainHead: PartHead = { title: null };

function partHeading(fallback: string, head: PartHead): Paragraph {
  return heading(head.title ?? fallback, HeadingLevel.HEADING_1);
}

function textSection(w: DocumentWords, section: ShownSection): FileChild[] {
  return [heading(section.title, HeadingLevel.HEADING_1), section.text.trim() === '' ? noteParagraph(w.common.notFilledIn) : textParagraph(section.text)];
}

function planLink(input: ProjektplanInput, w: DocumentWords, head: PartHead = plainHead): FileChild[] {
  const { project } = input;
  const pp = w.projektplan;
  const children: FileChild[] = [partHeading(pp.planLink, head)];
  const tacticIds = new Set(project.tacticIds);
  const linkedTactics = input.tactics.filter((t) => tacticIds.has(t.id));
  // A tactic's strategy is shown even when only the tactic is linked, so the reader sees the why behind it.
  const strategyIds = new Set([...project.strategyIds, ...linkedTactics.map((t) => t.strategyId)]);
  const strategies = input.strategies.filter((s) => strategyIds.has(s.id)).sort((a, b) => a.order - b.order);
  const known = new Set([...input.strategies.map((s) => s.id), ...input.tactics.map((t) => t.id)]);
  const gone = [...project.strategyIds, ...project.tacticIds].filter((id) => !known.has(id)).length;
  if (strategies.length === 0 && gone === 0) {
    children.push(noteParagraph(pp.notLinked));
    return children;
  }
  // The strategies by the plan they stand in, the plans in period order: after Ny period a project may carry out parts of two.
  const plans = new Map((input.actionPlans ?? []).map((p) => [p.id, p]));
  const planOf = (s: Strategy): ActionPlan | undefined => plans.get(s.planId);
  const named = [...new Set(strategies.map(planOf).filter((p): p is ActionPlan => p !== undefined))].sort((a, b) => a.periodStart - b.periodStart || a.periodEnd - b.periodEnd);
  const area = pp.forGoalArea(input.goalArea ? input.goalArea.name : null);
  if (strategies.length > 0) {
    const [only] = named;
    children.push(
      textParagraph(
        named.length === 1 && only && strategies.every((s) => planOf(s) === only)
          ? pp.carriesOutPlan(planInWords(w, only), area)
          : named.length > 1
            ? pp.carriesOutPlans(integer(w, named.length), area)
            : pp.carriesOut(area),
      ),
    );
  }
  const groups: { plan: ActionPlan | undefined; strategies: Strategy[] }[] = [
    ...named.map((plan) => ({ plan, strategies: strategies.filter((s) => planOf(s) === plan) })),
    { plan: undefined, strategies: strategies.filter((s) => planOf(s) === undefined) },
  ].filter((g) => g.strategies.length > 0);
  for (const group of groups) {
    if (groups.length > 1) {
      children.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 200 },
          children: [new TextRun({ text: pp.planPrefix, bold: true }), ...textRuns(group.plan ? planInWords(w, group.plan) : pp.unknownPlan, { bold: true })],
        }),
      );
    }
    children.push(...strategyLinks(w, group.strategies, linkedTactics));
  }
  if (gone > 0) children.push(noteParagraph(pp.goneLinks(gone, integer(w, gone))));
  return children;
}

/** Each strategy with its effect goal and the linked tactics under it. */
function strategyLinks(w: DocumentWords, strategies: readonly Strategy[], linkedTactics: readonly Tactic[]): FileChild[] {
  const pp = w.projektplan;
  const children: FileChild[] = [];
  for (const strategy of strategies) {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: pp.strategyPrefix, bold: true }), ...textRuns(titleOr(w, strategy.title), { bold: true })] }));
    if (strategy.effectGoal.trim() !== '') children.push(labelledParagraph(w.field['strategy.effectGoal'], strategy.effectGoal, ''));
    const tactics = linkedTactics.filter((t) => t.strategyId === strategy.id).sort((a, b) => a.order - b.order);
    if (tactics.length === 0) children.push(noteParagraph(pp.noTacticChosen));
    for (const tactic of tactics) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun(pp.tacticPrefix), ...textRuns(titleOr(w, tactic.title))] }));
  }
  return children;
}

function goals(w: DocumentWords, project: Project, head: PartHead = plainHead): FileChild[] {
  const pp = w.projektplan;
  const f = w.field;
  const children: FileChild[] = [partHeading(pp.goals, head)];
  if (project.goals.length === 0) {
    children.push(noteParagraph(pp.noGoals));
    return children;
  }
  const columns: Column[] = [{ header: f['projectGoal.text'] }, { header: f['projectGoal.indicator'] }, { header: f['projectGoal.baseline'] }, { header: f['projectGoal.target'] }, { header: f['projectGoal.targetDate'] }];
  const rowsOf = (level: ProjectGoalLevel): string[][] => project.goals.filter((g) => g.level === level).map((g) => [g.text, g.indicator, g.baseline, g.target, g.targetDate ?? '–']);
  // The three levels' tables share their widths, so their columns line up.
  const siblings = projectGoalLevels.map((level) => ({ rows: rowsOf(level) }));
  for (const level of projectGoalLevels) {
    const rows = rowsOf(level);
    children.push(heading(pp.goalLevel[level], HeadingLevel.HEADING_2), rows.length === 0 ? noteParagraph(pp.noGoalOfLevel[level]) : dataTable(columns, rows, undefined, { size: tableSize, siblings }));
  }
  return children;
}

function targetGroups(w: DocumentWords, project: Project, head: PartHead = plainHead): FileChild[] {
  const f = w.field;
  const children: FileChild[] = [partHeading(w.projektplan.targetGroups, head)];
  const { primary, secondary } = project.targetGroups;
  if ([primary, secondary, project.stakeholders].every((t) => t.trim() === '')) {
    children.push(noteParagraph(w.projektplan.noTargetGroups));
    return children;
  }
  children.push(...field(w, f['project.primaryTargetGroups'], primary), ...field(w, f['project.secondaryTargetGroups'], secondary), ...field(w, f['project.stakeholders'], project.stakeholders));
  return children;
}

function organisation(w: DocumentWords, project: Project, contacts: ReadonlyMap<string, Contact>, head: PartHead = plainHead): FileChild[] {
  const pp = w.projektplan;
  const f = w.field;
  const children: FileChild[] = [partHeading(pp.organisation, head)];
  const org = project.organisation;
  const roles: [string, (string | null)[], string][] = [
    [f['project.ownerContactId'], [org.ownerContactId], pp.notStated],
    [f['project.leaderContactId'], [org.leaderContactId], pp.notStated],
    [f['project.steeringGroupContactIds'], org.steeringGroupContactIds, pp.noneStated],
    [f['project.referenceGroupContactIds'], org.referenceGroupContactIds, pp.noneStated],
    [f['project.partnerContactIds'], org.partnerContactIds, pp.noneStated],
  ];
  if (roles.every(([, ids]) => ids.every((id) => id === null))) {
    children.push(noteParagraph(pp.noOrganisation));
    return children;
  }
  // The role is repeated on every row: a screen reader reading one row then still hears whose row it is.
  const rows = roles.flatMap(([role, ids, none]) => {
    const people = ids.filter((id): id is string => id !== null).map((id) => person(w, contacts, id));
    return people.length === 0 ? [[role, none, '']] : people.map((p) => [role, p.name, p.name === pp.goneContact ? '' : p.organisation.trim() === '' ? pp.notStated : p.organisation]);
  });
  const columns: Column[] = [{ header: pp.roleColumn }, { header: pp.nameColumn }, { header: pp.organisationColumn }];
  children.push(dataTable(columns, rows, undefined, { size: tableSize }));
  return children;
}

function activityName(w: DocumentWords, activity: ProjectActivity): string {
  return activity.milestone ? w.projektplan.milestone(titleOr(w, activity.title)) : titleOr(w, activity.title);
}

function activityColumns(w: DocumentWords): Column[] {
  const f = w.field;
  return [{ header: f['projectActivity.title'] }, { header: f['projectActivity.startDate'] }, { header: f['projectActivity.endDate'] }, { header: f['projectActivity.responsible'] }, { header: f['projectActivity.status'] }];
}

function activityRows(w: DocumentWords, activities: readonly ProjectActivity[]): string[][] {
  return byDate(activities).map((a) => [activityName(w, a), a.startDate, a.endDate, a.responsible, w.projektplan.activityStatus[a.status]]);
}

/** One work package's activities; `all` are every package's, so that the tables share their widths. */
function activityTable(w: DocumentWords, activities: readonly ProjectActivity[], all: readonly ProjectActivity[]): Table {
  return dataTable(activityColumns(w), activityRows(w, activities), undefined, { size: tableSize, siblings: [{ rows: activityRows(w, all) }] });
}

/** Whether the timeline counts in months (a project within a year) or in quarters. */
function timelineUnit(project: Project): 'month' | 'quarter' {
  const [start, end] = [project.startDate, project.endDate].map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
  return (end ?? 0) - (start ?? 0) < 12 ? 'month' : 'quarter';
}

function activitiesAndTimeline(input: ProjektplanInput, w: DocumentWords, head: PartHead = plainHead): FileChild[] {
  const { project } = input;
  const pp = w.projektplan;
  const f = w.field;
  const children: FileChild[] = [partHeading(pp.activitiesAndTimeline, { ...head, title: null })];
  const planActivities = (input.planActivities ?? []).filter((a) => a.projectId === project.id);
  if (project.activities.length === 0 && project.workPackages.length === 0 && planActivities.length === 0) {
    children.push(noteParagraph(pp.noActivities));
    return children;
  }
  const milestones = project.activities.filter((a) => a.milestone).length;
  const own = project.activities.length - milestones;
  const packageCount = project.workPackages.length;
  children.push(
    textParagraph(
      pp.activityOverview(own, integer(w, own), milestones, integer(w, milestones), packageCount, integer(w, packageCount), planActivities.length, integer(w, planActivities.length)),
    ),
  );
  const packageIds = new Set(project.workPackages.map((p) => p.id));
  for (const workPackage of project.workPackages) {
    const inPackage = project.activities.filter((a) => a.workPackageId === workPackage.id);
    children.push(heading(titleOr(w, workPackage.title), HeadingLevel.HEADING_2));
    if (workPackage.description.trim() !== '') children.push(textParagraph(workPackage.description));
    children.push(inPackage.length === 0 ? noteParagraph(pp.noPackageActivities) : activityTable(w, inPackage, project.activities));
  }
  const loose = project.activities.filter((a) => a.workPackageId === null || !packageIds.has(a.workPackageId));
  if (loose.length > 0) {
    if (project.workPackages.length > 0) children.push(heading(pp.withoutPackage, HeadingLevel.HEADING_2));
    children.push(activityTable(w, loose, project.activities));
  }

  const unit = timelineUnit(project);
  const packages = new Map(project.workPackages.map((p) => [p.id, p.title]));
  const tactics = new Map(input.tactics.map((t) => [t.id, t.title]));
  const when = (date: string): string => (unit === 'month' ? monthInWords(w, date) : quarterInWords(w, date));
  const rows = [
    ...project.activities.map((a) => {
      const workPackage = a.workPackageId === null ? undefined : packages.get(a.workPackageId);
      return { startDate: a.startDate, endDate: a.endDate, title: activityName(w, a), partOf: workPackage === undefined ? '–' : titleOr(w, workPackage) };
    }),
    ...planActivities.map((a) => {
      const tactic = tactics.get(a.tacticId);
      return { startDate: a.startDate, endDate: a.endDate, title: titleOr(w, a.title), partOf: tactic === undefined ? pp.actionPlan : pp.actionPlanTactic(titleOr(w, tactic)) };
    }),
  ];
  const columns: Column[] = [{ header: unit === 'month' ? pp.month : pp.quarter }, { header: f['projectActivity.startDate'] }, { header: f['projectActivity.endDate'] }, { header: f['projectActivity.title'] }, { header: pp.partOf }];
  children.push(heading(pp.timeline, HeadingLevel.HEADING_2));
  if (rows.length === 0) {
    children.push(noteParagraph(pp.emptyTimeline));
    return children;
  }
  children.push(
    textParagraph(pp.timelineNote(unit === 'month')),
    dataTable(
      columns,
      byDate(rows).map((r) => [when(r.startDate), r.startDate, r.endDate, r.title, r.partOf]),
      undefined,
      { size: tableSize },
    ),
  );
  return children;
}

interface MoneyTable {
  table: Table;
  /** False when the figures had to be set smaller, or squeezed, to fit the width: the table wants a landscape page. */
  fits: boolean;
}

/** A table of amounts per year with a Summa column, its columns as wide as their content needs. */
function yearTable(w: DocumentWords, textColumns: readonly string[], years: readonly number[], width: number, rows: string[][], footer: string[]): MoneyTable {
  const columns: Column[] = [...textColumns.map((header) => ({ header })), ...years.map((y) => ({ header: `${y}`, align: 'right' as const })), { header: w.common.sum, align: 'right' }];
  const options = { size: figureSize, width };
  const layout = tableLayout(columns, rows, footer, options);
  return { table: dataTable(columns, rows, footer, options), fits: layout.fits && layout.size === figureSize };
}

interface MoneyPart {
  children: FileChild[];
  fits: boolean;
}

function budget(w: DocumentWords, project: Project, years: readonly number[], width: number, head: PartHead = plainHead): MoneyPart {
  const pp = w.projektplan;
  const f = w.field;
  const sek = (ore: number): string => kronor(w, ore);
  const percent = (share: number | null): string => fixedPercent(w, share);
  const children: FileChild[] = [partHeading(pp.budget, head)];
  if (project.budget.length === 0) {
    children.push(noteParagraph(pp.noBudget));
    return { children, fits: true };
  }
  const totals = budgetTotals(project);
  const inPeriod = new Set(projectYears(project));
  const outside = years.filter((y) => !inPeriod.has(y) && (totals.byYear.get(y) ?? 0) > 0);
  children.push(textParagraph(pp.costs(sek(totals.total)) + (outside.length === 0 ? '' : pp.yearsOutside(outside))), heading(pp.costsPerYear, HeadingLevel.HEADING_2));
  const lines = budgetCategories.flatMap((category) => project.budget.filter((l) => l.category === category));
  const perYear = yearTable(
    w,
    [f['budgetLine.category'], f['budgetLine.description']],
    years,
    width,
    lines.map((l) => [pp.budgetCategory[l.category], l.description, ...years.map((y) => sek(yearAmount(l.amounts, y))), sek(sumAmounts(l.amounts))]),
    [w.common.sum, '', ...years.map((y) => sek(totals.byYear.get(y) ?? 0)), sek(totals.total)],
  );
  const byCategory = budgetCategories.map((c) => [pp.budgetCategory[c], sek(totals.byCategory[c]), percent(totals.total === 0 ? null : totals.byCategory[c] / totals.total)]);
  const sum = [w.common.sum, sek(totals.total), percent(totals.total === 0 ? null : 1)];
  children.push(
    perYear.table,
    heading(pp.perCategory, HeadingLevel.HEADING_2),
    dataTable(
      [{ header: f['budgetLine.category'] }, { header: pp.amount, align: 'right' }, { header: pp.shareOfBudget, align: 'right' }],
      byCategory,
      sum,
      { size: figureSize, width },
    ),
  );
  return { children, fits: perYear.fits };
}

/** The balance said plainly, as the secretariat reads it first. */
function balanceSentence(w: DocumentWords, differenceOre: number): string {
  const pp = w.projektplan;
  if (differenceOre === 0) return pp.balanced;
  return differenceOre < 0 ? pp.missingFinancing(kronor(w, -differenceOre)) : pp.exceedsBudget(kronor(w, differenceOre));
}

function financing(w: DocumentWords, project: Project, years: readonly number[], width: number, head: PartHead = plainHead): MoneyPart {
  const pp = w.projektplan;
  const f = w.field;
  const sek = (ore: number): string => kronor(w, ore);
  const percent = (share: number | null): string => fixedPercent(w, share);
  const children: FileChild[] = [partHeading(pp.financing, head)];
  const balance = financingBalance(project);
  const totals = financingTotals(project);
  if (balance.budget === 0 && balance.financing === 0) {
    children.push(noteParagraph(project.financiers.length === 0 ? pp.noFinancierEmptyBudget : pp.noAmounts));
    return { children, fits: true };
  }
  children.push(textParagraph(pp.budgetAndFinancing(sek(balance.budget), sek(balance.financing))), statement(balanceSentence(w, balance.difference)));
  if (project.financiers.length === 0) {
    children.push(noteParagraph(pp.noFinancier));
    return { children, fits: true };
  }

  const financierRows = totals.financiers.map((t) => [t.name, sek(t.cash), sek(t.inKind), sek(t.total), percent(coFinancingShare(project, t.id))]);
  const financierSum = [w.common.sum, sek(totals.cash), sek(totals.inKind), sek(totals.total), percent(balance.budget === 0 ? null : totals.total / balance.budget)];
  children.push(
    heading(pp.financiers, HeadingLevel.HEADING_2),
    dataTable(
      [
        { header: f['financier.name'] },
        { header: f['financier.cash'], align: 'right' },
        { header: f['financier.inKind'], align: 'right' },
        { header: w.common.sum, align: 'right' },
        { header: pp.shareOfBudget, align: 'right' },
      ],
      financierRows,
      financierSum,
      { size: figureSize, width },
    ),
    heading(pp.financingPerYear, HeadingLevel.HEADING_2),
  );
  // One row per kind of money a financier gives; a financier with none gets its (empty) cash row, so it is not lost.
  const rows = project.financiers.flatMap((financier) => {
    const kinds: [string, typeof financier.cash][] = [
      [f['financier.cash'], financier.cash],
      [f['financier.inKind'], financier.inKind],
    ];
    const given = kinds.filter(([, amounts]) => sumAmounts(amounts) > 0);
    return (given.length === 0 ? kinds.slice(0, 1) : given).map(([kind, amounts]) => [financier.name, kind, ...years.map((y) => sek(yearAmount(amounts, y))), sek(sumAmounts(amounts))]);
  });
  const perYear = yearTable(
    w,
    [f['financier.name'], pp.moneyKind],
    years,
    width,
    rows,
    [w.common.sum, '', ...years.map((y) => sek(totals.byYear.get(y)?.total ?? 0)), sek(totals.total)],
  );
  children.push(perYear.table);
  if (years.length > 1) {
    const balanceRows = balance.byYear.map((y) => [y.outsidePeriod ? pp.outsidePeriod(y.year) : `${y.year}`, sek(y.budget), sek(y.financing), signedKronor(w, y.difference)]);
    const balanceSum = [w.common.sum, sek(balance.budget), sek(balance.financing), signedKronor(w, balance.difference)];
    children.push(
      heading(pp.balancePerYear, HeadingLevel.HEADING_2),
      dataTable(
        [{ header: pp.year }, { header: f['project.budget'], align: 'right' }, { header: pp.financingColumn, align: 'right' }, { header: pp.difference, align: 'right' }],
        balanceRows,
        balanceSum,
        { size: figureSize, width },
      ),
    );
  }
  return { children, fits: perYear.fits };
}

const levelFill: Record<RiskLevel, string> = { low: 'E2EFDA', medium: 'FFF2CC', high: 'F8CBAD' };
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** A cell of the matrix; a header cell keeps with the next row, as in every table, so the header row never ends a page alone. */
function matrixCell(lines: string[], width: number, fill: string, bold: boolean, header = false): TableCell {
  return new TableCell({
    width: { size: width, type: WidthType.DXA },
    shading: { type: ShadingType.CLEAR, color: 'auto', fill },
    children: [new Paragraph({ alignment: AlignmentType.CENTER, keepNext: header ? true : undefined, children: textRuns(lines.join('\n'), { bold, size: figureSize }) })],
  });
}

/**
 * The 5×5 matrix, consequence 5 at the top: each cell names its level in
 * words (the tint is only a help) and the numbers of the risks in it.
 */
function matrixTable(w: DocumentWords, numbers: ReadonlyMap<string, number>, risks: Project['risks']): Table {
  const pp = w.projektplan;
  const labelWidth = 1_900;
  const cellWidth = Math.floor((portraitTextWidth - labelWidth) / 5);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [matrixCell([pp.consequenceUp, pp.likelihoodRight], labelWidth, 'D9E2F3', true, true), ...[1, 2, 3, 4, 5].map((n) => matrixCell([pp.likelihoodN(n)], cellWidth, 'D9E2F3', true, true))],
  });
  const rows = riskMatrix(risks).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          matrixCell([pp.consequenceN(row[0]?.consequence ?? '')], labelWidth, 'D9E2F3', true),
          ...row.map((cell) => {
            const ids = cell.riskIds.map((id) => numbers.get(id) ?? 0).sort((a, b) => a - b);
            const label = ids.length === 0 ? '' : pp.risksInCell(ids);
            return matrixCell(label === '' ? [pp.riskLevel[cell.level]] : [pp.riskLevel[cell.level], label], cellWidth, levelFill[cell.level], label !== '');
          }),
        ],
      }),
  );
  return new Table({
    width: { size: labelWidth + 5 * cellWidth, type: WidthType.DXA },
    columnWidths: [labelWidth, ...Array.from({ length: 5 }, () => cellWidth)],
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [header, ...rows],
  });
}

function risks(w: DocumentWords, project: Project, head: PartHead = plainHead): FileChild[] {
  const pp = w.projektplan;
  const f = w.field;
  const children: FileChild[] = [partHeading(pp.risks, head)];
  if (project.risks.length === 0) {
    children.push(noteParagraph(pp.noRisks));
    return children;
  }
  const sorted = risksByScore(project.risks);
  const numbers = new Map(sorted.map((r, i) => [r.id, i + 1]));
  const { mediumFrom, highFrom } = riskLevelThresholds;
  const columns: Column[] = [
    { header: pp.number },
    { header: f['risk.description'] },
    { header: f['risk.likelihood'], align: 'right' },
    { header: f['risk.consequence'], align: 'right' },
    { header: pp.level },
    { header: f['risk.mitigation'] },
    { header: f['risk.responsible'] },
  ];
  children.push(
    textParagraph(pp.riskScale(mediumFrom, highFrom)),
    dataTable(
      columns,
      sorted.map((r) => {
        const score = riskScore(r);
        return [`${numbers.get(r.id) ?? ''}`, r.description, `${r.likelihood}`, `${r.consequence}`, `${pp.riskLevel[riskLevel(score)]} (${score})`, r.mitigation, r.responsible];
      }),
      undefined,
      { size: figureSize },
    ),
    heading(pp.riskMatrix, HeadingLevel.HEADING_2),
    textParagraph(pp.matrixNote),
    matrixTable(w, numbers, project.risks),
  );
  return children;
}

function principles(w: DocumentWords, project: Project, head: PartHead = plainHead): FileChild[] {
  const pp = w.projektplan;
  const children: FileChild[] = [partHeading(pp.principles, head)];
  const assessments = new Map(project.principles.map((p) => [p.principle, p]));
  for (const principle of horizontalPrinciples) {
    const assessment = assessments.get(principle);
    const rating = assessment?.rating ?? null;
    children.push(
      heading(pp.principle[principle], HeadingLevel.HEADING_2),
      labelledParagraph(w.field['principle.rating'], rating === null ? pp.principleUnrated : pp.principleRating[rating], ''),
      (assessment?.how ?? '').trim() === '' ? noteParagraph(pp.principleNotDescribed) : textParagraph(assessment?.how ?? ''),
    );
  }
  return children;
}

/** Only when some part of it is written: the theory of change is optional. */
function changeTheory(w: DocumentWords, project: Project, head: PartHead = plainHead): FileChild[] {
  const t = project.changeTheory;
  const f = w.field;
  if ([t.challenge, t.activities, t.results, t.effects].every((text) => text.trim() === '')) return [];
  return [
    partHeading(w.projektplan.changeTheory, head),
    textParagraph(w.projektplan.changeTheoryIntro),
    ...field(w, f['changeTheory.challenge'], t.challenge),
    ...field(w, f['changeTheory.activities'], t.activities),
    ...field(w, f['changeTheory.results'], t.results),
    ...field(w, f['changeTheory.effects'], t.effects),
  ];
}

function missing(input: ProjektplanInput, w: DocumentWords): FileChild[] {
  if (!input.draft) return [];
  const children: FileChild[] = [heading(w.projektplan.toComplete, HeadingLevel.HEADING_1)];
  if (input.completeness.length === 0) {
    children.push(textParagraph(w.common.allRequiredFilledIn));
    return children;
  }
  children.push(new Paragraph({ keepNext: true, children: [new TextRun(w.projektplan.missingIntro)] }));
  const titles = input.layout?.sectionTitles;
  for (const item of input.completeness) children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(projectCompletenessText(item, input.project, titles, w)) }));
  return children;
}

/** Tables with more than three year columns do not fit across a portrait page. */
const maxPortraitYears = 3;

/** The projektplan in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildProjektplan(input: ProjektplanInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const pp = w.projektplan;
  const { project } = input;
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const date = longDate(w, input.today);
  const goalAreaName = input.goalArea?.name ?? pp.noGoalAreaName;
  // No-break spaces keep the date whole when a long title makes the header wrap.
  const headerText = `${input.draft ? `${w.common.draftMark} – ` : ''}${pp.header(goalAreaName, titleOr(w, project.title), date.replace(/ /g, '\u00a0'))}`;

  const layout = input.layout ?? projectLayout(project.sections, null);
  // Budget and financing share the year columns, so the same year stands in the same place in both.
  const years = financingBalance(project).byYear.map((y) => y.year);

  // The entries in the template's order. Activities and the timeline are one part of the document, as
  // are budget and financing (they may need a landscape page); each stands where the first of its two does.
  const before: FileChild[] = [];
  const after: FileChild[] = [];
  let moneyHeads: { budget: PartHead; financing: PartHead } | null = null;
  let scheduleDone = false;
  const titleOf = (part: 'budget' | 'financing'): string | null => {
    const entry = layout.entries.find((e): e is LayoutEntry & { type: 'part' } => e.type === 'part' && e.part === part);
    return entry?.title ?? null;
  };
  for (const entry of layout.entries) {
    const target = moneyHeads ? after : before;
    const head: PartHead = { title: entry.type === 'part' ? entry.title : null };
    if (entry.type === 'section') {
      target.push(...textSection(w, entry.section));
      continue;
    }
    switch (entry.part) {
      case 'strategyTree':
        target.push(...planLink(input, w, head));
        break;
      case 'goals':
        target.push(...goals(w, project, head));
        break;
      case 'targetGroups':
        target.push(...targetGroups(w, project, head));
        break;
      case 'organisation':
        target.push(...organisation(w, project, contacts, head));
        break;
      case 'activities':
      case 'timeline':
        if (!scheduleDone) target.push(...activitiesAndTimeline(input, w, head));
        scheduleDone = true;
        break;
      case 'budget':
      case 'financing':
        moneyHeads ??= { budget: { title: titleOf('budget') }, financing: { title: titleOf('financing') } };
        break;
      case 'risks':
        target.push(...risks(w, project, head));
        break;
      case 'principles':
        target.push(...principles(w, project, head));
        break;
      case 'changeTheory':
        target.push(...changeTheory(w, project, head));
        break;
    }
  }
  const heads = moneyHeads ?? { budget: plainHead, financing: plainHead };
  const opening = [...titlePage(input, w, contacts), ...tableOfContents(w), ...before];
  const money = (width: number): MoneyPart => {
    const costs = budget(w, project, years, width, heads.budget);
    const funding = financing(w, project, years, width, heads.financing);
    return { children: [...costs.children, spacer(), ...funding.children], fits: costs.fits && funding.fits };
  };
  const portraitMoney = money(portraitTextWidth);
  const rest = [...after, ...missing(input, w)];
  // A landscape section for budget and financing when their year tables are wide: many years, or figures too wide for portrait.
  const sections: ISectionOptions[] =
    years.length > maxPortraitYears || !portraitMoney.fits
      ? [
          pageSection(opening, PageOrientation.PORTRAIT, headerText, w),
          pageSection(money(landscapeTextWidth).children, PageOrientation.LANDSCAPE, headerText, w),
          pageSection(rest, PageOrientation.PORTRAIT, headerText, w),
        ]
      : [pageSection([...opening, ...portraitMoney.children, ...rest], PageOrientation.PORTRAIT, headerText, w)];

  const status = pp.projectStatus[project.status].toLocaleLowerCase(w.locale);
  return new Document({
    ...coreProperties({
      title: pp.documentTitle(titleOr(w, project.title)),
      author: input.ownerName,
      subject: pp.subject(input.goalArea ? input.goalArea.name : null),
      description: pp.description(project.startDate, project.endDate, status, input.draft, date),
    }),
    features: { updateFields: true },
    ...documentStyleOptions(styles, w),
    sections,
  });
}
