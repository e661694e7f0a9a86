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
import { formatDuration } from '../timelog/duration.ts';
import type { TimeReportSummary } from '../timelog/time-report.ts';
import type { SummaryRow } from '../timelog/summary.ts';
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
import { longSwedishDate } from './swedish-dates.ts';

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
  /** The mandate in words, e.g. `20 % av heltid (8 timmar i veckan)`; empty when none is agreed. */
  mandateDescription: string;
  /** Today's date, `YYYY-MM-DD`, shown on the title page and in the header. */
  today: string;
  /** A reference document's styles completed by `referenceStylesForExport` (./reference-styles.ts); the default set when left out. */
  referenceStyles?: string;
}

const percentFormat = new Intl.NumberFormat('sv-SE', { style: 'percent', maximumFractionDigits: 1 });

/** Decimal hours with a decimal comma: 90 minutes → `1,5`. */
function hours(minutes: number): string {
  return formatDuration(minutes, 'hours');
}

/** `1 timme`, `12,5 timmar`. */
function hoursInWords(minutes: number): string {
  return `${hours(minutes)} ${minutes === 60 ? 'timme' : 'timmar'}`;
}

/** A difference with its sign: `+2,5`, `−1` (a real minus sign), `0`. */
function signedHours(minutes: number): string {
  if (minutes === 0) return '0';
  return `${minutes > 0 ? '+' : '\u2212'}${hours(Math.abs(minutes))}`;
}

function share(part: number, whole: number): string {
  return whole === 0 ? '–' : percentFormat.format(part / whole);
}

function dateRange(from: string, to: string): string {
  return from === to ? longSwedishDate(from) : `${longSwedishDate(from)} – ${longSwedishDate(to)}`;
}

/** "12,5 timmar över mandatet", said plainly. */
export function mandateComparison(moaMinutes: number, mandateMinutes: number): string {
  if (mandateMinutes === 0) return 'Inget mandat gäller för perioden.';
  const over = moaMinutes - mandateMinutes;
  const verdict = over === 0 ? 'precis enligt mandatet' : `${hoursInWords(Math.abs(over))} ${over > 0 ? 'över' : 'under'} mandatet`;
  return `I MOA-uppdraget är ${hoursInWords(moaMinutes)} loggade mot mandatets ${hoursInWords(mandateMinutes)}: ${verdict}.`;
}

function titleBlock(input: TidrapportInput): FileChild[] {
  const { summary } = input;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns('Tidrapport') }),
    labelledParagraph('Namn', input.personName, 'Ej ifyllt'),
    labelledParagraph('Organisation', input.organisation, 'Ej ifyllt'),
    labelledParagraph('Period', summary.from <= summary.to ? `${input.periodLabel} (${dateRange(summary.from, summary.to)})` : input.periodLabel, 'Ej ifyllt'),
    labelledParagraph('Mandat', input.mandateDescription, 'inget mandat angivet'),
    labelledParagraph('Datum', longSwedishDate(input.today), ''),
  ];
}

function summarySection(input: TidrapportInput, moaId: string): FileChild[] {
  const { summary } = input;
  const children: FileChild[] = [heading('Sammanfattning', HeadingLevel.HEADING_1)];
  if (summary.totalMinutes === 0) {
    children.push(noteParagraph('Ingen tid är loggad under perioden.'));
    if (summary.mandateMinutes > 0) children.push(textParagraph(`Mandatet för perioden är ${hoursInWords(summary.mandateMinutes)}.`));
    return children;
  }
  const project =
    summary.projectMinutes === 0
      ? 'Ingen tid som projektledare är loggad.'
      : `Som projektledare är ${hoursInWords(summary.projectMinutes)} loggade, ${share(summary.projectMinutes, summary.totalMinutes)} av all loggad tid.`;
  children.push(
    textParagraph(`Under perioden är ${hoursInWords(summary.totalMinutes)} loggade.`),
    textParagraph(mandateComparison(summary.moaMinutes, summary.mandateMinutes)),
    textParagraph(project),
    heading('Tid per kategori', HeadingLevel.HEADING_2),
    dataTable(
      [{ header: 'Kategori' }, { header: 'Timmar', align: 'right' }, { header: 'Andel', align: 'right' }],
      orderedCategories(input, moaId)
        .filter((c) => c.minutes > 0)
        .map((c) => [c.name, hours(c.minutes), share(c.minutes, summary.totalMinutes)]),
      ['Totalt', hours(summary.totalMinutes), share(summary.totalMinutes, summary.totalMinutes)],
    ),
    heading('MOA-uppdraget och mandatet', HeadingLevel.HEADING_2),
    textParagraph(
      'Mandatet fördelas på arbetsdagarna: varje dag måndag–fredag bär en femtedel av veckans mandat. ' +
        'En hel vecka får alltså hela sitt mandat och en vecka som bara delvis ligger i perioden får sina arbetsdagar. Helgdagar räknas inte bort.',
    ),
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
function weeklySection(input: TidrapportInput, moaId: string): { children: FileChild[]; landscape: boolean } {
  const { summary } = input;
  const manyYears = new Set(summary.weeks.map((w) => w.year)).size > 1;
  const weekColumn: WeeklyColumn = {
    column: { header: 'Vecka' },
    value: (w) => (manyYears ? `${w.year} ${w.label}` : w.label),
    total: 'Summa',
  };
  const categories = orderedCategories(input, moaId);
  const categoryColumn = (c: CategoryColumn): WeeklyColumn => ({ column: { header: c.name, align: 'right' }, value: (w) => hours(w.minutesByCategory[c.id] ?? 0), total: hours(c.minutes) });
  const [moa, ...others] = categories;
  const lead: WeeklyColumn[] = [
    weekColumn,
    ...(moa ? [categoryColumn(moa)] : []),
    { column: { header: 'Mandat', align: 'right' }, value: (w) => hours(w.mandateMinutes), total: hours(summary.mandateMinutes) },
    { column: { header: 'Mot mandatet', align: 'right' }, value: (w) => signedHours(w.moaOverMandateMinutes), total: signedHours(summary.moaOverMandateMinutes) },
  ];
  const totalColumn: WeeklyColumn = { column: { header: 'Totalt', align: 'right' }, value: (w) => hours(w.totalMinutes), total: hours(summary.totalMinutes) };

  const tables: WeeklyColumn[][] = [];
  let current = [...lead];
  let tail: WeeklyColumn[] = [totalColumn];
  // The least width of each column: its widest figure, and its header in at most about two lines.
  const minWidth = (c: WeeklyColumn): number => measureColumns({ header: [c.column.header], rows: summary.weeks.map((w) => [c.value(w)]), footers: [[c.total]] }, weeklyFontSize)[0]?.min ?? 0;
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
  // A week without time says nothing but its mandate, and a year of them buries the weeks that count.
  const weeks = summary.weeks.filter((w) => w.totalMinutes > 0);
  const left = summary.weeks.length - weeks.length;
  const children: FileChild[] = [heading('Vecka för vecka', HeadingLevel.HEADING_1)];
  children.push(textParagraph('Timmar per ISO-vecka. Mot mandatet: loggad tid i MOA-uppdraget minus veckans mandat (+ över, − under).'));
  if (left > 0) {
    children.push(
      noteParagraph(
        `Veckor utan registrerad tid visas inte (${left === 1 ? 'en vecka' : `${left} veckor`}). Summaraden gäller hela perioden, också mandatet för de veckorna.`,
      ),
    );
  }
  if (weeks.some((w) => !isFullWeek(w))) children.push(noteParagraph('Veckor som bara delvis ligger i perioden räknas med de dagar som ingår.'));
  tables.forEach((cols, index) => {
    if (tables.length > 1) children.push(heading(index === 0 ? 'Vecka för vecka, del 1' : `Vecka för vecka, del ${index + 1} (fler kategorier)`, HeadingLevel.HEADING_2));
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
function signatureBlock(input: TidrapportInput): FileChild[] {
  return [
    heading('Underskrift', HeadingLevel.HEADING_1),
    new Paragraph({ keepNext: true, children: textRuns('Jag intygar att tidrapporten stämmer.') }),
    writingLine('Ort och datum'),
    writingLine('Underskrift'),
    new Paragraph({ keepLines: true, spacing: { before: 360 }, children: [new TextRun({ text: 'Namnförtydligande: ', bold: true }), ...textRuns(input.personName.trim() === '' ? '_'.repeat(40) : input.personName)] }),
  ];
}

export function buildTidrapport(input: TidrapportInput): Document {
  const moaId = input.moaCategoryId ?? 'moa';
  const { summary } = input;
  const date = longSwedishDate(input.today);
  const headerText = `Tidrapport · ${input.personName} · ${input.periodLabel} · ${date}`;
  const first = [...titleBlock(input), ...summarySection(input, moaId)];
  const sections: ISectionOptions[] = [];
  const signature = signatureBlock(input);
  if (summary.totalMinutes === 0) {
    sections.push(pageSection([...first, ...signature], PageOrientation.PORTRAIT, headerText));
  } else {
    const weekly = weeklySection(input, moaId);
    if (weekly.landscape) sections.push(pageSection(first, PageOrientation.PORTRAIT, headerText), pageSection([...weekly.children, ...signature], PageOrientation.LANDSCAPE, headerText));
    else sections.push(pageSection([...first, ...weekly.children, ...signature], PageOrientation.PORTRAIT, headerText));
  }
  const range = summary.from <= summary.to ? dateRange(summary.from, summary.to) : input.periodLabel;
  return new Document({
    ...coreProperties({
      title: `Tidrapport ${input.periodLabel}`,
      author: input.personName,
      subject: `Tidrapport för ${input.personName}, ${input.periodLabel}`,
      description: `Loggad tid ${range}: ${hoursInWords(summary.totalMinutes)}, varav ${hoursInWords(summary.moaMinutes)} i MOA-uppdraget. ${date}.`,
    }),
    ...documentStyleOptions(input.referenceStyles),
    sections,
  });
}
