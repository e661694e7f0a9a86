/**
 * Reading a picked or dropped file into what the import preview shows, and
 * the hand-over of a dropped file from the app-wide drop zone to the Mallar
 * view: a tiny module-level store, since the drop happens in whatever view
 * is open and the preview lives in Mallar.
 */
import { useSyncExternalStore } from 'react';
import type { StoredTemplate } from '../../../shared/domain/template-store.ts';
import { compareTemplates, type TemplateChange } from '../../../shared/templates/diff.ts';
import { defaultTemplate } from '../../../shared/templates/default-template.ts';
import { parseTemplateFile } from '../../../shared/templates/parse.ts';
import { capProblems, type TemplateProblem } from '../../../shared/templates/problems.ts';
import { sectionKeyFromTitle, type WordTemplateOptions } from '../../../shared/templates/word-template.ts';
import { newestVersion, readReference, type ParsedTemplate, type ReferenceOutcome } from './template-repository.ts';

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

export type ReadOutcome = { step: 'word'; file: TemplateFile } | { step: 'problems'; fileName: string; problems: TemplateProblem[] } | { step: 'parsed'; fileName: string; parsed: ParsedTemplate };

/** A Word document needs a few answers first (id, name …); anything else is parsed as a template file. */
export function readTemplateFile(file: TemplateFile): ReadOutcome {
  if (isWordFile(file.name)) return { step: 'word', file };
  const result = parseTemplateFile(file.bytes, file.name);
  return result.ok
    ? { step: 'parsed', fileName: file.name, parsed: { template: result.template, referenceDocument: result.referenceDocument } }
    : { step: 'problems', fileName: file.name, problems: capProblems(result.problems) };
}

/** The Word form's first values, from the file name: `RUS mall 2027.docx` → id `rus-mall-2027`. */
export function wordDefaults(fileName: string, today: Date = new Date()): WordTemplateOptions {
  const base = fileName.replace(/\.(docx|dotx)$/i, '').trim() || 'Mall';
  const year = today.getFullYear();
  return { id: sectionKeyFromTitle(base), name: base, issuer: defaultTemplate.issuer, validFrom: `${year}-01-01`, validTo: `${year}-12-31`, fileName };
}

export interface ImportPreview {
  fileName: string;
  parsed: ParsedTemplate;
  /** The newest stored version of the same template id, if any. */
  previous: StoredTemplate | undefined;
  /** Against `previous`, when the file is newer than it. */
  changes: TemplateChange[] | null;
  reference: ReferenceOutcome;
}

export async function previewImport(fileName: string, parsed: ParsedTemplate): Promise<ImportPreview> {
  const previous = await newestVersion(parsed.template.id);
  const changes = previous && previous.version < parsed.template.version ? compareTemplates(previous.template, parsed.template) : null;
  return { fileName, parsed, previous, changes, reference: await readReference(parsed.referenceDocument) };
}

/** `RUS-standardmall-2026_v2.json`; the file-name helpers load on first use, like the document exports'. */
export async function templateFileName(template: { id: string; name: string; version: number }): Promise<string> {
  const { fileNamePart } = await import('../../../shared/documents/file-name.ts');
  return `${fileNamePart(template.name, 80) || template.id}_v${template.version}.json`;
}
