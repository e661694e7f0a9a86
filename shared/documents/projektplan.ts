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
import { AlignmentType, BorderStyle, Document, HeadingLevel, PageOrientation, Paragraph, ShadingType, Table, TableCell, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { ActionPlan, Activity, Contact, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { planName } from '../plan/plan-scope.ts';
import { budgetCategories, horizontalPrinciples, projectGoalLevels } from '../domain/project.ts';
import type { Project, ProjectActivity, ProjectGoalLevel } from '../domain/project.ts';
import { formatInteger, formatKronorExact } from '../format.ts';
import { budgetTotals, coFinancingShare, financingBalance, financingTotals, formatPercent, projectYears, sumAmounts, yearAmount } from '../project/budget.ts';
import type { ProjectCompletenessItem } from '../project/completeness.ts';
import { projectCompletenessText } from '../project/completeness.ts';
import {
  budgetCategoryLabels,
  goalLevelLabels,
  principleLabels,
  principleRatingLabels,
  principleUnratedLabel,
  projectActivityStatusLabels,
  projectStatusLabels,
} from '../project/defaults.ts';
import { riskLevel, riskLevelLabels, riskLevelThresholds, riskMatrix, riskScore, risksByScore } from '../project/risk.ts';
import type { RiskLevel } from '../project/risk.ts';
import { projectLayout, type LayoutEntry, type ProjectLayout, type ShownSection } from '../project/template-sections.ts';
import { monthOf, quarterOf } from '../timelog/weeks.ts';
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
  textParagraph,
  textRuns,
} from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { longSwedishDate } from './swedish-dates.ts';

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
  /** A reference document's styles completed by `referenceStylesForExport` (./reference-styles.ts); the default set when left out. */
  referenceStyles?: string;
  /**
   * The project laid out by its own template version (projectLayout): the order of sections and
   * parts, the sections' titles. Left out: the project's own sections in the fixed order.
   */
  layout?: ProjectLayout;
}


const notFilledIn = 'Ej ifyllt';
const untitled = '(utan namn)';
const draftMark = 'UTKAST';
const goneContact = '(kontakten finns inte längre)';
const notStated = 'Ej angiven';

/** Tables are set smaller than the text: 10 pt, tables of figures 9 pt. Their columns take their widths from their content (./column-widths.ts). */
const tableSize = 20;
const figureSize = 18;

function titleOr(text: string): string {
  return text.trim() === '' ? untitled : text;
}

/** Exact kronor (öre shown when there are any), so the cells add up to the totals. */
const kronor = (ore: number): string => formatKronorExact(ore);

/** A difference with its sign: `+50 000 kr`, `−150 000 kr` (a real minus sign), `0 kr`. */
function signedKronor(ore: number): string {
  if (ore === 0) return kronor(0);
  return `${ore > 0 ? '+' : '\u2212'}${kronor(Math.abs(ore))}`;
}

function byDate<T extends { startDate: string; endDate: string }>(rows: readonly T[]): T[] {
  // Array.prototype.sort is stable, so rows on the same dates keep the plan's order.
  return [...rows].sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : a.endDate < b.endDate ? -1 : a.endDate > b.endDate ? 1 : 0));
}

/** A bold label on its own line, then the text (or "Ej ifyllt"), for long texts. */
function field(label: string, text: string): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: label, bold: true })] }),
    text.trim() === '' ? noteParagraph(notFilledIn) : textParagraph(text),
  ];
}

/** A sentence in bold: the one thing a reader must not miss in a part. */
function statement(text: string): Paragraph {
  return new Paragraph({ spacing: { before: 120, after: 120 }, children: textRuns(text, { bold: true }) });
}

function periodInWords(project: Project): string {
  return project.startDate === project.endDate ? longSwedishDate(project.startDate) : `${longSwedishDate(project.startDate)} – ${longSwedishDate(project.endDate)}`;
}

interface Person {
  name: string;
  organisation: string;
}

/**
 * A contact as a member of the project: a person with the organisation the register gives, an
 * organisation (kind `organisation`) with the organisation it belongs to, else itself.
 */
function person(contacts: ReadonlyMap<string, Contact>, id: string): Person {
  const contact = contacts.get(id);
  if (!contact) return { name: goneContact, organisation: '' };
  const organisation = contact.organisation.trim() !== '' ? contact.organisation : contact.kind === 'organisation' ? contact.name : '';
  return { name: contact.name, organisation };
}

/** "Anna Berg (Region Örebro län)", or the name alone (also for an organisation that is its own); empty for no contact. */
function personText(contacts: ReadonlyMap<string, Contact>, id: string | null): string {
  if (id === null) return '';
  const p = person(contacts, id);
  return p.organisation.trim() === '' || p.organisation === p.name ? p.name : `${p.name} (${p.organisation})`;
}

function titlePage(input: ProjektplanInput, contacts: ReadonlyMap<string, Contact>): FileChild[] {
  const { project } = input;
  const children: FileChild[] = [
    new Paragraph({ spacing: { after: 120 }, children: [new TextRun({ text: 'Projektplan', bold: true, size: 32, color: '1F3864' })] }),
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(titleOr(project.title)) }),
    labelledParagraph('Målområde', input.goalArea ? `${input.goalArea.name} (${input.goalArea.code})` : '', 'Ej angivet'),
    labelledParagraph('Projektperiod', periodInWords(project), notFilledIn),
    labelledParagraph('Status', projectStatusLabels[project.status], notFilledIn),
    labelledParagraph('Projektägare', personText(contacts, project.organisation.ownerContactId), 'Ej angiven'),
    labelledParagraph('Projektledare', personText(contacts, project.organisation.leaderContactId), 'Ej angiven'),
    labelledParagraph('Upprättad av', input.ownerName, notFilledIn),
    labelledParagraph('Datum', longSwedishDate(input.today), ''),
  ];
  if (input.draft) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: draftMark, bold: true, size: 56, color: 'C00000' })] }),
      new Paragraph({ children: [new TextRun({ text: 'Projektplanen är ett utkast och inte färdig. Det som saknas står under ”Att komplettera” sist i dokumentet.', bold: true })] }),
    );
  }
  return children;
}

/**
 * The contents, right under the title block: a title page of its own would stand nearly empty, and
 * the project's first section follows on the same page rather than after a forced break.
 */
function tableOfContents(): FileChild[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: 'Innehåll', bold: true, size: 32 })] }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new TextRun({ text: 'Word uppdaterar innehållsförteckningen när dokumentet öppnas. Svara Ja om Word frågar om fälten ska uppdateras.', italics: true, size: 18 })] }),
  ];
}

/** A part's heading: the template's title for it, or the builder's own; the first part after the contents starts a page. */
interface PartHead {
  title: string | null;
}
const plainHead: PartHead = { title: null };

function partHeading(fallback: string, head: PartHead): Paragraph {
  return heading(head.title ?? fallback, HeadingLevel.HEADING_1);
}

function textSection(section: ShownSection): FileChild[] {
  return [heading(section.title, HeadingLevel.HEADING_1), section.text.trim() === '' ? noteParagraph(notFilledIn) : textParagraph(section.text)];
}

function planLink(input: ProjektplanInput, head: PartHead = plainHead): FileChild[] {
  const { project } = input;
  const children: FileChild[] = [partHeading('Koppling till handlingsplanen', head)];
  const tacticIds = new Set(project.tacticIds);
  const linkedTactics = input.tactics.filter((t) => tacticIds.has(t.id));
  // A tactic's strategy is shown even when only the tactic is linked, so the reader sees the why behind it.
  const strategyIds = new Set([...project.strategyIds, ...linkedTactics.map((t) => t.strategyId)]);
  const strategies = input.strategies.filter((s) => strategyIds.has(s.id)).sort((a, b) => a.order - b.order);
  const known = new Set([...input.strategies.map((s) => s.id), ...input.tactics.map((t) => t.id)]);
  const gone = [...project.strategyIds, ...project.tacticIds].filter((id) => !known.has(id)).length;
  if (strategies.length === 0 && gone === 0) {
    children.push(noteParagraph('Projektet är inte kopplat till någon strategi eller taktik i handlingsplanen.'));
    return children;
  }
  // The strategies by the plan they stand in, the plans in period order: after Ny period a project may carry out parts of two.
  const plans = new Map((input.actionPlans ?? []).map((p) => [p.id, p]));
  const planOf = (s: Strategy): ActionPlan | undefined => plans.get(s.planId);
  const named = [...new Set(strategies.map(planOf).filter((p): p is ActionPlan => p !== undefined))].sort((a, b) => a.periodStart - b.periodStart || a.periodEnd - b.periodEnd);
  const area = input.goalArea ? ` för målområdet ${input.goalArea.name}` : '';
  if (strategies.length > 0) {
    const [only] = named;
    children.push(
      textParagraph(
        named.length === 1 && only && strategies.every((s) => planOf(s) === only)
          ? `Projektet genomför dessa delar av handlingsplanen ”${planName(only)}”${area}:`
          : named.length > 1
            ? `Projektet genomför dessa delar av ${formatInteger(named.length)} handlingsplaner${area}:`
            : `Projektet genomför dessa delar av handlingsplanen${area}:`,
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
          children: [new TextRun({ text: 'Handlingsplan: ', bold: true }), ...textRuns(group.plan ? planName(group.plan) : 'okänd plan', { bold: true })],
        }),
      );
    }
    children.push(...strategyLinks(group.strategies, linkedTactics));
  }
  if (gone > 0) children.push(noteParagraph(`${gone === 1 ? 'En koppling gäller' : `${formatInteger(gone)} kopplingar gäller`} en strategi eller taktik som inte längre finns i handlingsplanen.`));
  return children;
}

/** Each strategy with its effect goal and the linked tactics under it. */
function strategyLinks(strategies: readonly Strategy[], linkedTactics: readonly Tactic[]): FileChild[] {
  const children: FileChild[] = [];
  for (const strategy of strategies) {
    children.push(new Paragraph({ keepNext: true, spacing: { before: 160 }, children: [new TextRun({ text: 'Strategi: ', bold: true }), ...textRuns(titleOr(strategy.title), { bold: true })] }));
    if (strategy.effectGoal.trim() !== '') children.push(labelledParagraph('Effektmål', strategy.effectGoal, ''));
    const tactics = linkedTactics.filter((t) => t.strategyId === strategy.id).sort((a, b) => a.order - b.order);
    if (tactics.length === 0) children.push(noteParagraph('Projektet genomför strategin utan att en särskild taktik är vald.'));
    for (const tactic of tactics) children.push(new Paragraph({ bullet: { level: 0 }, children: [new TextRun('Taktik: '), ...textRuns(titleOr(tactic.title))] }));
  }
  return children;
}

const noGoalOfLevel: Record<ProjectGoalLevel, string> = {
  overall: 'Inget övergripande mål är angivet.',
  project: 'Inget projektmål är angivet.',
  sub: 'Inget delmål är angivet.',
};

function goals(project: Project, head: PartHead = plainHead): FileChild[] {
  const children: FileChild[] = [partHeading('Mål', head)];
  if (project.goals.length === 0) {
    children.push(noteParagraph('Projektet har inga mål ännu.'));
    return children;
  }
  const columns: Column[] = [{ header: 'Mål' }, { header: 'Indikator' }, { header: 'Utgångsläge' }, { header: 'Målvärde' }, { header: 'Datum' }];
  const rowsOf = (level: ProjectGoalLevel): string[][] => project.goals.filter((g) => g.level === level).map((g) => [g.text, g.indicator, g.baseline, g.target, g.targetDate ?? '–']);
  // The three levels' tables share their widths, so their columns line up.
  const siblings = projectGoalLevels.map((level) => ({ rows: rowsOf(level) }));
  for (const level of projectGoalLevels) {
    const rows = rowsOf(level);
    children.push(heading(goalLevelLabels[level], HeadingLevel.HEADING_2), rows.length === 0 ? noteParagraph(noGoalOfLevel[level]) : dataTable(columns, rows, undefined, { size: tableSize, siblings }));
  }
  return children;
}

function targetGroups(project: Project, head: PartHead = plainHead): FileChild[] {
  const children: FileChild[] = [partHeading('Målgrupper och intressenter', head)];
  const { primary, secondary } = project.targetGroups;
  if ([primary, secondary, project.stakeholders].every((t) => t.trim() === '')) {
    children.push(noteParagraph('Målgrupper och intressenter är inte beskrivna ännu.'));
    return children;
  }
  children.push(...field('Primära målgrupper', primary), ...field('Sekundära målgrupper', secondary), ...field('Intressenter', project.stakeholders));
  return children;
}

function organisation(project: Project, contacts: ReadonlyMap<string, Contact>, head: PartHead = plainHead): FileChild[] {
  const children: FileChild[] = [partHeading('Organisation', head)];
  const org = project.organisation;
  const roles: [string, (string | null)[], string][] = [
    ['Projektägare', [org.ownerContactId], 'Ej angiven'],
    ['Projektledare', [org.leaderContactId], 'Ej angiven'],
    ['Styrgrupp', org.steeringGroupContactIds, 'Ingen angiven'],
    ['Referensgrupp', org.referenceGroupContactIds, 'Ingen angiven'],
    ['Samarbetspartner', org.partnerContactIds, 'Ingen angiven'],
  ];
  if (roles.every(([, ids]) => ids.every((id) => id === null))) {
    children.push(noteParagraph('Projektets organisation är inte angiven ännu.'));
    return children;
  }
  // The role is repeated on every row: a screen reader reading one row then still hears whose row it is.
  const rows = roles.flatMap(([role, ids, none]) => {
    const people = ids.filter((id): id is string => id !== null).map((id) => person(contacts, id));
    return people.length === 0 ? [[role, none, '']] : people.map((p) => [role, p.name, p.name === goneContact ? '' : p.organisation.trim() === '' ? notStated : p.organisation]);
  });
  const columns: Column[] = [{ header: 'Roll' }, { header: 'Namn' }, { header: 'Organisation' }];
  children.push(dataTable(columns, rows, undefined, { size: tableSize }));
  return children;
}

function activityName(activity: ProjectActivity): string {
  return activity.milestone ? `Milstolpe: ${titleOr(activity.title)}` : titleOr(activity.title);
}

function count(n: number, one: string, many: string): string {
  return `${formatInteger(n)} ${n === 1 ? one : many}`;
}

const activityColumns: Column[] = [{ header: 'Aktivitet' }, { header: 'Start' }, { header: 'Slut' }, { header: 'Ansvarig' }, { header: 'Status' }];

function activityRows(activities: readonly ProjectActivity[]): string[][] {
  return byDate(activities).map((a) => [activityName(a), a.startDate, a.endDate, a.responsible, projectActivityStatusLabels[a.status]]);
}

/** One work package's activities; `all` are every package's, so that the tables share their widths. */
function activityTable(activities: readonly ProjectActivity[], all: readonly ProjectActivity[]): Table {
  return dataTable(activityColumns, activityRows(activities), undefined, { size: tableSize, siblings: [{ rows: activityRows(all) }] });
}

/** Whether the timeline counts in months (a project within a year) or in quarters. */
function timelineUnit(project: Project): 'month' | 'quarter' {
  const [start, end] = [project.startDate, project.endDate].map((d) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7)));
  return (end ?? 0) - (start ?? 0) < 12 ? 'month' : 'quarter';
}

/** `2026-02` → `februari 2026`, by way of the first of the month in words. */
function monthInWords(isoDate: string): string {
  return longSwedishDate(`${monthOf(isoDate)}-01`).replace(/^1 /, '');
}

function activitiesAndTimeline(input: ProjektplanInput, head: PartHead = plainHead): FileChild[] {
  const { project } = input;
  const children: FileChild[] = [partHeading('Aktiviteter och tidplan', { ...head, title: null })];
  const planActivities = (input.planActivities ?? []).filter((a) => a.projectId === project.id);
  if (project.activities.length === 0 && project.workPackages.length === 0 && planActivities.length === 0) {
    children.push(noteParagraph('Projektet har inga aktiviteter ännu.'));
    return children;
  }
  const milestones = project.activities.filter((a) => a.milestone).length;
  children.push(
    textParagraph(
      `Projektet har ${count(project.activities.length - milestones, 'aktivitet', 'aktiviteter')} och ${count(milestones, 'milstolpe', 'milstolpar')}` +
        `${project.workPackages.length > 0 ? ` i ${count(project.workPackages.length, 'arbetspaket', 'arbetspaket')}` : ''}.` +
        `${planActivities.length > 0 ? ` Dessutom genomför projektet ${count(planActivities.length, 'aktivitet', 'aktiviteter')} i handlingsplanen; de står med i tidplanen.` : ''}`,
    ),
  );
  const packageIds = new Set(project.workPackages.map((w) => w.id));
  for (const workPackage of project.workPackages) {
    const own = project.activities.filter((a) => a.workPackageId === workPackage.id);
    children.push(heading(titleOr(workPackage.title), HeadingLevel.HEADING_2));
    if (workPackage.description.trim() !== '') children.push(textParagraph(workPackage.description));
    children.push(own.length === 0 ? noteParagraph('Arbetspaketet har inga aktiviteter ännu.') : activityTable(own, project.activities));
  }
  const loose = project.activities.filter((a) => a.workPackageId === null || !packageIds.has(a.workPackageId));
  if (loose.length > 0) {
    if (project.workPackages.length > 0) children.push(heading('Aktiviteter utan arbetspaket', HeadingLevel.HEADING_2));
    children.push(activityTable(loose, project.activities));
  }

  const unit = timelineUnit(project);
  const packages = new Map(project.workPackages.map((w) => [w.id, w.title]));
  const tactics = new Map(input.tactics.map((t) => [t.id, t.title]));
  const when = (date: string): string => (unit === 'month' ? monthInWords(date) : quarterOf(date));
  const rows = [
    ...project.activities.map((a) => {
      const workPackage = a.workPackageId === null ? undefined : packages.get(a.workPackageId);
      return { startDate: a.startDate, endDate: a.endDate, title: activityName(a), partOf: workPackage === undefined ? '–' : titleOr(workPackage) };
    }),
    ...planActivities.map((a) => {
      const tactic = tactics.get(a.tacticId);
      return { startDate: a.startDate, endDate: a.endDate, title: titleOr(a.title), partOf: tactic === undefined ? 'Handlingsplanen' : `Handlingsplanen: ${titleOr(tactic)}` };
    }),
  ];
  const columns: Column[] = [{ header: unit === 'month' ? 'Månad' : 'Kvartal' }, { header: 'Start' }, { header: 'Slut' }, { header: 'Aktivitet' }, { header: 'Del av' }];
  children.push(heading('Tidplan', HeadingLevel.HEADING_2));
  if (rows.length === 0) {
    children.push(noteParagraph('Tidplanen är tom: arbetspaketen har inga aktiviteter ännu.'));
    return children;
  }
  children.push(
    textParagraph(`Allt i projektet i datumordning, med ${unit === 'month' ? 'den månad' : 'det kvartal'} då det börjar.`),
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
function yearTable(textColumns: readonly string[], years: readonly number[], width: number, rows: string[][], footer: string[]): MoneyTable {
  const columns: Column[] = [...textColumns.map((header) => ({ header })), ...years.map((y) => ({ header: `${y}`, align: 'right' as const })), { header: 'Summa', align: 'right' }];
  const options = { size: figureSize, width };
  const layout = tableLayout(columns, rows, footer, options);
  return { table: dataTable(columns, rows, footer, options), fits: layout.fits && layout.size === figureSize };
}

interface MoneyPart {
  children: FileChild[];
  fits: boolean;
}

function budget(project: Project, years: readonly number[], width: number, head: PartHead = plainHead): MoneyPart {
  const children: FileChild[] = [partHeading('Budget', head)];
  if (project.budget.length === 0) {
    children.push(noteParagraph('Budgeten har inga kostnadsrader ännu.'));
    return { children, fits: true };
  }
  const totals = budgetTotals(project);
  const inPeriod = new Set(projectYears(project));
  const outside = years.filter((y) => !inPeriod.has(y) && (totals.byYear.get(y) ?? 0) > 0);
  children.push(
    textParagraph(
      `Projektets kostnader är sammanlagt ${kronor(totals.total)}.` +
        (outside.length === 0 ? '' : ` ${outside.length === 1 ? 'År' : 'Åren'} ${outside.join(', ')} ligger utanför projektperioden men har kostnader, som räknas med.`),
    ),
    heading('Kostnader per år', HeadingLevel.HEADING_2),
  );
  const lines = budgetCategories.flatMap((category) => project.budget.filter((l) => l.category === category));
  const perYear = yearTable(
    ['Kategori', 'Beskrivning'],
    years,
    width,
    lines.map((l) => [budgetCategoryLabels[l.category], l.description, ...years.map((y) => kronor(yearAmount(l.amounts, y))), kronor(sumAmounts(l.amounts))]),
    ['Summa', '', ...years.map((y) => kronor(totals.byYear.get(y) ?? 0)), kronor(totals.total)],
  );
  const byCategory = budgetCategories.map((c) => [budgetCategoryLabels[c], kronor(totals.byCategory[c]), formatPercent(totals.total === 0 ? null : totals.byCategory[c] / totals.total)]);
  const sum = ['Summa', kronor(totals.total), formatPercent(totals.total === 0 ? null : 1)];
  children.push(
    perYear.table,
    heading('Per kategori', HeadingLevel.HEADING_2),
    dataTable(
      [{ header: 'Kategori' }, { header: 'Belopp', align: 'right' }, { header: 'Andel av budgeten', align: 'right' }],
      byCategory,
      sum,
      { size: figureSize, width },
    ),
  );
  return { children, fits: perYear.fits };
}

/** The balance said plainly, as the secretariat reads it first. */
function balanceSentence(differenceOre: number): string {
  if (differenceOre === 0) return 'Finansieringen täcker budgeten.';
  return differenceOre < 0 ? `Det saknas ${kronor(-differenceOre)} i finansieringen.` : `Finansieringen överstiger budgeten med ${kronor(differenceOre)}.`;
}

function financing(project: Project, years: readonly number[], width: number, head: PartHead = plainHead): MoneyPart {
  const children: FileChild[] = [partHeading('Finansiering', head)];
  const balance = financingBalance(project);
  const totals = financingTotals(project);
  if (balance.budget === 0 && balance.financing === 0) {
    children.push(noteParagraph(project.financiers.length === 0 ? 'Ingen finansiär är angiven ännu, och budgeten är tom.' : 'Varken budgeten eller finansieringen har några belopp ännu.'));
    return { children, fits: true };
  }
  children.push(textParagraph(`Budgeten är sammanlagt ${kronor(balance.budget)} och finansieringen ${kronor(balance.financing)}.`), statement(balanceSentence(balance.difference)));
  if (project.financiers.length === 0) {
    children.push(noteParagraph('Ingen finansiär är angiven ännu.'));
    return { children, fits: true };
  }

  const financierRows = totals.financiers.map((f) => [f.name, kronor(f.cash), kronor(f.inKind), kronor(f.total), formatPercent(coFinancingShare(project, f.id))]);
  const financierSum = ['Summa', kronor(totals.cash), kronor(totals.inKind), kronor(totals.total), formatPercent(balance.budget === 0 ? null : totals.total / balance.budget)];
  children.push(
    heading('Finansiärer', HeadingLevel.HEADING_2),
    dataTable(
      [
        { header: 'Finansiär' },
        { header: 'Kontant', align: 'right' },
        { header: 'I natura', align: 'right' },
        { header: 'Summa', align: 'right' },
        { header: 'Andel av budgeten', align: 'right' },
      ],
      financierRows,
      financierSum,
      { size: figureSize, width },
    ),
    heading('Finansiering per år', HeadingLevel.HEADING_2),
  );
  // One row per kind of money a financier gives; a financier with none gets its (empty) cash row, so it is not lost.
  const rows = project.financiers.flatMap((f) => {
    const kinds: [string, typeof f.cash][] = [
      ['Kontant', f.cash],
      ['I natura', f.inKind],
    ];
    const given = kinds.filter(([, amounts]) => sumAmounts(amounts) > 0);
    return (given.length === 0 ? kinds.slice(0, 1) : given).map(([kind, amounts]) => [f.name, kind, ...years.map((y) => kronor(yearAmount(amounts, y))), kronor(sumAmounts(amounts))]);
  });
  const perYear = yearTable(
    ['Finansiär', 'Slag'],
    years,
    width,
    rows,
    ['Summa', '', ...years.map((y) => kronor(totals.byYear.get(y)?.total ?? 0)), kronor(totals.total)],
  );
  children.push(perYear.table);
  if (years.length > 1) {
    const balanceRows = balance.byYear.map((y) => [`${y.year}${y.outsidePeriod ? ' (utanför perioden)' : ''}`, kronor(y.budget), kronor(y.financing), signedKronor(y.difference)]);
    const balanceSum = ['Summa', kronor(balance.budget), kronor(balance.financing), signedKronor(balance.difference)];
    children.push(
      heading('Budget och finansiering per år', HeadingLevel.HEADING_2),
      dataTable(
        [{ header: 'År' }, { header: 'Budget', align: 'right' }, { header: 'Finansiering', align: 'right' }, { header: 'Skillnad', align: 'right' }],
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
function matrixTable(numbers: ReadonlyMap<string, number>, risks: Project['risks']): Table {
  const labelWidth = 1_900;
  const cellWidth = Math.floor((portraitTextWidth - labelWidth) / 5);
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: [matrixCell(['Konsekvens \u2191', 'Sannolikhet \u2192'], labelWidth, 'D9E2F3', true, true), ...[1, 2, 3, 4, 5].map((n) => matrixCell([`Sannolikhet ${n}`], cellWidth, 'D9E2F3', true, true))],
  });
  const rows = riskMatrix(risks).map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          matrixCell([`Konsekvens ${row[0]?.consequence ?? ''}`], labelWidth, 'D9E2F3', true),
          ...row.map((cell) => {
            const ids = cell.riskIds.map((id) => numbers.get(id) ?? 0).sort((a, b) => a - b);
            const label = ids.length === 0 ? '' : `${ids.length === 1 ? 'Risk' : 'Risker'} ${ids.join(', ')}`;
            return matrixCell(label === '' ? [riskLevelLabels[cell.level]] : [riskLevelLabels[cell.level], label], cellWidth, levelFill[cell.level], label !== '');
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

function risks(project: Project, head: PartHead = plainHead): FileChild[] {
  const children: FileChild[] = [partHeading('Risker', head)];
  if (project.risks.length === 0) {
    children.push(noteParagraph('Inga risker är beskrivna ännu.'));
    return children;
  }
  const sorted = risksByScore(project.risks);
  const numbers = new Map(sorted.map((r, i) => [r.id, i + 1]));
  const { mediumFrom, highFrom } = riskLevelThresholds;
  // Soft hyphens (U+00AD) let the two long headers break as Sanno-likhet and Konse-kvens, so their columns of single digits stay narrow.
  const columns: Column[] = [
    { header: 'Nr' },
    { header: 'Risk' },
    { header: 'Sanno\u00adlikhet', align: 'right' },
    { header: 'Konse\u00adkvens', align: 'right' },
    { header: 'Nivå' },
    { header: 'Åtgärd' },
    { header: 'Ansvarig' },
  ];
  children.push(
    textParagraph(
      `Sannolikhet och konsekvens bedöms från 1 (låg) till 5 (hög). Nivån följer av produkten: låg under ${mediumFrom}, medel ${mediumFrom}–${highFrom - 1}, hög ${highFrom} och över. Riskerna står med den högsta först.`,
    ),
    dataTable(
      columns,
      sorted.map((r) => {
        const score = riskScore(r);
        return [`${numbers.get(r.id) ?? ''}`, r.description, `${r.likelihood}`, `${r.consequence}`, `${riskLevelLabels[riskLevel(score)]} (${score})`, r.mitigation, r.responsible];
      }),
      undefined,
      { size: figureSize },
    ),
    heading('Riskmatris', HeadingLevel.HEADING_2),
    textParagraph('Varje ruta anger risknivån och numren på riskerna i tabellen ovan. Konsekvensen ökar uppåt, sannolikheten åt höger.'),
    matrixTable(numbers, project.risks),
  );
  return children;
}

function principles(project: Project, head: PartHead = plainHead): FileChild[] {
  const children: FileChild[] = [partHeading('Horisontella principer', head)];
  const assessments = new Map(project.principles.map((p) => [p.principle, p]));
  for (const principle of horizontalPrinciples) {
    const assessment = assessments.get(principle);
    const rating = assessment?.rating ?? null;
    children.push(
      heading(principleLabels[principle], HeadingLevel.HEADING_2),
      labelledParagraph('Bedömning', rating === null ? principleUnratedLabel : principleRatingLabels[rating], ''),
      (assessment?.how ?? '').trim() === '' ? noteParagraph('Hur projektet arbetar med principen är inte beskrivet.') : textParagraph(assessment?.how ?? ''),
    );
  }
  return children;
}

/** Only when some part of it is written: the theory of change is optional. */
function changeTheory(project: Project, head: PartHead = plainHead): FileChild[] {
  const t = project.changeTheory;
  if ([t.challenge, t.activities, t.results, t.effects].every((text) => text.trim() === '')) return [];
  return [
    partHeading('Förändringsteori', head),
    textParagraph('Kedjan från utmaningen via aktiviteterna till resultat och effekter.'),
    ...field('Utmaning', t.challenge),
    ...field('Aktiviteter', t.activities),
    ...field('Resultat', t.results),
    ...field('Effekter', t.effects),
  ];
}

function missing(input: ProjektplanInput): FileChild[] {
  if (!input.draft) return [];
  const children: FileChild[] = [heading('Att komplettera', HeadingLevel.HEADING_1)];
  if (input.completeness.length === 0) {
    children.push(textParagraph('Alla obligatoriska uppgifter är ifyllda.'));
    return children;
  }
  children.push(new Paragraph({ keepNext: true, children: [new TextRun('Det här saknas innan projektplanen är färdig:')] }));
  const titles = input.layout?.sectionTitles;
  for (const item of input.completeness) children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(projectCompletenessText(item, input.project, titles)) }));
  return children;
}

/** Tables with more than three year columns do not fit across a portrait page. */
const maxPortraitYears = 3;

export function buildProjektplan(input: ProjektplanInput): Document {
  const { project } = input;
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const date = longSwedishDate(input.today);
  const goalAreaName = input.goalArea?.name ?? 'Inget målområde';
  // No-break spaces keep the date whole when a long title makes the header wrap.
  const headerText = `${input.draft ? `${draftMark} – ` : ''}${goalAreaName} · Projektplan ${titleOr(project.title)} · ${date.replace(/ /g, '\u00a0')}`;

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
      target.push(...textSection(entry.section));
      continue;
    }
    switch (entry.part) {
      case 'strategyTree':
        target.push(...planLink(input, head));
        break;
      case 'goals':
        target.push(...goals(project, head));
        break;
      case 'targetGroups':
        target.push(...targetGroups(project, head));
        break;
      case 'organisation':
        target.push(...organisation(project, contacts, head));
        break;
      case 'activities':
      case 'timeline':
        if (!scheduleDone) target.push(...activitiesAndTimeline(input, head));
        scheduleDone = true;
        break;
      case 'budget':
      case 'financing':
        moneyHeads ??= { budget: { title: titleOf('budget') }, financing: { title: titleOf('financing') } };
        break;
      case 'risks':
        target.push(...risks(project, head));
        break;
      case 'principles':
        target.push(...principles(project, head));
        break;
      case 'changeTheory':
        target.push(...changeTheory(project, head));
        break;
    }
  }
  const heads = moneyHeads ?? { budget: plainHead, financing: plainHead };
  const opening = [...titlePage(input, contacts), ...tableOfContents(), ...before];
  const money = (width: number): MoneyPart => {
    const costs = budget(project, years, width, heads.budget);
    const funding = financing(project, years, width, heads.financing);
    return { children: [...costs.children, spacer(), ...funding.children], fits: costs.fits && funding.fits };
  };
  const portraitMoney = money(portraitTextWidth);
  const rest = [...after, ...missing(input)];
  // A landscape section for budget and financing when their year tables are wide: many years, or figures too wide for portrait.
  const sections: ISectionOptions[] =
    years.length > maxPortraitYears || !portraitMoney.fits
      ? [
          pageSection(opening, PageOrientation.PORTRAIT, headerText),
          pageSection(money(landscapeTextWidth).children, PageOrientation.LANDSCAPE, headerText),
          pageSection(rest, PageOrientation.PORTRAIT, headerText),
        ]
      : [pageSection([...opening, ...portraitMoney.children, ...rest], PageOrientation.PORTRAIT, headerText)];

  const status = projectStatusLabels[project.status].toLowerCase();
  return new Document({
    ...coreProperties({
      title: `Projektplan ${titleOr(project.title)}`,
      author: input.ownerName,
      subject: input.goalArea ? `Projektplan inom målområdet ${input.goalArea.name}` : 'Projektplan',
      description: `Projektplan för ${project.startDate}–${project.endDate}, status ${status}${input.draft ? ', utkast' : ''}, ${date}.`,
    }),
    features: { updateFields: true },
    ...documentStyleOptions(input.referenceStyles),
    sections,
  });
}
