/**
 * The indikatorrapport: a goal area's indicators grouped by plan and strategy, each with Kolada's
 * values (chart, table, source) and the app's verdict labelled as its own, or with baseline and
 * target and a line saying it has no Kolada values.
 */
import { describe, expect, it } from 'vitest';
import { buildIndikatorrapport } from '#shared/documents/indikatorrapport.ts';
import type { IndikatorrapportInput } from '#shared/documents/indikatorrapport.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import type { Strategy } from '#shared/domain/plan.ts';
import { n00914Indicator, sampleKoladaFigures } from '../../../fixtures/kolada/document-figures.ts';
import { exampleWorkbook } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { everyCellHasAParagraph, everyTableRepeatsItsHeader, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');
const en = documentWords('en');

/** The example plan: N00914 first under its first strategy (with figures), a second N00914 indicator without values under the third. */
function reportInput(words = sv, overrides: Partial<IndikatorrapportInput> = {}): IndikatorrapportInput {
  const book = exampleWorkbook();
  const plan = book.actionPlans[0];
  const goalArea = book.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const [first, , third] = [...book.strategies].sort((a, b) => a.order - b.order);
  if (!first || !third) throw new Error('the example has three strategies');
  const unread = { ...n00914Indicator, name: 'Förvärvsfrekvens utrikes födda', koladaKpiId: 'N00960' };
  const strategies: Strategy[] = book.strategies.map((s) => (s.id === first.id ? { ...s, indicators: [n00914Indicator, ...s.indicators] } : s.id === third.id ? { ...s, indicators: [...s.indicators, unread] } : s));
  return {
    goalArea: { ...goalArea, koladaAreas: { regionId: '0018', compareIds: ['1881'] } },
    plans: [plan],
    strategies,
    kolada: [sampleKoladaFigures(words, first.id, 0, n00914Indicator)],
    regionTitle: 'Region Örebro län',
    compareTitles: ['Kumla', 'Riket'],
    ownerName: 'Anna Lindqvist',
    today: '2027-03-02',
    ...overrides,
  };
}

async function packed(input: IndikatorrapportInput, words = sv) {
  const bytes = await packDocx(buildIndikatorrapport(input, words, undefined));
  const parts = unzipDocx(bytes);
  const xml = part(parts, 'word/document.xml');
  return { bytes, parts, xml, texts: paragraphTexts(xml).map((t) => t.replaceAll('\u00a0', ' ')) };
}

const { xml, texts, parts, bytes } = await packed(reportInput());

describe('the indikatorrapport', () => {
  it('opens with the goal area, its plan, region and compared areas, owner and date', () => {
    expect(texts.slice(0, 7)).toEqual([
      'Indikatorrapport Innovationer och entreprenörskap',
      'Målområde: Innovationer och entreprenörskap (IE)',
      'Handlingsplan: Handlingsplan Innovationer och entreprenörskap 2026–2028',
      'Region: Region Örebro län',
      'Jämförs med: Kumla, Riket',
      'Målområdesansvarig: Anna Lindqvist',
      'Datum: 2 mars 2027',
    ]);
  });

  it('says where the values come from and that the verdict is the app’s own calculation, before any figure', () => {
    const about = texts.indexOf('Om värdena och bedömningen');
    expect(texts[about + 1]).toMatch(/^Värdena är hämtade från Kolada \(kolada\.se\)/u);
    expect(texts[about + 2]).toMatch(/^Bedömningen är appens egen beräkning på Koladas värden, inte Koladas\./u);
  });

  it('is ordered by plan (heading 1), strategy (heading 2) and indicator (heading 3), after an overview', () => {
    expect(headings(xml)).toEqual([
      ['Title', 'Indikatorrapport Innovationer och entreprenörskap'],
      ['Heading1', 'Om värdena och bedömningen'],
      ['Heading1', 'Översikt'],
      ['Heading1', 'Handlingsplan Innovationer och entreprenörskap 2026–2028'],
      ['Heading2', 'Fler unga företagare'],
      ['Heading3', 'Förvärvsarbetande 20–64 år (%)'],
      ['Heading3', 'UF-företag per läsår (antal)'],
      ['Heading2', 'Innovationsstöd i hela länet'],
      ['Heading3', 'Företag som fått innovationsrådgivning utanför Örebro (antal per år)'],
      ['Heading2', 'Finansiering i tidiga skeden'],
      ['Heading3', 'Nystartade företag (per 1 000 invånare)'],
      ['Heading3', 'Förvärvsfrekvens utrikes födda (%)'],
    ]);
  });

  it('gives an overview of every indicator: the region’s latest value, the target and the verdict’s label', () => {
    const overview = tables(xml)[0]?.map((row) => row.map((cell) => cell.replaceAll('\u00a0', ' ')));
    expect(overview).toEqual([
      ['Indikator (strategi)', 'Senaste värde', 'Mål', 'Bedömning (appens beräkning)'],
      ['Förvärvsarbetande 20–64 år (%)\n(Fler unga företagare)', '80,3 % (2023)', '82 % (2028)', 'På väg mot målet'],
      ['UF-företag per läsår (antal)\n(Fler unga företagare)', 'inga värden', '400 antal (2028)', '–'],
      ['Företag som fått innovationsrådgivning utanför Örebro (antal per år)\n(Innovationsstöd i hela länet)', 'inga värden', '60 antal per år (2028)', '–'],
      ['Nystartade företag (per 1 000 invånare)\n(Finansiering i tidiga skeden)', 'inga värden', '10 per 1 000 invånare (2028)', '–'],
      ['Förvärvsfrekvens utrikes födda (%)\n(Finansiering i tidiga skeden)', 'inga värden', '82 % (2028)', '–'],
    ]);
  });

  it('shows an indicator with values as the handlingsplan does: what it measures, facts, chart, table, source and own calculation', () => {
    const at = texts.indexOf('Förvärvsarbetande 20–64 år (%)');
    expect(texts.slice(at, at + 9)).toEqual([
      'Förvärvsarbetande 20–64 år (%)',
      'Strategi: Fler unga företagare',
      'Effektmål: Fler unga som driver UF-företag',
      'Nyckeltal i Kolada: N00914 Invånare 20-64 år som förvärvsarbetar, andel (%)',
      'Utgångsläge: 78,5 % (2019)',
      'Senaste värde, Region Örebro län: 80,3 % (2023)',
      'Mål: 82 % (2028)',
      'Bedömning (appens beräkning): På väg mot målet. Trenden 2019–2023 (+0,42 per år) ger 82,34 % år 2028; målet är 82 %.',
      '',
    ]);
    expect([...parts.keys()].filter((name) => /^word\/media\/.+\.png$/u.test(name))).toHaveLength(1);
    expect(/<wp:docPr [^>]*title="([^"]*)"/u.exec(xml)?.[1]).toBe('Förvärvsarbetande 20–64 år, 2014–2023');
    const values = tables(xml).find((t) => t[0]?.[0] === 'År');
    expect(values?.[0]).toEqual(['År', 'Region Örebro län', 'Region Örebro län, kvinnor', 'Region Örebro län, män', 'Kumla', 'Riket']);
    expect(values?.at(-1)).toEqual(['2023', '80,3', '79,1', '81,5', '80,7', '80,7']);
    const source = texts.indexOf('Källa: Kolada, hämtat 2027-03-02.');
    expect(source).toBeGreaterThan(at);
    expect(texts[source + 1]).toBe('Bedömningen är appens egen beräkning på Koladas värden.');
  });

  it('lists indicators without Kolada values with baseline and target, saying why there are none', () => {
    const uf = texts.indexOf('UF-företag per läsår (antal)');
    expect(texts.slice(uf + 1, uf + 6)).toEqual([
      'Strategi: Fler unga företagare',
      'Effektmål: Fler unga som driver UF-företag',
      'Utgångsläge: 280 antal (2025)',
      'Mål: 400 antal (2028)',
      'Indikatorn är inte kopplad till något nyckeltal i Kolada och har inga värden därifrån.',
    ]);
    const unread = texts.indexOf('Förvärvsfrekvens utrikes födda (%)');
    expect(texts.slice(unread + 3, unread + 7)).toEqual([
      'Nyckeltal i Kolada: N00960',
      'Utgångsläge: 78,5 % (2019)',
      'Mål: 82 % (2028)',
      'Det finns inga inlästa värden från Kolada för N00960 i målområdets områden.',
    ]);
  });

  it('marks every table’s header row to repeat and puts a paragraph in every cell', () => {
    expect(everyTableRepeatsItsHeader(xml)).toBe(true);
    expect(everyCellHasAParagraph(xml)).toBe(true);
  });

  it('names goal area and date in the header and writes title, subject and description into the core properties', () => {
    const header = [...parts].filter(([name]) => /^word\/header\d+\.xml$/u.test(name)).map(([, x]) => paragraphTexts(x).join(''));
    expect(header).toContain('Innovationer och entreprenörskap · Indikatorrapport · 2 mars 2027');
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Indikatorrapport Innovationer och entreprenörskap</dc:title>');
    expect(core).toContain('<dc:subject>Indikatorrapport för målområdet Innovationer och entreprenörskap</dc:subject>');
    expect(core).toContain('<dc:description>5 indikatorer, 1 med värden från Kolada. 2 mars 2027.</dc:description>');
  });

  it('passes the Open XML schema validator', async () => {
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  }, validationTimeout);
});

describe('the indikatorrapport in other cases', () => {
  it('says when no region is chosen, shows the country’s values and judges nothing', async () => {
    const book = reportInput();
    const firstId = book.kolada[0]?.strategyId ?? '';
    const kolada = [sampleKoladaFigures(sv, firstId, 0, n00914Indicator, { regionId: null, compareIds: [] })];
    const { texts: shown, xml: countryOnly } = await packed({ ...book, regionTitle: null, kolada, goalArea: { ...book.goalArea, koladaAreas: { regionId: null, compareIds: [] } }, compareTitles: ['Riket'] });
    expect(shown).toContain('Region: ingen vald');
    expect(shown.find((t) => t.startsWith('Värdena är hämtade'))).toContain('Ingen region är vald för målområdet, så ingen bedömning görs; välj den under Planer › Indikatorer.');
    expect(shown).toContain('Senaste värde: –');
    expect(shown).toContain('Bedömning (appens beräkning): Ingen region är vald för målområdet, så ingen bedömning görs.');
    expect(shown).toContain('Källa: Kolada, hämtat 2027-03-02.');
    expect(shown).not.toContain('Bedömningen är appens egen beräkning på Koladas värden.');
    expect(tables(countryOnly).find((t) => t[0]?.[0] === 'År')?.[0]).toEqual(['År', 'Riket']);
    expect(tables(countryOnly)[0]?.[1]?.slice(1)).toEqual(['–', '82\u00a0% (2028)', '–']);
  });

  it('says so for a goal area without plans, and for plans without indicators', async () => {
    const { texts: none, xml: noneXml } = await packed(reportInput(sv, { plans: [], strategies: [], kolada: [] }));
    expect(none).toContain('Målområdet har inga handlingsplaner.');
    expect(none).toContain('Handlingsplan: ingen plan');
    expect(tables(noneXml)).toEqual([]);
    const input = reportInput();
    const { texts: empty } = await packed({ ...input, strategies: input.strategies.map((s) => ({ ...s, indicators: [] })), kolada: [] });
    expect(empty).toContain('Planerna har inga indikatorer.');
  });

  it('gives each plan its overview table when it covers several plans', async () => {
    const input = reportInput();
    const older = { ...input.plans[0]!, id: 'older', title: 'Handlingsplan 2023–2025', periodStart: 2023, periodEnd: 2025 };
    const olderStrategy: Strategy = { id: 'older-s', planId: 'older', title: 'Fler jobb', why: '', effectGoal: '', what: '', target: '', indicators: [n00914Indicator], order: 0 };
    const { xml: both, texts: shown } = await packed({ ...input, plans: [...input.plans, older], strategies: [...input.strategies, olderStrategy], kolada: [...input.kolada, sampleKoladaFigures(sv, 'older-s', 0, n00914Indicator)] });
    expect(shown).toContain('Handlingsplaner: Handlingsplan Innovationer och entreprenörskap 2026–2028; Handlingsplan 2023–2025');
    const found = headings(both);
    expect(found.slice(2, 5)).toEqual([
      ['Heading1', 'Översikt'],
      ['Heading2', 'Handlingsplan Innovationer och entreprenörskap 2026–2028'],
      ['Heading2', 'Handlingsplan 2023–2025'],
    ]);
    expect(found.slice(-3)).toEqual([
      ['Heading1', 'Handlingsplan 2023–2025'],
      ['Heading2', 'Fler jobb'],
      ['Heading3', 'Förvärvsarbetande 20–64 år (%)'],
    ]);
    expect(shown.filter((t) => t === 'Källa: Kolada, hämtat 2027-03-02.')).toHaveLength(2);
  });

  it('is in English with English words and decimal points', async () => {
    const { texts: shown, xml: english, parts: englishParts } = await packed(reportInput(en), en);
    expect(shown[0]).toBe('Indicator report Innovationer och entreprenörskap');
    expect(shown).toContain('Compared with: Kumla, Riket');
    expect(shown).toContain('Assessment (the app’s calculation): On track. The trend 2019–2023 (+0.42 a year) gives 82.34 % in 2028; the target is 82 %.');
    expect(shown).toContain('Source: Kolada, retrieved 2027-03-02.');
    expect(shown).toContain('The indicator is not linked to a KPI in Kolada and has no values from there.');
    expect(tables(english)[0]?.[0]).toEqual(['Indicator (strategy)', 'Latest value', 'Target', 'Assessment (the app’s calculation)']);
    expect(part(englishParts, 'word/styles.xml')).toContain('w:val="en-GB"');
  });
});
