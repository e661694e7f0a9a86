/**
 * Bemötande: the MOA's response to a review round, sent back to the secretariat. A title block (plan,
 * goal area, the version reviewed, the plan now, the day, the MOA); a summary (items per status and
 * per reviewer); every comment and suggested edit under the plan part it was made on, in the plan's
 * order and named as the Synpunkter view names it (../review/part-titles.ts), each with reviewer,
 * date, the commented text, the comment or suggestion, its replies indented under it, the status and
 * the MOA's answer; the items outside every part and from another plan or version in sections of
 * their own, never dropped; and what changed in the plan since the reviewed version, from the same
 * diff the plan editor's version comparison shows (../plan/diff.ts).
 * Reviewers' text is untrusted: it only ever becomes plain text runs, which docx escapes.
 * Pure: `(input, words, styles) => Document`; packing is ./pack.ts.
 */
import { Document, HeadingLevel, PageOrientation, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { ActionPlan, Contact, GoalArea, PlanSnapshot } from '../domain/plan.ts';
import { reviewStatuses, type ReviewItem, type ReviewPartKind } from '../domain/review.ts';
import { findField } from '../fields/fields.ts';
import { comparePlans, type DiffEntry, type PlanDiff } from '../plan/diff.ts';
import { planFieldTables } from '../plan/fields.ts';
import { formatPlanPeriod } from '../plan/period-dates.ts';
import type { PlanContent } from '../plan/types.ts';
import { snapshotPlan } from '../plan/versions.ts';
import { partName, partNames, type PartName } from '../review/part-titles.ts';
import { coreProperties, dataTable, documentStyleOptions, heading, labelledParagraph, noteParagraph, pageSection, spacer, textParagraph, textRuns } from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { dateInWords, integer, planInWords } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface BemotandeInput {
  /** The plan now (the working copy), whose changes since the review are listed. */
  current: PlanContent;
  goalArea: Pick<GoalArea, 'code' | 'name' | 'reviewers'>;
  /** The version the items were read into: the one the reviewers read. */
  reviewedVersion: number;
  /** That version as submitted, when the workbook keeps it; null when it does not (the parts are then named from the plan now, and no changes can be listed). */
  reviewed: { snapshot: PlanSnapshot; submittedAt: string } | null;
  /** The review items of that version. */
  items: readonly ReviewItem[];
  /** Contacts and goal areas a change may name by id (a tactic's responsible, an activity's other goal areas); others may be there too. */
  contacts: readonly Pick<Contact, 'id' | 'name'>[];
  goalAreas: readonly Pick<GoalArea, 'id' | 'name'>[];
  /** The MOA (the profile's name). */
  ownerName: string;
  /** `YYYY-MM-DD`. */
  today: string;
}

type Words = DocumentWords['bemotande'];

/** Left indent per level of a thread, in twips (0.75 cm). */
const indentStep = 425;

/** The day of an ISO moment as the file gave it (`2027-04-02`), or null when it gives none that reads as a day. */
function dayOf(writtenAt: string | null): string | null {
  const day = writtenAt?.slice(0, 10) ?? '';
  return /^\d{4}-\d{2}-\d{2}$/u.test(day) ? day : null;
}

function authorOf(b: Words, item: Pick<ReviewItem, 'author'>): string {
  return item.author.trim() === '' ? b.unknownAuthor : item.author;
}

/** The plan the reviewers read: the version as submitted, else the plan now. */
function reviewedContent(input: BemotandeInput): PlanContent {
  const s = input.reviewed?.snapshot;
  return s ? { plan: s.plan, strategies: s.strategies, tactics: s.tactics, activities: s.activities } : input.current;
}

/** What changed between the reviewed version and the plan now; null when the reviewed version is not kept. */
export function changesSinceReview(input: Pick<BemotandeInput, 'current' | 'reviewed'>): PlanDiff | null {
  return input.reviewed ? comparePlans(input.reviewed.snapshot, snapshotPlan(input.current)) : null;
}

/** A part as the Synpunkter view names it: `Strategi 1 Fler unga företagare`, `(delen finns inte längre)` after one that is gone. */
function partHeading(b: Words, name: PartName): string {
  const text = `${b.partKind[name.kind]} ${name.number} ${name.title}`.replace(/\s+/gu, ' ').trim();
  return name.found ? text : `${text} ${b.partGone}`;
}

// ---------------------------------------------------------------- title and summary

function titleBlock(input: BemotandeInput, w: DocumentWords): FileChild[] {
  const b = w.bemotande;
  const { plan } = input.current;
  const submitted = input.reviewed ? dayOf(input.reviewed.submittedAt) : null;
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(b.title) }),
    labelledParagraph(b.goalArea, `${input.goalArea.code} ${input.goalArea.name}`.trim(), b.notStated),
    labelledParagraph(b.plan, planInWords(w, plan), b.notStated),
    labelledParagraph(b.reviewedVersion, b.reviewedVersionText(input.reviewedVersion, submitted), ''),
    ...(plan.version === input.reviewedVersion && plan.status !== 'draft' ? [] : [labelledParagraph(b.currentVersion, b.currentVersionText(plan.version, w.common.planStatus[plan.status]), '')]),
    labelledParagraph(b.date, input.today, ''),
    labelledParagraph(b.owner, input.ownerName, b.notStated),
    new Paragraph({ spacing: { before: 240 }, children: textRuns(b.intro) }),
  ];
}

/** The reviewer as the goal area knows them, with their perspective: matched by name. */
function reviewerName(input: BemotandeInput, b: Words, author: string): string {
  const known = input.goalArea.reviewers.find((r) => r.name.trim().toLocaleLowerCase('sv') === author.trim().toLocaleLowerCase('sv'));
  return known && known.perspective.trim() !== '' ? b.reviewerWithPerspective(author, known.perspective) : author;
}

function summary(input: BemotandeInput, w: DocumentWords): FileChild[] {
  const b = w.bemotande;
  const n = (value: number) => integer(w, value);
  const { items } = input;
  const children: FileChild[] = [heading(b.summary, HeadingLevel.HEADING_1)];
  const isComment = (i: ReviewItem) => i.kind === 'comment';
  const authors = [...new Set(items.map((i) => authorOf(b, i)))].sort((x, y) => x.localeCompare(y, w.locale));
  const comments = items.filter(isComment);
  children.push(textParagraph(b.summaryText(items.length, authors.length, comments.length, comments.filter((i) => i.parentId !== null).length, items.length - comments.length)));
  if (items.length === 0) return children;

  const statusColumns: Column[] = [{ header: b.statusColumn }, { header: b.commentsColumn, align: 'right' }, { header: b.suggestionsColumn, align: 'right' }, { header: b.totalColumn, align: 'right' }];
  const statusRows = reviewStatuses.map((status) => {
    const of = items.filter((i) => i.status === status);
    const c = of.filter(isComment).length;
    return [b.status[status], n(c), n(of.length - c), n(of.length)];
  });
  const footer = [b.totalColumn, n(comments.length), n(items.length - comments.length), n(items.length)];
  children.push(heading(b.perStatus, HeadingLevel.HEADING_2), dataTable(statusColumns, statusRows, footer, { keepTogether: true }), spacer());

  const reviewerColumns: Column[] = [
    { header: b.reviewerColumn },
    { header: b.commentsColumn, align: 'right' },
    { header: b.suggestionsColumn, align: 'right' },
    ...reviewStatuses.map((s): Column => ({ header: b.status[s], align: 'right' })),
  ];
  const reviewerRows = authors.map((author) => {
    const of = items.filter((i) => authorOf(b, i) === author);
    const c = of.filter(isComment).length;
    return [reviewerName(input, b, author), n(c), n(of.length - c), ...reviewStatuses.map((s) => n(of.filter((i) => i.status === s).length))];
  });
  children.push(heading(b.perReviewer, HeadingLevel.HEADING_2), dataTable(reviewerColumns, reviewerRows), spacer());
  return children;
}

// ---------------------------------------------------------------- the items

/** Items in reading order: dated ones by when they were written, undated after them, each kind in the order given. */
function byDate(items: readonly ReviewItem[]): ReviewItem[] {
  return items
    .map((item, index) => ({ item, index }))
    .sort((x, y) => {
      const a = x.item.writtenAt ?? '';
      const c = y.item.writtenAt ?? '';
      if (a === '' || c === '') return a === c ? x.index - y.index : a === '' ? 1 : -1;
      return a.localeCompare(c) || x.index - y.index;
    })
    .map(({ item }) => item);
}

/** A paragraph of an item's block, indented to its thread's level. */
function indented(level: number, children: TextRun[], spacingBefore?: number, keepNext = false): Paragraph {
  return new Paragraph({ indent: { left: level * indentStep }, spacing: spacingBefore === undefined ? undefined : { before: spacingBefore }, keepNext: keepNext || undefined, children });
}

function labelled(level: number, label: string, value: string, options: { italic?: boolean; keepNext?: boolean } = {}): Paragraph {
  return indented(level, [new TextRun({ text: `${label}: `, bold: true }), ...textRuns(value, options.italic ? { italics: true } : {})], undefined, options.keepNext);
}

interface Threads {
  /** An item's replies that are among the items, oldest first. */
  repliesOf: Map<string, ReviewItem[]>;
  /** Whether the item's parent is among the items (so it is shown under it). */
  underParent: (item: ReviewItem) => boolean;
}

function threads(items: readonly ReviewItem[]): Threads {
  const ids = new Set(items.map((i) => i.id));
  const repliesOf = new Map<string, ReviewItem[]>();
  for (const item of byDate(items)) {
    if (item.parentId === null || item.parentId === item.id || !ids.has(item.parentId)) continue;
    repliesOf.set(item.parentId, [...(repliesOf.get(item.parentId) ?? []), item]);
  }
  return { repliesOf, underParent: (item) => item.parentId !== null && item.parentId !== item.id && ids.has(item.parentId) };
}

/** One item's block, then its replies one level further in; `shown` keeps a broken thread (a loop) from running forever. */
function itemBlock(item: ReviewItem, number: string, level: number, t: Threads, shown: Set<string>, w: DocumentWords): FileChild[] {
  shown.add(item.id);
  const b = w.bemotande;
  const author = authorOf(b, item);
  const date = dayOf(item.writtenAt);
  const notes = [...(item.resolvedInWord ? [b.resolvedInWord] : []), ...(item.parentId !== null && level === 0 ? [b.orphanReply] : [])];
  const head = level === 0 && item.parentId === null ? b.itemHead(number, item.kind, author, date) : b.replyHead(number, author, date);
  const children: FileChild[] = [
    indented(level, [...textRuns(head, { bold: true }), ...(notes.length === 0 ? [] : [new TextRun({ text: ` · ${notes.join(' · ')}`, italics: true })])], 200, true),
  ];
  const body = level + 1;
  if (item.commentedText.trim() !== '') children.push(labelled(body, b.commentedText, b.quoted(item.commentedText), { italic: true, keepNext: true }));
  const text = item.text.trim() === '' ? b.emptyText : item.text;
  if (item.kind === 'comment') children.push(labelled(body, b.comment, text, { keepNext: true }));
  else children.push(labelled(body, item.kind === 'insertion' ? b.insertion : b.deletion, item.text.trim() === '' ? b.emptyText : b.quoted(item.text), { keepNext: true }));
  children.push(labelled(body, b.statusLabel, b.status[item.status], { keepNext: true }));
  children.push(item.answer.trim() === '' ? labelled(body, b.answer, b.noAnswer, { italic: true }) : labelled(body, b.answer, item.answer));
  (t.repliesOf.get(item.id) ?? []).forEach((reply, i) => {
    if (!shown.has(reply.id)) children.push(...itemBlock(reply, `${number.replace(/\.$/u, '')}.${i + 1}`, level + 1, t, shown, w));
  });
  return children;
}

interface Numbering {
  next: number;
}

/** A group's items, each thread under its first comment; an item in a loop of replies still appears, on its own. */
function groupItems(items: readonly ReviewItem[], t: Threads, shown: Set<string>, numbering: Numbering, w: DocumentWords): FileChild[] {
  const children: FileChild[] = [];
  const top = byDate(items).filter((i) => !t.underParent(i));
  for (const item of [...top, ...byDate(items)]) {
    if (shown.has(item.id)) continue;
    children.push(...itemBlock(item, `${numbering.next}.`, 0, t, shown, w));
    numbering.next += 1;
  }
  return children;
}

// ---------------------------------------------------------------- what changed

/** A diff field as the documents label it: the field table's document label, this document's own name, or the model's name. */
function fieldLabel(w: DocumentWords, kind: DiffEntry['kind'], field: string): string {
  const own = w.bemotande.fieldName[field];
  const descriptor = findField<never>(planFieldTables[kind], field);
  const labels: Readonly<Record<string, string>> = w.field;
  const documentLabel = descriptor?.documentLabel ? labels[descriptor.documentLabel.replace(/^field\./u, '')] : undefined;
  return own ?? documentLabel ?? field;
}

/** A value as a reader knows it: a contact or goal area by name, an activity's status in words, nothing as a dash. */
function fieldValue(input: BemotandeInput, w: DocumentWords, kind: DiffEntry['kind'], field: string, value: string): string {
  if (value.trim() === '') return w.bemotande.emptyValue;
  const names = (list: readonly { id: string; name: string }[]) => value.split(', ').map((id) => list.find((x) => x.id === id)?.name ?? id).join(', ');
  if (field === 'who.responsibleContactId' || field === 'who.partnerContactIds') return names(input.contacts);
  if (field === 'relatedGoalAreaIds') return names(input.goalAreas);
  if (kind === 'activity' && field === 'status') {
    const statuses: Readonly<Record<string, string>> = w.common.activityStatus;
    const word = statuses[value];
    return word === undefined ? value : word.charAt(0).toLocaleUpperCase(w.locale) + word.slice(1);
  }
  return value;
}

/**
 * A diff entry's part, numbered as in the version the reviewers read, as the parts above are (so
 * "Aktivitet 1.1.2" is the same activity throughout); a part added since, as in the plan now.
 */
function entryName(w: DocumentWords, entry: DiffEntry, now: ReadonlyMap<string, PartName>, before: ReadonlyMap<string, PartName>): string {
  const b = w.bemotande;
  if (entry.kind === 'plan') return b.planPart;
  const reviewed = partName(before, entry.kind, entry.id);
  const name = reviewed.found ? reviewed : partName(now, entry.kind, entry.id);
  return partHeading(b, { ...name, title: entry.title.trim() === '' ? name.title : entry.title, found: true });
}

function changes(input: BemotandeInput, w: DocumentWords, diff: PlanDiff | null): FileChild[] {
  const b = w.bemotande;
  const { plan } = input.current;
  const children: FileChild[] = [heading(b.changes, HeadingLevel.HEADING_1)];
  if (diff === null) return [...children, noteParagraph(b.noSnapshot(input.reviewedVersion))];
  if (diff.entries.length === 0) return [...children, noteParagraph(b.noChanges(input.reviewedVersion))];
  children.push(textParagraph(b.changesIntro(input.reviewedVersion, b.currentVersionText(plan.version, w.common.planStatus[plan.status]), diff.entries.length)));
  const now = partNames(input.current).byKey;
  const before = partNames(reviewedContent(input)).byKey;
  const columns: Column[] = [{ header: b.fieldColumn }, { header: b.beforeColumn }, { header: b.afterColumn }];
  const tables = diff.entries.filter((e) => e.fields.length > 0).map((e) => e.fields.map((f) => [fieldLabel(w, e.kind, f.field), fieldValue(input, w, e.kind, f.field, f.before), fieldValue(input, w, e.kind, f.field, f.after)]));
  // Every change's table is measured with the others, so their columns line up down the pages, and
  // each row once more with before and after swapped, so that Före and Efter get the same width.
  const measured = tables.map((rows) => ({ rows: [...rows, ...rows.map(([field = '', before = '', after = '']) => [field, after, before])] }));
  let table = 0;
  for (const entry of diff.entries) {
    children.push(new Paragraph({ spacing: { before: 200 }, keepNext: entry.fields.length > 0 || undefined, children: textRuns(b.changeHead(b.change[entry.change], entryName(w, entry, now, before)), { bold: true }) }));
    if (entry.fields.length === 0) continue;
    const rows = tables[table] ?? [];
    table += 1;
    children.push(dataTable(columns, rows, undefined, { siblings: measured }));
  }
  return [...children, spacer()];
}

/** The change of the part an item group stands for, as one sentence; null when the part is as it was. */
function partChange(w: DocumentWords, key: string, byKey: ReadonlyMap<string, DiffEntry>): string | null {
  const b = w.bemotande;
  const [kind = '', ...rest] = key.split(':');
  const recordId = rest.join(':');
  if (kind === 'indicator' || kind === 'perspective') {
    // An indicator or a perspective text is a field of its strategy or tactic.
    const owner = byKey.get(`${kind === 'indicator' ? 'strategy' : 'tactic'}:${recordId.slice(0, recordId.lastIndexOf('#'))}`);
    if (!owner) return null;
    if (owner.change === 'removed') return b.partChanged('removed', []);
    const field = kind === 'indicator' ? 'indicators' : 'perspectives';
    return owner.fields.some((f) => f.field === field) ? b.partChanged('edited', [fieldLabel(w, owner.kind, field)]) : null;
  }
  const entry = byKey.get(key);
  if (!entry) return null;
  const labels = [...new Set(entry.fields.map((f) => fieldLabel(w, entry.kind, f.field)))];
  return b.partChanged(entry.change, labels);
}

function itemsByPart(input: BemotandeInput, w: DocumentWords, diff: PlanDiff | null): FileChild[] {
  const b = w.bemotande;
  const { byKey, order } = partNames(reviewedContent(input));
  const t = threads(input.items);
  const shown = new Set<string>();
  const numbering: Numbering = { next: 1 };
  const onPart = new Map<string, ReviewItem[]>();
  const outside: ReviewItem[] = [];
  const otherPlan: ReviewItem[] = [];
  const otherVersion = new Map<number, ReviewItem[]>();
  for (const item of input.items) {
    const p = item.placement;
    if (p.kind === 'part') onPart.set(`${p.partKind}:${p.recordId}`, [...(onPart.get(`${p.partKind}:${p.recordId}`) ?? []), item]);
    else if (p.kind === 'outside') outside.push(item);
    else if (p.kind === 'otherPlan') otherPlan.push(item);
    else otherVersion.set(p.version, [...(otherVersion.get(p.version) ?? []), item]);
  }
  const changedParts = new Map((diff?.entries ?? []).filter((e) => e.kind !== 'plan').map((e) => [`${e.kind}:${e.id}`, e]));

  const children: FileChild[] = [heading(b.byPart, HeadingLevel.HEADING_1)];
  if (input.items.length === 0) return [...children, noteParagraph(b.noItems)];
  // The parts in the plan's order, then parts the plan no longer has.
  const keys = [...order.filter((k) => onPart.has(k)), ...[...onPart.keys()].filter((k) => !byKey.has(k))];
  if (keys.length === 0) children.push(noteParagraph(b.noItemsOnParts));
  for (const key of keys) {
    const [kind = '', ...rest] = key.split(':');
    const name = partName(byKey, kind as ReviewPartKind, rest.join(':'));
    const group = groupItems(onPart.get(key) ?? [], t, shown, numbering, w);
    if (group.length === 0) continue; // every item of it is a reply shown under its comment elsewhere
    children.push(heading(partHeading(b, name), HeadingLevel.HEADING_2), ...group);
    const changed = partChange(w, key, changedParts);
    if (changed !== null) children.push(new Paragraph({ spacing: { before: 200 }, children: textRuns(changed, { italics: true }) }));
  }
  const apart = (title: string, help: string, items: readonly ReviewItem[]): FileChild[] => {
    const group = groupItems(items, t, shown, numbering, w);
    return group.length === 0 ? [] : [heading(title, HeadingLevel.HEADING_1), noteParagraph(help), ...group];
  };
  children.push(...apart(b.outside, b.outsideHelp, outside), ...apart(b.otherPlan, b.otherPlanHelp, otherPlan));
  for (const [version, items] of [...otherVersion].sort(([x], [y]) => x - y)) children.push(...apart(b.otherVersion(version), b.otherVersionHelp(version), items));
  return children;
}

// ---------------------------------------------------------------- the document

/** The response in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildBemotande(input: BemotandeInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const b = w.bemotande;
  const plan: ActionPlan = input.current.plan;
  const diff = changesSinceReview(input);
  const day = dateInWords(w, input.today);
  const goalArea = `${input.goalArea.code} ${input.goalArea.name}`.trim();
  const body = [...titleBlock(input, w), ...summary(input, w), ...itemsByPart(input, w, diff), ...changes(input, w, diff)];
  return new Document({
    ...coreProperties({
      title: b.documentTitle(planInWords(w, plan)),
      author: input.ownerName,
      subject: b.subject(planInWords(w, plan), input.reviewedVersion),
      description: b.description(input.items.length, input.items.filter((i) => i.answer.trim() !== '').length, day),
    }),
    ...documentStyleOptions(styles, w),
    sections: [pageSection(body, PageOrientation.PORTRAIT, b.header(goalArea, formatPlanPeriod(plan), input.reviewedVersion, day), w)],
  });
}
