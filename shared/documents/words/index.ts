/**
 * The words of the Word documents, per document language. The builders in
 * shared/documents take a `DocumentWords` and never hold Swedish or English
 * literals themselves; the export dialog chooses the language (default: the
 * UI language). A third language is one more catalogue file here.
 *
 * (Skeleton: the catalogue's sections are filled in as the builders move to it.)
 */
export type DocumentLanguage = 'sv' | 'en';

export const documentLanguages: readonly DocumentLanguage[] = ['sv', 'en'];

export interface DocumentWords {
  readonly language: DocumentLanguage;
}

const catalogues: Record<DocumentLanguage, DocumentWords> = {
  sv: { language: 'sv' },
  en: { language: 'en' },
};

export function documentWords(language: DocumentLanguage): DocumentWords {
  return catalogues[language];
}
