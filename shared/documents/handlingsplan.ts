/**
 * The handlingsplan as a Word document for RUS-kansliet: a title page, a
 * table of contents, the plan's sections, strategies (varför/vad) with their
 * tactics (vem/hur), the activities in a landscape section, the cross-cutting
 * perspectives, indicators and reviewers. Pure: `(data) => Document`;
 * packing is ./pack.ts. Built for EN 301 549: real heading styles, header
 * rows on tables, the document language (sv-SE, en-GB) on the styles. Its
 * words come from the catalogue (./words).
 */
import { AlignmentType, Document, HeadingLevel, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild, Table } from 'docx';
import type { Activity, ActionPlan, Contact, GoalArea, Strategy, Tactic } from '../domain/plan.ts';
import { defaultPerspectives } from '../domain/plan.ts';
import type { CompletenessItem } from '../plan/completeness.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import type { PlanContent } from '../plan/types.ts';
import type { KoladaIndicatorFigures } from './kolada-figures.ts';
import { fact, koladaIndicatorBlock } from './kolada-indicator.ts';
import { coreProperties, dataTable, documentStyleOptions, heading, labelledParagraph, landscapeTextWidth, pageSection, portraitTextWidth, spacer, tableLayout, tableOfContents, textParagraph, textRuns } from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { dateInWords, decimal, kronor, longDate, titleOr } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';
import { indicatorRecordId, perspectiveRecordId } from '../review/anchors.ts';
import type { AnchorKind } from '../review/anchors.ts';
import type { ReviewAnchors } from '../review/docx-anchors.ts';

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
  /**
   * The Kolada values of the indicators that have a KPI and values in the goal area's areas, each
   * with its chart: the indicator section shows them after its table. Without any, the section is
   * the table alone.
   */
  kolada?: readonly KoladaIndicatorFigures[];
}

const period = formatPlanPeriod;

/**
 * The review anchors (../review/anchors.ts) of a review package, or undefined for the ordinary
 * export, which stays as it was, byte for byte: hidden bookmarks would do no harm there, but a
 * document the secretariat already has should not change without a reason.
 */
type Anchors = ReviewAnchors | undefined;

/** The paragraph, anchored as the first of a part when the export is a review package. */
function marked(anchors: Anchors, paragraph: Paragraph, kind: AnchorKind, recordId: string): Paragraph {
  return anchors === undefined ? paragraph : anchors.paragraph(paragraph, kind, recordId);
}

/** The table, with its rows anchored when the export is a review package (row 0 is the header row). */
function markedRows(anchors: Anchors, table: Table, rows: () => { row: number; kind: AnchorKind; recordId: string }[]): FileChild {
  return anchors === undefined ? table : anchors.table(table, rows());
}

/** A bold label on its own line, then the text (or "Ej ifyllt"), for the long varför/vad/vem/hur texts. */
function field(w: DocumentWords, label: string, text: string): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: label, bold: true })] }),
    text.trim() === '' ? new Paragraph({ children: [new TextRun({ text: w.common.notFilledIn, italics: true })] }) : textParagraph(text),
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
function missingText(w: DocumentWords, item: CompletenessItem, content: PlanContent): string {
  const h = w.handlingsplan;
  const label = h.missingField[item.field] ?? item.field;
  const title = (text: string | undefined): string => titleOr(w, text ?? '');
  switch (item.kind) {
    case 'section': {
      const section = content.plan.sections.find((s) => s.key === item.id);
      return h.sectionEmpty(section?.title ?? item.id ?? w.common.untitled);
    }
    case 'plan':
      return h.planHasNoStrategy;
    case 'strategy':
      return h.strategyFieldEmpty(title(content.strategies.find((s) => s.id === item.id)?.title), label);
    case 'tactic':
      return h.tacticFieldEmpty(title(content.tactics.find((t) => t.id === item.id)?.title), label);
    case 'activity': {
      const activity = content.activities.find((a) => a.id === item.id);
      if (item.code === 'outsidePeriod') {
        // Dates in words, as elsewhere in the running text: an ISO date would break at its hyphens at the end of a line.
        return h.activityOutsidePeriod(title(activity?.title), dateInWords(w, activity?.startDate), dateInWords(w, activity?.endDate), period(content.plan));
      }
      return h.activityFieldEmpty(title(activity?.title), label);
    }
  }
}

function titlePage(input: HandlingsplanInput, w: DocumentWords): FileChild[] {
  const { plan } = input.content;
  const line = (label: string, value: string): Paragraph => labelledParagraph(label, value, w.common.notFilledIn);
  const children: FileChild[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(plan.title) }),
    line(w.field['goalArea.name'], w.common.goalArea(input.goalArea.name, input.goalArea.code)),
    line(w.field['plan.period'], period(plan)),
    line(w.field['goalArea.owner'], input.ownerName),
    line(w.field['plan.version'], `${plan.version}`),
    line(w.field['plan.status'], w.common.planStatus[plan.status]),
    line(w.common.date, longDate(w, input.today)),
  ];
  if (input.draft) {
    children.push(
      new Paragraph({ alignment: AlignmentType.CENTER, spacing: { before: 480, after: 240 }, children: [new TextRun({ text: w.common.draftMark, bold: true, size: 56, color: 'C00000' })] }),
      new Paragraph({ children: [new TextRun({ text: w.handlingsplan.notFinished, bold: true })] }),
    );
    if (input.completeness.length === 0) {
      children.push(new Paragraph({ children: [new TextRun(w.common.allRequiredFilledIn)] }));
    } else {
      children.push(new Paragraph({ keepNext: true, children: [new TextRun({ text: w.handlingsplan.missingIntro, bold: true })] }));
      for (const item of input.completeness) children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(missingText(w, item, input.content)) }));
    }
  }
  return children;
}

/** The ticked offers of support by name, in the template's order; ids the template no longer has come last, as they are. */
function supportRequestNames(plan: ActionPlan, offers: readonly { id: string; name: string }[]): string[] {
  const ticked = new Set(plan.supportRequests ?? []);
  const known = offers.filter((o) => ticked.has(o.id));
  const knownIds = new Set(known.map((o) => o.id));
  return [...known.map((o) => o.name), ...[...ticked].filter((id) => !knownIds.has(id))];
}

function supportList(w: DocumentWords, names: readonly string[]): Paragraph[] {
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: w.handlingsplan.supportWished, bold: true })] }),
    ...names.map((name) => new Paragraph({ bullet: { level: 0 }, children: textRuns(name) })),
  ];
}

/** One text section: its heading, its text (or "Ej ifyllt"), and under the support section the ticked offers. */
function sectionBody(w: DocumentWords, section: ActionPlan['sections'][number], offerNames: readonly string[], anchors: Anchors): FileChild[] {
  const offers = offerNames.length > 0 ? supportList(w, offerNames) : [];
  const blank = section.text.trim() === '';
  // A section with ticked offers and no text is not "Ej ifyllt": the offers are its content.
  const text = blank ? (offers.length > 0 ? [] : [new Paragraph({ children: [new TextRun({ text: w.common.notFilledIn, italics: true })] })]) : [textParagraph(section.text)];
  return [marked(anchors, heading(section.title, HeadingLevel.HEADING_1), 'section', section.key), ...text, ...offers];
}

function contactName(contacts: ReadonlyMap<string, Contact>, id: string): string | null {
  const contact = contacts.get(id);
  if (!contact) return null;
  return contact.organisation.trim() === '' || contact.kind === 'organisation' ? contact.name : `${contact.name} (${contact.organisation})`;
}

/** `280 (2025)`, `280`, `– (2025)`: a value with its year, as far as they are given. */
function valueInYear(w: DocumentWords, value: number | null, year: number | null): string {
  return `${decimal(w, value)}${year === null ? '' : ` (${year})`}`;
}

/** The strategy's indicators where the reader meets the strategy: name, unit, baseline and target in one line each. */
function indicatorList(w: DocumentWords, strategy: Strategy, anchors: Anchors): Paragraph[] {
  const plural = w.field['strategy.indicators'];
  if (strategy.indicators.length === 0) return [labelledParagraph(plural, '', w.handlingsplan.noIndicators)];
  return [
    new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text: strategy.indicators.length === 1 ? w.handlingsplan.indicatorOne : plural, bold: true })] }),
    ...strategy.indicators.map((i, index) =>
      marked(
        anchors,
        new Paragraph({
          bullet: { level: 0 },
          children: textRuns(
            w.handlingsplan.indicatorLine(`${i.name}${i.unit.trim() === '' ? '' : ` (${i.unit})`}`, valueInYear(w, i.baselineValue, i.baselineYear), valueInYear(w, i.targetValue, i.targetYear)),
          ),
        }),
        'indicator',
        indicatorRecordId(strategy.id, index),
      ),
    ),
  ];
}

function strategiesAndTactics(w: DocumentWords, tree: Outline, contacts: ReadonlyMap<string, Contact>, anchors: Anchors, title = w.handlingsplan.strategyTree): FileChild[] {
  const f = w.field;
  const notFilledIn = w.common.notFilledIn;
  const children: FileChild[] = [marked(anchors, heading(title, HeadingLevel.HEADING_1), 'outside', 'strategyTree')];
  if (tree.strategies.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: w.handlingsplan.noStrategy, italics: true })] }));
  for (const { strategy, tactics } of tree.strategies) {
    children.push(
      marked(anchors, heading(titleOr(w, strategy.title), HeadingLevel.HEADING_2), 'strategy', strategy.id),
      ...field(w, f['strategy.why'], strategy.why),
      ...field(w, f['strategy.what'], strategy.what),
      labelledParagraph(f['strategy.effectGoal'], strategy.effectGoal, notFilledIn),
      labelledParagraph(f['strategy.target'], strategy.target, notFilledIn),
      ...indicatorList(w, strategy, anchors),
    );
    for (const { tactic } of tactics) {
      const responsible = tactic.who.responsibleContactId === null ? null : contactName(contacts, tactic.who.responsibleContactId);
      const partners = tactic.who.partnerContactIds.map((id) => contactName(contacts, id)).filter((n): n is string => n !== null);
      children.push(marked(anchors, heading(titleOr(w, tactic.title), HeadingLevel.HEADING_3), 'tactic', tactic.id), ...field(w, f['tactic.who'], tactic.who.text));
      if (responsible !== null) children.push(labelledParagraph(f['tactic.responsibleContactId'], responsible, notFilledIn));
      if (partners.length > 0) children.push(labelledParagraph(f['tactic.partnerContactIds'], partners.join(', '), notFilledIn));
      children.push(...field(w, f['tactic.how'], tactic.how));
    }
  }
  return children;
}

function activityColumns(w: DocumentWords): Column[] {
  const f = w.field;
  return [
    { header: f['activity.title'] },
    { header: f['activity.responsible'] },
    { header: f['activity.startDate'] },
    { header: f['activity.endDate'] },
    { header: f['activity.status'] },
    { header: f['activity.costOre'], align: 'right' },
  ];
}

/** The activity tables are set in 10 pt, as in the aktivitetsplan. */
const activitySize = 20;

interface ActivityTable {
  tactic: Tactic;
  activities: Activity[];
  rows: string[][];
  sum: string[];
}

function activityTableRows(w: DocumentWords, tree: Outline): ActivityTable[] {
  return tree.strategies
    .flatMap((s) => s.tactics)
    .filter((t) => t.activities.length > 0)
    .map(({ tactic, activities }) => {
      const total = activities.filter((a) => a.status !== 'cancelled').reduce((sum, a) => sum + a.costOre, 0);
      return {
        tactic,
        activities,
        rows: activities.map((a) => [a.title, a.responsible, a.startDate, a.endDate, w.common.activityStatus[a.status], kronor(w, a.costOre)]),
        sum: [w.common.sumExceptCancelled, '', '', '', '', kronor(w, total)],
      };
    });
}

/**
 * Portrait when every activity table fits across a portrait page with its words and figures whole,
 * so the plan needs no landscape section (a section of its own starts a page, and the page before
 * it may be left nearly empty); landscape when some table needs the width.
 */
function activitiesFitPortrait(w: DocumentWords, tree: Outline): boolean {
  const tables = activityTableRows(w, tree).map((t) => ({ rows: t.rows, footer: t.sum }));
  const layout = tableLayout(activityColumns(w), [], undefined, { size: activitySize, width: portraitTextWidth, siblings: tables });
  return layout.fits && layout.size === activitySize;
}

function activityTables(w: DocumentWords, tree: Outline, width: number, anchors: Anchors, title = w.handlingsplan.activities): FileChild[] {
  const children: FileChild[] = [marked(anchors, heading(title, HeadingLevel.HEADING_1), 'outside', 'activities')];
  const tables = activityTableRows(w, tree);
  if (tables.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: w.handlingsplan.noActivities, italics: true })] }));
  // One set of widths for all the tactics' tables, so their columns line up down the pages.
  const siblings = tables.map((t) => ({ rows: t.rows, footer: t.sum }));
  for (const { tactic, activities, rows, sum } of tables) {
    const table = dataTable(activityColumns(w), rows, sum, { size: activitySize, width, siblings });
    // Each activity's row, and the sum row as the tactic's, so that a comment on the sum is not taken for one on the last activity.
    const anchoredRows = () => [...activities.map((a, i) => ({ row: i + 1, kind: 'activity' as const, recordId: a.id })), { row: activities.length + 1, kind: 'tactic' as const, recordId: tactic.id }];
    children.push(marked(anchors, heading(titleOr(w, tactic.title), HeadingLevel.HEADING_2), 'tactic', tactic.id), markedRows(anchors, table, anchoredRows), new Paragraph({ children: [] }));
  }
  return children;
}

/** The perspectives the reviewers hold or the tactics name: the template's (or the usual five) first, in its order, then the rest in the document language's order. */
function perspectivesInUse(w: DocumentWords, goalArea: GoalArea, tactics: readonly Tactic[], order: readonly string[]): string[] {
  const names = new Set([...goalArea.reviewers.map((r) => r.perspective), ...tactics.flatMap((t) => t.perspectives.map((p) => p.perspective))].filter((p) => p.trim() !== ''));
  const rank = (p: string): number => {
    const i = order.indexOf(p);
    return i === -1 ? order.length : i;
  };
  return [...names].sort((a, b) => rank(a) - rank(b) || a.localeCompare(b, w.language));
}

function perspectiveSections(w: DocumentWords, tree: Outline, goalArea: GoalArea, order: readonly string[], anchors: Anchors, title = w.handlingsplan.perspectives): FileChild[] {
  const h = w.handlingsplan;
  const tactics = tree.strategies.flatMap((s) => s.tactics.map((t) => t.tactic));
  const children: FileChild[] = [marked(anchors, heading(title, HeadingLevel.HEADING_1), 'outside', 'perspectives')];
  const perspectives = perspectivesInUse(w, goalArea, tactics, order);
  if (perspectives.length === 0) children.push(new Paragraph({ children: [new TextRun({ text: h.noPerspectives, italics: true })] }));
  const columns: Column[] = [{ header: h.tacticColumn }, { header: h.commentColumn }];
  const notesOf = (perspective: string): { tactic: Tactic; note: string }[] => tactics.flatMap((t) => t.perspectives.filter((p) => p.perspective === perspective).map((p) => ({ tactic: t, note: p.note })));
  const rowsOf = (perspective: string): string[][] => notesOf(perspective).map(({ tactic, note }) => [titleOr(w, tactic.title), note]);
  const siblings = perspectives.map((p) => ({ rows: rowsOf(p) }));
  for (const perspective of perspectives) {
    const rows = rowsOf(perspective);
    const reviewers = goalArea.reviewers.filter((r) => r.perspective === perspective).map((r) => r.name);
    children.push(marked(anchors, heading(perspective.charAt(0).toUpperCase() + perspective.slice(1), HeadingLevel.HEADING_2), 'perspective', perspectiveRecordId(null, perspective)));
    if (reviewers.length > 0) children.push(labelledParagraph(h.reviewersLabel, reviewers.join(', '), w.common.notFilledIn));
    const noteRows = () => notesOf(perspective).map(({ tactic }, i) => ({ row: i + 1, kind: 'perspective' as const, recordId: perspectiveRecordId(tactic.id, perspective) }));
    children.push(rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: h.noTacticForPerspective, italics: true })] }) : markedRows(anchors, dataTable(columns, rows, undefined, { siblings }), noteRows));
  }
  return children;
}

function indicatorSection(w: DocumentWords, tree: Outline, kolada: readonly KoladaIndicatorFigures[], anchors: Anchors, title = w.handlingsplan.indicators): FileChild[] {
  const f = w.field;
  // Each indicator names the strategy it measures, as it stands under that strategy earlier in the plan.
  const rows = tree.strategies.flatMap(({ strategy }) =>
    strategy.indicators.map((i) => [
      `${i.name}\n(${titleOr(w, strategy.title)})`,
      i.unit,
      i.baselineYear === null ? '–' : `${i.baselineYear}`,
      decimal(w, i.baselineValue),
      i.targetYear === null ? '–' : `${i.targetYear}`,
      decimal(w, i.targetValue),
    ]),
  );
  const columns: Column[] = [
    { header: w.handlingsplan.indicatorStrategyColumn },
    { header: f['indicator.unit'] },
    { header: f['indicator.baselineYear'], align: 'right' },
    { header: f['indicator.baselineValue'], align: 'right' },
    { header: f['indicator.targetYear'], align: 'right' },
    { header: f['indicator.targetValue'], align: 'right' },
  ];
  const indicatorRows = () => tree.strategies.flatMap(({ strategy }) => strategy.indicators.map((_indicator, index) => ({ kind: 'indicator' as const, recordId: indicatorRecordId(strategy.id, index) }))).map((r, i) => ({ ...r, row: i + 1 }));
  // Anchored in document order (heading, table, blocks): the first to want a name gets it bare.
  const sectionHeading = marked(anchors, heading(title, HeadingLevel.HEADING_1), 'outside', 'indicators');
  const table = rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: w.handlingsplan.noIndicatorsInPlan, italics: true })] }) : markedRows(anchors, dataTable(columns, rows), indicatorRows);
  // Each indicator with Kolada values follows the table in the strategies' order, under a heading of its own.
  const figuresOf = (strategyId: string, index: number) => kolada.find((k) => k.strategyId === strategyId && k.index === index);
  const blocks = tree.strategies.flatMap(({ strategy }) =>
    strategy.indicators.flatMap((indicator, index) => {
      const figures = figuresOf(strategy.id, index);
      if (!figures) return [];
      const measures = [fact(w.kolada.strategy, titleOr(w, strategy.title))];
      const block = koladaIndicatorBlock(w, indicator, figures, { level: HeadingLevel.HEADING_2, measures });
      return anchors === undefined ? block : anchors.first(block, 'indicator', indicatorRecordId(strategy.id, index));
    }),
  );
  return [
    sectionHeading,
    table,
    // A paragraph between the table and the first indicator's heading: LibreOffice leaves a heading that follows a table straight alone at a page's foot.
    ...(blocks.length > 0 ? [spacer(), ...blocks] : []),
  ];
}

function reviewerSection(w: DocumentWords, goalArea: GoalArea, anchors: Anchors): FileChild[] {
  const f = w.field;
  const columns: Column[] = [{ header: f['reviewer.name'] }, { header: f['reviewer.organisation'] }, { header: f['reviewer.perspective'] }, { header: f['reviewer.email'] }];
  const rows = goalArea.reviewers.map((r) => [r.name, r.organisation, r.perspective, r.email]);
  return [
    marked(anchors, heading(w.handlingsplan.reviewers, HeadingLevel.HEADING_1), 'outside', 'reviewers'),
    rows.length === 0 ? new Paragraph({ children: [new TextRun({ text: w.handlingsplan.noReviewers, italics: true })] }) : dataTable(columns, rows),
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
function bodyBlocks(input: HandlingsplanInput, w: DocumentWords, tree: Outline, contacts: ReadonlyMap<string, Contact>, anchors: Anchors): Block[] {
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
    portrait(sectionBody(w, found, key === supportKey ? names : [], anchors));
  };
  const part = (which: HandlingsplanPart, title?: string) => {
    if (doneParts.has(which)) return;
    doneParts.add(which);
    if (which === 'strategyTree') portrait(strategiesAndTactics(w, tree, contacts, anchors, title));
    else if (which === 'activities') {
      if (activitiesFitPortrait(w, tree)) portrait(activityTables(w, tree, portraitTextWidth, anchors, title));
      else blocks.push({ orientation: PageOrientation.LANDSCAPE, children: activityTables(w, tree, landscapeTextWidth, anchors, title) });
    }
    else if (which === 'perspectives') portrait(perspectiveSections(w, tree, input.goalArea, input.perspectiveOrder ?? defaultPerspectives, anchors, title));
    else portrait(indicatorSection(w, tree, input.kolada ?? [], anchors, title));
  };

  let supportDone = false;
  const supportWithoutSection = () => {
    if (supportDone || names.length === 0 || plan.sections.some((s) => s.key === supportKey)) return;
    supportDone = true;
    portrait([marked(anchors, heading(w.handlingsplan.supportHeading, HeadingLevel.HEADING_1), 'outside', 'support'), ...supportList(w, names)]);
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
  portrait(reviewerSection(w, input.goalArea, anchors));
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

export interface HandlingsplanOptions {
  /** For a review package (../review/review-package.ts): every part that can be commented on gets its anchor from these. */
  reviewAnchors?: ReviewAnchors;
}

/**
 * The handlingsplan in the catalogue's language (`words`), with a reference document's styles
 * completed by `referenceStylesForExport` (./reference-styles.ts), or the default set when `styles` is undefined.
 */
export function buildHandlingsplan(input: HandlingsplanInput, words: DocumentWords, styles: string | undefined, options: HandlingsplanOptions = {}): Document {
  const w = words;
  const { plan } = input.content;
  const tree = outline(input.content);
  const contacts = new Map(input.contacts.map((c) => [c.id, c]));
  const date = longDate(w, input.today);
  const headerText = `${input.draft ? `${w.common.draftMark} – ` : ''}${w.handlingsplan.header(input.goalArea.name, period(plan), plan.version, date)}`;

  const statusText = w.common.planStatus[plan.status].toLocaleLowerCase(w.locale);
  return new Document({
    ...coreProperties({
      title: plan.title,
      author: input.ownerName,
      subject: w.handlingsplan.subject(input.goalArea.name, period(plan)),
      description: w.handlingsplan.description(period(plan), plan.version, `${statusText}${input.draft && plan.status !== 'draft' ? `, ${w.common.draft}` : ''}`, date),
    }),
    features: { updateFields: true },
    ...documentStyleOptions(styles, w),
    sections: mergeBlocks([{ orientation: PageOrientation.PORTRAIT, children: [...titlePage(input, w), ...tableOfContents(w)] }, ...bodyBlocks(input, w, tree, contacts, options.reviewAnchors)]).map((block) =>
      pageSection(block.children, block.orientation, headerText, w),
    ),
  });
}
