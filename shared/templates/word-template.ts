/**
 * A template made from the secretariat's own Word document: its Heading 1
 * paragraphs become the plan's sections and the text under each heading
 * that section's guidance. The document itself becomes the reference
 * document, so exports take its styles.
 *
 * Heading 2 under a Heading 1 becomes part of that section's guidance (its
 * title as a line of its own, then its text), not a section: a plan's
 * sections are one flat list, and a Word template's subheadings are most
 * often the questions a section should answer. A document without any
 * Heading 1 uses its Heading 2 paragraphs as sections. Headings named
 * Varför, Vad, Vem or Hur fill the template's strategy guidance instead.
 * Text before the first heading becomes the template's description.
 * Everything the document cannot say (goal areas, categories …) comes from
 * a base template, by default the one that ships with the app.
 *
 * The headings' numbering ("6.", "b)") is set aside when a heading is
 * matched with a part (./word-headings.ts); italic text in the guidance is
 * kept as `*emphasis*` (./guidance-text.ts). Reading the document
 * (readWordDocument) is separate from making the template
 * (templateFromWordRead), so a file that is no Word document is refused as
 * soon as it is chosen, and the import form can offer the document's own
 * title and period and the preview each heading's part.
 */
import { strFromU8 } from 'fflate';
import { defaultTemplate } from './default-template.ts';
import { guidanceFromRuns } from './guidance-text.ts';
import { formatBytes, templateLimits } from './limits.ts';
import type { ReferenceDocument } from './parse.ts';
import { fileProblem, type TemplateProblem } from './problems.ts';
import { looksLikeZip, openZip } from './safe-zip.ts';
import { TEMPLATE_FORMAT_VERSION, sectionKindLabels, type StrategyGuidance, type Template, type TemplateDocument, type TemplateSection } from './schema.ts';
import { validateTemplate } from './validate.ts';
import { periodFromText, type WordPeriod } from './word-facts.ts';
import { choiceKind, guessHeadingChoices, headingChoiceClashes, headingWords, sectionTitleFromHeading, type HeadingChoice } from './word-headings.ts';
import { coreTitle, headingLevel, isFurniture, isTitle, runIsItalic, wordParagraphs, wordStyleSheet, type WordParagraph, type WordStyleSheet } from './word-xml.ts';

export interface WordTemplateOptions {
  id: string;
  name: string;
  issuer: string;
  validFrom: string;
  validTo: string;
  /** Default 1. */
  version?: number;
  /** Default: the text before the first heading, else the base template's. */
  description?: string;
  /** Which document's sections the headings define; default the handlingsplan. */
  document?: TemplateDocument;
  /** Everything the Word document does not define; default the shipped template. */
  base?: Template;
  /** The reference document's name in a package; default `referensdokument.docx`. */
  fileName?: string;
  /** What each heading becomes, in the headings' order; default the proposal of guessHeadingChoices. */
  choices?: readonly HeadingChoice[];
}

export type WordTemplateResult = { ok: true; template: Template; referenceDocument: ReferenceDocument } | { ok: false; problems: TemplateProblem[] };

/** A section heading of the document and the guidance under it. */
export interface WordHeading {
  /** As written, spaces collapsed: "6. Genomsyrande perspektiv". */
  title: string;
  guidance: string;
}

/** A Word document read: its headings, guidance and what it says about itself. */
export interface WordDocumentRead {
  fileName: string;
  bytes: Uint8Array;
  headings: WordHeading[];
  /** Guidance under headings named Varför, Vad, Vem, Hur. */
  strategy: Partial<Record<keyof StrategyGuidance, string>>;
  /** The text before the first heading, '' when there is none. */
  description: string;
  /** The document's title: core properties, else the Title paragraph, else the first heading. */
  title: string;
  /** The period its text states, if any. */
  period: WordPeriod | null;
}

export type WordReadResult = { ok: true; read: WordDocumentRead } | { ok: false; problems: TemplateProblem[] };

interface Outline {
  description: string[];
  sections: { title: string; paragraphs: string[] }[];
  strategy: Partial<Record<keyof StrategyGuidance, string[]>>;
  /** Text of the Title paragraph and of every paragraph, for the title and the period. */
  titleParagraph: string;
  firstHeading: string;
  afterFirstHeading: string[];
}

const strategyHeadings: Readonly<Record<string, keyof StrategyGuidance>> = { varför: 'why', vad: 'what', vem: 'who', hur: 'how' };

/** "Varför?" → why; "B. Hur:" → how. */
function strategyKey(title: string): keyof StrategyGuidance | undefined {
  const word = headingWords(title).toLowerCase().replace(/[?:.!\s]+$/, '');
  return Object.hasOwn(strategyHeadings, word) ? strategyHeadings[word] : undefined;
}

const clean = (text: string): string => text.replace(/[ \t]+$/gm, '').trim();

/** A paragraph as guidance: its italic runs marked, a list item with a dash. */
function guidanceText(p: WordParagraph, sheet: WordStyleSheet): string {
  const text = clean(guidanceFromRuns(p.runs.map((run) => ({ text: run.text, italic: runIsItalic(run, p, sheet) }))));
  return text !== '' && p.listItem ? `– ${text}` : text;
}

/** A paragraph as plain text (headings, the description), escaped so that guidance shows it as written. */
const plainGuidance = (text: string): string => guidanceFromRuns([{ text, italic: false }]);

/** Sections, strategy guidance and description from the paragraphs. */
function outlineOf(paragraphs: readonly WordParagraph[], sheet: WordStyleSheet): Outline {
  const styles = sheet.paragraph;
  const levels = paragraphs.map((p) => headingLevel(p, styles));
  const sectionLevel = levels.includes(1) ? 1 : levels.includes(2) ? 2 : null;
  const outline: Outline = { description: [], sections: [], strategy: {}, titleParagraph: '', firstHeading: '', afterFirstHeading: [] };
  let target: string[] = outline.description;
  paragraphs.forEach((p, index) => {
    const level = levels[index] ?? null;
    const plain = clean(p.text);
    if (plain === '') return;
    if (isTitle(p, styles)) {
      outline.titleParagraph ||= plain.replace(/\s+/g, ' ');
      return;
    }
    if (isFurniture(p, styles)) return;
    if (outline.firstHeading !== '') outline.afterFirstHeading.push(plain);
    if (level === null || sectionLevel === null || level > 2 || level < sectionLevel) {
      // The description is shown as plain text; guidance keeps its italics.
      target.push(target === outline.description ? (p.listItem ? `– ${plain}` : plain) : guidanceText(p, sheet));
      return;
    }
    if (outline.firstHeading === '') outline.firstHeading = sectionTitleFromHeading(plain);
    const strategy = strategyKey(plain);
    if (strategy !== undefined) {
      target = outline.strategy[strategy] ??= [];
      return;
    }
    const section = outline.sections.at(-1);
    if (level === sectionLevel || !section) {
      const created = { title: sectionTitleFromHeading(plain), paragraphs: [] };
      outline.sections.push(created);
      target = created.paragraphs;
    } else {
      // A Heading 2 inside a section: a line of its own in the section's guidance.
      section.paragraphs.push(plainGuidance(plain));
      target = section.paragraphs;
    }
  });
  return outline;
}

/**
 * `Nuläge och omvärld` → `nulage-och-omvarld`: lower-case, å/ä/ö → a/a/o,
 * anything else → -, short enough to leave room for a `-2` suffix; empty
 * when the text has no letters or digits. The template editor makes its
 * keys the same way.
 */
export function slugFromName(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 56)
    .replace(/-+$/, '');
}

/** A section key from a heading: its slug, or `sektion` for a heading without letters or digits. */
export function sectionKeyFromTitle(title: string): string {
  return slugFromName(title) || 'sektion';
}

function sectionsFrom(headings: readonly WordHeading[], choices: readonly HeadingChoice[], baseSections: readonly TemplateSection[]): TemplateSection[] {
  const usedKeys = new Set<string>();
  return headings.map(({ title, guidance }, index) => {
    const choice = choices[index] ?? { type: 'own' };
    const known = choice.type === 'base' ? baseSections.find((s) => s.key === choice.key) : undefined;
    // Numbering is left out of the key, so a heading renumbered in next year's template keeps its plans' text.
    const stem = sectionKeyFromTitle(headingWords(title));
    let key = known && !usedKeys.has(known.key) ? known.key : stem;
    for (let n = 2; usedKeys.has(key); n += 1) key = `${stem}-${n}`;
    usedKeys.add(key);
    return { key, title, guidance: guidance === '' && known ? known.guidance : guidance, required: known?.required ?? true, kind: choiceKind(choice, baseSections) };
  });
}

/** Why the bytes are no Word document at all, before any zip is opened; null when they may be one. */
function notWordDocument(bytes: Uint8Array, fileName: string): TemplateProblem | null {
  const why = (reason: string) => fileProblem('notTemplateFile', `${fileName} är inget Word-dokument: ${reason} Öppna filen i Word och spara den som Word-dokument (.docx) eller Word-mall (.dotx), och välj den sedan igen.`);
  if (bytes.length === 0) return why('filen är tom.');
  if (looksLikeZip(bytes)) return null;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return why('den är i det äldre formatet .doc (eller ett annat Office-format), inte .docx.');
  if (bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46) return why('den är en PDF-fil som fått ändelsen .docx.');
  if (bytes[0] === 0x7b && bytes[1] === 0x5c && bytes[2] === 0x72 && bytes[3] === 0x74) return why('den är ett RTF-dokument, inte .docx.');
  return why('en .docx-fil är ett zip-paket, och den här filen är inget zip-paket (den kan ha fått fel filändelse eller vara skadad).');
}

/**
 * Reads a .docx or .dotx: its headings and their guidance, title and
 * period, within the same limits as any import. Refuses at once what is no
 * Word document or has no headings to make sections of.
 */
export function readWordDocument(bytes: Uint8Array, fileName: string): WordReadResult {
  const fail = (problem: TemplateProblem): WordReadResult => ({ ok: false, problems: [problem] });
  if (bytes.length > templateLimits.maxFileBytes)
    return fail(fileProblem('tooLarge', `Word-dokumentet ${fileName} är ${formatBytes(bytes.length)}; en mall får vara högst ${formatBytes(templateLimits.maxFileBytes)}.`));
  const notWord = notWordDocument(bytes, fileName);
  if (notWord) return fail(notWord);
  const opened = openZip(bytes, templateLimits.wordDocument, `Word-dokumentet ${fileName}`);
  if (!opened.ok) return fail(opened.problem);
  const documentEntry = opened.zip.find('word/document.xml');
  if (!documentEntry)
    return fail(
      fileProblem(
        'notTemplateFile',
        `${fileName} är inget Word-dokument: det är ett zip-paket utan word/document.xml, som varje Word-dokument har. Öppna filen i Word och spara den som Word-dokument (.docx) eller Word-mall (.dotx), och välj den sedan igen.`,
      ),
    );
  const documentRead = opened.zip.read(documentEntry);
  if (!documentRead.ok) return fail(documentRead.problem);
  const stylesEntry = opened.zip.find('word/styles.xml');
  const stylesRead = stylesEntry ? opened.zip.read(stylesEntry) : null;
  if (stylesRead && !stylesRead.ok) return fail(stylesRead.problem);
  const coreEntry = opened.zip.find('docProps/core.xml');
  const coreRead = coreEntry ? opened.zip.read(coreEntry) : null;

  const sheet: WordStyleSheet = stylesRead?.ok ? wordStyleSheet(strFromU8(stylesRead.data)) : { paragraph: new Map(), character: new Map() };
  const outline = outlineOf(wordParagraphs(strFromU8(documentRead.data)), sheet);
  if (outline.sections.length === 0)
    return fail(
      fileProblem(
        'noHeadings',
        `${fileName} har inga rubriker i formatmallen Rubrik 1 (Heading 1) eller Rubrik 2, så det finns inga sektioner att göra en mall av. Formatera sektionernas rubriker med Rubrik 1 och försök igen.`,
      ),
    );
  // A core.xml that cannot be read costs only the title's first source.
  const title = (coreRead?.ok ? coreTitle(strFromU8(coreRead.data)) : '') || outline.titleParagraph || outline.firstHeading;
  const strategy: WordDocumentRead['strategy'] = {};
  for (const [key, paragraphs] of Object.entries(outline.strategy) as [keyof StrategyGuidance, string[]][]) strategy[key] = paragraphs.join('\n\n');
  return {
    ok: true,
    read: {
      fileName,
      bytes,
      headings: outline.sections.map((s) => ({ title: s.title, guidance: s.paragraphs.join('\n\n') })),
      strategy,
      description: outline.description.join('\n\n'),
      title: title.slice(0, 200).trim(),
      period: periodFromText(title, outline.description, outline.afterFirstHeading),
    },
  };
}

/** The template a read Word document makes with the form's answers and the headings' parts (see the module comment). */
export function templateFromWordRead(read: WordDocumentRead, options: WordTemplateOptions): WordTemplateResult {
  const base = options.base ?? defaultTemplate;
  const document = options.document ?? 'actionPlan';
  const baseSections = base[document].sections;
  const choices = options.choices ?? guessHeadingChoices(read.headings.map((h) => h.title), document, baseSections);
  const clashes = headingChoiceClashes(choices, baseSections);
  if (clashes.length > 0)
    return {
      ok: false,
      problems: clashes.map(({ index, earlier }) =>
        fileProblem(
          'notTemplateFile',
          `Rubrikerna ”${read.headings[earlier]?.title ?? ''}” och ”${read.headings[index]?.title ?? ''}” blir båda ${sectionKindLabels[choiceKind(choices[index] ?? { type: 'own' }, baseSections)]}; den delen kan bara stå på ett ställe.`,
        ),
      ),
    };
  const strategyGuidance = { ...base.strategyGuidance, ...read.strategy };
  const description = options.description ?? (read.description !== '' ? read.description : base.description);
  const candidate: Template = {
    ...base,
    formatVersion: TEMPLATE_FORMAT_VERSION,
    id: options.id,
    name: options.name,
    version: options.version ?? 1,
    issuer: options.issuer,
    description,
    validFrom: options.validFrom,
    validTo: options.validTo,
    strategyGuidance,
    [document]: { sections: sectionsFrom(read.headings, choices, baseSections) },
  };
  const checked = validateTemplate(candidate);
  if (!checked.ok) return checked;
  return { ok: true, template: checked.template, referenceDocument: { fileName: options.fileName ?? read.fileName, bytes: read.bytes } };
}

/** Reads a .docx or .dotx into a template in one step (readWordDocument, then templateFromWordRead). */
export function templateFromWordDocument(docxBytes: Uint8Array, options: WordTemplateOptions): WordTemplateResult {
  const read = readWordDocument(docxBytes, options.fileName ?? 'referensdokument.docx');
  return read.ok ? templateFromWordRead(read.read, options) : read;
}
