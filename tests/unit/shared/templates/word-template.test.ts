/**
 * Word templates: a .docx whose headings define the plan's sections becomes
 * a template, with the text under each heading as guidance and the document
 * kept as the reference document for the export's styles.
 */
import { Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import { templateProblemText } from '#shared/templates/problems.ts';
import { readWordDocument, templateFromWordDocument, templateFromWordRead, sectionKeyFromTitle, type WordTemplateOptions } from '#shared/templates/word-template.ts';
import { secretariatTemplate, secretariatWordTemplate } from '../../../fixtures/secretariat-word-template.ts';
import { guessHeadingChoices, type HeadingChoice } from '#shared/templates/word-headings.ts';
import { coreTitle, decodeXmlEntities, headingLevel, runIsItalic, wordParagraphs, wordStyleSheet, wordStyles } from '#shared/templates/word-xml.ts';
import { fixture, problemsOf } from './helpers.ts';

const options: WordTemplateOptions = {
  id: 'kansliets-mall',
  name: 'Kansliets mall 2027',
  issuer: 'RUS-kansliet',
  validFrom: '2027-01-01',
  validTo: '2027-12-31',
  fileName: 'kansliets-mall.docx',
};

async function docxOf(children: Paragraph[]): Promise<Uint8Array> {
  return new Uint8Array(await Packer.toArrayBuffer(new Document({ sections: [{ children }] })));
}

const h1 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_1 });
const h2 = (text: string) => new Paragraph({ text, heading: HeadingLevel.HEADING_2 });
const body = (text: string) => new Paragraph({ children: [new TextRun(text)] });

const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';

/** A .docx written by hand, as Swedish Word writes it: style ids Rubrik1/Rubrik2 named "heading 1/2" in styles.xml. */
function handMadeDocx(bodyXml: string, stylesXml: string | null): Uint8Array {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:document ${w} xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"><w:body>${bodyXml}</w:body></w:document>`),
  };
  if (stylesXml !== null) files['word/styles.xml'] = strToU8(`<w:styles ${w}>${stylesXml}</w:styles>`);
  return zipSync(files);
}

const swedishStyles = `
  <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr></w:style>
  <w:style w:type="paragraph" w:styleId="Rubrik2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/></w:style>
  <w:style w:type="paragraph" w:styleId="Kapitel"><w:name w:val="Kapitel"/><w:basedOn w:val="Rubrik1"/></w:style>
  <w:style w:type="paragraph" w:styleId="Innehllsfrteckningsrubrik"><w:name w:val="TOC Heading"/><w:basedOn w:val="Rubrik1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>
  <w:style w:type="character" w:styleId="Rubrik1Char"><w:name w:val="Rubrik 1 Char"/></w:style>`;

const p = (style: string, runs: string) => `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs></w:pPr>${runs}</w:p>`;
const r = (text: string) => `<w:r><w:t xml:space="preserve">${text}</w:t></w:r>`;

describe('a Word document made with the docx library', () => {
  test('Heading 1 paragraphs become sections and the text under them their guidance', async () => {
    const bytes = await docxOf([
      new Paragraph({ text: 'Handlingsplan 2027', heading: HeadingLevel.TITLE }),
      body('Mallen för handlingsplaner 2027.'),
      h1('Sammanfattning'),
      body('Beskriv planen kort.'),
      body('Skriv den sist.'),
      h1('Nuläge och omvärld'),
      body('Hur ser det ut i dag?'),
      h2('Omvärld'),
      body('Vad händer utanför regionen?'),
      h1('Strategier'),
      h2('Varför?'),
      body('Vilket problem möter strategin?'),
      h2('Hur?'),
      body('Med vilka metoder?'),
      h1('Behov av stöd'),
      body('Vilket stöd behövs?'),
      h1('Egna frågor'),
      new Paragraph({ text: 'Första frågan', bullet: { level: 0 } }),
      new Paragraph({ text: 'Andra frågan', bullet: { level: 0 } }),
    ]);
    const result = templateFromWordDocument(bytes, options);
    if (!result.ok) throw new Error(result.problems.map(templateProblemText).join('\n'));
    const { template, referenceDocument } = result;

    expect(template.actionPlan.sections).toEqual([
      { key: 'sammanfattning', title: 'Sammanfattning', guidance: 'Beskriv planen kort.\n\nSkriv den sist.', required: true, kind: 'freeText' },
      { key: 'nulage', title: 'Nuläge och omvärld', guidance: 'Hur ser det ut i dag?\n\nOmvärld\n\nVad händer utanför regionen?', required: true, kind: 'freeText' },
      // Known to the base template by its key: keeps its kind, and its guidance since the document has none of its own.
      { key: 'strategier', title: 'Strategier', guidance: defaultTemplate.actionPlan.sections.find((s) => s.key === 'strategier')?.guidance, required: true, kind: 'strategyTree' },
      // The base template's support section, under the document's title: plans keep their support text.
      { key: 'stod', title: 'Behov av stöd', guidance: 'Vilket stöd behövs?', required: false, kind: 'support' },
      { key: 'egna-fragor', title: 'Egna frågor', guidance: '– Första frågan\n\n– Andra frågan', required: true, kind: 'freeText' },
    ]);
    expect(template.strategyGuidance).toEqual({ ...defaultTemplate.strategyGuidance, why: 'Vilket problem möter strategin?', how: 'Med vilka metoder?' });
    expect(template.description).toBe('Mallen för handlingsplaner 2027.');
    expect(template).toMatchObject({ id: 'kansliets-mall', name: 'Kansliets mall 2027', version: 1, issuer: 'RUS-kansliet', validFrom: '2027-01-01', validTo: '2027-12-31' });
    // What the document does not define comes from the base template.
    expect(template.projectPlan).toEqual(defaultTemplate.projectPlan);
    expect(template.goalAreas).toEqual(defaultTemplate.goalAreas);
    expect(referenceDocument).toEqual({ fileName: 'kansliets-mall.docx', bytes });
  });

  test('the headings can define the projektplan instead', async () => {
    const bytes = await docxOf([h1('Bakgrund och problem'), body('Varför behövs projektet?'), h1('Budget'), body('Kostnader per år.')]);
    const result = templateFromWordDocument(bytes, { ...options, document: 'projectPlan' });
    if (!result.ok) throw new Error(result.problems.map(templateProblemText).join('\n'));
    expect(result.template.projectPlan.sections.map((s) => [s.key, s.kind, s.guidance])).toEqual([
      ['bakgrund', 'freeText', 'Varför behövs projektet?'],
      ['budget', 'budget', 'Kostnader per år.'],
    ]);
    expect(result.template.actionPlan).toEqual(defaultTemplate.actionPlan);
  });

  test('a document with only Heading 2 uses them as sections', async () => {
    const result = templateFromWordDocument(await docxOf([h2('Första'), body('Text ett.'), h2('Andra'), body('Text två.')]), options);
    if (!result.ok) throw new Error('refused');
    expect(result.template.actionPlan.sections.map((s) => [s.title, s.guidance])).toEqual([
      ['Första', 'Text ett.'],
      ['Andra', 'Text två.'],
    ]);
  });

  test('a document without headings is refused with what to do', async () => {
    const problems = problemsOf(templateFromWordDocument(await docxOf([body('Bara text.')]), options));
    expect(problems[0]).toMatchObject({ code: 'noHeadings' });
    expect(problems[0]?.message).toMatch(/har inga rubriker i formatmallen Rubrik 1 \(Heading 1\).*Formatera sektionernas rubriker med Rubrik 1/);
  });

  test('a heading too long for a section title is reported with its path', async () => {
    const problems = problemsOf(templateFromWordDocument(await docxOf([h1('Sammanfattning'), h1('R'.repeat(250))]), options));
    expect(problems.map(templateProblemText)).toEqual(['handlingsplan.sektioner[2].titel: för lång: högst 200 tecken']);
  });

  test('the template import says a Word document is not a template and where to go instead', async () => {
    const problems = problemsOf(parseTemplateFile(await docxOf([h1('Sammanfattning')]), 'plan.docx'));
    expect(problems[0]).toMatchObject({
      code: 'wordDocument',
      message: 'plan.docx är ett Word-dokument, inte en mall. Använd Importera Word-mall för att göra en mall av dokumentets rubriker.',
    });
  });
});

describe('a Word document as Swedish Word writes it', () => {
  test('style ids Rubrik1/Rubrik2 and styles based on them are headings, the TOC heading is not', () => {
    const bytes = handMadeDocx(
      [
        p('Innehllsfrteckningsrubrik', r('Innehåll')),
        p('Rubrik1', r('Nuläge &amp; omvärld')),
        p('', `${r('Kolumn')}<w:r><w:tab/></w:r>${r('kolumn')}<w:r><w:br/></w:r>${r('ny rad &#229;&#x00E4;')}`),
        p('Kapitel', r('Uppföljning')),
        p('', `<w:r><mc:AlternateContent><mc:Choice Requires="wps">${r('I rutan')}</mc:Choice><mc:Fallback>${r('I rutan')}</mc:Fallback></mc:AlternateContent></w:r>`),
        p('Rubrik2', r('Hur mäts det?')),
        p('', r('Med indikatorer.')),
      ].join(''),
      swedishStyles,
    );
    const result = templateFromWordDocument(bytes, options);
    if (!result.ok) throw new Error(result.problems.map(templateProblemText).join('\n'));
    expect(result.template.actionPlan.sections).toEqual([
      { key: 'nulage-omvarld', title: 'Nuläge & omvärld', guidance: 'Kolumn\tkolumn\nny rad åä', required: true, kind: 'freeText' },
      { key: 'uppfoljning', title: 'Uppföljning', guidance: 'I rutan\n\nHur mäts det?\n\nMed indikatorer.', required: true, kind: 'freeText' },
    ]);
  });

  test('without styles.xml, style ids Heading1 and Rubrik1 still count as headings', () => {
    const bytes = handMadeDocx([p('Heading1', r('Ett')), p('', r('a')), p('Rubrik1', r('Två')), p('', r('b'))].join(''), null);
    const result = templateFromWordDocument(bytes, options);
    if (!result.ok) throw new Error('refused');
    expect(result.template.actionPlan.sections.map((s) => [s.key, s.guidance])).toEqual([
      ['ett', 'a'],
      ['tva', 'b'],
    ]);
  });

  test('a paragraph outline level makes a heading without a heading style', () => {
    const xml = `<w:document ${w}><w:body><w:p><w:pPr><w:outlineLvl w:val="0"/></w:pPr>${r('Egen rubrik')}</w:p><w:p>${r('text')}</w:p></w:body></w:document>`;
    const paragraphs = wordParagraphs(xml);
    expect(paragraphs.map((x) => headingLevel(x, new Map()))).toEqual([1, null]);
  });

  test('another prefix for the WordprocessingML namespace is read too', () => {
    const xml = `<x:document xmlns:x="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><x:body><x:p><x:pPr><x:pStyle x:val="Heading2"/></x:pPr><x:r><x:t>Rubrik</x:t></x:r></x:p></x:body></x:document>`;
    expect(wordParagraphs(xml)).toEqual([{ styleId: 'Heading2', outlineLevel: null, listItem: false, text: 'Rubrik', runs: [{ text: 'Rubrik', italic: null, characterStyle: '' }] }]);
  });

  test('styles are read by id with name, base and outline level; character styles are left out', () => {
    const styles = wordStyles(`<w:styles ${w}>${swedishStyles}</w:styles>`);
    expect(styles.get('Rubrik1')).toEqual({ id: 'Rubrik1', name: 'heading 1', basedOn: 'Normal', outlineLevel: 0, italic: null });
    expect(styles.has('Rubrik1Char')).toBe(false);
  });

  test('entities decode, invalid references become a replacement character, nothing else expands', () => {
    expect(decodeXmlEntities('&lt;&gt;&amp;&quot;&apos;&#65;&#x42;')).toBe('<>&"\'AB');
    expect(decodeXmlEntities('&#xD800;&#1114112;')).toBe('\ufffd\ufffd');
    expect(decodeXmlEntities('&lol; &amp;lt;')).toBe('&lol; &lt;');
  });

  test('section keys come from titles in plain letters', () => {
    expect(sectionKeyFromTitle('Nuläge och omvärld')).toBe('nulage-och-omvarld');
    expect(sectionKeyFromTitle('Åtgärder – 2027!')).toBe('atgarder-2027');
    expect(sectionKeyFromTitle('???')).toBe('sektion');
  });

  test('two headings with the same title get distinct keys', () => {
    const bytes = handMadeDocx([p('Rubrik1', r('Mål')), p('Rubrik1', r('Mål'))].join(''), swedishStyles);
    const result = templateFromWordDocument(bytes, options);
    if (!result.ok) throw new Error('refused');
    expect(result.template.actionPlan.sections.map((s) => s.key)).toEqual(['mal', 'mal-2']);
  });
});

describe('hostile Word documents', () => {
  test.each([
    ['bomb-overlap.zip', /delar samma data, som i en zip-bomb/],
    ['dotdot.zip', /innehåller ".." och pekar utanför paketet/],
    ['truncated.zip', /är avkortad/],
  ])('%s is refused', (name, message) => {
    const problems = problemsOf(templateFromWordDocument(fixture(name), { ...options, fileName: name }));
    expect(problems[0]?.message).toMatch(message);
  });

  test('a document.xml that inflates past its declared size is stopped', () => {
    const problems = problemsOf(templateFromWordDocument(fixture('bomb-lying.docx'), { ...options, fileName: 'bomb-lying.docx' }));
    expect(problems[0]).toMatchObject({ code: 'inflateLimit' });
    expect(problems[0]?.message).toMatch(/^Word-dokumentet bomb-lying.docx: "word\/document.xml" packas upp till mer än de 2 kB som zip-filen anger; uppackningen avbröts/);
  });

  test('a file that is no zip at all is refused', () => {
    const problems = problemsOf(templateFromWordDocument(strToU8('inte ett dokument'), options));
    expect(problems[0]?.message).toBe(
      'kansliets-mall.docx är inget Word-dokument: en .docx-fil är ett zip-paket, och den här filen är inget zip-paket (den kan ha fått fel filändelse eller vara skadad). Öppna filen i Word och spara den som Word-dokument (.docx) eller Word-mall (.dotx), och välj den sedan igen.',
    );
  });
});

describe('a secretariat’s Word template with numbered headings, a title, a period and italic guidance', () => {
  test('the headings become the built-in parts whatever their numbering, and the text its title, period and italics', async () => {
    const read = readWordDocument(await secretariatWordTemplate(), secretariatTemplate.fileName);
    if (!read.ok) throw new Error(read.problems.map(templateProblemText).join('\n'));
    expect(read.read.title).toBe(secretariatTemplate.coreTitle);
    expect(read.read.period).toEqual({ validFrom: secretariatTemplate.validFrom, validTo: secretariatTemplate.validTo });
    expect(read.read.strategy.why).toBe('Vilket problem möter strategin, och vilket *effektmål* bidrar den till?');

    const result = templateFromWordRead(read.read, options);
    if (!result.ok) throw new Error(result.problems.map(templateProblemText).join('\n'));
    const base = (key: string) => defaultTemplate.actionPlan.sections.find((s) => s.key === key);
    expect(result.template.actionPlan.sections).toEqual([
      { key: 'sammanfattning', title: '1. Sammanfattning', guidance: 'Beskriv planen på *högst en halv sida*. Skriv den sist.', required: true, kind: 'freeText' },
      { key: 'nulage', title: '2) Nuläge och omvärld', guidance: '*Vad har hänt sedan förra planen? Använd gärna regionens omvärldsanalys.*', required: true, kind: 'freeText' },
      { key: 'strategier', title: '3. STRATEGIER OCH TAKTIKER', guidance: base('strategier')?.guidance, required: true, kind: 'strategyTree' },
      { key: 'aktiviteter', title: '4. Aktiviteter', guidance: 'Lista aktiviteterna med datum och ansvarig.', required: true, kind: 'activities' },
      {
        key: 'samverkan-med-andra-malomraden',
        title: '5. Samverkan med andra målområden',
        guidance: 'Vilka andra målområden samverkar ni med, och om vad? *Exempel: kompetensförsörjning med målområde 3.*',
        required: true,
        kind: 'freeText',
      },
      { key: 'perspektiv', title: '6. Genomsyrande perspektiv', guidance: 'Hur tas jämställdhet, integration och miljö till vara?', required: true, kind: 'perspectives' },
      { key: 'indikatorer', title: '7. Indikatorer och uppföljning', guidance: 'Vilka indikatorer följer ni, med utgångsläge och mål?', required: true, kind: 'indicators' },
      { key: 'stod', title: '8. Behov av stöd', guidance: 'Vilket stöd behöver ni från kansliet?', required: false, kind: 'support' },
    ]);
    // The Title paragraph is no section and no part of the description.
    expect(result.template.description).toBe('Gäller 2027-01-01 – 2027-12-31. Fyll i mallen och skicka den till RUS-kansliet senast 15 mars.');
  });

  test('a heading given another part in the preview becomes that part', async () => {
    const read = readWordDocument(await secretariatWordTemplate(), secretariatTemplate.fileName);
    if (!read.ok) throw new Error('refused');
    const proposed = guessHeadingChoices(read.read.headings.map((h) => h.title), 'actionPlan', defaultTemplate.actionPlan.sections);
    expect(proposed[6]).toEqual({ type: 'base', key: 'indikatorer' });
    const choices = proposed.map((c, i): HeadingChoice => (i === 6 ? { type: 'own' } : i === 4 ? { type: 'base', key: 'uppfoljning' } : c));
    const chosen = templateFromWordRead(read.read, { ...options, choices });
    if (!chosen.ok) throw new Error(chosen.problems.map(templateProblemText).join('\n'));
    const sections = chosen.template.actionPlan.sections;
    expect(sections[4]).toMatchObject({ key: 'uppfoljning', title: '5. Samverkan med andra målområden', kind: 'freeText' });
    expect(sections[6]).toMatchObject({ key: 'indikatorer-och-uppfoljning', title: '7. Indikatorer och uppföljning', kind: 'freeText', required: true });
  });

  test('two headings on one part are refused, naming both', async () => {
    const read = readWordDocument(await secretariatWordTemplate(), secretariatTemplate.fileName);
    if (!read.ok) throw new Error('refused');
    const choices = secretariatTemplate.headings.map((_, i) => (i === 5 || i === 7 ? ({ type: 'base', key: 'perspektiv' } as const) : ({ type: 'own' } as const)));
    const problems = problemsOf(templateFromWordRead(read.read, { ...options, choices }));
    expect(problems.map((p) => p.message)).toEqual(['Rubrikerna ”6. Genomsyrande perspektiv” och ”8. Behov av stöd” blir båda genomsyrande perspektiv; den delen kan bara stå på ett ställe.']);
  });

  test('without core title the Title paragraph names the template, without either the first heading', async () => {
    const titled = await docxOf([new Paragraph({ text: 'Mall 2028', heading: HeadingLevel.TITLE }), h1('Sammanfattning')]);
    const fromTitle = readWordDocument(titled, 'mall.docx');
    expect(fromTitle.ok && [fromTitle.read.title, fromTitle.read.period]).toEqual(['Mall 2028', { validFrom: '2028-01-01', validTo: '2028-12-31' }]);
    const plain = readWordDocument(await docxOf([h1('1. Sammanfattning'), body('Text.')]), 'mall.docx');
    expect(plain.ok && [plain.read.title, plain.read.period]).toEqual(['1. Sammanfattning', null]);
    expect(coreTitle('<cp:coreProperties xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>  RUS &amp; mall\n2027 </dc:title></cp:coreProperties>')).toBe('RUS & mall 2027');
  });

  test('italics from a run, a character style or a paragraph style, and not from the paragraph mark or a tracked change', () => {
    const styles = `${swedishStyles}
      <w:style w:type="character" w:styleId="Betoning"><w:name w:val="Emphasis"/><w:rPr><w:i/></w:rPr></w:style>
      <w:style w:type="paragraph" w:styleId="Vagledning"><w:name w:val="Vägledning"/><w:basedOn w:val="Normal"/><w:rPr><w:i/><w:iCs/></w:rPr></w:style>`;
    const sheet = wordStyleSheet(`<w:styles ${w}>${styles}</w:styles>`);
    const xml = `<w:document ${w}><w:body>
      <w:p><w:pPr><w:rPr><w:i/></w:rPr></w:pPr><w:r><w:t>rak </w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t>kursiv</w:t></w:r><w:r><w:rPr><w:i w:val="0"/></w:rPr><w:t> rak</w:t></w:r></w:p>
      <w:p><w:r><w:rPr><w:rStyle w:val="Betoning"/></w:rPr><w:t>betonad</w:t></w:r><w:r><w:rPr><w:rPrChange><w:rPr><w:i/></w:rPr></w:rPrChange></w:rPr><w:t> ändrad</w:t></w:r></w:p>
      <w:p><w:pPr><w:pStyle w:val="Vagledning"/></w:pPr><w:r><w:t>hela stycket</w:t></w:r><w:r><w:rPr><w:i w:val="false"/></w:rPr><w:t> utom detta</w:t></w:r></w:p>
    </w:body></w:document>`;
    const italics = wordParagraphs(xml).map((p) => p.runs.map((r) => [r.text, runIsItalic(r, p, sheet)]));
    expect(italics).toEqual([
      [
        ['rak ', false],
        ['kursiv', true],
        [' rak', false],
      ],
      [
        ['betonad', true],
        [' ändrad', false],
      ],
      [
        ['hela stycket', true],
        [' utom detta', false],
      ],
    ]);
  });
});

describe('a file named .docx that is no Word document is refused when read, saying why', () => {
  const why = (bytes: Uint8Array) => problemsOf(readWordDocument(bytes, 'mall.docx'))[0]?.message ?? '';
  const redo = 'Öppna filen i Word och spara den som Word-dokument (.docx) eller Word-mall (.dotx), och välj den sedan igen.';

  test.each([
    ['empty', new Uint8Array(0), `mall.docx är inget Word-dokument: filen är tom. ${redo}`],
    ['an old .doc', new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), `mall.docx är inget Word-dokument: den är i det äldre formatet .doc (eller ett annat Office-format), inte .docx. ${redo}`],
    ['a PDF', strToU8('%PDF-1.7\n'), `mall.docx är inget Word-dokument: den är en PDF-fil som fått ändelsen .docx. ${redo}`],
    ['text', strToU8('Hej!'), `mall.docx är inget Word-dokument: en .docx-fil är ett zip-paket, och den här filen är inget zip-paket (den kan ha fått fel filändelse eller vara skadad). ${redo}`],
    ['a zip without word/document.xml', zipSync({ 'mall.json': strToU8('{}') }), `mall.docx är inget Word-dokument: det är ett zip-paket utan word/document.xml, som varje Word-dokument har. ${redo}`],
  ])('%s', (_name, bytes, message) => {
    expect(why(bytes)).toBe(message);
  });
});
