/**
 * The handlingsplan as a Word document for RUS-kansliet: a title page, a
 * table of contents, the plan's sections, strategies (varför/vad) with their
 * tactics (vem/hur), the activities in a landscape section, the cross-cutting
 * perspectives, indicators and reviewers. Pure: `(data) => Document`;
 * packing is ./pack.ts. Built for EN 301 549: real heading styles, header
 * rows on tables, document language sv-SE.
 */
import { AlignmentType, Document, HeadingLevel, PageOrientation, Paragraph, TableOfContents, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Activity, ActionPlan, Contact, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { defaultPerspectives } from '../domain/plan.ts';
import { formatKronor } from '../format.ts';
import type { CompletenessItem } from '../plan/completeness.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import type { PlanContent } from '../plan/types.ts';
import { coreProperties, dataTable, documentStyleOptions, heading, labelledParagraph, landscapeTextWidth, pageSection, portraitTextWidth, tableLayout, textParagraph, textRuns } from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { longSwedishDate } from './swedish-dates.ts';

export interface HandlingsplanInput {
  content: PlanContent;
  goalArea: GoalArea;
  contacts: Contact[];
  ownerName: string;
  /** Today's date, `YYYY-MM-DD`, shown on the title page and in the header. */
  today: string;
  /** Marks every page as UTKAST and lists what is still missing. */
  draft: boolean;
  completeness: CompletenessItem[];
  /** A reference document's styles completed by `referenceStylesForExport` (./reference-styles.ts); the default set when left out. */
  referenceStyles?: string;
  /** The plan's template's support offers, to print the ticked ones (plan.supportRequests) by name; an id not here is printed as it is. */
  supportOffers?: readonly { id: string; name: string }[];
  /** The section the ticked offers are printed under; "stod" when left out. Without such a section they get a heading of their own. */
  supportSectionKey?: string | null;
  /** The perspectives in the order the plan's template lists them; without one, the usual five. */
  perspectiveOrder?: readonly string[];
  /**
   * The document's order as the plan's template sets it: text sections by
   * key and the structured parts with the template's titles. Without it,
   * the text sections come first, then strategies, activities, perspectives
   * and indicators. Sections and parts the order leaves out follow it; the
   * reviewers always close the document.
   */
  order?: readonly HandlingsplanBlock[];
}

export const planStatusLabels: Record<ActionPlan['status'], string> = { draft: 'Utkast', submitted: 'Inlämnad', adopted: 'Fastställd' };
export const activityStatusLabels: Record<Activity['status'], string> = { planned: 'planerad', ongoing: 'pågår', done: 'klar', delayed: 'försenad', cancelled: 'struken' };

const notFilledIn = 'Ej ifyllt';
const untitled = '(utan namn)';
const draftMark = 'UTKAST';

const decimalFormat = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 6 });

/** Decimal comma, no-break thousands separator; an empty value is an en dash. */
function formatNumber(value: number | null): string {
  return value === null ? '–' : decimalFormat.format(value);
}

const period = formatPlanPeriod;

function titleOr(text: string): string {
  return text.trim() === '' ? untitled : text;
}

/** A bold label on its own line, then the text (or "Ej ifyllt"), for the long varför/vad/vem/hur texts. */
function field(label: string, text: string): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: label, bold: true })] }),
    text.trim() === '' ? new Paragraph({ children: [new TextRun({ text: notFilledIn, italics: true })] }) : textParagraph(text),
  ];
}

function byOrder<T extends { order: number }>(rows: readonly T[]): T[] {
  return [...rows].sort((a, b) => a.order - b.order);
}

/** Strategies, tactics and activities in reading order; rows whose parent is gone are left out. */
interface Outline {
  strategies: { strategy: Strategy; tactics: { tactic: Tactic; activities: Activity[] }[] }[];
}

function outline(content: PlanContent): Outline {
  return {
    strategies: byOrder(content.strategies).map((strategy) => ({
      strategy,
      tactics: byOrder(content.tactics.filter((t) => t.strategyId === strategy.id)).map((tactic) => ({
        tactic,
        activities: byOrder(content.activities.filter((a) => a.tacticId === tactic.id)),
      })),
    })),
  };
}

/** The list of what is missing, in the words of the plan view. */
function missingText(item: CompletenessItem, content: PlanContent): string {
  const fieldLabels: Record<string, string> = { why: 'Varför?', what: 'Vad?', who: 'Vem?', how: 'Hur?', title: 'namn', responsible: 'ansvarig' };
  const label = fieldLabels[item.field] ?? item.field;
  switch (item.kind) {
    case 'section': {
      const section = content.plan.sections.find((s) => s.key === item.id);
      return `Avsnittet ”${section?.title ?? item.id ?? untitled}” saknar text.`;
    }
    case 'plan':
      return 'Planen har ingen strategi.';
    case 'strategy':
      return `Strategin ”${titleOr(content.strategies.find((s) => s.id === item.id)?.title ?? '')}”: ${label} är inte ifyllt.`;
    case 'tactic':
      return `Taktiken ”${titleOr(content.tactics.find((t) => t.id === item.id)?.title ?? '')}”: ${label} är inte ifyllt.`;
    case 'activity': {
      const activity = content.activities.find((a) => a.id === item.id);
      if (item.code === 'outsidePeriod') {
        // Dates in words, as elsewhere in the running text: an ISO date would break at its hyphens at the end of a line.
        return `Aktiviteten ”${titleOr(activity?.title ?? '')}” (${dateInWords(activity?.startDate)} – ${dateInWords(activity?.endDate)}) ligger utanför planens period ${period(content.plan)}.`;
      }
      return `Aktiviteten ”${titleOr(activity?.title ?? '')}” saknar ${label}.`;
    }
  }
}

/** `2026-11-27` → `27 november 2026`; anything else as it is, so a damaged date never stops the export. */
function dateInWords(date: string | undefined): string {
  if (date === undefined) return '';
  try {
    return longSwedishDate(date);
  } catch {
    return date;
  }
}

function titlePage(input: HandlingsplanInput): FileChild[] {
  const { plan } = input.content;
  const line = (label: string, value: string): Paragraph => labelledParagraph(label, value, notFilledIn);
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(plan.title) }),
    line('Målområde', `${input.goalArea.name} (${input.goalArea.code})`),
    line('Period', period(plan)),
    line('Målområdesansvarig', input.ownerName),
    line('Version', `${plan.version}`),
    line('Status', planStatusLabels[plan.status]),
    line('Datum', longSwedishDate(input.today)),
  ];
  if (input.draft) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: draftMark, bold: true, size: 56, color: 'C00000' })] }),
      new Paragraph({ children: [new TextRun({ text: 'Planen är inte färdig och är inte inlämnad.', bold: true })] }),
    );
    if (input.completeness.length === 0) {
      children.push(new Paragraph({ children: [new TextRun('Alla obligatoriska uppgifter är ifyllda.')] }));
    } else {
      children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: 'Det här saknas innan planen kan lämnas in:', bold: true })] }));
      for (const item of input.completeness) children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(missingText(item, input.content)) }));
    }
  }
  return children;
}

/**
 * The contents, right under the title block: a title page of its own would stand nearly empty, and
 * the plan's first section follows on the same page rather than after a forced break.
 */
function tableOfContents(): FileChild[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 480 }, children: [new TextRun({ text: 'Innehåll', bold: true, size: 32 })] }),
    new TableOfContents('Innehåll', { hyperlink: true, headingStyleRange: '1-2' }),
    new Paragraph({ children: [new TextRun({ text: 'Word uppdaterar innehållsförteckningen när dokumentet öppnas. Svara Ja om Word frågar om fälten ska uppdateras.', italics: true, size: 18 })] }),
  ];
}

/** The ticked offers of support by name, in the template's order; ids the template no longer has come last, as they are. */
function supportRequestNames(plan: ActionPlan, offers: readonly { id: string; name: string }[]): string[] {
  const ticked = new Set(plan.supportRequests ?? []);
  const known = offers.filter((o) => ticked.has(o.id));
  const knownIds = new Set(known.map((o) => o.id));
  return [...known.map((o) => o.name), ...[...ticked].filter((id) => !knownIds.has(id))];
}

function supportList(names: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: 'Önskat stöd från kansliet', bold: true })] }),
    ...names.map((name) => new Paragraph({ bullet: { level: 0 }, children: textRuns(name) })),
  ];
}

/** One text section: its heading, its text (or "Ej ifyllt"), and under the support section the ticked offers. */
function sectionBody(section: ActionPlan['sections'][number], offerNames: readonly string[]): FileChild[] {
  const offers = offerNames.length > 0 ? supportList(offerNames) : [];
  const blank = section.text.trim() === '';
  // A section with ticked offers and no text is not "Ej ifyllt": the offers are its content.
  const text = blank ? (offers.length > 0 ? [] : [new Paragraph({ children: [new TextRun({ text: notFilledIn, italics: true })] })]) : [textParagraph(section.text)];
  return [heading(section.title, HeadingLevel.HEADING_1), ...text, ...offers];
}

function contactName(contacts: ReadonlyMap<string, Contact>, id: string): string | null {
  const contact = contacts.get(id);
  if (!contact) return null;
  return contact.organisation.trim() === '' || contact.kind === 'organisation' ? contact.name : `${contact.name} (${contact.organisation})`;
}

/** `280 (2025)`, `280`, `– (2025)`: a value with its year, as far as they are given. */
function valueInYear(value: number | null, year: number | null): string {
  return `${formatNumber(value)}${year === null ? '' : ` (${year})`}`;
}

/** The strategy's indicators where the reader meets the strategy: name, unit, baseline and target in one line each. */
function indicatorList(strategy: Strategy): Paragraph[] {
  if (strategy.indicators.length === 0) return [labelledParagraph('Indikatorer', '', 'Inga angivna')];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: strategy.indicators.length === 1 ? 'Indikator' : 'Indikatorer', bold: true })] }),
    ...strategy.indicators.map(
      (i) =>
        new Paragraph({
          bullet: { level: 0 },
          children: textRuns(
            `${i.name}${i.unit.trim() === '' ? '' : ` (${i.unit})`}: utgångsläge ${valueInYear(i.baselineValue, i.baselineYear)}, mål ${valueInYear(i.targetValue, i.targetYear)}`,
          ),
        }),
    ),
  ];
}

function strategiesAndTactics(tree: Outline, contacts: ReadonlyMap<string, Contact>, title = 'Strategier och taktiker'): FileChild[] {
  const children: FileChild[] = [heading(title, HeadingLevel.HEADING_1)];
  if (tree.strategies.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'Planen har ännu ingen strategi.', italics: true })] }));
  for (const { strategy, tactics } of tree.strategies) {
    children.push(
      heading(titleOr(strategy.title), HeadingLevel.HEADING_2),
      ...field('Varför?', strategy.why),
      ...field('Vad?', strategy.what),
      labelledParagraph('Effektmål', strategy.effectGoal, notFilledIn),
      labelledParagraph('Mätbart mål', strategy.target, notFilledIn),
      ...indicatorList(strategy),
    );
    for (const { tactic } of tactics) {
      const responsible = tactic.who.responsibleContactId === null ? null : contactName(contacts, tactic.who.responsibleContactId);
      const partners = tactic.who.partnerContactIds.map((id) => contactName(contacts, id)).filter((n): n is string => n !== null);
      children.push(heading(titleOr(tactic.title), HeadingLevel.HEADING_3), ...field('Vem?', tactic.who.text));
      if (responsible !== null) children.push(labelledParagraph('Ansvarig', responsible, notFilledIn));
      if (partners.length > 0) children.push(labelledParagraph('Samarbetspartner', partners.join(', '), notFilledIn));
      children.push(...field('Hur?', tactic.how));
    }
  }
  return children;
}

const activityColumns: Column[] = [
  { header: 'Aktivitet' },
  { header: 'Ansvarig' },
  { header: 'Start' },
  { header: 'Slut' },
  { header: 'Status' },
  { header: 'Kostnad', align: 'right' },
];

/** The activity tables are set in 10 pt, as in the aktivitetsplan. */
const activitySize = 20;

interface ActivityTable {
  tactic: Tactic;
  rows: string[][];
  sum: string[];
}

function activityTableRows(tree: Outline): ActivityTable[] {
  return tree.strategies
    .flatMap((s) => s.tactics)
    .filter((t) => t.activities.length > 0)
    .map(({ tactic, activities }) => {
      const total = activities.filter((a) => a.status !== 'cancelled').reduce((sum, a) => sum + a.costOre, 0);
      return {
        tactic,
        rows: activities.map((a) => [a.title, a.responsible, a.startDate, a.endDate, activityStatusLabels[a.status], formatKronor(a.costOre)]),
        sum: ['Summa (utom strukna)', '', '', '', '', formatKronor(total)],
      };
    });
}

/**
 * Portrait when every activity table fits across a portrait page with its words and figures whole,
 * so the plan needs no landscape section (a section of its own starts a page, and the page before
 * it may be left nearly empty); landscape when some table needs the width.
 */
function activitiesFitPortrait(tree: Outline): boolean {
  const tables = activityTableRows(tree).map((t) => ({ rows: t.rows, footer: t.sum }));
  const layout = tableLayout(activityColumns, [], undefined, { size: activitySize, width: portraitTextWidth, siblings: tables });
  return layout.fits && layout.size === activitySize;
}

function activityTables(tree: Outline, width: number, title = 'Aktivitetsplan'): FileChild[] {
  const children: FileChild[] = [heading(title, HeadingLevel.HEADING_1)];
  const tables = activityTableRows(tree);
  if (tables.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'Planen har ännu inga aktiviteter.', italics: true })] }));
  // One set of widths for all the tactics' tables, so their columns line up down the pages.
  const siblings = tables.map((t) => ({ rows: t.rows, footer: t.sum }));
  for (const { tactic, rows, sum } of tables) {
    children.push(heading(titleOr(tactic.title), HeadingLevel.HEADING_2), dataTable(activityColumns, rows, sum, { size: activitySize, width, siblings }), new Paragraph({ children: [] }));
  }
  return children;
}

/** The perspectives the reviewers hold or the tactics name: the template's (or the usual five) first, in its order, then the rest in Swedish order. */
function perspectivesInUse(goalArea: GoalArea, tactics: readonly Tactic[], order: readonly string[]): string[] {
  const names = new Set([...goalArea.reviewers.map((r) => r.perspective), ...tactics.flatMap((t) => t.perspectives.map((p) => p.perspective))].filter((p) => p.trim() !== ''));
  const rank = (p: string): number => {
    const i = order.indexOf(p);
    return i === -1 ? order.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, 'sv'));
}

function perspectiveSections(tree: Outline, goalArea: GoalArea, order: readonly string[], title = 'Genomsyrande perspektiv'): FileChild[] {
  const tactics = tree.strategies.flatMap((s) => s.tactics.map((t) => t.tactic));
  const children: FileChild[] = [heading(title, HeadingLevel.HEADING_1)];
  const perspectives = perspectivesInUse(goalArea, tactics, order);
  if (perspectives.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: 'Inga perspektiv är angivna.', italics: true })] }));
  const columns: Column[] = [{ header: 'Taktik' }, { header: 'Kommentar' }];
  const rowsOf = (perspective: string): string[][] => tactics.flatMap((t) => t.perspectives.filter((p) => p.perspective === perspective).map((p) => [titleOr(t.title), p.note]));
  const siblings = perspectives.map((p) => ({ rows: rowsOf(p) }));
  for (const perspective of perspectives) {
    const rows = rowsOf(perspective);
    const reviewers = goalArea.reviewers.filter((r) => r.perspective === perspective).map((r) => r.name);
    children.push(heading(perspective.charAt(0).toUpperCase() + perspective.slice(1), HeadingLevel.HEADING_2));
    if (reviewers.length > 0) children.push(labelledParagraph('Granskare', reviewers.join(', '), notFilledIn));
    children.push(rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: 'Ingen taktik tar upp perspektivet.', italics: true })] }) : dataTable(columns, rows, undefined, { siblings }));
  }
  return children;
}

function indicatorSection(tree: Outline, title = 'Indikatorer'): FileChild[] {
  // Each indicator names the strategy it measures, as it stands under that strategy earlier in the plan.
  const rows = tree.strategies.flatMap(({ strategy }) =>
    strategy.indicators.map((i) => [
      `${i.name}\n(${titleOr(strategy.title)})`,
      i.unit,
      i.baselineYear === null ? '–' : `${i.baselineYear}`,
      formatNumber(i.baselineValue),
      i.targetYear === null ? '–' : `${i.targetYear}`,
      formatNumber(i.targetValue),
    ]),
  );
  const columns: Column[] = [
    { header: 'Indikator (strategi)' },
    { header: 'Enhet' },
    { header: 'Basår', align: 'right' },
    { header: 'Basvärde', align: 'right' },
    { header: 'Målår', align: 'right' },
    { header: 'Målvärde', align: 'right' },
  ];
  return [
    heading(title, HeadingLevel.HEADING_1),
    rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: 'Inga indikatorer är angivna.', italics: true })] }) : dataTable(columns, rows),
  ];
}

function reviewerSection(goalArea: GoalArea): FileChild[] {
  const columns: Column[] = [{ header: 'Namn' }, { header: 'Organisation' }, { header: 'Perspektiv' }, { header: 'E-post' }];
  const rows = goalArea.reviewers.map((r) => [r.name, r.organisation, r.perspective, r.email]);
  return [
    heading('Granskare', HeadingLevel.HEADING_1),
    rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: 'Inga granskare är angivna.', italics: true })] }) : dataTable(columns, rows),
  ];
}

/** A place in the handlingsplan: a text section by key, or a structured part (with the template's title). */
export type HandlingsplanBlock = { type: 'section'; key: string } | { type: 'part'; part: HandlingsplanPart; title?: string };
export type HandlingsplanPart = 'strategyTree' | 'activities' | 'indicators' | 'perspectives';

const defaultPartOrder: readonly HandlingsplanPart[] = ['strategyTree', 'activities', 'perspectives', 'indicators'];

interface Block {
  orientation: (typeof PageOrientation)[keyof typeof PageOrientation];
  children: FileChild[];
}

/** The document's body in order, each part in the orientation it needs. */
function bodyBlocks(input: HandlingsplanInput, tree: Outline, contacts: ReadonlyMap<string, Contact>): Block[] {
  const { plan } = input.content;
  const names = supportRequestNames(plan, input.supportOffers ?? []);
  const supportKey = input.supportSectionKey === undefined ? 'stod' : input.supportSectionKey;
  const order: readonly HandlingsplanBlock[] = input.order ?? [...plan.sections.map((s) => ({ type: 'section' as const, key: s.key })), ...defaultPartOrder.map((part) => ({ type: 'part' as const, part }))];
  const blocks: Block[] = [];
  const portrait = (children: FileChild[]) => blocks.push({ orientation: PageOrientation.PORTRAIT, children });
  const doneSections = new Set<string>();
  const doneParts = new Set<HandlingsplanPart>();

  const section = (key: string) => {
    const found = plan.sections.find((s) => s.key === key);
    if (!found || doneSections.has(key)) return;
    doneSections.add(key);
    portrait(sectionBody(found, key === supportKey ? names : []));
  };
  const part = (which: HandlingsplanPart, title?: string) => {
    if (doneParts.has(which)) return;
    doneParts.add(which);
    if (which === 'strategyTree') portrait(strategiesAndTactics(tree, contacts, title));
    else if (which === 'activities') {
      if (activitiesFitPortrait(tree)) portrait(activityTables(tree, portraitTextWidth, title));
      else blocks.push({ orientation: PageOrientation.LANDSCAPE, children: activityTables(tree, landscapeTextWidth, title) });
    }
    else if (which === 'perspectives') portrait(perspectiveSections(tree, input.goalArea, input.perspectiveOrder ?? defaultPerspectives, title));
    else portrait(indicatorSection(tree, title));
  };

  let supportDone = false;
  const supportWithoutSection = () => {
    if (supportDone || names.length === 0 || plan.sections.some((s) => s.key === supportKey)) return;
    supportDone = true;
    portrait([heading('Behov av stöd från kansliet', HeadingLevel.HEADING_1), ...supportList(names)]);
  };

  for (const entry of order) {
    if (entry.type === 'section') section(entry.key);
    else {
      // Without an order of the template's, offers without a section of their own close the text sections.
      if (input.order === undefined && doneParts.size === 0) supportWithoutSection();
      part(entry.part, entry.title);
    }
  }
  for (const own of plan.sections) section(own.key);
  supportWithoutSection();
  for (const which of defaultPartOrder) part(which);
  portrait(reviewerSection(input.goalArea));
  return blocks;
}

/** Blocks of one orientation in a row share a section of the document. */
function mergeBlocks(blocks: readonly Block[]): Block[] {
  const merged: Block[] = [];
  for (const block of blocks) {
    const last = merged.at(-1);
    if (last && last.orientation === block.orientation) last.children.push(...block.children);
    else merged.push({ orientation: block.orientation, children: [...block.children] });
  }
  return merged;
}

export function buildHandlingsplan(input: HandlingsplanInput): Document {
  const { plan } = input.content;
  const tree = outline(input.content);
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const date = longSwedishDate(input.today);
  const headerText = `${input.draft ? `${draftMark} – ` : ''}${input.goalArea.name} · Handlingsplan ${period(plan)} · version ${plan.version} · ${date}`;

  const statusText = planStatusLabels[plan.status].toLowerCase();
  return new Document({
    ...coreProperties({
      title: plan.title,
      author: input.ownerName,
      subject: `Handlingsplan för målområdet ${input.goalArea.name} ${period(plan)}`,
      description: `Handlingsplan ${period(plan)}, version ${plan.version} (${statusText}${input.draft && plan.status !== 'draft' ? ', utkast' : ''}), ${date}.`,
    }),
    features: { updateFields: true },
    ...documentStyleOptions(input.referenceStyles),
    sections: mergeBlocks([{ orientation: PageOrientation.PORTRAIT, children: [...titlePage(input), ...tableOfContents()] }, ...bodyBlocks(input, tree, contacts)]).map((block) =>
      pageSection(block.children, block.orientation, headerText),
    ),
  });
}
