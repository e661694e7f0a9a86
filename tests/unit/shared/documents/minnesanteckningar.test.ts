/**
 * Minnesanteckningar: a meeting's minutes as the secretariat reads them. The facts with dates in
 * ISO, the participants by the register's current names, the agenda numbered with each item's notes
 * and decisions, every decision numbered, the actions as a table whose status is the activity's
 * when the action became one, the general notes; a sentence for every empty part.
 */
import { describe, expect, it } from 'vitest';
import { minnesanteckningarExportNames } from '#shared/documents/export-names.ts';
import { buildMinnesanteckningar, meetingTimeInWords } from '#shared/documents/minnesanteckningar.ts';
import type { MinnesanteckningarInput } from '#shared/documents/minnesanteckningar.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { defaultStylesXml, referenceStylesForExport } from '#shared/documents/reference-styles.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { meetingSchema, type Meeting } from '#shared/domain/meeting.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, furniture, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');
const en = documentWords('en');

/** A dialogue meeting with something of everything: linked and free participants, decisions under items and not, actions linked to activities. */
function exampleMeeting(overrides: Partial<Meeting> = {}): Meeting {
  return meetingSchema.parse({
    id: 'm-1',
    title: 'Dialogmöte med kansliet, mars',
    kind: 'dialogue',
    startDate: '2027-03-02',
    endDate: '2027-03-02',
    startTime: '09:00',
    endTime: '11:00',
    place: 'Regionens hus, Örebro',
    link: 'https://meet.example.se/rus?id=42&lang=sv',
    goalAreaIds: ['ga-ie', 'ga-gone'],
    organizer: 'RUS-kansliet',
    participants: [
      { id: 'p-1', contactId: 'c-anna', name: 'Anna L', email: 'anna@example.se' },
      { id: 'p-2', contactId: null, name: 'Per Ek', email: '' },
      { id: 'p-3', contactId: 'c-gone', name: 'Karin Berg', email: '' },
    ],
    agenda: [
      { id: 'a-1', title: 'Inledning', notes: '' },
      { id: 'a-2', title: 'Budget 2028', notes: 'Kansliet redovisade ramarna.\nMålområdet får samma ram som i år.' },
      { id: 'a-3', title: 'Nätverkets arbete', notes: 'Nätverket träffas varannan månad.' },
    ],
    decisions: [
      { id: 'd-1', text: 'Budgeten för 2028 fastställs enligt förslaget.', agendaItemId: 'a-2' },
      { id: 'd-2', text: 'Kansliet återkommer om medfinansiering.', agendaItemId: 'a-2' },
      { id: 'd-3', text: 'Nästa möte hålls i maj.', agendaItemId: null },
      { id: 'd-4', text: 'Protokollet justeras av Per Ek.', agendaItemId: 'a-gone' },
    ],
    actions: [
      { id: 'x-1', what: 'Skicka underlag till kansliet', who: 'Anna Lindqvist', dueDate: '2027-03-15', done: false, activityId: null },
      { id: 'x-2', what: 'Boka lokal', who: '', dueDate: null, done: true, activityId: null },
      { id: 'x-3', what: 'Ordna workshop om UF', who: 'Per Ek', dueDate: '2027-04-30', done: false, activityId: 'act-1' },
      { id: 'x-4', what: 'Ta fram en enkät', who: 'Karin Berg', dueDate: '2027-05-01', done: false, activityId: 'act-gone' },
    ],
    notes: 'Tack för i dag!',
    cycleEventId: null,
    calendar: { uid: 'm-1@moa', sequence: 0, sharedAt: null },
    activityIds: ['act-1', 'act-gone'],
    openDueDates: [],
    createdAt: '2027-02-20T08:00:00.000Z',
    updatedAt: '2027-03-02T11:30:00.000Z',
    ...overrides,
  });
}

function minutesInput(overrides: Partial<Meeting> = {}): MinnesanteckningarInput {
  return {
    meeting: exampleMeeting(overrides),
    contacts: [{ id: 'c-anna', name: 'Anna Lindqvist', organisation: 'Region Örebro län' }],
    goalAreas: [
      { id: 'ga-ie', code: 'IE', name: 'Innovationer och entreprenörskap' },
      { id: 'ga-hf', code: 'HF', name: 'Hälsa och folkhälsa' },
    ],
    activities: [{ id: 'act-1', title: 'Workshop för UF-lärare', status: 'ongoing' }],
    authorName: 'Anna Lindqvist',
  };
}

async function packed(input: MinnesanteckningarInput, words = sv, styles?: string) {
  const bytes = await packDocx(buildMinnesanteckningar(input, words, styles));
  const parts = unzipDocx(bytes);
  const xml = part(parts, 'word/document.xml');
  return { bytes, parts, xml, texts: paragraphTexts(xml) };
}

/** The texts after a heading up to the next heading of the document. */
function under(xml: string, texts: readonly string[], title: string): string[] {
  const all = headings(xml).map(([, text]) => text);
  const start = texts.indexOf(title);
  const next = texts.findIndex((t, i) => i > start && all.includes(t));
  return texts.slice(start + 1, next === -1 ? undefined : next);
}

const { xml, texts, parts, bytes } = await packed(minutesInput());

describe('the minutes of a meeting', () => {
  it('opens with the meeting’s title and its facts, dates in ISO and the kind and goal areas in words', () => {
    expect(texts.slice(0, 7)).toEqual([
      'Minnesanteckningar – Dialogmöte med kansliet, mars',
      'Datum och tid: 2027-03-02 kl. 09:00–11:00',
      'Plats: Regionens hus, Örebro',
      'Länk: https://meet.example.se/rus?id=42&lang=sv',
      'Typ av möte: Dialogmöte med kansliet',
      // The goal area that no longer exists is left out.
      'Målområde: IE Innovationer och entreprenörskap',
      'Sammankallande: RUS-kansliet',
    ]);
    expect(xml).toMatch(/<w:hyperlink [^>]*r:id="[^"]+"[^>]*><w:r><w:rPr><w:rStyle w:val="Hyperlink"\/><\/w:rPr><w:t[^>]*>https:\/\/meet\.example\.se\/rus\?id=42&amp;lang=sv<\/w:t>/u);
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain('Target="https://meet.example.se/rus?id=42&amp;lang=sv" TargetMode="External"');
  });

  it('has a heading for every part and a numbered heading for every agenda item', () => {
    expect(headings(xml)).toEqual([
      ['Title', 'Minnesanteckningar – Dialogmöte med kansliet, mars'],
      ['Heading1', 'Deltagare'],
      ['Heading1', 'Dagordning'],
      ['Heading2', '1. Inledning'],
      ['Heading2', '2. Budget 2028'],
      ['Heading2', '3. Nätverkets arbete'],
      ['Heading1', 'Beslut'],
      ['Heading1', 'Åtgärder'],
      ['Heading1', 'Övrigt'],
    ]);
  });

  it('lists the participants as a bulleted list, by the register’s current name and organisation when linked', () => {
    expect(under(xml, texts, 'Deltagare')).toEqual(['Anna Lindqvist, Region Örebro län', 'Per Ek', 'Karin Berg']);
    const bulleted = (xml.match(/<w:p>(?:(?!<\/w:p>)[\s\S])*?<w:numPr>[\s\S]*?<\/w:p>/gu) ?? []).flatMap(paragraphTexts);
    expect(bulleted).toEqual(['Anna Lindqvist, Region Örebro län', 'Per Ek', 'Karin Berg']);
  });

  it('gives each agenda item its notes, line breaks kept, and the decisions taken under it', () => {
    expect(under(xml, texts, '1. Inledning')).toEqual(['Inga anteckningar.']);
    expect(under(xml, texts, '2. Budget 2028')).toEqual([
      'Kansliet redovisade ramarna.\nMålområdet får samma ram som i år.',
      'Beslut: Budgeten för 2028 fastställs enligt förslaget.',
      'Beslut: Kansliet återkommer om medfinansiering.',
    ]);
    expect(under(xml, texts, '3. Nätverkets arbete')).toEqual(['Nätverket träffas varannan månad.']);
  });

  it('numbers every decision, those without an agenda item too, and names the item a decision was taken under', () => {
    expect(under(xml, texts, 'Beslut')).toEqual([
      '1.\tBudgeten för 2028 fastställs enligt förslaget. (punkt 2)',
      '2.\tKansliet återkommer om medfinansiering. (punkt 2)',
      '3.\tNästa möte hålls i maj.',
      // Its agenda item was removed: a decision of the meeting still.
      '4.\tProtokollet justeras av Per Ek.',
    ]);
  });

  it('shows the actions as a table: what, who, by when and the status, an activity’s own when the action became one', () => {
    expect(tables(xml)).toEqual([
      [
        ['Vad', 'Vem', 'Klart senast', 'Status'],
        ['Skicka underlag till kansliet', 'Anna Lindqvist', '2027-03-15', 'Öppen'],
        ['Boka lokal', '–', '–', 'Klar'],
        ['Ordna workshop om UF', 'Per Ek', '2027-04-30', 'Pågår\nblev aktiviteten ”Workshop för UF-lärare”'],
        ['Ta fram en enkät', 'Karin Berg', '2027-05-01', 'Öppen\n(den kopplade aktiviteten finns inte längre)'],
      ],
    ]);
    expect(everyTableRepeatsItsHeader(xml)).toBe(true);
    expect(everyCellHasAParagraph(xml)).toBe(true);
  });

  it('gives the general notes under Övrigt, last', () => {
    expect(under(xml, texts, 'Övrigt').filter((t) => t !== '')).toEqual(['Tack för i dag!']);
  });

  it('names the meeting and its day in the header and writes title, subject and description into the core properties', () => {
    expect(furniture(parts, 'header').map((h) => paragraphTexts(h).join(''))).toContain('Minnesanteckningar · Dialogmöte med kansliet, mars · 2 mars 2027');
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Minnesanteckningar – Dialogmöte med kansliet, mars</dc:title>');
    expect(core).toContain('<dc:subject>Minnesanteckningar: Dialogmöte med kansliet, 2027-03-02 kl. 09:00–11:00</dc:subject>');
    expect(core).toContain('<dc:description>4 beslut och 4 åtgärder. 2 mars 2027.</dc:description>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
  });

  it('passes the Open XML schema validator, with the default styles and with the reference template’s', async () => {
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
    const withReference = await packed(minutesInput(), sv, await referenceStylesForExport(await defaultStylesXml()));
    expect(part(withReference.parts, 'word/styles.xml')).toContain('w:styleId="Hyperlink"');
    expect(await validateDocx(withReference.bytes)).toEqual({ ok: true, errors: [] });
  }, 2 * validationTimeout);
});

describe('the minutes in other cases', () => {
  it('gives an all-day meeting its day, and one over several days its first and last day', () => {
    const allDay = { startTime: null, endTime: null };
    expect(meetingTimeInWords(sv, { startDate: '2027-03-02', endDate: '2027-03-02', ...allDay })).toBe('2027-03-02');
    expect(meetingTimeInWords(sv, { startDate: '2027-05-10', endDate: '2027-05-11', ...allDay })).toBe('2027-05-10 – 2027-05-11');
    expect(meetingTimeInWords(sv, { startDate: '2027-05-10', endDate: '2027-05-11', startTime: '13:00', endTime: '12:00' })).toBe('2027-05-10 kl. 13:00 – 2027-05-11 kl. 12:00');
    expect(meetingTimeInWords(en, { startDate: '2027-03-02', endDate: '2027-03-02', startTime: '09:00', endTime: '11:00' })).toBe('2027-03-02, 09:00–11:00');
  });

  it('shows an all-day meeting over two days in the facts and the header', async () => {
    const { texts: shown, parts: twoDays } = await packed(minutesInput({ kind: 'cycleEvent', startDate: '2027-05-10', endDate: '2027-05-11', startTime: null, endTime: null }));
    expect(shown).toContain('Datum och tid: 2027-05-10 – 2027-05-11');
    expect(shown).toContain('Typ av möte: Händelse i årscykeln');
    expect(furniture(twoDays, 'header').map((h) => paragraphTexts(h).join(''))).toContain('Minnesanteckningar · Dialogmöte med kansliet, mars · 10 maj 2027 – 11 maj 2027');
  });

  it('says in words what a meeting without participants, agenda, decisions or actions lacks, and leaves out empty facts and notes', async () => {
    const empty = minutesInput({ place: '', link: '', organizer: '', goalAreaIds: [], participants: [], agenda: [], decisions: [], actions: [], notes: '  ', activityIds: [] });
    const { texts: shown, xml: emptyXml, parts: emptyParts } = await packed(empty);
    expect(shown.slice(1, 6)).toEqual(['Datum och tid: 2027-03-02 kl. 09:00–11:00', 'Plats: ej angiven', 'Typ av möte: Dialogmöte med kansliet', 'Målområde: inget angivet', 'Sammankallande: ej angiven']);
    expect(headings(emptyXml).map(([, text]) => text)).toEqual(['Minnesanteckningar – Dialogmöte med kansliet, mars', 'Deltagare', 'Dagordning', 'Beslut', 'Åtgärder']);
    expect(under(emptyXml, shown, 'Deltagare')).toEqual(['Inga deltagare antecknade.']);
    expect(under(emptyXml, shown, 'Dagordning')).toEqual(['Ingen dagordning antecknad.']);
    expect(under(emptyXml, shown, 'Beslut')).toEqual(['Inga beslut antecknade.']);
    expect(under(emptyXml, shown, 'Åtgärder')).toEqual(['Inga åtgärder antecknade.']);
    expect(tables(emptyXml)).toEqual([]);
    expect(part(emptyParts, 'docProps/core.xml')).toContain('<dc:description>Inga beslut och inga åtgärder. 2 mars 2027.</dc:description>');
  });

  it('names several goal areas by code and name, and an untitled agenda item and an empty decision in words', async () => {
    const input = minutesInput({
      goalAreaIds: ['ga-ie', 'ga-hf'],
      agenda: [{ id: 'a-1', title: ' ', notes: '' }],
      decisions: [{ id: 'd-1', text: '', agendaItemId: 'a-1' }],
    });
    const { texts: shown, xml: odd } = await packed(input);
    expect(shown).toContain('Målområden: IE Innovationer och entreprenörskap; HF Hälsa och folkhälsa');
    expect(under(odd, shown, '1. (utan rubrik)')).toEqual(['Beslut: (ingen text)']);
    expect(under(odd, shown, 'Beslut')).toEqual(['1.\t(ingen text) (punkt 1)']);
  });

  it('gives a struck-off or finished activity’s status in words', async () => {
    const input = { ...minutesInput(), activities: [{ id: 'act-1', title: 'Workshop för UF-lärare', status: 'cancelled' as const }] };
    const { xml: struck } = await packed(input);
    expect(tables(struck)[0]?.[3]?.[3]).toBe('Struken\nblev aktiviteten ”Workshop för UF-lärare”');
  });

  it('is in English with English words', async () => {
    const { texts: shown, xml: english, parts: englishParts } = await packed(minutesInput(), en);
    expect(shown.slice(0, 7)).toEqual([
      'Minutes – Dialogmöte med kansliet, mars',
      'Date and time: 2027-03-02, 09:00–11:00',
      'Place: Regionens hus, Örebro',
      'Link: https://meet.example.se/rus?id=42&lang=sv',
      'Kind of meeting: Dialogue meeting with the secretariat',
      'Goal area: IE Innovationer och entreprenörskap',
      'Organiser: RUS-kansliet',
    ]);
    expect(headings(english).map(([, text]) => text).slice(1)).toEqual(['Participants', 'Agenda', '1. Inledning', '2. Budget 2028', '3. Nätverkets arbete', 'Decisions', 'Actions', 'Other business']);
    expect(under(english, shown, '1. Inledning')).toEqual(['No notes.']);
    expect(shown).toContain('Decision: Budgeten för 2028 fastställs enligt förslaget.');
    expect(shown).toContain('1.\tBudgeten för 2028 fastställs enligt förslaget. (item 2)');
    expect(tables(english)[0]?.map((row) => row[3])).toEqual(['Status', 'Open', 'Done', 'Ongoing\nbecame the activity “Workshop för UF-lärare”', 'Open\n(the linked activity no longer exists)']);
    expect(tables(english)[0]?.[0]).toEqual(['What', 'Who', 'Due by', 'Status']);
    expect(furniture(englishParts, 'header').map((h) => paragraphTexts(h).join(''))).toContain('Minutes · Dialogmöte med kansliet, mars · 2 March 2027');
    expect(part(englishParts, 'word/styles.xml')).toContain('w:val="en-GB"');
  });
});

describe('the minutes’ file name and subject', () => {
  it('names the kind, the meeting and its first day', () => {
    expect(minnesanteckningarExportNames(sv, { title: 'Dialogmöte med kansliet, mars', startDate: '2027-03-02' })).toEqual({
      fileName: 'Minnesanteckningar_Dialogmote-med-kansliet-mars_2027-03-02.docx',
      subject: 'Dialogmöte med kansliet, mars (2027-03-02)',
    });
    expect(minnesanteckningarExportNames(en, { title: 'Nätverksträff', startDate: '2027-05-10' }).fileName).toBe('Minutes_Natverkstraff_2027-05-10.docx');
  });

  it('makes a safe file name of a title with characters no file system takes, and names a meeting whose title has none it can keep', () => {
    const { fileName } = minnesanteckningarExportNames(sv, { title: 'Möte 2027/03: "Budget" <utkast> | a*b? \\ c', startDate: '2027-03-02' });
    expect(fileName).toBe('Minnesanteckningar_Mote-2027-03-Budget-utkast-a-b-c_2027-03-02.docx');
    expect(fileName).toMatch(/^[A-Za-z0-9_.-]+$/u);
    expect(minnesanteckningarExportNames(sv, { title: '/:*?"<>|', startDate: '2027-03-02' }).fileName).toBe('Minnesanteckningar_Mote_2027-03-02.docx');
    expect(minnesanteckningarExportNames(en, { title: '🗓️', startDate: '2027-03-02' }).fileName).toBe('Minutes_Meeting_2027-03-02.docx');
  });
});
