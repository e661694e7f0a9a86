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
 */
import { strFromU8 } from 'fflate';
import { defaultTemplate } from './default-template.ts';
import { formatBytes, templateLimits } from './limits.ts';
import type { ReferenceDocument } from './parse.ts';
import { fileProblem, type TemplateProblem } from './problems.ts';
import { openZip } from './safe-zip.ts';
import { TEMPLATE_FORMAT_VERSION, type SectionKind, type StrategyGuidance, type Template, type TemplateDocument, type TemplateSection } from './schema.ts';
import { validateTemplate } from './validate.ts';
import { headingLevel, isFurniture, wordParagraphs, wordStyles, type WordParagraph, type WordStyle } from './word-xml.ts';

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
}

export type WordTemplateResult = { ok: true; template: Template; referenceDocument: ReferenceDocument } | { ok: false; problems: TemplateProblem[] };

interface Outline {
  description: string[];
  sections: { title: string; paragraphs: string[] }[];
  strategy: Partial<Record<keyof StrategyGuidance, string[]>>;
}

const strategyHeadings: Readonly<Record<string, keyof StrategyGuidance>> = { varför: 'why', vad: 'what', vem: 'who', hur: 'how' };

/** "Varför?" → why. */
function strategyKey(title: string): keyof StrategyGuidance | undefined {
  const word = title.trim().toLowerCase().replace(/[?:.!\s]+$/, '');
  return Object.hasOwn(strategyHeadings, word) ? strategyHeadings[word] : undefined;
}

const clean = (text: string): string => text.replace(/[ \t]+$/gm, '').trim();

function paragraphText(p: WordParagraph): string {
  const text = clean(p.text);
  return text !== '' && p.listItem ? `– ${text}` : text;
}

/** Sections, strategy guidance and description from the paragraphs. */
function outlineOf(paragraphs: readonly WordParagraph[], styles: ReadonlyMap<string, WordStyle>): Outline {
  const levels = paragraphs.map((p) => headingLevel(p, styles));
  const sectionLevel = levels.includes(1) ? 1 : levels.includes(2) ? 2 : null;
  const outline: Outline = { description: [], sections: [], strategy: {} };
  let target: string[] = outline.description;
  paragraphs.forEach((p, index) => {
    const level = levels[index] ?? null;
    const text = paragraphText(p);
    if (isFurniture(p, styles) || text === '') return;
    if (level === null || sectionLevel === null || level > 2 || level < sectionLevel) {
      target.push(text);
      return;
    }
    const strategy = strategyKey(text);
    if (strategy !== undefined) {
      target = outline.strategy[strategy] ??= [];
      return;
    }
    const section = outline.sections.at(-1);
    if (level === sectionLevel || !section) {
      const created = { title: text.replace(/\s+/g, ' '), paragraphs: [] };
      outline.sections.push(created);
      target = created.paragraphs;
    } else {
      // A Heading 2 inside a section: a line of its own in the section's guidance.
      section.paragraphs.push(text);
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

/** Structured parts recognised by the heading's first words. */
const kindsByTitle: readonly [RegExp, SectionKind][] = [
  [/^strateg/, 'strategyTree'],
  [/^aktivitet/, 'activities'],
  [/^indikator/, 'indicators'],
  [/^(genomsyrande )?perspektiv/, 'perspectives'],
  [/^(behov av )?stöd/, 'support'],
  [/^budget/, 'budget'],
  [/^finansiering/, 'financing'],
  [/^risk/, 'risks'],
  [/^tidplan/, 'timeline'],
];

function sectionsFrom(outline: Outline, baseSections: readonly TemplateSection[]): TemplateSection[] {
  const usedKeys = new Set<string>();
  const usedKinds = new Set<SectionKind>();
  return outline.sections.map(({ title, paragraphs }) => {
    const lower = title.toLowerCase();
    const stem = sectionKeyFromTitle(title);
    // A heading the base template knows (by key or title) keeps that section's key, kind and requirement.
    const known = baseSections.find((s) => s.title.toLowerCase() === lower || s.key === stem);
    let key = known && !usedKeys.has(known.key) ? known.key : stem;
    for (let n = 2; usedKeys.has(key); n += 1) key = `${stem}-${n}`;
    usedKeys.add(key);
    const guessed = kindsByTitle.find(([pattern]) => pattern.test(lower))?.[1] ?? 'freeText';
    let kind: SectionKind = known?.kind ?? guessed;
    if (kind !== 'freeText' && usedKinds.has(kind)) kind = 'freeText';
    usedKinds.add(kind);
    const guidance = paragraphs.join('\n\n');
    return { key, title, guidance: guidance === '' && known ? known.guidance : guidance, required: known?.required ?? true, kind };
  });
}

/** Reads a .docx or .dotx into a template (see the module comment), within the same limits as any import. */
export function templateFromWordDocument(docxBytes: Uint8Array, options: WordTemplateOptions): WordTemplateResult {
  const fileName = options.fileName ?? 'referensdokument.docx';
  const fail = (problem: TemplateProblem): WordTemplateResult => ({ ok: false, problems: [problem] });
  if (docxBytes.length > templateLimits.maxFileBytes)
    return fail(fileProblem('tooLarge', `Word-dokumentet ${fileName} är ${formatBytes(docxBytes.length)}; en mall får vara högst ${formatBytes(templateLimits.maxFileBytes)}.`));
  const opened = openZip(docxBytes, templateLimits.wordDocument, `Word-dokumentet ${fileName}`);
  if (!opened.ok) return fail(opened.problem);
  const documentEntry = opened.zip.find('word/document.xml');
  if (!documentEntry) return fail(fileProblem('notTemplateFile', `${fileName} är inget Word-dokument (word/document.xml saknas). Spara dokumentet som .docx eller .dotx.`));
  const documentRead = opened.zip.read(documentEntry);
  if (!documentRead.ok) return fail(documentRead.problem);
  const stylesEntry = opened.zip.find('word/styles.xml');
  const stylesRead = stylesEntry ? opened.zip.read(stylesEntry) : null;
  if (stylesRead && !stylesRead.ok) return fail(stylesRead.problem);

  const styles = stylesRead?.ok ? wordStyles(strFromU8(stylesRead.data)) : new Map<string, WordStyle>();
  const outline = outlineOf(wordParagraphs(strFromU8(documentRead.data)), styles);
  if (outline.sections.length === 0)
    return fail(
      fileProblem(
        'noHeadings',
        `${fileName} har inga rubriker i formatmallen Rubrik 1 (Heading 1) eller Rubrik 2, så det finns inga sektioner att göra en mall av. Formatera sektionernas rubriker med Rubrik 1 och försök igen.`,
      ),
    );

  const base = options.base ?? defaultTemplate;
  const document = options.document ?? 'actionPlan';
  const strategyGuidance = { ...base.strategyGuidance };
  for (const [key, paragraphs] of Object.entries(outline.strategy) as [keyof StrategyGuidance, string[]][]) strategyGuidance[key] = paragraphs.join('\n\n');
  const description = options.description ?? (outline.description.length > 0 ? outline.description.join('\n\n') : base.description);

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
    [document]: { sections: sectionsFrom(outline, base[document].sections) },
  };
  const checked = validateTemplate(candidate);
  if (!checked.ok) return checked;
  return { ok: true, template: checked.template, referenceDocument: { fileName, bytes: docxBytes } };
}
