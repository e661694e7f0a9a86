/**
 * The tidrapport as a Word document: a period's time per category, MOA time
 * against the mandate, the share spent as project leader, a weekly
 * table of the weeks with time, and lines for place, date and signature. Built from the time log's TimeReportSummary (../timelog/time-report.ts),
 * so the document shows the same figures as the app. Pure:
 * `(data) => Document`; packing is ./pack.ts.
 */
import { Document, HeadingLevel, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild, ISectionOptions } from 'docx';
import type { TimeCategory } from '../domain/timelog.ts';
import type { TimeReportSummary } from '../timelog/time-report.ts';
import type { SummaryRow } from '../timelog/summary.ts';
import type { Mandate } from '../domain/timelog.ts';
import { mandateWeeklyMinutes, sortMandates } from '../timelog/mandate.ts';
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
  textParagraph,
  textRuns,
} from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { measureColumns } from './column-widths.ts';
import { dateRange, decimal, hours as hoursIn, longDate, share as shareIn } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface TidrapportInput {
  summary: TimeReportSummary;
  /** Category names, in the order the weekly table shows them; a category with time but missing here is shown by its id. */
  categories: readonly Pick<TimeCategory, 'id' | 'name'>[];
  /** The MOA assignment's category, as given to the summary; `moa` when left out. */
  moaCategoryId?: string;
  personName: string;
  /** The organisation the person works for (the profile's), named under the name; empty shows "Ej ifyllt". */
  organisation: string;
  /** The period as the user chose it, e.g. `November 2026` or `2026 K4`; its dates come from the summary. */
  periodLabel: string;
  /** The mandate in words (`mandateDescription`), e.g. `20 % av heltid (8 timmar i veckan)`; empty when none is agreed. */
  mandateDescription: string;
  /** Today's date, `YYYY-MM-DD`, shown on the title page and in the header. */
  today: string;
}

/**
 * The mandates in force during the period, in words: `8 timmar i veckan`,
 * `20 % av heltid (8 timmar i veckan) från 2026-07-01`; empty when none is agreed.
 */
export function mandateDescription(words: DocumentWords, mandates: readonly Mandate[], from: string, to: string): string {
  const t = words.tidrapport;
  const sorted = sortMandates(mandates);
  const inForce = sorted.filter((m, i) => m.validFrom <= to && (sorted[i + 1]?.validFrom ?? '9999') > from);
  return inForce
    .map((m, i) => {
      const weekly = t.weeklyHours(hoursIn(words, mandateWeeklyMinutes(m)));
      const text = 'percentOfFullTime' in m ? t.percentOfFullTime(decimal(words, m.percentOfFullTime), weekly) : weekly;
      return i === 0 && m.validFrom <= from ? text : t.mandateFrom(text, m.validFrom);
    })
    .join('; ');
}

/** `1 timme`, `12,5 timmar`. */
function hoursInWords(w: DocumentWords, minutes: number): string {
  return w.tidrapport.hoursInWords(minutes, hoursIn(w, minutes));
}

/** A difference with its sign: `+2,5`, `−1` (a real minus sign), `0`. */
function signedHours(w: DocumentWords, minutes: number): string {
  if (minutes === 0) return '0';
  return `${minutes > 0 ? '+' : '\u2212'}${hoursIn(w, Math.abs(minutes))}`;
}

/** "12,5 timmar över mandatet", said plainly. */
export function mandateComparison(words: DocumentWords, moaMinutes: number, mandateMinutes: number): string {
  const t = words.tidrapport;
  if (mandateMinutes === 0) return t.noMandate;
  const over = moaMinutes - mandateMinutes;
  const difference = hoursInWords(words, Math.abs(over));
  const verdict = over === 0 ? t.exactlyMandate : over > 0 ? t.overMandate(difference) : t.underMandate(difference);
  return t.mandateComparison(hoursInWords(words, moaMinutes), hoursInWords(words, mandateMinutes), verdict);
}

function titleBlock(input: TidrapportInput, w: DocumentWords): FileChild[] {
  const { summary } = input;
  const t = w.tidrapport;
  const notFilledIn = w.common.notFilledIn;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(t.title) }),
    labelledParagraph(t.name, input.personName, notFilledIn),
    labelledParagraph(t.organisation, input.organisation, notFilledIn),
    labelledParagraph(t.period, summary.from <= summary.to ? `${input.periodLabel} (${dateRange(w, summary.from, summary.to)})` : input.periodLabel, notFilledIn),
    labelledParagraph(t.mandate, input.mandateDescription, t.noMandateValue),
    labelledParagraph(w.common.date, longDate(w, input.today), ''),
  ];
}

function summarySection(input: TidrapportInput, w: DocumentWords, moaId: string): FileChild[] {
  const { summary } = input;
  const t = w.tidrapport;
  const hours = (minutes: number): string => hoursIn(w, minutes);
  const share = (part: number): string => shareIn(w, part, summary.totalMinutes);
  const children: FileChild[] = [heading(t.summary, HeadingLevel.HEADING_1)];
  if (summary.totalMinutes === 0) {
    children.push(noteParagraph(t.nothingLogged));
    if (summary.mandateMinutes > 0) children.push(textParagraph(t.mandateForPeriod(hoursInWords(w, summary.mandateMinutes))));
    return children;
  }
  const project = summary.projectMinutes === 0 ? t.noProjectTime : t.projectTime(hoursInWords(w, summary.projectMinutes), share(summary.projectMinutes));
  children.push(
    textParagraph(t.totalLogged(hoursInWords(w, summary.totalMinutes))),
    textParagraph(mandateComparison(w, summary.moaMinutes, summary.mandateMinutes)),
    textParagraph(project),
    heading(t.perCategory, HeadingLevel.HEADING_2),
    dataTable(
      [{ header: t.category }, { header: t.hours, align: 'right' }, { header: t.share, align: 'right' }],
      orderedCategories(input, moaId)
        .filter((c) => c.minutes > 0)
        .map((c) => [c.name, hours(c.minutes), share(c.minutes)]),
      [w.common.total, hours(summary.totalMinutes), share(summary.totalMinutes)],
    ),
    heading(t.moaAndMandate, HeadingLevel.HEADING_2),
    textParagraph(t.mandateRule),
  );
  return children;
}

interface CategoryColumn {
  id: string;
  name: string;
  minutes: number;
}

/** MOA first, then the categories in the caller's order, then any unnamed ones by most time; all with their total. */
function orderedCategories(input: TidrapportInput, moaId: string): CategoryColumn[] {
  const totals = new Map(input.summary.categoryTotals.map((c) => [c.categoryId, c.minutes]));
  const named = new Map(input.categories.map((c) => [c.id, c.name]));
  const ids = [moaId, ...input.categories.map((c) => c.id), ...input.summary.categoryTotals.map((c) => c.categoryId)];
  const seen = new Set<string>();
  const columns: CategoryColumn[] = [];
  for (const id of ids) {
    if (seen.has(id)) continue;
    seen.add(id);
    if (id !== moaId && (totals.get(id) ?? 0) === 0) continue;
    columns.push({ id, name: named.get(id) ?? id, minutes: totals.get(id) ?? 0 });
  }
  return columns;
}

/** The weekly table is dense with figures, so it is set in 9 pt. */
const weeklyFontSize = 18;

interface WeeklyColumn {
  column: Column;
  value: (week: SummaryRow) => string;
  total: string;
}

/** Whether the whole week, Monday to Sunday, lies in the period. Counted in UTC, so no daylight-saving day is 23 hours. */
function isFullWeek(week: SummaryRow): boolean {
  return Date.parse(`${week.to}T00:00:00Z`) - Date.parse(`${week.from}T00:00:00Z`) === 6 * 86_400_000;
}

/**
 * The weekly table: weeks as rows (a year has 53, a page holds ~25), categories as columns.
 * Portrait when it fits, else landscape; when even landscape is too narrow the other
 * categories continue in further tables, each again starting with the week.
 */
/** The week's label in the document's language, by its ISO week number (the summary's key, `2026-W48`). */
function weekInWords(words: DocumentWords, week: SummaryRow): string {
  const number = /-W(\d+)$/.exec(week.key);
  return number ? words.common.week(Number(number[1])) : week.label;
}

function weeklySection(input: TidrapportInput, words: DocumentWords, moaId: string): { children: FileChild[]; landscape: boolean } {
  const { summary } = input;
  const t = words.tidrapport;
  const hours = (minutes: number): string => hoursIn(words, minutes);
  const manyYears = new Set(summary.weeks.map((w) => w.year)).size > 1;
  const weekColumn: WeeklyColumn = {
    column: { header: t.week },
    value: (w) => (manyYears ? `${w.year} ${weekInWords(words, w)}` : weekInWords(words, w)),
    total: words.common.sum,
  };
  const categories = orderedCategories(input, moaId);
  const categoryColumn = (c: CategoryColumn): WeeklyColumn => ({ column: { header: c.name, align: 'right' }, value: (w) => hours(w.minutesByCategory[c.id] ?? 0), total: hours(c.minutes) });
  const [moa, ...others] = categories;
  const lead: WeeklyColumn[] = [
    weekColumn,
    ...(moa ? [categoryColumn(moa)] : []),
    { column: { header: t.mandate, align: 'right' }, value: (w) => hours(w.mandateMinutes), total: hours(summary.mandateMinutes) },
    { column: { header: t.againstMandate, align: 'right' }, value: (w) => signedHours(words, w.moaOverMandateMinutes), total: signedHours(words, summary.moaOverMandateMinutes) },
  ];
  const totalColumn: WeeklyColumn = { column: { header: words.common.total, align: 'right' }, value: (w) => hours(w.totalMinutes), total: hours(summary.totalMinutes) };

  // A week without time says nothing but its mandate, and a year of them buries the weeks that count.
  const weeks = summary.weeks.filter((w) => w.totalMinutes > 0);
  const tables: WeeklyColumn[][] = [];
  let current = [...lead];
  let tail: WeeklyColumn[] = [totalColumn];
  // The least width of each column, measured once over the weeks shown: its widest figure, and its header in at most about two lines.
  const minWidths = new Map<WeeklyColumn, number>();
  const minWidth = (c: WeeklyColumn): number => {
    let measured = minWidths.get(c);
    if (measured === undefined) {
      measured = measureColumns({ header: [c.column.header], rows: weeks.map((w) => [c.value(w)]), footers: [[c.total]] }, weeklyFontSize)[0]?.min ?? 0;
      minWidths.set(c, measured);
    }
    return measured;
  };
  const width = (cols: readonly WeeklyColumn[]): number => cols.reduce((s, c) => s + minWidth(c), 0);
  for (const other of others.map(categoryColumn)) {
    if (width([...current, other, ...tail]) > landscapeTextWidth) {
      tables.push([...current, ...tail]);
      current = [weekColumn];
      tail = [];
    }
    current.push(other);
  }
  tables.push([...current, ...tail]);

  const landscape = tables.some((cols) => width(cols) > portraitTextWidth);
  const lineWidth = landscape ? landscapeTextWidth : portraitTextWidth;
  const left = summary.weeks.length - weeks.length;
  const children: FileChild[] = [heading(t.weekByWeek, HeadingLevel.HEADING_1)];
  children.push(textParagraph(t.weeklyNote));
  if (left > 0) children.push(noteParagraph(t.weeksLeftOut(left)));
  if (weeks.some((w) => !isFullWeek(w))) children.push(noteParagraph(t.partialWeeks));
  tables.forEach((cols, index) => {
    if (tables.length > 1) children.push(heading(t.weeklyPart(index + 1), HeadingLevel.HEADING_2));
    children.push(dataTable(cols.map((c) => c.column), weeks.map((w) => cols.map((c) => c.value(w))), cols.map((c) => c.total), { size: weeklyFontSize, width: lineWidth }));
    if (index < tables.length - 1) children.push(spacer());
  });
  return { children, landscape };
}

/** A line to write on by hand: a label, then a rule of underscores the width of a signature. */
function writingLine(label: string, filledIn = ''): Paragraph {
  return new Paragraph({
    keepNext: true,
    keepLines: true,
    spacing: { before: 360 },
    children: [new TextRun({ text: `${label}: `, bold: true }), ...(filledIn === '' ? [new TextRun('_'.repeat(40))] : textRuns(filledIn))],
  });
}

/** Place, date and signature, for a report that is handed in on paper or as a signed scan. */
function signatureBlock(input: TidrapportInput, w: DocumentWords): FileChild[] {
  const t = w.tidrapport;
  return [
    heading(t.signature, HeadingLevel.HEADING_1),
    new Paragraph({ keepNext: true, children: textRuns(t.attestation) }),
    writingLine(t.placeAndDate),
    writingLine(t.signature),
    new Paragraph({ keepLines: true, spacing: { before: 360 }, children: [new TextRun({ text: `${t.nameInCapitals}: `, bold: true }), ...textRuns(input.personName.trim() === '' ? '_'.repeat(40) : input.personName)] }),
  ];
}

/** The tidrapport in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildTidrapport(input: TidrapportInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const t = w.tidrapport;
  const moaId = input.moaCategoryId ?? 'moa';
  const { summary } = input;
  const date = longDate(w, input.today);
  const headerText = t.header(input.personName, input.periodLabel, date);
  const first = [...titleBlock(input, w), ...summarySection(input, w, moaId)];
  const sections: ISectionOptions[] = [];
  const signature = signatureBlock(input, w);
  if (summary.totalMinutes === 0) {
    sections.push(pageSection([...first, ...signature], PageOrientation.PORTRAIT, headerText, w));
  } else {
    const weekly = weeklySection(input, w, moaId);
    if (weekly.landscape) sections.push(pageSection(first, PageOrientation.PORTRAIT, headerText, w), pageSection([...weekly.children, ...signature], PageOrientation.LANDSCAPE, headerText, w));
    else sections.push(pageSection([...first, ...weekly.children, ...signature], PageOrientation.PORTRAIT, headerText, w));
  }
  const range = summary.from <= summary.to ? dateRange(w, summary.from, summary.to) : input.periodLabel;
  return new Document({
    ...coreProperties({
      title: t.documentTitle(input.periodLabel),
      author: input.personName,
      subject: t.subject(input.personName, input.periodLabel),
      description: t.description(range, hoursInWords(w, summary.totalMinutes), hoursInWords(w, summary.moaMinutes), date),
    }),
    ...documentStyleOptions(styles, w),
    sections,
  });
}
