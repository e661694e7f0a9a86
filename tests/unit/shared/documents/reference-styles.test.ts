import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { Document, HeadingLevel, Paragraph } from 'docx';
import fc from 'fast-check';
import { Deflate, deflateSync, strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { buildAktivitetsplan } from '#shared/documents/aktivitetsplan.ts';
import { buildHandlingsplan } from '#shared/documents/handlingsplan.ts';
import type { HandlingsplanInput } from '#shared/documents/handlingsplan.ts';
import { packDocx } from '#shared/documents/pack.ts';
import { buildProjektplan } from '#shared/documents/projektplan.ts';
import {
  builderStyleIds,
  defaultReferenceTemplate,
  defaultStylesXml,
  maxReferenceFileBytes,
  mergeReferenceStyles,
  referenceStylesForExport,
  referenceStylesFromDocx,
  referenceStylesMessages,
} from '#shared/documents/reference-styles.ts';
import { buildTidrapport } from '#shared/documents/tidrapport.ts';
import { documentWords, type DocumentWords } from '#shared/documents/words/index.ts';
import { planCompleteness } from '#shared/plan/completeness.ts';
import { projectCompleteness } from '#shared/project/completeness.ts';
import { newProject, requiredProjectSectionKeys } from '#shared/project/defaults.ts';
import { aktivitetsplanInput, exampleWorkbook, tidrapportInput } from './document-fixtures.ts';
import { headings, part, unzipDocx } from './docx-reading.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';

const sv = documentWords('sv');

const committedTemplate = resolve(import.meta.dirname, '../../../../resources/word/MOA-standard.dotx');
const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** The example plan; a draft lists what is missing as a bulleted list. */
function handlingsplanInput(draft = false): HandlingsplanInput {
  const example = exampleWorkbook();
  const plan = example.actionPlans[0];
  const goalArea = example.goalAreas[0];
  if (!plan || !goalArea) throw new Error('the example workbook has a plan and a goal area');
  const content = { plan, strategies: example.strategies, tactics: example.tactics, activities: example.activities };
  return { content, goalArea, contacts: example.contacts, ownerName: 'Anna Lindqvist', today: '2026-11-27', draft, completeness: planCompleteness(content, ['sammanfattning', 'risker']) };
}

/** The four documents, drafts with their lists of what is missing, with the default styles or with the given ones, in Swedish unless told. */
function allDocuments(referenceStyles?: string, words: DocumentWords = documentWords('sv')): [string, Document][] {
  const example = exampleWorkbook();
  const goalArea = example.goalAreas[0] ?? null;
  const project = newProject({ id: 'p-1', goalAreaId: goalArea?.id ?? '', title: 'Företagsakuten', startDate: '2026-01-01', endDate: '2027-12-31', now: '2026-11-27T08:00:00.000Z' });
  return [
    ['handlingsplan', buildHandlingsplan(handlingsplanInput(true), words, referenceStyles)],
    ['aktivitetsplan', buildAktivitetsplan(aktivitetsplanInput(), words, referenceStyles)],
    [
      'projektplan',
      buildProjektplan({ project, goalArea, contacts: example.contacts, strategies: example.strategies, tactics: example.tactics, ownerName: 'Anna Lindqvist', today: '2026-11-27', draft: true, completeness: projectCompleteness(project, requiredProjectSectionKeys) }, words, referenceStyles),
    ],
    ['tidrapport', buildTidrapport(tidrapportInput(), words, referenceStyles)],
  ];
}

function zip(files: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data])), { level: 9 });
}

function withPart(docx: Uint8Array, name: string, content: string): Uint8Array {
  return zipSync({ ...unzipSync(docx), [name]: strToU8(content) });
}

interface Style {
  id: string;
  type: string;
  name: string;
  xml: string;
}

function styles(stylesXml: string): Style[] {
  return [...stylesXml.matchAll(/<w:style [^>]*?(?:\/>|>[\s\S]*?<\/w:style>)/g)].map(([xml]) => ({
    xml,
    id: /w:styleId="([^"]*)"/.exec(xml)?.[1] ?? '',
    type: /w:type="([^"]*)"/.exec(xml)?.[1] ?? 'paragraph',
    name: (/<w:name w:val="([^"]*)"/.exec(xml)?.[1] ?? '').toLowerCase(),
  }));
}

function style(stylesXml: string, id: string): Style {
  const found = styles(stylesXml).filter((s) => s.id === id);
  if (found.length !== 1) throw new Error(`${found.length} styles with the id ${id}`);
  return found[0] as Style;
}

function duplicates(values: string[]): string[] {
  return values.filter((v, i) => values.indexOf(v) !== i);
}

/** Every style id a packed document's parts refer to (styles.xml itself aside). */
function usedStyleIds(docx: Uint8Array): Set<string> {
  const used = new Set<string>();
  for (const [name, xml] of unzipDocx(docx)) {
    if (name === 'word/styles.xml' || !name.endsWith('.xml')) continue;
    for (const m of xml.matchAll(/<w:(?:pStyle|rStyle|tblStyle) w:val="([^"]+)"/g)) used.add(m[1] ?? '');
  }
  return used;
}

/** A reference made with docx: Garamond 12 pt body, Georgia headings in dark red, a style of the secretariat's own. */
function docxReference(): Promise<Uint8Array> {
  return packDocx(
    new Document({
      styles: {
        default: {
          document: { run: { font: 'Garamond', size: 24 } },
          heading1: { run: { font: 'Georgia', color: '8B0000', size: 40, bold: true } },
        },
        paragraphStyles: [{ id: 'Kanslicitat', name: 'Kansliets citat', basedOn: 'Normal', run: { italics: true, color: '5A5A5A' } }],
      },
      sections: [{ children: [new Paragraph({ heading: HeadingLevel.HEADING_1, text: 'Kansliets rubrik' })] }],
    }),
  );
}

/**
 * word/styles.xml as Swedish Word saves it: built-in styles under Swedish ids (`Rubrik1` for "heading 1"),
 * theme fonts and colours, a numbered heading, an English default language, no Heading 3 or TOC styles.
 */
const swedishWordStyles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ${w} xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14">
  <!-- <w:style w:type="paragraph" w:styleId="Bortkommenterad"><w:name w:val="heading 3"/></w:style> -->
  <w:docDefaults>
    <w:rPrDefault><w:rPr><w:rFonts w:asciiTheme="minorHAnsi" w:eastAsiaTheme="minorHAnsi" w:hAnsiTheme="minorHAnsi" w:cstheme="minorBidi"/><w:kern w:val="2"/><w:sz w:val="24"/><w:szCs w:val="24"/><w:lang w:val="en-US" w:eastAsia="en-US" w:bidi="ar-SA"/></w:rPr></w:rPrDefault>
    <w:pPrDefault><w:pPr><w:spacing w:after="160" w:line="278" w:lineRule="auto"/></w:pPr></w:pPrDefault>
  </w:docDefaults>
  <w:latentStyles w:defLockedState="0" w:defUIPriority="99" w:defSemiHidden="0" w:defUnhideWhenUsed="0" w:defQFormat="0" w:count="376"><w:lsdException w:name="Normal" w:uiPriority="0" w:qFormat="1"/><w:lsdException w:name="heading 1" w:uiPriority="9" w:qFormat="1"/></w:latentStyles>
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:link w:val="Rubrik1Char"/><w:uiPriority w:val="9"/><w:qFormat/>
    <w:pPr><w:keepNext/><w:keepLines/><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr><w:spacing w:before="360" w:after="80"/><w:outlineLvl w:val="0"/></w:pPr>
    <w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:eastAsiaTheme="majorEastAsia" w:hAnsiTheme="majorHAnsi" w:cstheme="majorBidi"/><w:color w:val="8B0000" w:themeColor="accent2" w:themeShade="BF"/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Rubrik1"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:unhideWhenUsed/><w:qFormat/><w:rPr><w:sz w:val="32"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik"><w:name w:val="Title"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:pBdr><w:bottom w:val="single" w:sz="8" w:space="4" w:color="8B0000" w:themeColor="accent2"/></w:pBdr></w:pPr><w:rPr><w:rFonts w:asciiTheme="majorHAnsi" w:hAnsiTheme="majorHAnsi"/><w:sz w:val="56"/></w:rPr></w:style>
  <w:style w:type="character" w:default="1" w:styleId="Standardstycketeckensnitt"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>
  <w:style w:type="table" w:default="1" w:styleId="Normaltabell"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>
  <w:style w:type="character" w:customStyle="1" w:styleId="Rubrik1Char"><w:name w:val="Rubrik 1 Char"/><w:basedOn w:val="Standardstycketeckensnitt"/><w:link w:val="Rubrik1"/><w:uiPriority w:val="9"/><w:rPr><w:color w:val="8B0000" w:themeColor="accent2" w:themeShade="BF"/><w:sz w:val="40"/></w:rPr></w:style>
  <w:style w:type="paragraph" w:customStyle="1" w:styleId="FrgorSvar"><w:name w:val="Frågor &amp; svar &lt;kansliet&gt;"/><w:basedOn w:val="Normal"/><w:pPr><w:shd w:val="clear" w:color="auto" w:fill="F2DCDB" w:themeFill="accent2" w:themeFillTint="33"/></w:pPr></w:style>
</w:styles>`;

/** A Word document with those styles and a theme whose headings are Georgia and body text Garamond. */
async function swedishWordReference(): Promise<Uint8Array> {
  const themed = await packDocx(new Document({ theme: { fonts: { headings: 'Georgia', body: 'Garamond' } }, sections: [{ children: [new Paragraph({ text: 'Kansliets mall' })] }] }));
  return withPart(themed, 'word/styles.xml', swedishWordStyles);
}

function expectRead(bytes: Uint8Array): string {
  const result = referenceStylesFromDocx(bytes);
  if (!result.ok) throw new Error(`refused: ${result.message}`);
  return result.stylesXml;
}

function expectRefused(bytes: Uint8Array, message: string): void {
  expect(referenceStylesFromDocx(bytes)).toEqual({ ok: false, message });
}

describe('the default styles', () => {
  it('are what every builder writes when no reference document is given', async () => {
    const fallback = await defaultStylesXml();
    for (const [name, doc] of allDocuments()) expect(part(unzipDocx(await packDocx(doc)), 'word/styles.xml'), name).toBe(fallback);
  });

  it('hold every style the builders use, and builderStyleIds names every style the documents refer to', async () => {
    const fallbackIds = new Set(styles(await defaultStylesXml()).map((s) => s.id));
    for (const id of builderStyleIds) expect(fallbackIds.has(id), id).toBe(true);
    for (const [name, doc] of allDocuments()) for (const id of usedStyleIds(await packDocx(doc))) expect(builderStyleIds, `${name} uses ${id}`).toContain(id);
  });
});

describe('resources/word/MOA-standard.dotx', () => {
  it('has exactly the builders’ default styles (regenerate it with node scripts/write-default-reference.mjs)', async () => {
    const committed = new Uint8Array(await readFile(committedTemplate));
    const files = unzipSync(committed);
    expect(strFromU8(files['word/styles.xml'] ?? new Uint8Array())).toBe(await defaultStylesXml());
    expect(strFromU8(unzipSync(await defaultReferenceTemplate())['word/styles.xml'] ?? new Uint8Array())).toBe(await defaultStylesXml());
  });

  it('is a Word template (.dotx) that passes the Open XML validator', { timeout: validationTimeout }, async () => {
    const committed = new Uint8Array(await readFile(committedTemplate));
    const contentTypes = strFromU8(unzipSync(committed)['[Content_Types].xml'] ?? new Uint8Array());
    expect(contentTypes).toContain('PartName="/word/document.xml"');
    expect(contentTypes).toContain('application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml');
    expect(contentTypes).not.toContain('wordprocessingml.document.main+xml');
    expect(await validateDocx(committed)).toEqual({ ok: true, errors: [] });
  });

  it('used as the reference document, gives an export the same styles as no reference at all', async () => {
    const reference = expectRead(new Uint8Array(await readFile(committedTemplate)));
    const withReference = part(unzipDocx(await packDocx(buildHandlingsplan(handlingsplanInput(), sv, await referenceStylesForExport(reference)))), 'word/styles.xml');
    const without = part(unzipDocx(await packDocx(buildHandlingsplan(handlingsplanInput(), sv, undefined))), 'word/styles.xml');
    // The one difference: a theme colour is written out as the colour it is (docx's Caption: dark2 = 44546A).
    const byId = (xml: string) => new Map(styles(xml).map((s) => [s.id, s.xml.replace(/ w:themeColor="[^"]*"/g, '')]));
    expect(byId(withReference)).toEqual(byId(without));
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(withReference)?.[0]).toBe(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(without)?.[0]);
  });
});

describe('an export with a reference document made with docx', () => {
  it('takes the reference’s styles, keeps its own style, fills in nothing it has, and passes the validator', { timeout: validationTimeout }, async () => {
    const reference = expectRead(await docxReference());
    const bytes = await packDocx(buildHandlingsplan(handlingsplanInput(), sv, await referenceStylesForExport(reference)));
    const stylesXml = part(unzipDocx(bytes), 'word/styles.xml');

    const heading1 = style(stylesXml, 'Heading1').xml;
    expect(heading1).toContain('w:ascii="Georgia"');
    expect(heading1).toContain('<w:color w:val="8B0000"/>');
    expect(heading1).toContain('<w:sz w:val="40"/>');
    // The reference's Heading 2 is docx's own (2E74B5), and it wins over the default set's dark blue.
    expect(style(stylesXml, 'Heading2').xml).toContain('<w:color w:val="2E74B5"/>');
    expect(style(stylesXml, 'Kanslicitat').name).toBe('kansliets citat');
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(stylesXml)?.[0]).toContain('w:ascii="Garamond"');
    expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(stylesXml)?.[0]).toContain('<w:lang w:val="sv-SE"/>');
    for (const id of builderStyleIds) expect(style(stylesXml, id).id).toBe(id);
    expect(duplicates(styles(stylesXml).map((s) => s.name))).toEqual([]);
    expect(headings(part(unzipDocx(bytes), 'word/document.xml')).slice(0, 2)).toEqual([
      ['Title', 'Handlingsplan Innovationer och entreprenörskap 2026–2028'],
      ['Heading1', 'Sammanfattning'],
    ]);
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  });
});

describe('an export with a reference document saved by Swedish Word', () => {
  it('finds the Swedish-named headings, writes out the theme, drops list numbering and fills in the missing styles', { timeout: validationTimeout }, async () => {
    const reference = expectRead(await swedishWordReference());
    const bytes = await packDocx(buildHandlingsplan(handlingsplanInput(), sv, await referenceStylesForExport(reference)));
    const stylesXml = part(unzipDocx(bytes), 'word/styles.xml');
    const all = styles(stylesXml);

    const heading1 = style(stylesXml, 'Heading1');
    expect(heading1.name).toBe('heading 1');
    expect(heading1.xml).toContain('w:ascii="Georgia"');
    expect(heading1.xml).toContain('w:hAnsi="Georgia"');
    expect(heading1.xml).toContain('<w:color w:val="8B0000"/>');
    expect(heading1.xml).toContain('<w:link w:val="Rubrik1Char"/>');
    expect(style(stylesXml, 'Heading2').xml).toContain('<w:basedOn w:val="Heading1"/>');
    expect(style(stylesXml, 'Title').xml).toContain('w:ascii="Georgia"');
    expect(style(stylesXml, 'Rubrik1Char').xml).toContain('<w:link w:val="Heading1"/>');
    expect(style(stylesXml, 'FrgorSvar').xml).toContain('w:fill="F2DCDB"');
    expect(all.map((s) => s.id)).not.toContain('Rubrik1');
    // Theme fonts the theme names and every theme colour of the reference are written out; East Asian and complex-script fonts it leaves to Word.
    expect(stylesXml).not.toMatch(/w:(asciiTheme|hAnsiTheme)=|w:theme(Shade|Tint|Fill|FillTint)=|w:themeColor="accent2"/);
    expect(stylesXml).not.toContain('<w:numPr');
    // Body text in the theme's body font, in Swedish.
    const docDefaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(stylesXml)?.[0] ?? '';
    expect(docDefaults).toContain('w:ascii="Garamond"');
    expect(docDefaults).toContain('w:val="sv-SE"');
    expect(stylesXml).not.toContain('w:val="en-US"');
    // What the reference lacks comes from the default set.
    expect(style(stylesXml, 'Heading3').xml).toContain('<w:color w:val="2F5496"/>');
    for (const id of builderStyleIds) expect(style(stylesXml, id).id).toBe(id);
    expect(duplicates(all.map((s) => s.id))).toEqual([]);
    expect(duplicates(all.map((s) => s.name))).toEqual([]);
    expect(all.filter((s) => s.type === 'table' && /w:default="(1|true)"/.test(s.xml)).map((s) => s.name)).toEqual(['normal table']);
    expect(all.filter((s) => s.type === 'paragraph' && /w:default="(1|true)"/.test(s.xml)).map((s) => s.id)).toEqual(['Normal']);
    expect(await validateDocx(bytes)).toEqual({ ok: true, errors: [] });
  });

  it('works for every builder', { timeout: 4 * validationTimeout }, async () => {
    const referenceStyles = await referenceStylesForExport(expectRead(await swedishWordReference()));
    for (const [name, doc] of allDocuments(referenceStyles)) {
      const bytes = await packDocx(doc);
      expect(style(part(unzipDocx(bytes), 'word/styles.xml'), 'Heading1').xml, name).toContain('w:ascii="Georgia"');
      expect(await validateDocx(bytes), name).toEqual({ ok: true, errors: [] });
    }
  });

  it('gives an English document English on every style that names a language', { timeout: 4 * validationTimeout }, async () => {
    const referenceStyles = await referenceStylesForExport(expectRead(await swedishWordReference()));
    for (const [name, doc] of allDocuments(referenceStyles, documentWords('en'))) {
      const bytes = await packDocx(doc);
      const stylesXml = part(unzipDocx(bytes), 'word/styles.xml');
      expect(style(stylesXml, 'Heading1').xml, name).toContain('w:ascii="Georgia"');
      expect(/<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(stylesXml)?.[0], name).toContain('w:val="en-GB"');
      expect(stylesXml, name).not.toContain('sv-SE');
      expect(await validateDocx(bytes), name).toEqual({ ok: true, errors: [] });
    }
  });
});

describe('mergeReferenceStyles', () => {
  const fallback = `<?xml version="1.0"?><w:styles ${w}><w:docDefaults><w:rPrDefault><w:rPr><w:lang w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults><w:style w:type="paragraph" w:styleId="Normal" w:default="1"><w:name w:val="Normal"/></w:style><w:style w:type="table" w:styleId="TableNormal" w:default="true"><w:name w:val="Normal Table"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading4"><w:name w:val="Heading 4"/></w:style></w:styles>`;
  const reference = (body: string, defaults = '') => `<w:styles ${w}>${defaults}${body}</w:styles>`;

  it('appends only the builder styles the reference lacks, with what they are based on', () => {
    const merged = mergeReferenceStyles(reference('<w:style w:type="paragraph" w:styleId="Egen"><w:name w:val="Egen"/></w:style>'), fallback);
    expect(styles(merged).map((s) => s.id)).toEqual(['Egen', 'Normal', 'TableNormal', 'Heading1']);
  });

  it('keeps a reference style under the builders’ id as it is, and drops a default flag the reference already has', () => {
    const own = '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="Heading 1"/><w:rPr><w:b/></w:rPr></w:style>';
    const table = '<w:style w:type="table" w:default="1" w:styleId="Egen"><w:name w:val="Egen tabell"/></w:style>';
    const merged = mergeReferenceStyles(reference(own + table), fallback);
    expect(style(merged, 'Heading1').xml).toBe(own);
    expect(style(merged, 'TableNormal').xml).not.toContain('w:default');
    expect(style(merged, 'Normal').xml).toContain('w:default="1"');
  });

  it('gives Swedish Word’s ids the builders’ ids, in every reference to them', () => {
    const merged = mergeReferenceStyles(
      reference('<w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:next w:val=\'Rubrik1\'/></w:style><w:style w:type="character" w:styleId="Rubrik1Char"><w:name w:val="Rubrik 1 Char"/><w:link w:val="Rubrik1"/></w:style>'),
      fallback,
    );
    expect(style(merged, 'Heading1').xml).toBe('<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:next w:val="Heading1"/></w:style>');
    expect(style(merged, 'Rubrik1Char').xml).toContain('<w:link w:val="Heading1"/>');
  });

  it('does not rename a style of another type with a built-in name', () => {
    const merged = mergeReferenceStyles(reference('<w:style w:type="character" w:styleId="R1"><w:name w:val="heading 1"/></w:style>'), fallback);
    expect(styles(merged).map((s) => s.id)).toEqual(['R1', 'Normal', 'TableNormal', 'Heading1']);
  });

  it('writes Swedish into document defaults of every shape', () => {
    const defaultsOf = (defaults: string) => /<w:docDefaults[\s\S]*<\/w:docDefaults>/.exec(mergeReferenceStyles(reference('', defaults), fallback))?.[0];
    const swedish = '<w:lang w:val="sv-SE"/>';
    expect(defaultsOf('')).toBe(`<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault></w:docDefaults>`);
    expect(defaultsOf('<w:docDefaults/>')).toBe(`<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault></w:docDefaults>`);
    expect(defaultsOf('<w:docDefaults><w:pPrDefault/></w:docDefaults>')).toBe(`<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault><w:pPrDefault/></w:docDefaults>`);
    expect(defaultsOf('<w:docDefaults><w:rPrDefault/></w:docDefaults>')).toBe(`<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault></w:docDefaults>`);
    expect(defaultsOf('<w:docDefaults><w:rPrDefault><w:rPr/></w:rPrDefault></w:docDefaults>')).toBe(`<w:docDefaults><w:rPrDefault><w:rPr>${swedish}</w:rPr></w:rPrDefault></w:docDefaults>`);
    expect(defaultsOf('<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/><w:eastAsianLayout w:vert="1"/></w:rPr></w:rPrDefault></w:docDefaults>')).toBe(
      `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="24"/>${swedish}<w:eastAsianLayout w:vert="1"/></w:rPr></w:rPrDefault></w:docDefaults>`,
    );
    expect(defaultsOf('<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:eastAsia="ja-JP"/></w:rPr></w:rPrDefault></w:docDefaults>')).toBe(
      '<w:docDefaults><w:rPrDefault><w:rPr><w:lang w:eastAsia="ja-JP" w:val="sv-SE"/></w:rPr></w:rPrDefault></w:docDefaults>',
    );
  });

  it('gives the fallback for something that is not a styles part, and merges a merged result to itself', () => {
    expect(mergeReferenceStyles('<w:document/>', fallback)).toBe(fallback);
    expect(mergeReferenceStyles(`<w:styles ${w}><w:style w:styleId="Egen">`, fallback)).toBe(fallback);
    expect(mergeReferenceStyles('', fallback)).toBe(fallback);
    const once = mergeReferenceStyles(swedishWordStyles, fallback);
    expect(mergeReferenceStyles(once, fallback)).toBe(once);
  });

  it('keeps an empty, self-closed styles part well-formed', () => {
    const merged = mergeReferenceStyles(`<w:styles ${w}/>`, fallback);
    expect(merged).toMatch(/^<w:styles [^>]*><w:docDefaults>[\s\S]*<\/w:docDefaults><w:style [\s\S]*<\/w:styles>$/);
    expect(styles(merged).map((s) => s.id)).toEqual(['Normal', 'TableNormal', 'Heading1']);
  });
});

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) out.set(c, (at += c.length) - c.length);
  return out;
}

/**
 * A deflate stream of `megabytes` MB of spaces, about 1 KB per MB, without compressing them all: after a sync flush
 * the deflated second megabyte only refers back to spaces, so it can be repeated.
 */
function deflatedSpaces(megabytes: number): Uint8Array {
  const chunks: Uint8Array[] = [];
  const deflate = new Deflate({ level: 9 }, (chunk) => chunks.push(chunk));
  const megabyte = new Uint8Array(1024 * 1024).fill(0x20);
  deflate.push(megabyte);
  deflate.flush(true);
  const first = concat(chunks.splice(0));
  deflate.push(megabyte);
  deflate.flush(true);
  const next = concat(chunks.splice(0));
  deflate.push(new Uint8Array(0), true);
  return concat([first, ...Array.from({ length: megabytes - 1 }, () => next), ...chunks]);
}

function crc32(data: Uint8Array): number {
  let crc = ~0;
  for (const byte of data) {
    crc ^= byte;
    for (let k = 0; k < 8; k += 1) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

interface RawEntry {
  name: string;
  /** The entry's data, deflated already. */
  deflated: Uint8Array;
  /** The size to declare, true or not. */
  size: number;
  crc: number;
  /** Sizes and CRC after the data instead of in the local header, as LibreOffice writes them. */
  descriptor?: boolean;
}

function deflatedEntry(name: string, text: string, descriptor = false): RawEntry {
  const data = strToU8(text);
  return { name, deflated: deflateSync(data), size: data.length, crc: crc32(data), descriptor };
}

/** A zip written byte by byte, for what fflate's zipSync would not write: data deflated elsewhere, lying sizes, data descriptors. */
function handMadeZip(entries: readonly RawEntry[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const central: Uint8Array[] = [];
  let offset = 0;
  const record = (length: number, fill: (view: DataView) => void, name?: Uint8Array): Uint8Array => {
    const bytes = new Uint8Array(length + (name?.length ?? 0));
    fill(new DataView(bytes.buffer));
    if (name) bytes.set(name, length);
    return bytes;
  };
  for (const entry of entries) {
    const name = strToU8(entry.name);
    const flags = entry.descriptor ? 0x0808 : 0x0800;
    const local = record(
      30,
      (v) => {
        v.setUint32(0, 0x04034b50, true);
        v.setUint16(4, 20, true);
        v.setUint16(6, flags, true);
        v.setUint16(8, 8, true);
        v.setUint32(14, entry.descriptor ? 0 : entry.crc, true);
        v.setUint32(18, entry.descriptor ? 0 : entry.deflated.length, true);
        v.setUint32(22, entry.descriptor ? 0 : entry.size, true);
        v.setUint16(26, name.length, true);
      },
      name,
    );
    const descriptor = entry.descriptor
      ? [
          record(16, (v) => {
            v.setUint32(0, 0x08074b50, true);
            v.setUint32(4, entry.crc, true);
            v.setUint32(8, entry.deflated.length, true);
            v.setUint32(12, entry.size, true);
          }),
        ]
      : [];
    central.push(
      record(
        46,
        (v) => {
          v.setUint32(0, 0x02014b50, true);
          v.setUint16(4, 20, true);
          v.setUint16(6, 20, true);
          v.setUint16(8, flags, true);
          v.setUint16(10, 8, true);
          v.setUint32(16, entry.crc, true);
          v.setUint32(20, entry.deflated.length, true);
          v.setUint32(24, entry.size, true);
          v.setUint16(28, name.length, true);
          v.setUint32(42, offset, true);
        },
        name,
      ),
    );
    for (const part of [local, entry.deflated, ...descriptor]) {
      parts.push(part);
      offset += part.length;
    }
  }
  const centralSize = central.reduce((n, c) => n + c.length, 0);
  const end = record(22, (v) => {
    v.setUint32(0, 0x06054b50, true);
    v.setUint16(8, entries.length, true);
    v.setUint16(10, entries.length, true);
    v.setUint32(12, centralSize, true);
    v.setUint32(16, offset, true);
  });
  return concat([...parts, ...central, end]);
}

describe('referenceStylesFromDocx with hostile or wrong files', () => {
  const minimalStyles = `<w:styles ${w}><w:style w:type="paragraph" w:styleId="Normal"><w:name w:val="Normal"/></w:style></w:styles>`;

  it('reads a .dotx and a minimal package holding only the styles', async () => {
    expect(expectRead(new Uint8Array(await readFile(committedTemplate)))).toContain('w:styleId="Heading1"');
    expect(expectRead(zip({ 'word/styles.xml': minimalStyles }))).toBe(minimalStyles);
  });

  it('reads a package written with data descriptors, as LibreOffice writes them, and entries named in other case', () => {
    const entries = [deflatedEntry('word/document.xml', `<w:document ${w}/>`, true), deflatedEntry('Word/Styles.xml', swedishWordStyles, true)];
    const bytes = handMadeZip(entries);
    expect((bytes[6] ?? 0) & 0x08).toBe(0x08); // the general-purpose flag: sizes in a data descriptor
    expect(expectRead(bytes)).toBe(expectRead(zip({ 'word/styles.xml': swedishWordStyles })));
  });

  it('refuses what is not a Word document', () => {
    expectRefused(new Uint8Array(), referenceStylesMessages.notWord);
    expectRefused(strToU8('Det här är en textfil, inte ett Word-dokument.'), referenceStylesMessages.notWord);
    expectRefused(strToU8('%PDF-1.7\n'), referenceStylesMessages.notWord);
    expectRefused(zip({ 'xl/workbook.xml': '<workbook/>', '[Content_Types].xml': '<Types/>' }), referenceStylesMessages.notWord);
  });

  it('refuses an old .doc or a password-protected file with a way forward', () => {
    expectRefused(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]), referenceStylesMessages.oldOrProtected);
  });

  it('refuses a Word document without styles', () => {
    expectRefused(zip({ 'word/document.xml': `<w:document ${w}/>` }), referenceStylesMessages.noStyles);
  });

  it('refuses a file over 20 MB unread', () => {
    expectRefused(new Uint8Array(maxReferenceFileBytes + 1), referenceStylesMessages.tooLarge);
  });

  it('stops inflating a tiny file whose styles would grow past 5 MB', () => {
    const bomb = zip({ 'word/document.xml': `<w:document ${w}/>`, 'word/styles.xml': `<w:styles ${w}>${' '.repeat(6 * 1024 * 1024)}</w:styles>` });
    expect(bomb.length).toBeLessThan(64 * 1024);
    expectRefused(bomb, referenceStylesMessages.stylesTooLarge);
  });

  it('stops inflating a zip bomb of 4 GB that lies about its size', () => {
    const bomb = handMadeZip([{ name: 'word/styles.xml', deflated: deflatedSpaces(4096), size: 1000, crc: 0 }]);
    expect(bomb.length).toBeLessThan(5 * 1024 * 1024);
    expectRefused(bomb, referenceStylesMessages.stylesTooLarge);
  });

  it('refuses a theme that would grow past 5 MB', () => {
    expectRefused(zip({ 'word/styles.xml': minimalStyles, 'word/theme/theme1.xml': ' '.repeat(6 * 1024 * 1024) }), referenceStylesMessages.themeTooLarge);
  });

  it('refuses a truncated file', async () => {
    const docx = await docxReference();
    for (const length of [10, 100, Math.floor(docx.length / 2), docx.length - 30]) expectRefused(docx.subarray(0, length), referenceStylesMessages.damaged);
  });

  it('refuses styles it cannot read: broken XML, another root, UTF-16, Strict Open XML', () => {
    expectRefused(zip({ 'word/styles.xml': `<w:styles ${w}><w:style>` }), referenceStylesMessages.unreadableStyles);
    expectRefused(zip({ 'word/styles.xml': `<w:styles ${w}><w:style w:styleId="a&b"/></w:styles>` }), referenceStylesMessages.unreadableStyles);
    expectRefused(zip({ 'word/styles.xml': `<w:document ${w}/>` }), referenceStylesMessages.unreadableStyles);
    expectRefused(zip({ 'word/styles.xml': '<w:styles xmlns:w="urn:något-annat"/>' }), referenceStylesMessages.unreadableStyles);
    expectRefused(zip({ 'word/styles.xml': new Uint8Array([0xff, 0xfe, 0x3c, 0x00]) }), referenceStylesMessages.unreadableStyles);
    expectRefused(zip({ 'word/styles.xml': '<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"/>' }), referenceStylesMessages.strict);
  });

  it('refuses styles whose compressed data is corrupt', async () => {
    const docx = await docxReference();
    const files = unzipSync(docx);
    const styles = files['word/styles.xml'] ?? new Uint8Array();
    const broken = handMadeZip([{ name: 'word/styles.xml', deflated: new Uint8Array([0xff, 0xff, 0xff, 0xff, ...styles.subarray(0, 100)]), size: styles.length, crc: crc32(styles) }]);
    expectRefused(broken, referenceStylesMessages.unreadableStyles);
  });

  it('never throws, whatever bytes of a reference document are changed, and what it accepts exports', { timeout: 120_000 }, async () => {
    const docx = await swedishWordReference();
    const fallback = await defaultStylesXml();
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat({ max: docx.length - 1 }), fc.integer({ min: 0, max: 255 })), { minLength: 1, maxLength: 8 }), (changes) => {
        const changed = docx.slice();
        for (const [at, value] of changes) changed[at] = value;
        const result = referenceStylesFromDocx(changed);
        if (result.ok) buildHandlingsplan(handlingsplanInput(), sv, mergeReferenceStyles(result.stylesXml, fallback));
        else expect(Object.values(referenceStylesMessages)).toContain(result.message);
      }),
      { numRuns: 100 },
    );
  });
});
