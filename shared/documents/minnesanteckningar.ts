/**
 * Minnesanteckningar: a meeting's minutes as a Word document, for the secretariat. A title and the
 * meeting's facts (date and time, place, link, kind, goal areas, organiser), the participants, the
 * agenda with each item's notes and the decisions taken under it, every decision numbered, the
 * actions as a table (what, who, by when, status: an action that became an activity has the
 * activity's status) and the general notes. A part with nothing in it says so in a sentence.
 * Pure: `(input, words, styles) => Document`; packing is ./pack.ts.
 */
import { Document, ExternalHyperlink, HeadingLevel, PageOrientation, Paragraph, Tab, TabStopType, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Meeting, MeetingAction } from '../domain/meeting.ts';
import type { Activity, Contact, GoalArea } from '../domain/plan.ts';
import { coreProperties, dataTable, documentStyleOptions, heading, labelledParagraph, noteParagraph, pageSection, spacer, textParagraph, textRuns, xmlSafe } from './docx-parts.ts';
import type { Column } from './docx-parts.ts';
import { dateRange } from './words/format.ts';
import type { DocumentWords } from './words/index.ts';

export interface MinnesanteckningarInput {
  meeting: Meeting;
  /** The register's contacts the participants link to (others may be there too); a participant whose contact is gone keeps the name stored with it. */
  contacts: readonly Pick<Contact, 'id' | 'name' | 'organisation'>[];
  /** The goal areas the meeting names (others may be there too). */
  goalAreas: readonly Pick<GoalArea, 'id' | 'code' | 'name'>[];
  /** The activities the actions became (others may be there too); one that is missing is gone. */
  activities: readonly Pick<Activity, 'id' | 'title' | 'status'>[];
  /** Who writes the minutes (the profile's name), for the document's properties; the organiser when empty. */
  authorName: string;
}

/**
 * When the meeting was, dates in ISO: `2027-03-02 kl. 09:00–11:00`, over several days
 * `2027-05-10 kl. 13:00 – 2027-05-11 kl. 12:00`, all day `2027-03-02` or `2027-05-10 – 2027-05-11`.
 */
export function meetingTimeInWords(words: DocumentWords, meeting: Pick<Meeting, 'startDate' | 'endDate' | 'startTime' | 'endTime'>): string {
  const { startDate, endDate, startTime, endTime } = meeting;
  const m = words.minnesanteckningar;
  if (startTime === null || endTime === null) return startDate === endDate ? startDate : `${startDate} – ${endDate}`;
  return startDate === endDate ? m.sameDay(startDate, startTime, endTime) : m.severalDays(startDate, startTime, endDate, endTime);
}

/** The meeting's web address as a link a reader can follow. */
function linkParagraph(label: string, link: string): Paragraph {
  const address = xmlSafe(link);
  return new Paragraph({
    children: [new TextRun({ text: `${label}: `, bold: true }), new ExternalHyperlink({ link: address, children: [new TextRun({ text: address, style: 'Hyperlink' })] })],
  });
}

function titleBlock(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const { meeting } = input;
  const m = w.minnesanteckningar;
  const goalAreas = meeting.goalAreaIds.flatMap((id) => {
    const goalArea = input.goalAreas.find((g) => g.id === id);
    return goalArea ? [`${goalArea.code} ${goalArea.name}`] : [];
  });
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: textRuns(m.documentTitle(meeting.title)) }),
    labelledParagraph(m.when, meetingTimeInWords(w, meeting), ''),
    labelledParagraph(m.place, meeting.place, m.notStated),
    ...(meeting.link.trim() === '' ? [] : [linkParagraph(m.link, meeting.link)]),
    labelledParagraph(m.kind, m.meetingKind[meeting.kind], ''),
    labelledParagraph(goalAreas.length > 1 ? m.goalAreas : m.goalArea, goalAreas.join('; '), m.noGoalArea),
    labelledParagraph(m.organizer, meeting.organizer, m.notStated),
  ];
}

/** Each participant by the register's current name and organisation when linked to a contact, else by the name stored. */
function participants(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const m = w.minnesanteckningar;
  const children: FileChild[] = [heading(m.participants, HeadingLevel.HEADING_1)];
  if (input.meeting.participants.length === 0) return [...children, noteParagraph(m.noParticipants)];
  for (const participant of input.meeting.participants) {
    const contact = participant.contactId === null ? undefined : input.contacts.find((c) => c.id === participant.contactId);
    const name = contact?.name ?? participant.name;
    const organisation = contact?.organisation.trim() ?? '';
    children.push(new Paragraph({ bullet: { level: 0 }, children: textRuns(organisation === '' || organisation === name ? name : `${name}, ${organisation}`) }));
  }
  return children;
}

/** A numbered line whose text, when it runs over several lines, stands clear of its number. */
function numberedParagraph(number: string, text: string, after = ''): Paragraph {
  const indent = 425; // 0.75 cm: room for "100."
  return new Paragraph({
    indent: { left: indent, hanging: indent },
    tabStops: [{ type: TabStopType.LEFT, position: indent }],
    children: [new TextRun({ children: [number, new Tab()] }), ...textRuns(text), ...(after === '' ? [] : [new TextRun(` ${after}`)])],
  });
}

function decisionText(w: DocumentWords, text: string): string {
  return text.trim() === '' ? w.minnesanteckningar.emptyDecision : text;
}

/** The agenda, numbered, each item with its notes and the decisions taken under it. */
function agenda(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const m = w.minnesanteckningar;
  const { meeting } = input;
  const children: FileChild[] = [heading(m.agenda, HeadingLevel.HEADING_1)];
  if (meeting.agenda.length === 0) return [...children, noteParagraph(m.noAgenda)];
  meeting.agenda.forEach((item, index) => {
    children.push(heading(m.agendaItem(index + 1, item.title.trim() === '' ? m.untitledItem : item.title), HeadingLevel.HEADING_2));
    const decisions = meeting.decisions.filter((d) => d.agendaItemId === item.id);
    if (item.notes.trim() !== '') children.push(textParagraph(item.notes));
    children.push(...decisions.map((d) => labelledParagraph(m.decision, decisionText(w, d.text), '')));
    if (item.notes.trim() === '' && decisions.length === 0) children.push(noteParagraph(m.noNotes));
  });
  return children;
}

/** Every decision numbered in the meeting's order, with the agenda item it was taken under. */
function decisions(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const m = w.minnesanteckningar;
  const { meeting } = input;
  const children: FileChild[] = [heading(m.decisions, HeadingLevel.HEADING_1)];
  if (meeting.decisions.length === 0) return [...children, noteParagraph(m.noDecisions)];
  meeting.decisions.forEach((decision, index) => {
    const item = decision.agendaItemId === null ? -1 : meeting.agenda.findIndex((a) => a.id === decision.agendaItemId);
    children.push(numberedParagraph(m.listNumber(index + 1), decisionText(w, decision.text), item === -1 ? '' : m.underItem(item + 1)));
  });
  return children;
}

/** Done or open; an action that became an activity has the activity's status, and says which activity. */
function actionStatus(input: MinnesanteckningarInput, w: DocumentWords, action: MeetingAction): string {
  const m = w.minnesanteckningar;
  const own = action.done ? m.done : m.open;
  if (action.activityId === null) return own;
  const activity = input.activities.find((a) => a.id === action.activityId);
  if (!activity) return m.activityGone(own);
  return m.becameActivity(m.activityStatus[activity.status], activity.title.trim() === '' ? w.common.untitled : activity.title);
}

function actions(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const m = w.minnesanteckningar;
  const children: FileChild[] = [heading(m.actions, HeadingLevel.HEADING_1)];
  if (input.meeting.actions.length === 0) return [...children, noteParagraph(m.noActions)];
  const columns: Column[] = [{ header: m.what }, { header: m.who }, { header: m.dueDate }, { header: m.status }];
  const rows = input.meeting.actions.map((a) => [a.what.trim() === '' ? w.common.notFilledIn : a.what, a.who.trim() === '' ? '–' : a.who, a.dueDate ?? '–', actionStatus(input, w, a)]);
  // A paragraph after the table: LibreOffice leaves a heading that follows a table straight alone at a page's foot.
  return [...children, dataTable(columns, rows), spacer()];
}

function otherNotes(input: MinnesanteckningarInput, w: DocumentWords): FileChild[] {
  const { notes } = input.meeting;
  return notes.trim() === '' ? [] : [heading(w.minnesanteckningar.other, HeadingLevel.HEADING_1), textParagraph(notes)];
}

/** The minutes in the catalogue's language, with a reference document's completed styles or (undefined) the default set. */
export function buildMinnesanteckningar(input: MinnesanteckningarInput, words: DocumentWords, styles: string | undefined): Document {
  const w = words;
  const m = w.minnesanteckningar;
  const { meeting } = input;
  const when = meetingTimeInWords(w, meeting);
  // The header and the properties give the days in words, as every document does; the facts keep ISO dates.
  const days = dateRange(w, meeting.startDate, meeting.endDate);
  const body = [...titleBlock(input, w), ...participants(input, w), ...agenda(input, w), ...decisions(input, w), ...actions(input, w), ...otherNotes(input, w)];
  return new Document({
    ...coreProperties({
      title: m.documentTitle(meeting.title),
      author: input.authorName.trim() === '' ? meeting.organizer : input.authorName,
      subject: m.subject(m.meetingKind[meeting.kind], when),
      description: m.description(meeting.decisions.length, meeting.actions.length, days),
    }),
    ...documentStyleOptions(styles, w),
    sections: [pageSection(body, PageOrientation.PORTRAIT, m.header(meeting.title, days), w)],
  });
}
