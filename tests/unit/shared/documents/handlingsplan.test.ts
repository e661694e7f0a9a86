import { describe, expect, it } from 'vitest';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import { contentAsShown, handlingsplanOrder, planTemplateView } from '#shared/plan/template-sections.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { PlanContent } from '#shared/plan/types.ts';
import { exampleHandlingsplanInput, longTrickyText, trickyText } from './document-fixtures.ts';
import { headings, paragraphTexts, part, unzipDocx } from './docx-reading.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';
import { documentWords } from '#shared/documents/words/index.ts';

const exampleInput = (overrides: Partial<HandlingsplanInput> = {}): HandlingsplanInput => exampleHandlingsplanInput(overrides, ['sammanfattning', 'risker']);

async function packed(input: HandlingsplanInput): Promise<Map<string, string>> {
  return unzipDocx(await packDocx(buildHandlingsplan(input, documentWords('sv'), undefined)));
}

const parts = await packed(exampleInput());
const documentXml = part(parts, 'word/document.xml');
const texts = paragraphTexts(documentXml);

describe('the handlingsplan as a Word document', () => {
  it('is a zip package with a main document, styles, settings and core properties', async () => {
    const bytes = await packDocx(buildHandlingsplan(exampleInput(), documentWords('sv'), undefined));
    expect(bytes).toBeInstanceOf(Uint8Array);
    expect([bytes[0], bytes[1]]).toEqual([0x50, 0x4b]); // "PK"
    for (const name of ['word/document.xml', 'word/styles.xml', 'word/settings.xml', 'docProps/core.xml', '[Content_Types].xml']) expect(parts.has(name)).toBe(true);
  });

  it('has the title, the sections, strategies and tactics as real headings, in reading order', () => {
    expect(headings(documentXml)).toEqual([
      ['Title', 'Handlingsplan Innovationer och entreprenörskap 2026–2028'],
      ['Heading1', 'Sammanfattning'],
      ['Heading1', 'Nuläge och omvärld'],
      ['Heading1', 'Behov av stöd från kansliet'],
      ['Heading1', 'Uppföljning'],
      ['Heading1', 'Strategier och taktiker'],
      ['Heading2', 'Fler unga företagare'],
      ['Heading3', 'UF i alla gymnasieskolor'],
      ['Heading3', 'Förebilder från yrkesprogrammen'],
      ['Heading2', 'Innovationsstöd i hela länet'],
      ['Heading3', 'En ingång till innovationsstödet'],
      ['Heading2', 'Finansiering i tidiga skeden'],
      ['Heading3', 'Mikrolån och rådgivning'],
      ['Heading1', 'Aktivitetsplan'],
      ['Heading2', 'UF i alla gymnasieskolor'],
      ['Heading2', 'Förebilder från yrkesprogrammen'],
      ['Heading2', 'En ingång till innovationsstödet'],
      ['Heading2', 'Mikrolån och rådgivning'],
      ['Heading1', 'Genomsyrande perspektiv'],
      ['Heading2', 'Jämställdhet'],
      ['Heading2', 'Integration och mångfald'],
      ['Heading2', 'Miljö och hållbar utveckling'],
      ['Heading2', 'Barn och unga'],
      ['Heading1', 'Indikatorer'],
      ['Heading1', 'Granskare'],
    ]);
  });

  it('answers Varför?, Vad?, Effektmål, Mätbart mål for a strategy and Vem?, Hur? for a tactic', () => {
    const at = texts.indexOf('Fler unga företagare');
    expect(texts.slice(at + 1, at + 7)).toEqual([
      'Varför?',
      'Få unga i länet ser företagande som ett alternativ, och UF-företagandet varierar stort mellan skolorna.',
      'Vad?',
      'Alla gymnasieskolor i länet erbjuder UF-företagande, och fler elever från yrkesprogram deltar.',
      'Effektmål: Fler unga som driver UF-företag',
      'Mätbart mål: 400 UF-företag per läsår senast vt 2028',
    ]);
    const tactic = texts.indexOf('UF i alla gymnasieskolor');
    expect(texts.slice(tactic + 1, tactic + 3)).toEqual(['Vem?', 'Ung Företagsamhet med skolorna i länets tolv kommuner']);
    expect(texts).toContain('Ansvarig: Ung Företagsamhet Örebro län');
    expect(texts).toContain('Samarbetspartner: Lars Nilsson (Karlskoga kommun)');
    expect(texts[texts.indexOf('Hur?', tactic) + 1]).toMatch(/^Lärarnätverk/);
  });

  it('lists each strategy’s indicators under the strategy, with unit, baseline and target', () => {
    const at = texts.indexOf('Finansiering i tidiga skeden');
    const label = texts.indexOf('Indikator', at);
    expect(texts[label - 1]).toMatch(/^Mätbart mål: /u);
    expect(texts[label + 1]).toBe('Nystartade företag (per 1 000 invånare): utgångsläge 8,4 (2025), mål 10 (2028)');
    expect(texts.indexOf('Indikator', at)).toBeLessThan(texts.indexOf('Vem?', at));
  });

  it('says so under a strategy without indicators, and gives missing values and years as they are', async () => {
    const base = exampleInput();
    const { content } = base;
    const [first, second, ...rest] = [...content.strategies].sort((a, b) => a.order - b.order);
    if (!first || !second) throw new Error('the example has strategies');
    const strategies = [
      { ...first, indicators: [] },
      { ...second, indicators: [{ name: 'Andel', unit: '', baselineYear: null, baselineValue: 12.5, targetYear: 2030, targetValue: null }, ...second.indicators] },
      ...rest,
    ];
    const xml = part(await packed({ ...base, content: { ...content, strategies } }), 'word/document.xml');
    const shown = paragraphTexts(xml);
    const firstAt = shown.indexOf(first.title);
    expect(shown.slice(firstAt).find((t) => t.startsWith('Indikator'))).toBe('Indikatorer: Inga angivna');
    const secondAt = shown.indexOf(second.title, firstAt + 1);
    expect(shown.slice(secondAt, secondAt + 12)).toContain('Andel: utgångsläge 12,5, mål – (2030)');
  });

  it('has a table of contents field over headings 1–2 that Word updates on opening', () => {
    expect(documentXml).toMatch(/<w:instrText[^>]*>TOC \\h \\o &quot;1-2&quot;<\/w:instrText>/);
    expect(part(parts, 'word/settings.xml')).toContain('<w:updateFields/>');
  });

  it('marks the header row of every table so it repeats on each page', () => {
    const tables = documentXml.match(/<w:tbl>[\s\S]*?<\/w:tbl>/g) ?? [];
    expect(tables.length).toBe(4 + 4 + 1 + 1); // activities per tactic, perspectives, indicators, reviewers
    for (const table of tables) {
      const firstRow = /<w:tr>[\s\S]*?<\/w:tr>/.exec(table)?.[0] ?? '';
      expect(firstRow).toContain('<w:tblHeader/>');
    }
  });

  it('puts a paragraph in every table cell', () => {
    const cells = documentXml.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? [];
    expect(cells.length).toBeGreaterThan(50);
    for (const cell of cells) expect(cell).toContain('<w:p');
  });

  it('is in Swedish: sv-SE on the default run style and the heading styles', () => {
    const styles = part(parts, 'word/styles.xml');
    const defaults = /<w:docDefaults>[\s\S]*?<\/w:docDefaults>/.exec(styles)?.[0] ?? '';
    expect(defaults).toContain('<w:lang w:val="sv-SE"/>');
    for (const id of ['Title', 'Heading1', 'Heading2', 'Heading3']) {
      const style = new RegExp(`<w:style [^>]*w:styleId="${id}"[^>]*>[\\s\\S]*?</w:style>`).exec(styles)?.[0] ?? '';
      expect(style, id).toContain('<w:lang w:val="sv-SE"/>');
    }
  });

  it('sets the activities in a landscape section of A4 and the rest in portrait', () => {
    expect(documentXml.match(/<w:pgSz [^>]*\/>/g)).toEqual([
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
      '<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>',
      '<w:pgSz w:w="11906" w:h="16838" w:orient="portrait"/>',
    ]);
    // Each section's content ends with its <w:sectPr>; the second section holds exactly the activity plan.
    const sections = documentXml.split('</w:sectPr>');
    expect(sections[1]).toContain('w:orient="landscape"');
    expect(headings(sections[1] ?? '').map(([, text]) => text)).toEqual([
      'Aktivitetsplan',
      'UF i alla gymnasieskolor',
      'Förebilder från yrkesprogrammen',
      'En ingång till innovationsstödet',
      'Mikrolån och rådgivning',
    ]);
  });

  it('lists activities with ISO dates, Swedish status and right-aligned kronor with a no-break thousands separator', () => {
    const row = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*Kickoff för UF-lärare[\s\S]*?<\/w:tr>/.exec(documentXml)?.[0] ?? '';
    expect(paragraphTexts(row)).toEqual(['Kickoff för UF-lärare', 'Ung Företagsamhet Örebro län', '2026-08-25', '2026-08-26', 'klar', '45\u00a0000 kr']);
    const lastCell = (row.match(/<w:tc>[\s\S]*?<\/w:tc>/g) ?? []).at(-1) ?? '';
    expect(lastCell).toContain('<w:jc w:val="right"/>');
    for (const status of ['planerad', 'pågår', 'försenad', 'struken']) expect(texts).toContain(status);
    // Struken (cancelled) activities are not counted in the sum.
    expect(texts).toContain('165\u00a0000 kr');
  });

  it('shows indicators with a decimal comma and the strategy they measure, and the reviewers with their perspective', () => {
    const row = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*>Nystartade företag<[\s\S]*?<\/w:tr>/.exec(documentXml)?.[0] ?? '';
    expect(paragraphTexts(row)).toEqual(['Nystartade företag\n(Finansiering i tidiga skeden)', 'per 1 000 invånare', '2025', '8,4', '2028', '10']);
    const reviewer = /<w:tr>(?:(?!<\/w:tr>)[\s\S])*>Maria Svensson<[\s\S]*?<\/w:tr>/.exec(documentXml)?.[0] ?? '';
    expect(paragraphTexts(reviewer)).toEqual(['Maria Svensson', 'Länsstyrelsen i Örebro län', 'jämställdhet', 'maria.svensson@lansstyrelsen.se']);
  });

  it('lists under each perspective the tactics that address it, with the note', () => {
    const at = texts.indexOf('Jämställdhet');
    const next = texts.indexOf('Integration och mångfald', at);
    const section = texts.slice(at, next);
    expect(section).toContain('Granskare: Maria Svensson');
    expect(section).toContain('UF i alla gymnasieskolor');
    expect(section).toContain('Mikrolån och rådgivning');
    expect(section).toContain('Hälften av lånen till kvinnor som driver företag.');
    expect(section).not.toContain('En ingång till innovationsstödet');
  });

  it('numbers pages as "Sida X av Y" in the footer and names goal area, version and date in the header', () => {
    const footers = [...parts].filter(([name]) => /^word\/footer\d+\.xml$/.test(name)).map(([, xml]) => xml);
    expect(footers).toHaveLength(3);
    for (const footer of footers) expect(footer).toMatch(/Sida [\s\S]*>PAGE<[\s\S]* av [\s\S]*>NUMPAGES</);
    const headers = [...parts].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => paragraphTexts(xml).join(''));
    expect(headers).toHaveLength(3);
    for (const header of headers) expect(header).toBe('Innovationer och entreprenörskap · Handlingsplan 2026–2028 · version 1 · 27 november 2026');
  });

  it('has a title page with goal area, period, owner, version, Swedish status and a long Swedish date', () => {
    expect(texts.slice(1, 7)).toEqual([
      'Målområde: Innovationer och entreprenörskap (IE)',
      'Period: 2026–2028',
      'Målområdesansvarig: Anna Lindqvist',
      'Version: 1',
      'Status: Utkast',
      'Datum: 27 november 2026',
    ]);
  });

  it('writes title, creator, subject and description into the core properties', () => {
    const core = part(parts, 'docProps/core.xml');
    expect(core).toContain('<dc:title>Handlingsplan Innovationer och entreprenörskap 2026–2028</dc:title>');
    expect(core).toContain('<dc:creator>Anna Lindqvist</dc:creator>');
    expect(core).toContain('<dc:subject>Handlingsplan för målområdet Innovationer och entreprenörskap 2026–2028</dc:subject>');
    expect(core).toMatch(/<dc:description>Handlingsplan 2026–2028, version 1 \(utkast\), 27 november 2026\.<\/dc:description>/);
  });

  it('says UTKAST and lists what is missing only when exporting a draft', async () => {
    const everything = (p: Map<string, string>): string => [...p].filter(([n]) => n.startsWith('word/')).map(([, x]) => x).join('');
    expect(everything(parts)).not.toContain('UTKAST');
    const draft = await packed(exampleInput({ draft: true }));
    const draftTexts = paragraphTexts(part(draft, 'word/document.xml'));
    expect(draftTexts).toContain('UTKAST');
    expect(draftTexts).toContain('Det här saknas innan planen kan lämnas in:');
    expect(draftTexts).toContain('Avsnittet ”risker” saknar text.');
    const headers = [...draft].filter(([name]) => /^word\/header\d+\.xml$/.test(name)).map(([, xml]) => paragraphTexts(xml).join(''));
    for (const header of headers) expect(header.startsWith('UTKAST – ')).toBe(true);
  });

  it('lists an activity dated outside the plan\'s period with its dates in words (an ISO date would break at its hyphens), in the draft\'s missing list', async () => {
    const input = exampleInput({ draft: true });
    const [first, ...rest] = input.content.activities;
    if (!first) throw new Error('the example has activities');
    const content = { ...input.content, activities: [{ ...first, startDate: '2025-12-01', endDate: '2026-01-15' }, ...rest] };
    const draftTexts = paragraphTexts(part(await packed({ ...input, content, completeness: planCompleteness(content, []) }), 'word/document.xml'));
    expect(draftTexts).toContain(`Aktiviteten ”${first.title}” (1 december 2025 – 15 januari 2026) ligger utanför planens period 2026–2028.`);
  });

  it('keeps hard text exactly: XML characters, quotes, emoji, line breaks and 50 000 characters', async () => {
    const tricky = 'Tom & Jerry <b>fet</b> "citat" \'apostrof\' ”svenska” 🚀👩🏽‍💻 ]]> &amp;\nandra raden\n\ntredje efter tom rad  ';
    const long = (tricky + '\n').repeat(Math.ceil(50_000 / (tricky.length + 1))).slice(0, 50_000);
    expect(long).toHaveLength(50_000);
    const input = exampleInput();
    const plan = { ...input.content.plan, sections: [{ key: 'sammanfattning', title: 'Rubrik & <titel> "x"', text: long }] };
    const strategies = input.content.strategies.map((s, i) => (i === 0 ? { ...s, why: tricky } : s));
    const result = await packed({ ...input, content: { ...input.content, plan, strategies } });
    const xml = part(result, 'word/document.xml');
    const out = paragraphTexts(xml);
    expect(out).toContain(long);
    expect(out).toContain(tricky);
    expect(headings(xml)).toContainEqual(['Heading1', 'Rubrik & <titel> "x"']);
    expect(xml).not.toContain('&amp;amp;amp;');
  });

  it('drops only the characters XML cannot carry, so Word can open the file', async () => {
    const input = exampleInput();
    const plan = { ...input.content.plan, sections: [{ key: 'x', title: 'Kontroll', text: 'a\u0001b\u000Bc\tslut\uD800!' }] };
    const xml = part(await packed({ ...input, content: { ...input.content, plan } }), 'word/document.xml');
    expect(xml.includes('\u0001') || xml.includes('\u000B')).toBe(false);
    expect(paragraphTexts(xml)).toContain('abc\tslut!');
  });

  it('builds a plan without strategies, sections, indicators or reviewers', async () => {
    const input = exampleInput();
    const empty: PlanContent = { plan: { ...input.content.plan, sections: [] }, strategies: [], tactics: [], activities: [] };
    const result = await packed({ ...input, content: empty, goalArea: { ...input.goalArea, reviewers: [] }, completeness: planCompleteness(empty, []), draft: true });
    const out = paragraphTexts(part(result, 'word/document.xml'));
    expect(out).toContain('Planen har ännu ingen strategi.');
    expect(out).toContain('Planen har ingen strategi.');
    expect(out).toContain('Inga granskare är angivna.');
  });
});

describe('the support the plan asks for', () => {
  const offers = [
    { id: 'dialogmoten', name: 'Individuella dialogmöten' },
    { id: 'analys', name: 'Analys och uppföljning' },
  ];
  const withRequests = (supportRequests: string[] | undefined, sectionKey?: string | null, text = '') => {
    const input = exampleInput();
    const sections = input.content.plan.sections.map((s) => (s.key === 'stod' ? { ...s, text } : s));
    return { ...input, content: { ...input.content, plan: { ...input.content.plan, sections, supportRequests } }, supportOffers: offers, ...(sectionKey === undefined ? {} : { supportSectionKey: sectionKey }) };
  };

  it('prints the ticked offers by name under the support section, in the template order, after its text', async () => {
    const xml = part(await packed(withRequests(['analys', 'dialogmoten'], 'stod', 'Hjälp med analysen.')), 'word/document.xml');
    const out = paragraphTexts(xml);
    const at = out.indexOf('Behov av stöd från kansliet');
    expect(out.slice(at + 1, at + 5)).toEqual(['Hjälp med analysen.', 'Önskat stöd från kansliet', 'Individuella dialogmöten', 'Analys och uppföljning']);
    expect(out[at + 5]).toBe('Uppföljning');
  });

  it('prints an offer id the template no longer has as the id, never drops it, and does not call the section empty', async () => {
    const out = paragraphTexts(part(await packed(withRequests(['borttaget-stod', 'analys'])), 'word/document.xml'));
    const at = out.indexOf('Behov av stöd från kansliet');
    expect(out.slice(at + 1, at + 4)).toEqual(['Önskat stöd från kansliet', 'Analys och uppföljning', 'borttaget-stod']);
  });

  it('gives the ticked offers a heading of their own when the plan has no support section', async () => {
    const input = withRequests(['analys'], 'finns-inte');
    const xml = part(await packed(input), 'word/document.xml');
    const titles = headings(xml).map(([, text]) => text);
    expect(titles.filter((t) => t === 'Behov av stöd från kansliet')).toHaveLength(2);
    const out = paragraphTexts(xml);
    expect(out.indexOf('Analys och uppföljning')).toBeLessThan(out.indexOf('Strategier och taktiker'));
  });

  it('prints nothing about support when nothing is ticked, as before', async () => {
    for (const requests of [undefined, []]) {
      const out = paragraphTexts(part(await packed(withRequests(requests)), 'word/document.xml'));
      expect(out).not.toContain('Önskat stöd från kansliet');
      const at = out.indexOf('Behov av stöd från kansliet');
      expect(out[at + 1]).toBe('Ej ifyllt');
    }
  });

  it('stays a valid Word document with offers printed', async () => {
    const result = await validateDocx(await packDocx(buildHandlingsplan(withRequests(['analys', 'okänt'], 'stod', 'Text'), documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  }, validationTimeout);
});

/** Hard text in every kind of field the document shows, control characters included, exported as a draft. */
function hostileInput(): HandlingsplanInput {
  const input = exampleInput();
  const { content } = input;
  const plan = {
    ...content.plan,
    title: `Plan ${trickyText}`,
    sections: [
      { key: 'sammanfattning', title: 'Rubrik & <titel> "x"', text: longTrickyText },
      { key: 'kontroll', title: 'Kontroll\u0001', text: 'a\u0001b\u000Bc\tslut\uD800!' },
    ],
  };
  const strategies = content.strategies.map((s, i) => (i === 0 ? { ...s, title: trickyText, why: trickyText, indicators: [{ ...s.indicators[0]!, name: trickyText, unit: '<%>' }] } : s));
  const tactics = content.tactics.map((t, i) => (i === 0 ? { ...t, title: trickyText, how: longTrickyText, perspectives: [{ perspective: 'jämställdhet & <mer>', note: trickyText }] } : t));
  const activities = content.activities.map((a, i) => (i === 0 ? { ...a, title: trickyText, responsible: trickyText } : a));
  const goalArea = { ...input.goalArea, name: `Mål & <område> "🚀"`, reviewers: [...input.goalArea.reviewers, { name: trickyText, organisation: '&', email: '', perspective: '"citat"' }] };
  const hostile = { plan, strategies, tactics, activities };
  return { ...input, content: hostile, goalArea, ownerName: 'Åsa "Ä" <Öberg> & co 👩🏽‍💻', draft: true, completeness: planCompleteness(hostile, ['sammanfattning', 'risker']) };
}

describe('the handlingsplan in the order of its template', () => {
  const view = planTemplateView(exampleInput().content.plan, defaultTemplate);
  const ordered = (): HandlingsplanInput => {
    const input = exampleInput();
    return { ...input, content: contentAsShown(input.content, view), order: handlingsplanOrder(view) };
  };

  it('places the text sections and the parts where the default template does, under its titles', async () => {
    const xml = part(await packed(ordered()), 'word/document.xml');
    const level1 = headings(xml).filter(([style]) => style === 'Heading1').map(([, text]) => text);
    const titleOf = (key: string) => defaultTemplate.actionPlan.sections.find((s) => s.key === key)?.title ?? key;
    expect(level1).toEqual([...defaultTemplate.actionPlan.sections.map((s) => s.title), 'Granskare']);
    expect(level1.indexOf(titleOf('strategier'))).toBeLessThan(level1.indexOf(titleOf('uppfoljning')));
    // Portrait text and strategies, the activities in landscape, then portrait again to the end.
    expect(xml.match(/w:orient="(\w+)"/g)).toEqual(['w:orient="portrait"', 'w:orient="landscape"', 'w:orient="portrait"']);
  });

  it('keeps its own order without a template', () => {
    expect(handlingsplanOrder(planTemplateView(exampleInput().content.plan, null))).toBeUndefined();
  });

  it('still prints a section the order leaves out, after it', async () => {
    const input = ordered();
    const extra = { key: 'egen', title: 'Egen sektion', text: 'Text som inte får försvinna' };
    const withExtra = { ...input, content: { ...input.content, plan: { ...input.content.plan, sections: [...input.content.plan.sections, extra] } } };
    const out = paragraphTexts(part(await packed(withExtra), 'word/document.xml'));
    expect(out).toContain('Egen sektion');
    expect(out).toContain('Text som inte får försvinna');
  });

  it('passes the Open XML schema validator', async () => {
    const result = await validateDocx(await packDocx(buildHandlingsplan(ordered(), documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
  }, validationTimeout);
});

describe('the handlingsplan passes the Open XML schema validator', () => {
  it.each<[string, HandlingsplanInput]>([
    ['the example workbook', exampleInput()],
    ['hard text everywhere, as a draft', hostileInput()],
  ])('%s', async (_name, input) => {
    const result = await validateDocx(await packDocx(buildHandlingsplan(input, documentWords('sv'), undefined)));
    expect(result.errors).toEqual([]);
    expect(result.ok).toBe(true);
  }, validationTimeout);
});
