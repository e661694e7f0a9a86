/**
 * The floor the Word figures are set against: the same document content written straight with the
 * docx library. Same headings and texts, same tables with the same columns, texts and cell
 * properties as our builders write them (header row bold, shaded, repeated and kept with the next
 * row; rows that do not split; sum rows bold and shaded; the tables' text size; amounts right-aligned;
 * widths in the header row and the grid, fixed layout; borders), and the same page sections with a
 * running header and page numbers. What it leaves out is our own work: measuring the columns to
 * the content, choosing the orientation and size, the words catalogue's sentences, the title page's
 * labelled lines, the risk matrix, reference styles. So the ratio is the price of that work, not of
 * writing a larger document.
 */
import { AlignmentType, BorderStyle, Document, Footer, Header, HeadingLevel, PageNumber, PageOrientation, Packer, Paragraph, ShadingType, Table, TableCell, TableLayoutType, TableOfContents, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import { budgetCategories, type Project } from '#shared/domain/project.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { riskLevel, riskScore } from '#shared/project/risk.ts';
import { fixedPercent, kronor } from '#shared/documents/words/format.ts';
import type { DocumentWords } from '#shared/documents/words/index.ts';

type Level = (typeof HeadingLevel)[keyof typeof HeadingLevel];
type Orientation = (typeof PageOrientation)[keyof typeof PageOrientation];

const portraitWidth = 11_906 - 2 * 1_134;
const landscapeWidth = 16_838 - 2 * 1_134;
const border = { style: BorderStyle.SINGLE, size: 4, color: '808080' } as const;

/** A text's lines as runs with a break before each but the first, as the builders keep line breaks. */
function runs(text: string, style: { bold?: boolean; italics?: boolean; size?: number } = {}): TextRun[] {
  return text.split('\n').map((line, i) => new TextRun({ text: line, break: i > 0 ? 1 : undefined, ...style }));
}

const paragraph = (text: string): Paragraph => new Paragraph({ children: runs(text) });
const heading = (text: string, level: Level): Paragraph => new Paragraph({ heading: level, keepNext: true, children: runs(text) });
const label = (text: string): Paragraph => new Paragraph({ keepNext: true, spacing: { before: 120 }, children: [new TextRun({ text, bold: true })] });

interface DirectColumn {
  header: string;
  right?: boolean;
  /** A share of the line; the columns' shares are scaled to the line's width. */
  share: number;
}

type Kind = 'header' | 'body' | 'sum';

function cell(text: string, width: number | undefined, right: boolean, kind: Kind, size: number): TableCell {
  const emphasised = kind !== 'body';
  return new TableCell({
    width: width === undefined ? undefined : { size: width, type: WidthType.DXA },
    shading: emphasised ? { type: ShadingType.CLEAR, color: 'auto', fill: 'D9E2F3' } : undefined,
    children: [new Paragraph({ alignment: right ? AlignmentType.RIGHT : undefined, keepNext: kind === 'header' ? true : undefined, children: runs(text, emphasised ? { bold: true, size } : { size }) })],
  });
}

/** A table as `dataTable` (shared/documents/docx-parts.ts) writes it, its widths given as shares of the line. */
export function directTable(columns: readonly DirectColumn[], rows: readonly (readonly string[])[], sum: readonly string[] | undefined, size: number, line: number): Table {
  const shares = columns.reduce((total, c) => total + c.share, 0);
  const widths = columns.map((c) => Math.floor((line * c.share) / shares));
  const row = (values: readonly string[], kind: Kind): TableRow =>
    new TableRow({ cantSplit: true, children: columns.map((c, i) => cell(values[i] ?? '', undefined, c.right === true, kind, size)) });
  return new Table({
    width: { size: widths.reduce((total, w) => total + w, 0), type: WidthType.DXA },
    layout: TableLayoutType.FIXED,
    borders: { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border },
    rows: [
      new TableRow({ tableHeader: true, cantSplit: true, children: columns.map((c, i) => cell(c.header, widths[i], c.right === true, 'header', size)) }),
      ...rows.map((r) => row(r, 'body')),
      ...(sum ? [row(sum, 'sum')] : []),
    ],
  });
}

function section(children: FileChild[], orientation: Orientation, headerText: string, words: DocumentWords): ISectionOptions {
  const { before, between } = words.common.pageNumber;
  return {
    properties: { page: { size: { width: 11_906, height: 16_838, orientation }, margin: { top: 1_134, bottom: 1_134, left: 1_134, right: 1_134 } } },
    headers: { default: new Header({ children: [new Paragraph({ alignment: AlignmentType.RIGHT, children: runs(headerText, { size: 18 }) })] }) },
    footers: { default: new Footer({ children: [new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ children: [before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES], size: 18 })] })] }) },
    children,
  };
}

function contents(words: DocumentWords): FileChild[] {
  return [new Paragraph({ keepNext: true, children: [new TextRun({ text: words.common.contents, bold: true, size: 32 })] }), new TableOfContents(words.common.contents, { hyperlink: true, headingStyleRange: '1-2' })];
}

async function pack(document: Document): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const byOrder = <T extends { order: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.order - b.order);

/** Both documents are portrait, a landscape part for the wide tables, then portrait again. */
function packThreeSections(opening: FileChild[], landscape: FileChild[], closing: FileChild[], title: string, words: DocumentWords): Promise<Uint8Array> {
  return pack(
    new Document({
      features: { updateFields: true },
      sections: [section(opening, PageOrientation.PORTRAIT, title, words), section(landscape, PageOrientation.LANDSCAPE, title, words), section(closing, PageOrientation.PORTRAIT, title, words)],
    }),
  );
}

/** The handlingsplan's content: sections, strategies and tactics with their texts, one activity table per tactic (10 pt, landscape), perspectives, indicators, reviewers. */
export function directHandlingsplan(content: PlanContent, reviewers: readonly { name: string; organisation: string; perspective: string; email: string }[], words: DocumentWords): Promise<Uint8Array> {
  const w = words;
  const f = w.field;
  const { plan } = content;
  const opening: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(plan.title) }), ...contents(w)];
  for (const s of plan.sections) opening.push(heading(s.title, HeadingLevel.HEADING_1), paragraph(s.text));
  opening.push(heading(w.handlingsplan.strategyTree, HeadingLevel.HEADING_1));
  const tactics = byOrder(content.strategies).flatMap((strategy) => {
    opening.push(heading(strategy.title, HeadingLevel.HEADING_2), label(f['strategy.why']), paragraph(strategy.why), label(f['strategy.what']), paragraph(strategy.what));
    opening.push(paragraph(`${f['strategy.effectGoal']}: ${strategy.effectGoal}`), paragraph(`${f['strategy.target']}: ${strategy.target}`));
    for (const i of strategy.indicators) opening.push(new Paragraph({ bullet: { level: 0 }, children: runs(`${i.name} (${i.unit})`) }));
    const own = byOrder(content.tactics.filter((t) => t.strategyId === strategy.id));
    for (const tactic of own) opening.push(heading(tactic.title, HeadingLevel.HEADING_3), label(f['tactic.who']), paragraph(tactic.who.text), label(f['tactic.how']), paragraph(tactic.how));
    return own;
  });

  const activityColumns: DirectColumn[] = [
    { header: f['activity.title'], share: 33 },
    { header: f['activity.responsible'], share: 26 },
    { header: f['activity.startDate'], share: 10 },
    { header: f['activity.endDate'], share: 10 },
    { header: f['activity.status'], share: 8 },
    { header: f['activity.costOre'], right: true, share: 13 },
  ];
  const activities: FileChild[] = [heading(w.handlingsplan.activities, HeadingLevel.HEADING_1)];
  for (const tactic of tactics) {
    const own = byOrder(content.activities.filter((a) => a.tacticId === tactic.id));
    if (own.length === 0) continue;
    const total = own.filter((a) => a.status !== 'cancelled').reduce((sum, a) => sum + a.costOre, 0);
    const rows = own.map((a) => [a.title, a.responsible, a.startDate, a.endDate, w.common.activityStatus[a.status], kronor(w, a.costOre)]);
    activities.push(heading(tactic.title, HeadingLevel.HEADING_2), directTable(activityColumns, rows, [w.common.sumExceptCancelled, '', '', '', '', kronor(w, total)], 20, landscapeWidth), new Paragraph({ children: [] }));
  }

  const closing: FileChild[] = [heading(w.handlingsplan.perspectives, HeadingLevel.HEADING_1)];
  const perspectives = [...new Set(tactics.flatMap((t) => t.perspectives.map((p) => p.perspective)))];
  for (const perspective of perspectives) {
    const rows = tactics.flatMap((t) => t.perspectives.filter((p) => p.perspective === perspective).map((p) => [t.title, p.note]));
    closing.push(heading(perspective, HeadingLevel.HEADING_2), directTable([{ header: w.handlingsplan.tacticColumn, share: 1 }, { header: w.handlingsplan.commentColumn, share: 2 }], rows, undefined, 22, portraitWidth));
  }
  const indicatorRows = content.strategies.flatMap((s) => s.indicators.map((i) => [`${i.name}\n(${s.title})`, i.unit, `${i.baselineYear ?? '–'}`, `${i.baselineValue ?? '–'}`, `${i.targetYear ?? '–'}`, `${i.targetValue ?? '–'}`]));
  closing.push(
    heading(w.handlingsplan.indicators, HeadingLevel.HEADING_1),
    directTable(
      [
        { header: w.handlingsplan.indicatorStrategyColumn, share: 4 },
        { header: f['indicator.unit'], share: 2 },
        { header: f['indicator.baselineYear'], right: true, share: 1 },
        { header: f['indicator.baselineValue'], right: true, share: 1 },
        { header: f['indicator.targetYear'], right: true, share: 1 },
        { header: f['indicator.targetValue'], right: true, share: 1 },
      ],
      indicatorRows,
      undefined,
      22,
      portraitWidth,
    ),
    heading(w.handlingsplan.reviewers, HeadingLevel.HEADING_1),
    directTable(
      [{ header: f['reviewer.name'], share: 1 }, { header: f['reviewer.organisation'], share: 1 }, { header: f['reviewer.perspective'], share: 1 }, { header: f['reviewer.email'], share: 1 }],
      reviewers.map((r) => [r.name, r.organisation, r.perspective, r.email]),
      undefined,
      22,
      portraitWidth,
    ),
  );
  return packThreeSections(opening, activities, closing, plan.title, w);
}

/** The projektplan's sections and its tables of money, risks and activities (9 pt figures, 10 pt activities; the budget per year landscape). */
export function directProjektplan(project: Project, years: readonly number[], words: DocumentWords): Promise<Uint8Array> {
  const w = words;
  const f = w.field;
  const pp = w.projektplan;
  const sek = (ore: number): string => kronor(w, ore);
  const inYear = (amounts: readonly { year: number; ore: number }[], year: number): number => amounts.filter((a) => a.year === year).reduce((sum, a) => sum + a.ore, 0);
  const total = (amounts: readonly { year: number; ore: number }[]): number => amounts.reduce((sum, a) => sum + a.ore, 0);
  const opening: FileChild[] = [new Paragraph({ heading: HeadingLevel.TITLE, children: runs(project.title) }), ...contents(w)];
  for (const s of project.sections) opening.push(heading(s.title, HeadingLevel.HEADING_1), paragraph(s.text));
  opening.push(
    heading(pp.activitiesAndTimeline, HeadingLevel.HEADING_1),
    directTable(
      [{ header: f['projectActivity.title'], share: 4 }, { header: f['projectActivity.startDate'], share: 2 }, { header: f['projectActivity.endDate'], share: 2 }, { header: f['projectActivity.responsible'], share: 3 }, { header: f['projectActivity.status'], share: 2 }],
      project.activities.map((a) => [a.title, a.startDate, a.endDate, a.responsible, pp.activityStatus[a.status]]),
      undefined,
      20,
      portraitWidth,
    ),
  );

  const money = (right: boolean) => ({ right, share: 2 });
  const lines = budgetCategories.flatMap((category) => project.budget.filter((l) => l.category === category));
  const budgetTotal = project.budget.reduce((sum, l) => sum + total(l.amounts), 0);
  const yearColumns = years.map((y) => ({ header: `${y}`, ...money(true) }));
  const landscape: FileChild[] = [
    heading(pp.budget, HeadingLevel.HEADING_1),
    heading(pp.costsPerYear, HeadingLevel.HEADING_2),
    directTable(
      [{ header: f['budgetLine.category'], share: 3 }, { header: f['budgetLine.description'], share: 6 }, ...yearColumns, { header: w.common.sum, ...money(true) }],
      lines.map((l) => [pp.budgetCategory[l.category], l.description, ...years.map((y) => sek(inYear(l.amounts, y))), sek(total(l.amounts))]),
      [w.common.sum, '', ...years.map((y) => sek(project.budget.reduce((sum, l) => sum + inYear(l.amounts, y), 0))), sek(budgetTotal)],
      18,
      landscapeWidth,
    ),
    heading(pp.perCategory, HeadingLevel.HEADING_2),
    directTable(
      [{ header: f['budgetLine.category'], share: 3 }, { header: pp.amount, ...money(true) }, { header: pp.shareOfBudget, ...money(true) }],
      budgetCategories.map((c) => {
        const amount = project.budget.filter((l) => l.category === c).reduce((sum, l) => sum + total(l.amounts), 0);
        return [pp.budgetCategory[c], sek(amount), fixedPercent(w, budgetTotal === 0 ? null : amount / budgetTotal)];
      }),
      [w.common.sum, sek(budgetTotal), fixedPercent(w, 1)],
      18,
      landscapeWidth,
    ),
    heading(pp.financing, HeadingLevel.HEADING_1),
    directTable(
      [{ header: f['financier.name'], share: 3 }, { header: f['financier.cash'], ...money(true) }, { header: f['financier.inKind'], ...money(true) }, { header: w.common.sum, ...money(true) }, { header: pp.shareOfBudget, ...money(true) }],
      project.financiers.map((fi) => [fi.name, sek(total(fi.cash)), sek(total(fi.inKind)), sek(total(fi.cash) + total(fi.inKind)), fixedPercent(w, budgetTotal === 0 ? null : (total(fi.cash) + total(fi.inKind)) / budgetTotal)]),
      undefined,
      18,
      landscapeWidth,
    ),
    heading(pp.financingPerYear, HeadingLevel.HEADING_2),
    directTable(
      [{ header: f['financier.name'], share: 3 }, { header: pp.moneyKind, share: 2 }, ...yearColumns, { header: w.common.sum, ...money(true) }],
      project.financiers.flatMap((fi) =>
        (
          [
            [f['financier.cash'], fi.cash],
            [f['financier.inKind'], fi.inKind],
          ] as const
        )
          .filter(([, amounts]) => total(amounts) > 0)
          .map(([kind, amounts]) => [fi.name, kind, ...years.map((y) => sek(inYear(amounts, y))), sek(total(amounts))]),
      ),
      undefined,
      18,
      landscapeWidth,
    ),
  ];
  const closing: FileChild[] = [
    heading(pp.risks, HeadingLevel.HEADING_1),
    directTable(
      [
        { header: pp.number, share: 1 },
        { header: f['risk.description'], share: 5 },
        { header: f['risk.likelihood'], right: true, share: 2 },
        { header: f['risk.consequence'], right: true, share: 2 },
        { header: pp.level, share: 2 },
        { header: f['risk.mitigation'], share: 5 },
        { header: f['risk.responsible'], share: 3 },
      ],
      project.risks.map((r, i) => [`${i + 1}`, r.description, `${r.likelihood}`, `${r.consequence}`, pp.riskLevel[riskLevel(riskScore(r))], r.mitigation, r.responsible]),
      undefined,
      18,
      portraitWidth,
    ),
  ];
  return packThreeSections(opening, landscape, closing, project.title, w);
}
