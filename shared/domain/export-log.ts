/** The export log: what was exported, when, to which file, and the file's SHA-256 so a copy can be recognised. */
import { z } from 'zod';
import { documentLanguages } from '../documents/words/index.ts';
import { idSchema } from './common.ts';

/** Every kind the log has ever known: a kind is only ever added, so a record written by an older version still reads. */
export const exportDocumentKinds = ['handlingsplan', 'aktivitetsplan', 'projektplan', 'tidrapport', 'tidlogg-csv', 'indikatorrapport', 'minnesanteckningar', 'granskningsunderlag', 'bemotande'] as const;
export type ExportDocumentKind = (typeof exportDocumentKinds)[number];

export const exportLogEntrySchema = z.object({
  id: idSchema,
  kind: z.enum(exportDocumentKinds),
  /** What the document is about, as the user saw it: the plan's or project's title, or the period. */
  subject: z.string().max(500),
  /** The plan, project, goal area or meeting exported, when there is one. */
  sourceId: idSchema.nullable(),
  version: z.number().int().min(1).nullable(),
  draft: z.boolean(),
  /** The document's language; absent for a CSV file and for Word files exported before it could be chosen (those are Swedish). */
  language: z.enum(documentLanguages).optional(),
  exportedAt: z.iso.datetime(),
  fileName: z.string().min(1).max(255),
  sizeBytes: z.number().int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type ExportLogEntry = z.infer<typeof exportLogEntrySchema>;
