import { describe, expect, it } from 'vitest';
import type { TimeEntry } from '#shared/domain/timelog.ts';
import { landscapeTextWidth, portraitTextWidth } from '#shared/documents/docx-parts.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { buildTidrapport, mandateComparison } from '#shared/documents/tidrapport.ts';
import type { TidrapportInput } from '#shared/documents/tidrapport.ts';
import { timeReportSummary } from '#shared/timelog/time-report.ts';
import { tidrapportInput, trickyText } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, furniture, gridWidths, sections, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';
import { documentWords } from '#shared/documents/words/index.ts';

async function packed(input: TidrapportInput): Promise<Map<string, string>> {
  return unzipDocx(await packDocx(buildTidrapport(input, documentWords('sv'), undefined)));
}

function entry(date: string, categoryId: string, minutes: number): TimeEntry {
  return { id: `${date}-${categoryId}`, date, minutes, categoryId, goalAreaId: null, activityId: null, projectId: null, note: '' };
}

const nbsp = '\u00a0';
const minus = '\u2212';
const november = await packed(tidrapportInput());
const novemberXml = part(november, 'word/document.xml');
const novemberTexts = paragraphTexts(novemberXml);

describe('the tidrapport for a month', () => {
  it('has the title, the summary, time per category, the mandate and the weekly table as real headings', () => {
    expect(headings(novemberXml)).toEqual([
      ['Title', 'Tidrapport'],
      ['Heading1', 'Sammanfattning'],
      ['Heading2', 'Tid per kategori'],
      ['Heading2', 'MOA-uppdraget och mandatet'],
      ['Heading1', 'Vecka för vecka'],
      ['Heading1', 'Underskrift'],
    ]);
  });

  it('names the person, the organisation, the period with its dates, the mandate and today on the title page', () => {
    expect(novemberTexts.slice(0, 6)).toEqual([
      'Tidrapport',
      'Namn: Anna Lindqvist',
      'Organisation: Region Örebro län',
      'Period: November 2026 (1 november 2026 – 30 november 2026)',
      'Mandat: 20 % av heltid (8 timmar i veckan)',
      'Datum: 27 november 2026',
    ]);
  });

  it('says in words how much time was logged, MOA time over the mandate, and the share as project leader', () => {
    const at = novemberTexts.indexOf('Sammanfattning');
    expect(novemberTexts.slice(at + 1, at + 4)).toEqual([
      'Under perioden är 62,5 timmar loggade.',
      'I MOA-uppdraget är 40 timmar loggade mot mandatets 33,6 timmar: 6,4 timmar över mandatet.',
      `Som projektledare är 13,25 timmar loggade, 21,2${nbsp}% av all loggad tid.`,
    ]);
  });

  it('lists hours per category with a decimal comma and their share, MOA first, then in the categories’ order', () => {
    expect(tables(novemberXml)[0]).toEqual([
      ['Kategori', 'Timmar', 'Andel'],
      ['MOA-uppdraget', '40', `64${nbsp}%`],
      ['Projektledning', '13,25', `21,2${nbsp}%`],
      ['Granskning', '1,5', `2,4${nbsp}%`],
      ['Möten och nätverk', '4', `6,4${nbsp}%`],
      ['Kompetensutveckling', '3', `4,8${nbsp}%`],
      ['Övrigt', '0,75', `1,2${nbsp}%`],
      ['Totalt', '62,5', `100${nbsp}%`],
    ]);
  });

  it('has a weekly table with ISO weeks as rows and the categories, the mandate and the difference as columns', () => {
    expect(tables(novemberXml)[1]).toEqual([
      ['Vecka', 'MOA-uppdraget', 'Mandat', 'Mot mandatet', 'Projektledning', 'Granskning', 'Möten och nätverk', 'Kompetensutveckling', 'Övrigt', 'Totalt'],
      ['v. 45', '6,5', '8', `${minus}1,5`, '6', '0', '0', '0', '0', '12,5'],
      ['v. 46', '10,5', '8', '+2,5', '0', '1,5', '0', '0', '0', '12'],
      ['v. 47', '9', '8', '+1', '7,25', '0', '4', '0', '0', '20,25'],
      ['v. 48', '12', '8', '+4', '0', '0', '0', '3', '0', '15'],
      ['v. 49', '2', '1,6', '+0,4', '0', '0', '0', '0', '0,75', '2,75'],
      ['Summa', '40', '33,6', '+6,4', '13,25', '1,5', '4', '3', '0,75', '62,5'],
    ]);
    expect(novemberTexts).toContain('Veckor som bara delvis ligger i perioden räknas med de dagar som ingår.');
  });

  it('puts a weekly table too wide for portrait in a landscape section of its own, filling the line', () => {
    const [first, weekly] = sections(novemberXml);
    expect(sections(novemberXml)).toHaveLength(2);
    expect(first).toContain('w:orient="portrait"');
    expect(weekly).toContain('w:orient="landscape"');
    expect(headings(weekly ?? '')).toEqual([
      ['Heading1', 'Vecka för vecka'],
      ['Heading1', 'Underskrift'],
    ]);
    expect(gridWidths(weekly ?? '').map((w) => w.reduce((a, b) => a + b, 0))).toEqual([landscapeTextWidth]);
  });

  it('marks table header rows as repeating, puts a paragraph in every cell and is in Swedish', () => {
    expect(everyTableRepeatsItsHeader(novemberXml)).toBe(true);
    expect(everyCellHasAParagraph(novemberXml)).toBe(true);
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(part(november, 'word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="sv-SE"/>');
  });

  it('names person, period and date in the header, numbers pages "Sida X av Y" and fills in the core properties', () => {
    for (const header of furniture(november, 'header')) expect(paragraphTexts(header).join('')).toBe('Tidrapport · Anna Lindqvist · November 2026 · 27 november 2026');
    for (const footer of furniture(november, 'footer')) expect(footer).toMatch(/Sida [\s\S]*>PAGE<[\s\S]* av [\s\S]*>NUMPAGES</);
    const core = part(november, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Tidrapport November 2026</dc:title>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
    expect(core).toContain('<dc:subject>Tidrapport för Anna Lindqvist, November 2026</dc:subject>');
    expect(core).toContain('<dc:description>Loggad tid 1 november 2026 – 30 november 2026: 62,5 timmar, varav 40 timmar i MOA-uppdraget. 27 november 2026.</dc:description>');
  });
});

describe('what the tidrapport leaves out and what it ends with', () => {
  it('leaves out the weeks without time, says so, and keeps the period’s totals in the sum row', async () => {
    // A whole year with time in two weeks: 53 weeks in the period (2026 has a v. 53), two rows.
    const mandates = [{ id: 'm', validFrom: '2026-01-01', hoursPerWeek: 8 }];
    const summary = timeReportSummary([entry('2026-03-04', 'moa', 120), entry('2026-11-10', 'moa', 90)], mandates, '2026-01-01', '2026-12-31');
    expect(summary.weeks.length).toBeGreaterThan(50);
    const xml = part(await packed(tidrapportInput({ summary, periodLabel: '2026' })), 'word/document.xml');
    const weekly = tables(xml)[1];
    expect(weekly?.map((row) => row[0])).toEqual(['Vecka', 'v. 10', 'v. 46', 'Summa']);
    expect(weekly?.at(-1)?.slice(0, 3)).toEqual(['Summa', '3,5', hoursOf(summary.mandateMinutes)]);
    expect(paragraphTexts(xml)).toContain(`Veckor utan registrerad tid visas inte (${summary.weeks.length - 2} veckor). Summaraden gäller hela perioden, också mandatet för de veckorna.`);
    expect(novemberTexts).toContain('Veckor utan registrerad tid visas inte (en vecka). Summaraden gäller hela perioden, också mandatet för de veckorna.');
  });

  it('ends with lines for place and date and a signature, with the name spelled out', () => {
    const at = novemberTexts.indexOf('Underskrift');
    expect(novemberTexts.slice(at)).toEqual([
      'Underskrift',
      'Jag intygar att tidrapporten stämmer.',
      `Ort och datum: ${'_'.repeat(40)}`,
      `Underskrift: ${'_'.repeat(40)}`,
      'Namnförtydligande: Anna Lindqvist',
    ]);
  });

  it('says "Ej ifyllt" for an organisation the profile lacks', async () => {
    const xml = part(await packed(tidrapportInput({ organisation: ' ' })), 'word/document.xml');
    expect(paragraphTexts(xml)).toContain('Organisation: Ej ifyllt');
  });
});

/** Decimal hours as the report writes them. */
function hoursOf(minutes: number): string {
  return String(minutes / 60).replace('.', ',');
}

describe('MOA time against the mandate, in words', () => {
  it.each([
    [2_490, 2_016, 'I MOA-uppdraget är 41,5 timmar loggade mot mandatets 33,6 timmar: 7,9 timmar över mandatet.'],
    [600, 1_350, 'I MOA-uppdraget är 10 timmar loggade mot mandatets 22,5 timmar: 12,5 timmar under mandatet.'],
    [480, 420, 'I MOA-uppdraget är 8 timmar loggade mot mandatets 7 timmar: 1 timme över mandatet.'],
    [60, 480, 'I MOA-uppdraget är 1 timme loggade mot mandatets 8 timmar: 7 timmar under mandatet.'],
    [480, 480, 'I MOA-uppdraget är 8 timmar loggade mot mandatets 8 timmar: precis enligt mandatet.'],
    [300, 0, 'Inget mandat gäller för perioden.'],
  ])('%i minutes against %i', (moa, mandate, text) => {
    expect(mandateComparison(documentWords('sv'), moa, mandate)).toBe(text);
  });

  it.each([
    [2_490, 2_016, "Time logged in the MOA assignment is 41.5 hours against the mandate's 33.6 hours: 7.9 hours over the mandate."],
    [60, 480, "Time logged in the MOA assignment is 1 hour against the mandate's 8 hours: 7 hours under the mandate."],
    [300, 0, 'No mandate applies to the period.'],
  ])('in English, %i minutes against %i', (moa, mandate, text) => {
    expect(mandateComparison(documentWords('en'), moa, mandate)).toBe(text);
  });
});

describe('the weekly table adapts to the categories and the period', () => {
  it('stays in portrait, in one section, when few categories have time', async () => {
    const input = tidrapportInput({}, [entry('2026-11-09', 'moa', 300), entry('2026-11-10', 'projektledning', 120)]);
    const xml = part(await packed(input), 'word/document.xml');
    expect(sections(xml)).toHaveLength(1);
    expect(xml).not.toContain('w:orient="landscape"');
    expect(tables(xml)[1]?.[0]).toEqual(['Vecka', 'MOA-uppdraget', 'Mandat', 'Mot mandatet', 'Projektledning', 'Totalt']);
    expect(gridWidths(xml).map((w) => w.reduce((a, b) => a + b, 0))).toEqual([portraitTextWidth, portraitTextWidth]);
    expect(paragraphTexts(xml)).toContain(`Som projektledare är 2 timmar loggade, 28,6${nbsp}% av all loggad tid.`);
  });

  it('continues the other categories in further tables, each starting with the week, when even landscape is too narrow', async () => {
    const names = ['MOA-uppdraget', 'Projektledning', 'Granskning', 'Möten och nätverk', 'Kompetensutveckling', 'Övrigt', 'Resor till och från möten', 'Administration', 'Rapportskrivning', 'Utvärderingsforum'];
    const categories = names.map((name, i) => ({ id: i === 0 ? 'moa' : `c${i}`, name }));
    const input = tidrapportInput({ categories }, categories.map((c, i) => entry(`2026-11-${String(2 + i).padStart(2, '0')}`, c.id, 60 * (i + 1))));
    const xml = part(await packed(input), 'word/document.xml');
    const weekly = tables(xml).slice(1);
    expect(weekly.length).toBeGreaterThan(1);
    expect(headings(xml).slice(-weekly.length - 1, -1)).toEqual(weekly.map((_, i) => ['Heading2', i === 0 ? 'Vecka för vecka, del 1' : `Vecka för vecka, del ${i + 1} (fler kategorier)`]));
    for (const table of weekly) expect(table[0]?.[0]).toBe('Vecka');
    // Every category appears exactly once across the tables, and every table fits the landscape line.
    expect(weekly.flatMap((t) => t[0]?.slice(1) ?? []).filter((h) => !['Mandat', 'Mot mandatet', 'Totalt'].includes(h)).sort()).toEqual([...names].sort());
    for (const widths of gridWidths(xml).slice(1)) expect(widths.reduce((a, b) => a + b, 0)).toBe(landscapeTextWidth);
    expect(everyTableRepeatsItsHeader(xml)).toBe(true);
  });

  it('puts the year before the week when the period crosses new year', async () => {
    const mandates = [{ id: 'm', validFrom: '2026-01-01', hoursPerWeek: 8 }];
    const summary = timeReportSummary([entry('2026-12-30', 'moa', 120), entry('2027-01-05', 'moa', 90)], mandates, '2026-12-21', '2027-01-10');
    const xml = part(await packed(tidrapportInput({ summary, periodLabel: 'Jul och nyår' })), 'word/document.xml');
    // v. 52 has no time: it is left out, and the document says so.
    expect(tables(xml)[1]?.map((row) => row[0])).toEqual(['Vecka', '2026 v. 53', '2027 v. 1', 'Summa']);
    expect(paragraphTexts(xml)).toContain('Veckor utan registrerad tid visas inte (en vecka). Summaraden gäller hela perioden, också mandatet för de veckorna.');
    expect(paragraphTexts(xml)).not.toContain('Veckor som bara delvis ligger i perioden räknas med de dagar som ingår.');
    expect(paragraphTexts(xml)).toContain('Ingen tid som projektledare är loggad.');
  });

  it('shows a category that has time but no name by its id, and keeps hard text exactly', async () => {
    const categories = [{ id: 'moa', name: trickyText }];
    const input = tidrapportInput({ categories, personName: 'Åsa "Ä" <Öberg> & co 👩🏽‍💻' }, [entry('2026-11-09', 'moa', 60), entry('2026-11-10', 'okand', 30)]);
    const result = await packed(input);
    const xml = part(result, 'word/document.xml');
    expect(tables(xml)[0]?.map((row) => row[0])).toEqual(['Kategori', trickyText, 'okand', 'Totalt']);
    expect(paragraphTexts(xml)).toContain('Namn: Åsa "Ä" <Öberg> & co 👩🏽‍💻');
    expect(part(result, 'docProps/core.xml')).toContain('<dc:creator>Åsa &quot;Ä&quot; &lt;Öberg&gt; &amp; co 👩🏽‍💻</dc:creator>');
  });
});

describe('the tidrapport for a period without time', () => {
  it('says that no time was logged, still gives the mandate, and has no tables', async () => {
    const xml = part(await packed(tidrapportInput({}, [])), 'word/document.xml');
    expect(headings(xml)).toEqual([
      ['Title', 'Tidrapport'],
      ['Heading1', 'Sammanfattning'],
      ['Heading1', 'Underskrift'],
    ]);
    expect(paragraphTexts(xml).slice(6, 9)).toEqual(['Sammanfattning', 'Ingen tid är loggad under perioden.', 'Mandatet för perioden är 33,6 timmar.']);
    expect(tables(xml)).toEqual([]);
    expect(sections(xml)).toHaveLength(1);
  });
});

describe('the tidrapport passes the Open XML schema validator', () => {
  it.each<[string, TidrapportInput]>([
    ['a month with time', tidrapportInput()],
    ['a month without time', tidrapportInput({ mandateDescription: '' }, [])],
  ])('%s', async (_name, input) => {
    const result = await validateDocx(await packDocx(buildTidrapport(input, documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  }, validationTimeout);
});
