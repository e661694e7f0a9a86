/**
 * The words of the Word documents, per document language. The builders in
 * shared/documents take a `DocumentWords` and never hold Swedish or English
 * literals themselves; the export dialog chooses the language (default: the
 * UI language). A third language is one more catalogue file here, of the
 * shape of ./sv.ts (the compiler checks it), and one entry below.
 */
import { en } from './en.ts';
import { sv } from './sv.ts';
import type { DocumentWords } from './sv.ts';

export type { DocumentWords } from './sv.ts';

export type DocumentLanguage = 'sv' | 'en';

export const documentLanguages: readonly DocumentLanguage[] = ['sv', 'en'];

const catalogues: Record<DocumentLanguage, DocumentWords> = { sv, en };

export function documentWords(language: DocumentLanguage): DocumentWords {
  return catalogues[language];
}

