/**
 * The one export routine every Word document goes through: flush the pending saves, gather from
 * the workbook, build in the chosen language with the active template's look, pack, save through
 * the host and log. The builders, docx and the packer are loaded on first use, so the app starts
 * without them.
 */
import { documentWords, type DocumentLanguage } from '#shared/documents/words/index.ts';
import type { SaveFileResult } from '#shared/platform/contract.ts';
import { flushSaves } from '../../saving/autosave.ts';
import { localToday } from '../../ui/today.ts';
import { db } from '../../db/database.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { documentKinds, type ExportChoice, type MissingItem, type WordDocumentKind } from './export-registry.ts';
import { saveAndLog } from './export-log-repository.ts';

const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const wordFilter = { name: 'Word-dokument', extensions: ['docx'] };

/** The active template's reference styles, completed with what the builders need; undefined for the default look. */
async function referenceStyles(): Promise<string | undefined> {
  const [template, { referenceStylesForExport }] = await Promise.all([activeTemplate(), import('#shared/documents/reference-styles.ts')]);
  return referenceStylesForExport(template?.referenceStylesXml ?? undefined);
}

/** Builds the document and saves it (Spara som on desktop, a download in the browser); logged only when saved. */
export async function runExport<K extends WordDocumentKind>(kind: K, choice: ExportChoice<K>, language: DocumentLanguage, today: string = localToday()): Promise<SaveFileResult> {
  const entry = documentKinds[kind];
  await flushSaves();
  const words = documentWords(language);
  const [input, styles, { packDocx }] = await Promise.all([entry.gather(db(), choice, today, words), referenceStyles(), import('#shared/documents/pack.ts')]);
  const bytes = entry.packed ? await entry.packed(input, words, styles, today) : await packDocx(await entry.build(input, words, styles));
  const { fileName, subject } = entry.names(input, choice, words);
  return saveAndLog({ suggestedName: fileName, bytes, mimeType: DOCX_MIME, filters: [wordFilter] }, { kind: entry.kind, subject, ...entry.source(input, choice), language });
}

/** What the export would list as missing (after the pending saves are written); empty when the document is complete. */
export async function exportMissing<K extends WordDocumentKind>(kind: K, choice: ExportChoice<K>): Promise<readonly MissingItem<K>[]> {
  const entry = documentKinds[kind];
  if (!entry.missing) return [];
  await flushSaves();
  return entry.missing(db(), choice);
}
