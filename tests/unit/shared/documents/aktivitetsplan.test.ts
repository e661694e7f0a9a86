import { describe, expect, it } from 'vitest';
import { buildAktivitetsplan } from '#shared/documents/aktivitetsplan.ts';
import type { AktivitetsplanInput } from '#shared/documents/aktivitetsplan.ts';
import { landscapeTextWidth } from '#shared/documents/docx-parts.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { aktivitetsplanInput, longTrickyText, trickyText } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, furniture, gridWidths, sections, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';
import { newPeriod } from '#shared/plan/versions.ts';
import { documentWords } from '#shared/documents/words/index.ts';

async function packed(input: AktivitetsplanInput): Promise<Map<string, string>> {
  return unzipDocx(await packDocx(buildAktivitetsplan(input, documentWords('sv'), undefined)));
}

const nbsp = '\u00a0';
const byStatus = await packed(aktivitetsplanInput());
const byStatusXml = part(byStatus, 'word/document.xml');
const allByQuarter = await packed(aktivitetsplanInput({ goalAreaId: null, grouping: 'quarter' }));
const allByQuarterXml = part(allByQuarter, 'word/document.xml');
const activityHeader = ['Aktivitet', 'Taktik (strategi)', 'Ansvarig', 'Start', 'Slut', 'Status', 'Kostnad'];

describe('the aktivitetsplan of one goal area, by status', () => {
  it('has the title, the summary and one heading per status in life-cycle order, as real headings', () => {
    expect(headings(byStatusXml)).toEqual([
      ['Title', 'Aktivitetsplan'],
      ['Heading1', 'Sammanfattning'],
      ['Heading2', 'Per status'],
      ['Heading1', 'Aktiviteter per status'],
      ['Heading2', 'Planerad'],
      ['Heading2', 'Pågår'],
      ['Heading2', 'Klar'],
      ['Heading2', 'Försenad'],
      ['Heading2', 'Struken'],
    ]);
    // Short enough to need no table of contents; the headings serve Word's navigation pane.
    expect(byStatusXml).not.toContain('TOC \\');
  });

  it('has a title page with goal area, the plan and its period, the dates covered, owner, a long Swedish date and the grouping', () => {
    expect(paragraphTexts(byStatusXml).slice(0, 7)).toEqual([
      'Aktivitetsplan',
      'Målområde: Innovationer och entreprenörskap (IE)',
      'Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2026–2028',
      'Aktiviteternas datum: 1 juni 2026 – 15 december 2027',
      'Målområdesansvarig: Anna Lindqvist',
      'Datum: 27 november 2026',
      'Indelning: efter status',
    ]);
  });

  it('sums up: counts and cost per status, the total without struken activities in kronor', () => {
    expect(paragraphTexts(byStatusXml)).toContain(
      `Aktivitetsplanen omfattar 12 aktiviteter, varav 1 struken. Den sammanlagda kostnaden är 520${nbsp}000 kr (strukna aktiviteter oräknade).`,
    );
    expect(tables(byStatusXml)[0]).toEqual([
      ['Status', 'Antal', 'Kostnad'],
      ['Planerad', '6', `410${nbsp}000 kr`],
      ['Pågår', '2', `15${nbsp}000 kr`],
      ['Klar', '2', `65${nbsp}000 kr`],
      ['Försenad', '1', `30${nbsp}000 kr`],
      ['Struken', '1', '0 kr'],
      ['Summa utom strukna', '11', `520${nbsp}000 kr`],
    ]);
  });

  it('lists each status group in a table of activity, tactic (strategy), responsible, ISO dates, status and cost, by start date', () => {
    const [, planned, ongoing] = tables(byStatusXml);
    expect(planned?.[0]).toEqual(activityHeader);
    expect(planned?.slice(1).map((row) => [row[0], row[3]])).toEqual([
      ['Gemensam ingång lanseras', '2027-01-15'],
      ['Förebildsturné i norra länet', '2027-02-01'],
      ['Rådgivardagar i sex kommuner', '2027-03-01'],
      ['Regional UF-mässa', '2027-03-12'],
      ['Uppföljning av lånen på Utvärderingsforum', '2027-05-10'],
      ['Seminarium om riskkapital på Loka-dagarna', '2027-08-20'],
      ['Summa', ''],
    ]);
    expect(planned?.at(-1)?.at(-1)).toBe(`410${nbsp}000 kr`);
    expect(ongoing).toEqual([
      activityHeader,
      ['Kartläggning av UF-deltagande per skola', 'UF i alla gymnasieskolor\n(Fler unga företagare)', 'Anna Lindqvist', '2026-09-01', '2026-11-30', 'pågår', '0 kr'],
      ['Benchmarking mot Värmland', 'En ingång till innovationsstödet\n(Innovationsstöd i hela länet)', 'Anna Lindqvist', '2026-11-01', '2026-12-20', 'pågår', `15${nbsp}000 kr`],
      ['Summa', '', '', '', '', '', `15${nbsp}000 kr`],
    ]);
    const cancelled = tables(byStatusXml).at(-1);
    expect(cancelled?.[1]?.[0]).toBe('Ansökan om regionala projektmedel');
  });

  it('sets the activity tables in a landscape section that spans the page, the title page and summary in portrait', () => {
    const [portrait, landscape] = sections(byStatusXml);
    expect(sections(byStatusXml)).toHaveLength(2);
    expect(portrait).toContain('<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>');
    expect(landscape).toContain('<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>');
    expect(headings(landscape ?? '')[0]).toEqual(['Heading1', 'Aktiviteter per status']);
    for (const widths of gridWidths(landscape ?? '')) expect(widths.reduce((a, b) => a + b, 0)).toBe(landscapeTextWidth);
  });

  it('marks every table header row as repeating and puts a paragraph in every cell', () => {
    for (const xml of [byStatusXml, allByQuarterXml]) {
      expect(tables(xml).length).toBeGreaterThan(3);
      expect(everyTableRepeatsItsHeader(xml)).toBe(true);
      expect(everyCellHasAParagraph(xml)).toBe(true);
    }
  });

  it('is in Swedish (sv-SE on the default run style), names goal area and date in the header and numbers pages "Sida X av Y"', () => {
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(part(byStatus, 'word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="sv-SE"/>');
    const headers = furniture(byStatus, 'header').map((xml) => paragraphTexts(xml).join(''));
    expect(headers).toEqual(['Innovationer och entreprenörskap · Aktivitetsplan · 27 november 2026', 'Innovationer och entreprenörskap · Aktivitetsplan · 27 november 2026']);
    for (const footer of furniture(byStatus, 'footer')) expect(footer).toMatch(/Sida [\s\S]*>PAGE<[\s\S]* av [\s\S]*>NUMPAGES</);
  });

  it('writes title, creator, subject and description into the core properties', () => {
    const core = part(byStatus, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Aktivitetsplan Innovationer och entreprenörskap</dc:title>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
    expect(core).toContain('<dc:subject>Aktivitetsplan för målområdet Innovationer och entreprenörskap</dc:subject>');
    expect(core).toContain('<dc:description>Aktiviteter per status, 1 juni 2026 – 15 december 2027; Handlingsplan Innovationer och entreprenörskap 2026–2028; 27 november 2026.</dc:description>');
  });
});

describe('the aktivitetsplan of all goal areas, by quarter', () => {
  it('has one heading per quarter with activities, in date order, after a summary per status and per goal area', () => {
    expect(headings(allByQuarterXml)).toEqual([
      ['Title', 'Aktivitetsplan'],
      ['Heading1', 'Sammanfattning'],
      ['Heading2', 'Per status'],
      ['Heading2', 'Per målområde'],
      ['Heading1', 'Aktiviteter per kvartal'],
      ['Heading2', '2026 K2'],
      ['Heading2', '2026 K3'],
      ['Heading2', '2026 K4'],
      ['Heading2', '2027 K1'],
      ['Heading2', '2027 K2'],
      ['Heading2', '2027 K3'],
    ]);
    const texts = paragraphTexts(allByQuarterXml);
    expect(texts.slice(1, 7)).toEqual([
      'Målområde: Alla målområden',
      'Handlingsplaner: den aktuella planen i varje målområde (den vars period omfattar dagens datum, annars den senaste)',
      'Aktiviteternas datum: 1 juni 2026 – 15 december 2027', 'Sammanställd av: Anna Lindqvist', 'Datum: 27 november 2026', 'Indelning: efter kvartal (aktiviteternas startdatum)']);
    expect(texts).toContain(`Aktivitetsplanen omfattar 15 aktiviteter i 2 målområden, varav 1 struken. Den sammanlagda kostnaden är 1${nbsp}904${nbsp}567 kr (strukna aktiviteter oräknade).`);
  });

  it('lists every goal area by code, also one without activities, with its plan, owner, count and cost without struken activities', () => {
    expect(tables(allByQuarterXml)[1]).toEqual([
      ['Kod', 'Målområde och plan', 'Ansvarig', 'Antal', 'Kostnad'],
      ['HF', 'Hälsa och folkhälsa\nHandlingsplan hf-p (2026–2027)', 'Sara Ali', '0', '0 kr'],
      ['IE', 'Innovationer och entreprenörskap\nHandlingsplan Innovationer och entreprenörskap 2026–2028', 'Anna Lindqvist', '11', `520${nbsp}000 kr`],
      ['KB', 'Kunskapslyft för barn och unga\nHandlingsplan kb-p (2026–2027)', 'Per Ek', '3', `1${nbsp}384${nbsp}567 kr`],
      ['Summa', '', '', '14', `1${nbsp}904${nbsp}567 kr`],
    ]);
    expect(paragraphTexts(allByQuarterXml)).toContain('Strukna aktiviteter är inte medräknade.');
  });

  it('names each activity’s goal area and groups it under the quarter it starts in; a sum leaves struken activities out', () => {
    const quarterTables = tables(allByQuarterXml).slice(2);
    expect(quarterTables[0]).toEqual([
      ['Aktivitet', 'Målområde', 'Taktik (strategi)', 'Ansvarig', 'Start', 'Slut', 'Status', 'Kostnad'],
      ['Ansökan om regionala projektmedel', 'IE', 'Mikrolån och rådgivning\n(Finansiering i tidiga skeden)', 'Anna Lindqvist', '2026-06-01', '2026-06-30', 'struken', '0 kr'],
      ['Sommarskola i matematik', 'KB', 'Läxhjälp i alla kommuner\n(Fler behöriga till gymnasiet)', 'Per Ek', '2026-06-15', '2026-08-07', 'klar', `90${nbsp}000 kr`],
      ['Summa (utom strukna)', '', '', '', '', '', '', `90${nbsp}000 kr`],
    ]);
    // Läxhjälpsnätverk runs from 2026-10-05 into December: it stands under 2026 K4 only.
    expect(quarterTables[2]?.map((row) => row[0])).toEqual(['Aktivitet', 'Förebildsturné i Karlskoga och Degerfors', 'Läxhjälpsnätverk startas', 'Benchmarking mot Värmland', 'Summa']);
    expect(quarterTables[4]?.[1]).toEqual(['Utvärdering av läxhjälpen', 'KB', 'Läxhjälp i alla kommuner\n(Fler behöriga till gymnasiet)', 'Per Ek', '2027-05-03', '2027-06-11', 'planerad', `1${nbsp}234${nbsp}567 kr`]);
    expect(paragraphTexts(allByQuarterXml)).toContain('En aktivitet står under det kvartal då den börjar.');
  });

  it('says "Alla målområden" in the header and the core properties', () => {
    for (const header of furniture(allByQuarter, 'header')) expect(paragraphTexts(header).join('')).toBe('Alla målområden · Aktivitetsplan · 27 november 2026');
    expect(part(allByQuarter, 'docProps/core.xml')).toContain('<dc:subject>Aktivitetsplan för alla målområden</dc:subject>');
  });
});

describe('what the aktivitetsplan leaves out', () => {
  it('shows only activities that run some time in the chosen period, and no heading for an empty group', async () => {
    const xml = part(await packed(aktivitetsplanInput({ period: { from: '2027-04-01', to: '2027-06-30' } })), 'word/document.xml');
    expect(headings(xml).slice(3)).toEqual([
      ['Heading1', 'Aktiviteter per status'],
      ['Heading2', 'Planerad'],
    ]);
    expect(tables(xml)[1]?.slice(1, -1).map((row) => row[0])).toEqual(['Förebildsturné i norra länet', 'Rådgivardagar i sex kommuner', 'Uppföljning av lånen på Utvärderingsforum']);
    expect(paragraphTexts(xml)).toContain('Aktiviteter som pågår under: 1 april 2027 – 30 juni 2027');
  });

  it('builds a valid document with a plain sentence when there are no activities', async () => {
    const empty = await packed(aktivitetsplanInput({ goalAreaId: 'hf' }));
    const xml = part(empty, 'word/document.xml');
    expect(headings(xml)).toEqual([
      ['Title', 'Aktivitetsplan'],
      ['Heading1', 'Sammanfattning'],
    ]);
    expect(paragraphTexts(xml)).toEqual([
      'Aktivitetsplan',
      'Målområde: Hälsa och folkhälsa (HF)',
      'Handlingsplan: Handlingsplan hf-p (2026–2027)',
      'Aktiviteternas datum: inga aktiviteter',
      'Målområdesansvarig: Anna Lindqvist',
      'Datum: 27 november 2026',
      'Indelning: efter status',
      'Sammanfattning',
      'Det finns inga aktiviteter i planen.',
    ]);
    expect(sections(xml)).toHaveLength(1);
    expect(tables(xml)).toEqual([]);
    const none = part(await packed(aktivitetsplanInput({ goalAreaId: null, activities: [], period: { from: '2026-01-01', to: '2026-12-31' } })), 'word/document.xml');
    expect(paragraphTexts(none)).toContain('Det finns inga aktiviteter i något målområde under perioden.');
  });

  it('leaves out an activity whose tactic is gone, and refuses a goal area that does not exist', async () => {
    const input = aktivitetsplanInput();
    const [first] = input.activities;
    if (!first) throw new Error('the fixture has activities');
    const result = await packed({ ...input, activities: [...input.activities, { ...first, id: 'orphan', tacticId: 'gone', title: 'Föräldralös' }] });
    const texts = paragraphTexts(part(result, 'word/document.xml'));
    expect(texts).toContain(first.title);
    expect(texts).not.toContain('Föräldralös');
    expect(() => buildAktivitetsplan({ ...input, goalAreaId: 'finns-inte' }, documentWords('sv'), undefined)).toThrow(/finns-inte/);
  });

  it('keeps hard text exactly: XML characters, quotes, emoji, line breaks and 50 000 characters', async () => {
    const input = aktivitetsplanInput({ goalAreaId: null });
    const [first, second, ...rest] = input.activities;
    if (!first || !second) throw new Error('the fixture has activities');
    const goalAreas = input.goalAreas.map((g) => (g.id === 'kb' ? { ...g, name: `Barn & unga <"KB"> 🚀` } : g));
    const result = await packed({ ...input, goalAreas, activities: [{ ...first, title: trickyText, responsible: 'A & B <c>' }, { ...second, title: longTrickyText }, ...rest] });
    const xml = part(result, 'word/document.xml');
    const cells = tables(xml).flat(2);
    expect(cells).toContain(trickyText);
    expect(cells).toContain(longTrickyText);
    expect(cells).toContain('A & B <c>');
    expect(cells).toContain('Barn & unga <"KB"> 🚀\nHandlingsplan kb-p (2026–2027)');
  });
});

/** The fixture after *Ny period* on the example plan (2026–2028 → 2029–2031): its nine open activities now stand in both plans. */
function afterNewPeriod(overrides: Partial<AktivitetsplanInput> = {}, moveDates = false): AktivitetsplanInput {
  const input = aktivitetsplanInput(overrides);
  const old = input.actionPlans.find((p) => p.goalAreaId === input.goalAreas[0]?.id);
  if (!old) throw new Error('the fixture has the example plan');
  const content = {
    plan: old,
    strategies: input.strategies.filter((x) => x.planId === old.id),
    tactics: input.tactics.filter((x) => x.planId === old.id),
    activities: input.activities.filter((x) => x.planId === old.id),
  };
  const next = newPeriod(content, { planId: 'next-plan', newId: (id) => `next-${id}` }, '2026-11-27', { moveDates });
  return {
    ...input,
    actionPlans: [...input.actionPlans, next.plan],
    strategies: [...input.strategies, ...next.strategies],
    tactics: [...input.tactics, ...next.tactics],
    activities: [...input.activities, ...next.activities],
  };
}

const summaryLine = (xml: string): string | undefined => paragraphTexts(xml).find((t) => t.startsWith('Aktivitetsplanen omfattar'));

describe('the aktivitetsplan after Ny period: two plans of the same goal area', () => {
  it('counts each activity once by default, from the plan whose period holds today, and names that plan', async () => {
    const xml = part(await packed(afterNewPeriod()), 'word/document.xml');
    expect(summaryLine(xml)).toBe(`Aktivitetsplanen omfattar 12 aktiviteter, varav 1 struken. Den sammanlagda kostnaden är 520${nbsp}000 kr (strukna aktiviteter oräknade).`);
    expect(tables(xml)[0]?.at(-1)).toEqual(['Summa utom strukna', '11', `520${nbsp}000 kr`]);
    expect(paragraphTexts(xml)).toContain('Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2026–2028');
    // Every activity title once, though nine of them stand in both plans with the same dates.
    const titles = tables(xml).slice(1).flatMap((t) => t.slice(1, -1).map((row) => row[0]));
    expect(titles).toHaveLength(12);
    expect(new Set(titles).size).toBe(12);
  });

  it('takes the latest plan when no period holds today, and the chosen period’s plan when one is chosen', async () => {
    for (const input of [afterNewPeriod({ today: '2032-03-01' }, true), afterNewPeriod({ planScope: '2029-2031' }, true)]) {
      const xml = part(await packed(input), 'word/document.xml');
      expect(summaryLine(xml)).toBe(`Aktivitetsplanen omfattar 9 aktiviteter. Den sammanlagda kostnaden är 455${nbsp}000 kr.`);
      expect(paragraphTexts(xml)).toContain('Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2029–2031');
    }
    const none = part(await packed(afterNewPeriod({ planScope: '2040-2040' })), 'word/document.xml');
    expect(paragraphTexts(none)).toContain('Handlingsplan: ingen plan för perioden 2040');
    expect(paragraphTexts(none)).toContain('Det finns inga aktiviteter inom målområdet.');
  });

  it('with every plan, says that carried activities stand once per plan and names each row’s plan in a column', async () => {
    const xml = part(await packed(afterNewPeriod({ planScope: 'all' })), 'word/document.xml');
    expect(summaryLine(xml)).toBe(`Aktivitetsplanen omfattar 21 aktiviteter, varav 1 struken. Den sammanlagda kostnaden är 975${nbsp}000 kr (strukna aktiviteter oräknade).`);
    expect(paragraphTexts(xml)).toContain(
      'Alla planer är med: en aktivitet som följt med till en ny period står en gång i varje plan och räknas en gång per plan. Kolumnen Plan säger vilken plan raden hör till.',
    );
    expect(paragraphTexts(xml)).toContain('Handlingsplaner: Handlingsplan Innovationer och entreprenörskap 2026–2028; Handlingsplan Innovationer och entreprenörskap 2029–2031');
    const planned = tables(xml)[1];
    expect(planned?.[0]).toEqual(['Aktivitet', 'Plan', 'Taktik (strategi)', 'Ansvarig', 'Start', 'Slut', 'Status', 'Kostnad']);
    expect(planned?.filter((row) => row[0] === 'Regional UF-mässa').map((row) => [row[1], row[4]])).toEqual([
      ['2026–2028', '2027-03-12'],
      ['2029–2031', '2027-03-12'],
    ]);
    for (const widths of gridWidths(sections(xml)[1] ?? '')) expect(widths.reduce((a, b) => a + b, 0)).toBe(landscapeTextWidth);
  });

  it('covers the current plan of every goal area when all goal areas are chosen, and names the plans per goal area', async () => {
    const xml = part(await packed(afterNewPeriod({ goalAreaId: null })), 'word/document.xml');
    expect(summaryLine(xml)).toBe(`Aktivitetsplanen omfattar 15 aktiviteter i 2 målområden, varav 1 struken. Den sammanlagda kostnaden är 1${nbsp}904${nbsp}567 kr (strukna aktiviteter oräknade).`);
    expect(tables(xml)[1]?.find((row) => row[0] === 'IE')?.[1]).toBe('Innovationer och entreprenörskap\nHandlingsplan Innovationer och entreprenörskap 2026–2028');
  });
});

/** The same input with hard text in two activity titles, one of them 50 000 characters long. */
function withHardText(input: AktivitetsplanInput): AktivitetsplanInput {
  return { ...input, activities: input.activities.map((a, i) => (i === 0 ? { ...a, title: longTrickyText } : i === 1 ? { ...a, title: trickyText, responsible: trickyText } : a)) };
}

describe('the aktivitetsplan passes the Open XML schema validator', () => {
  it.each<[string, AktivitetsplanInput]>([
    ['one goal area by status', aktivitetsplanInput()],
    ['all goal areas by quarter', aktivitetsplanInput({ goalAreaId: null, grouping: 'quarter' })],
    ['all goal areas by status, with hard text', withHardText(aktivitetsplanInput({ goalAreaId: null }))],
    ['no activities', aktivitetsplanInput({ goalAreaId: 'hf' })],
  ])('%s', async (_name, input) => {
    const result = await validateDocx(await packDocx(buildAktivitetsplan(input, documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  }, validationTimeout);
});
