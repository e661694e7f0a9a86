/**
 * The handlingsplan's indicator section with Kolada's values: per indicator with values the facts,
 * the app's verdict labelled as its own, the chart as a PNG picture with alternative text, the
 * values as a real table, the source and the own-calculation line; without values the section is
 * the table it always was.
 */
import { describe, expect, it } from 'vitest';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import type { KoladaIndicatorFigures, PlanIndicator } from '#shared/documents/kolada-figures.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { n00914Indicator, sampleKoladaFigures } from '../../../fixtures/kolada/document-figures.ts';
import { exampleWorkbook } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { tableXml, tables } from './docx-tables.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');
const en = documentWords('en');

/** The example plan with N00914 as the first indicator of its first strategy, and (by default) its figures. */
function koladaInput(options: { words?: typeof sv; indicator?: PlanIndicator; figures?: (strategyId: string) => KoladaIndicatorFigures[] } = {}): HandlingsplanInput {
  const book = exampleWorkbook();
  const plan = book.actionPlans[0];
  const goalArea = book.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const first = [...book.strategies].sort((a, b) => a.order - b.order)[0];
  if (!first) throw new Error('the example has strategies');
  const indicator = options.indicator ?? n00914Indicator;
  const strategies = book.strategies.map((s) => (s.id === first.id ? { ...s, indicators: [indicator, ...s.indicators] } : s));
  const content: PlanContent = { plan, strategies, tactics: book.tactics, activities: book.activities };
  const words = options.words ?? sv;
  return {
    content,
    goalArea,
    contacts: book.contacts,
    ownerName: 'Anna Lindqvist',
    today: '2027-03-02',
    draft: false,
    completeness: planCompleteness(content, []),
    kolada: options.figures ? options.figures(first.id) : [sampleKoladaFigures(words, first.id, 0, indicator)],
  };
}

async function packed(input: HandlingsplanInput, words = sv): Promise<{ bytes: Uint8Array; parts: Map<string, string>; xml: string; texts: string[] }> {
  const bytes = await packDocx(buildHandlingsplan(input, words, undefined));
  const parts = unzipDocx(bytes);
  const xml = part(parts, 'word/document.xml');
  // No-break spaces (between a number and its unit) read as spaces.
  return { bytes, parts, xml, texts: paragraphTexts(xml).map((t) => t.replaceAll('\u00a0', ' ')) };
}

/** The paragraphs from the section's heading up to the next heading 1. */
function indicatorSection(xml: string, title: string): string[] {
  const texts = paragraphTexts(xml).map((t) => t.replaceAll('\u00a0', ' '));
  const start = texts.lastIndexOf(title);
  const next = texts.indexOf(sv.handlingsplan.reviewers, start);
  return texts.slice(start, next === -1 ? undefined : next);
}

describe('the handlingsplan without Kolada values', () => {
  it('has the indicator table alone, as before: no picture, no source, no further heading', async () => {
    const input = koladaInput({ figures: () => [] });
    const { xml, parts } = await packed(input);
    const { kolada: _left, ...withoutKey } = input;
    // The same XML but for the table of contents' bookmark numbers, which docx counts across documents.
    const numbered = (text: string) => text.replace(/_Toc\d+/gu, '_Toc').replace(/ w:id="\d+"/gu, ' w:id=""');
    expect(numbered(part(unzipDocx(await packDocx(buildHandlingsplan(withoutKey, sv, undefined))), 'word/document.xml'))).toBe(numbered(xml));
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
    const found = headings(xml);
    const at = found.findIndex(([, text]) => text === 'Indikatorer');
    expect(found.slice(at, at + 2)).toEqual([
      ['Heading1', 'Indikatorer'],
      ['Heading1', 'Granskare'],
    ]);
    expect(xml).not.toContain('Kolada');
  });
});

describe('the handlingsplan with an indicator’s Kolada values', () => {
  it('gives the indicator a heading of its own after the indicator table, named with its unit', async () => {
    const { xml } = await packed(koladaInput());
    const found = headings(xml);
    const at = found.findIndex(([, text]) => text === 'Indikatorer');
    expect(found.slice(at, at + 3)).toEqual([
      ['Heading1', 'Indikatorer'],
      ['Heading2', 'Förvärvsarbetande 20–64 år (%)'],
      ['Heading1', 'Granskare'],
    ]);
    // The indicator table still lists every indicator, this one first.
    const indicatorTable = tables(xml).find((t) => t[0]?.[0] === 'Indikator (strategi)');
    expect(indicatorTable?.[1]).toEqual(['Förvärvsarbetande 20–64 år\n(Fler unga företagare)', '%', '2019', '78,5', '2028', '82']);
  });

  it('states what it measures, baseline, the region’s latest value, target and the verdict labelled as the app’s, in Swedish figures', async () => {
    const { xml } = await packed(koladaInput());
    const section = indicatorSection(xml, 'Förvärvsarbetande 20–64 år (%)');
    expect(section.slice(0, 7)).toEqual([
      'Förvärvsarbetande 20–64 år (%)',
      'Strategi: Fler unga företagare',
      'Nyckeltal i Kolada: N00914 Invånare 20-64 år som förvärvsarbetar, andel (%)',
      'Utgångsläge: 78,5 % (2019)',
      'Senaste värde, Region Örebro län: 80,3 % (2023)',
      'Mål: 82 % (2028)',
      'Bedömning (appens beräkning): På väg mot målet. Trenden 2019–2023 (+0,42 per år) ger 82,34 % år 2028; målet är 82 %.',
    ]);
  });

  it('puts the chart in the package as a PNG picture of its printed size, with a name and a description for screen readers', async () => {
    const input = koladaInput();
    const figures = input.kolada?.[0];
    if (!figures?.chart) throw new Error('the sample has a chart');
    const { xml, parts, bytes } = await packed(input);
    const media = [...parts.keys()].filter((name) => name.startsWith('word/media/'));
    expect(media).toHaveLength(1);
    expect(media[0]).toMatch(/\.png$/u);
    // The picture's bytes are the chart's, unchanged.
    const { unzipSync } = await import('fflate');
    expect(unzipSync(bytes)[media[0] ?? '']).toEqual(figures.chart.png);
    expect(part(parts, 'word/_rels/document.xml.rels')).toContain(`Target="media/${media[0]?.slice('word/media/'.length)}"`);
    // Printed at 600 × … CSS pixels (9 525 EMU each), drawn at twice that.
    expect(xml).toContain(`<wp:extent cx="${figures.chart.width * 9525}" cy="${figures.chart.height * 9525}"/>`);
    const docPr = /<wp:docPr [^>]*>/u.exec(xml)?.[0] ?? '';
    expect(/title="([^"]*)"/u.exec(docPr)?.[1]).toBe('Förvärvsarbetande 20–64 år, 2014–2023');
    expect(/descr="([^"]*)"/u.exec(docPr)?.[1]?.replaceAll('\u00a0', ' ')).toBe(
      'Linjediagram med Region Örebro län, Region Örebro län, kvinnor, Region Örebro län, män, Kumla, Riket. Senaste värde 80,3 % (2023). Utgångsläge 78,5 % (2019), mål 82 % (2028). Bedömning: På väg mot målet. Samma värden finns i tabellen under diagrammet.',
    );
  });

  it('gives the values as a real table with a repeating header row: years down, region, women, men, compared areas and the country across, decimal commas', async () => {
    const { xml } = await packed(koladaInput());
    const values = tables(xml).find((t) => t[0]?.[0] === 'År');
    expect(values?.[0]).toEqual(['År', 'Region Örebro län', 'Region Örebro län, kvinnor', 'Region Örebro län, män', 'Kumla', 'Riket']);
    expect(values?.map((row) => row[0])).toEqual(['År', ...Array.from({ length: 10 }, (_, i) => String(2014 + i))]);
    expect(values?.[1]).toEqual(['2014', '76,2', '75,0', '77,4', '77,9', '77,0']);
    expect(values?.at(-1)).toEqual(['2023', '80,3', '79,1', '81,5', '80,7', '80,7']);
    const table = tableXml(xml).find((t) => t.includes('>Region Örebro län, kvinnor<')) ?? '';
    expect(/<w:tr>[\s\S]*?<\/w:tr>/u.exec(table)?.[0]).toContain('<w:tblHeader/>');
  });

  it('credits Kolada with the import’s date under the table, then says the verdict is the app’s own calculation', async () => {
    const { xml } = await packed(koladaInput());
    const section = indicatorSection(xml, 'Förvärvsarbetande 20–64 år (%)');
    expect(section.slice(-2)).toEqual(['Källa: Kolada, hämtat 2027-03-02.', 'Bedömningen är appens egen beräkning på Koladas värden.']);
    // The caption names the table right above it.
    expect(section).toContain('Förvärvsarbetande 20–64 år (%) per år');
  });

  it('leaves the own-calculation line out when there is nothing to judge, but still credits Kolada', async () => {
    // A baseline in 2022 leaves two years to judge: too little data.
    const indicator = { ...n00914Indicator, baselineYear: 2022, baselineValue: 79.7 };
    const { xml } = await packed(koladaInput({ indicator }));
    const section = indicatorSection(xml, 'Förvärvsarbetande 20–64 år (%)');
    expect(section).toContain('Bedömning (appens beräkning): För lite data. Det behövs värden för minst tre år, från basåret, för att bedöma trenden.');
    expect(section).toContain('Källa: Kolada, hämtat 2027-03-02.');
    expect(section).not.toContain('Bedömningen är appens egen beräkning på Koladas värden.');
  });

  it('still has the table and the source when the chart could not be drawn', async () => {
    const input = koladaInput({ figures: (strategyId) => [sampleKoladaFigures(sv, strategyId, 0, n00914Indicator, { withoutChart: true })] });
    const { xml, parts } = await packed(input);
    expect([...parts.keys()].filter((name) => name.startsWith('word/media/'))).toEqual([]);
    expect(tables(xml).find((t) => t[0]?.[0] === 'År')?.at(-1)).toEqual(['2023', '80,3', '79,1', '81,5', '80,7', '80,7']);
    expect(paragraphTexts(xml)).toContain('Källa: Kolada, hämtat 2027-03-02.');
  });

  it('shows figures only for the indicator they belong to, by strategy and place', async () => {
    // Figures for a strategy the plan does not have are left out rather than pinned on another indicator.
    const input = koladaInput({ figures: () => [sampleKoladaFigures(sv, 'no-such-strategy', 0, n00914Indicator)] });
    const { xml } = await packed(input);
    expect(xml).not.toContain('Källa: Kolada');
  });

  it('is in English with the English words: labels, verdict, decimal points, source and own calculation', async () => {
    const { xml, texts } = await packed(koladaInput({ words: en }), en);
    expect(texts).toContain('Baseline: 78.5 % (2019)');
    expect(texts).toContain('Latest value, Region Örebro län: 80.3 % (2023)');
    expect(texts).toContain('Assessment (the app’s calculation): On track. The trend 2019–2023 (+0.42 a year) gives 82.34 % in 2028; the target is 82 %.');
    expect(texts).toContain('Source: Kolada, retrieved 2027-03-02.');
    expect(texts).toContain('The assessment is the app’s own calculation on Kolada’s values.');
    const values = tables(xml).find((t) => t[0]?.[0] === 'Year');
    expect(values?.[0]).toEqual(['Year', 'Region Örebro län', 'Region Örebro län, women', 'Region Örebro län, men', 'Kumla', 'Riket']);
    expect(values?.at(-1)).toEqual(['2023', '80.3', '79.1', '81.5', '80.7', '80.7']);
    expect(/descr="([^"]*)"/u.exec(xml)?.[1]).toMatch(/^Line chart of Region Örebro län, Region Örebro län, women, /u);
  });

  it('passes the Open XML schema validator with the picture in it', async () => {
    const { bytes } = await packed(koladaInput());
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  }, validationTimeout);
});
