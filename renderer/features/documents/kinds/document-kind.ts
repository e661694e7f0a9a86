/**
 * One kind of Word document the workbook exports, as an entry of the export registry
 * (../export-registry.ts). runExport (../run-export.ts) does the steps every kind shares: flush the
 * pending saves, gather, build with the chosen language's words and the active template's styles,
 * pack, save through the host and log. A new kind is one builder in shared/documents, one entry
 * here and its words.
 */
import type { Document } from 'docx';
import type { ExportNames } from '#shared/documents/export-names.ts';
import type { DocumentWords } from '#shared/documents/words/index.ts';
import type { ExportDocumentKind } from '#shared/domain/export-log.ts';
import type { WorkbookDatabase } from '../../../db/database.ts';


/** What the export log records about the document besides its names. */
export interface ExportSource {
  /** The plan or project exported, when there is one. */
  sourceId: string | null;
  version: number | null;
  /** Exported although something was missing, so marked UTKAST. */
  draft: boolean;
}

/**
 * `Choice` is what the user picked (a plan, a period…), `Input` the builder's input without the
 * reference styles, `Missing` one item of what the document still lacks.
 */
export interface DocumentKind<Choice, Input, Missing = string> {
  readonly kind: ExportDocumentKind;
  /**
   * Reads what the document needs from the workbook; runExport has flushed the pending saves. The
   * words are the document's: what is drawn before the build (a chart's legend and axes) is drawn
   * in its language.
   */
  gather(database: WorkbookDatabase, choice: Choice, today: string, words: DocumentWords): Promise<Input>;
  /** Builds the document; imports its builder on first use, so the app starts without docx. */
  build(input: Input, words: DocumentWords, styles: string | undefined): Promise<Document>;
  /** For a kind whose file is more than the packed document (a review package adds its manifest part): builds and packs it; runExport then uses this instead of build. */
  packed?(input: Input, words: DocumentWords, styles: string | undefined, today: string): Promise<Uint8Array>;
  names(input: Input, choice: Choice, words: DocumentWords): ExportNames;
  source(input: Input, choice: Choice): ExportSource;
  /** What is still missing, so the user can choose to export a draft; left out when nothing can be. */
  missing?(database: WorkbookDatabase, choice: Choice): Promise<readonly Missing[]>;
}

