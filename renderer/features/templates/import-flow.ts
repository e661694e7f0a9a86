/**
 * Reading a picked or dropped file into what the import preview shows, and
 * the hand-over of a dropped file from the app-wide drop zone to the Mallar
 * view: a tiny module-level store, since the drop happens in whatever view
 * is open and the preview lives in Mallar.
 */
import { useSyncExternalStore } from 'react';
import type { StoredTemplate } from '#shared/domain/template-store.ts';
import { compareTemplates, type TemplateChange } from '#shared/templates/diff.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import { capProblems, type TemplateProblem } from '#shared/templates/problems.ts';
import { readWordDocument, sectionKeyFromTitle, type WordDocumentRead, type WordTemplateOptions } from '#shared/templates/word-template.ts';
import type { HeadingChoice } from '#shared/templates/word-headings.ts';
import type { Template } from '#shared/templates/schema.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import { newestVersion, readReference, type ImportRefusal, type ParsedTemplate, type ReferenceOutcome } from './template-repository.ts';

export interface TemplateFile {
  name: string;
  bytes: Uint8Array;
}

/** The extensions the file dialog offers. */
export const templateFileExtensions = ['json', 'zip', 'docx', 'dotx'];

let pending: TemplateFile | null = null;
const listeners = new Set<() => void>();

/** Hands a dropped file to the Mallar view, which takes it with takePendingFile. */
export function offerTemplateFile(file: TemplateFile): void {
  pending = file;
  for (const listener of listeners) listener();
}

export function takePendingFile(): TemplateFile | null {
  const file = pending;
  pending = null;
  return file;
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The dropped file waiting for the Mallar view, if any. */
export function usePendingFile(): TemplateFile | null {
  return useSyncExternalStore(subscribe, () => pending);
}

export const isWordFile = (name: string): boolean => /\.(docx|dotx)$/i.test(name);

export type ReadOutcome =
  | { step: 'word'; file: TemplateFile; read: WordDocumentRead }
  | { step: 'problems'; fileName: string; problems: TemplateProblem[] }
  | { step: 'parsed'; fileName: string; parsed: ParsedTemplate };

/**
 * A Word document is read at once (so a file that is none is refused when
 * chosen, not after its form) and then needs a few answers (id, name …);
 * anything else is parsed as a template file.
 */
export function readTemplateFile(file: TemplateFile): ReadOutcome {
  if (isWordFile(file.name)) {
    const read = readWordDocument(file.bytes, file.name);
    return read.ok ? { step: 'word', file, read: read.read } : { step: 'problems', fileName: file.name, problems: capProblems(read.problems) };
  }
  const result = parseTemplateFile(file.bytes, file.name);
  return result.ok
    ? { step: 'parsed', fileName: file.name, parsed: { template: result.template, referenceDocument: result.referenceDocument } }
    : { step: 'problems', fileName: file.name, problems: capProblems(result.problems) };
}

/**
 * The Word form's first values: the document's title as the name (else the
 * file name), an id made from it (`RUS handlingsplan 2027` → `rus-handlingsplan-2027`),
 * and the period its text states, else this calendar year.
 */
export function wordDefaults(read: Pick<WordDocumentRead, 'fileName' | 'title' | 'period'>, today: Date = new Date()): WordTemplateOptions {
  const fromFile = read.fileName.replace(/\.(docx|dotx)$/i, '').trim();
  const name = read.title || fromFile || 'Mall';
  const year = today.getFullYear();
  const period = read.period ?? { validFrom: `${year}-01-01`, validTo: `${year}-12-31` };
  return { id: sectionKeyFromTitle(name), name, issuer: defaultTemplate.issuer, ...period, fileName: read.fileName };
}

/** Where a template made from a Word document came from, so the preview can change what its headings become. */
export interface WordSource {
  read: WordDocumentRead;
  options: WordTemplateOptions;
  choices: HeadingChoice[];
}

export interface ImportPreview {
  fileName: string;
  parsed: ParsedTemplate;
  /** The newest stored version of the same template id, if any. */
  previous: StoredTemplate | undefined;
  /** Against `previous`, when the file is newer than it. */
  changes: TemplateChange[] | null;
  reference: ReferenceOutcome;
  /** For a Word document: the document, the form's answers and each heading's part. */
  word?: WordSource;
}

export async function previewImport(fileName: string, parsed: ParsedTemplate, word?: WordSource): Promise<ImportPreview> {
  const previous = await newestVersion(parsed.template.id);
  const changes = previous && previous.version < parsed.template.version ? compareTemplates(previous.template, parsed.template) : null;
  return { fileName, parsed, previous, changes, reference: await readReference(parsed.referenceDocument), ...(word ? { word } : {}) };
}

/** `RUS-standardmall-2026_v2.json`; the file-name helpers load on first use, like the document exports'. */
export async function templateFileName(template: { id: string; name: string; version: number }): Promise<string> {
  const { fileNamePart } = await import('#shared/documents/file-name.ts');
  return `${fileNamePart(template.name, 80) || template.id}_v${template.version}.json`;
}

/** Why an import stored nothing, in words. */
export function importRefusedText(t: Translate, reason: ImportRefusal, template: Pick<Template, 'id' | 'name' | 'version'>): string {
  return t(`templates.import.${reason}`, { id: template.id, name: template.name, version: template.version });
}
