/**
 * Granskning: reviewers' comments and suggested edits read back from the Word files they returned,
 * each tied to the plan part it was made on (shared/review/anchors.ts), with the MOA's status and
 * answer. Stored one record per comment or suggestion, so a status or answer is one small write.
 * Glossary: ../../../shared/domain.md (granskare, genomsyrande perspektiv).
 */
import { z } from 'zod';
import { idSchema, isoDateSchema, longTextSchema, shortTextSchema } from './common.ts';

/** Ny, besvarad, åtgärdad, ej åtgärd. */
export const reviewStatuses = ['new', 'answered', 'done', 'notDone'] as const;
export type ReviewStatus = (typeof reviewStatuses)[number];

/** The kinds of plan part a comment can be on (shared/review/anchors.ts's kinds, `outside` not among them). */
export const reviewPartKinds = ['section', 'strategy', 'tactic', 'activity', 'indicator', 'perspective'] as const;
export type ReviewPartKind = (typeof reviewPartKinds)[number];

/**
 * Where an item belongs: on a part of the plan; outside every part (the title page, a heading of the
 * document's own); or in a document from another plan or another version than the one it was read
 * into, kept and shown as such, never attached to a part it was not made on.
 */
export const reviewPlacementSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('part'), partKind: z.enum(reviewPartKinds), recordId: z.string().min(1).max(200), anchor: z.string().max(40) }),
  z.object({ kind: z.literal('outside') }),
  z.object({ kind: z.literal('otherPlan'), planId: z.string().max(200) }),
  z.object({ kind: z.literal('otherVersion'), version: z.number().int().min(1) }),
]);
export type ReviewPlacement = z.infer<typeof reviewPlacementSchema>;

export const reviewItemSchema = z.object({
  id: idSchema,
  planId: idSchema,
  /** The plan version the item was read into: the version the file was exported from when the workbook keeps it, else the plan's version at the import (the placement says when the file came from another). */
  version: z.number().int().min(1),
  kind: z.enum(['comment', 'insertion', 'deletion']),
  author: shortTextSchema,
  initials: z.string().max(20),
  /** When the reviewer wrote it, as the file says (ISO); null when it does not. */
  writtenAt: z.string().max(40).nullable(),
  /** The comment's text, or the text a suggestion inserts or deletes. */
  text: longTextSchema,
  /** The text the comment was made on; empty for a point comment and for suggestions. */
  commentedText: longTextSchema,
  /** The comment it answers (a reply), by stored id. */
  parentId: idSchema.nullable(),
  /** Marked resolved in Word. */
  resolvedInWord: z.boolean(),
  /**
   * A suggestion's place in its paragraph (shared/review/read-types.ts SuggestionEdit), so it can be
   * put into the plan's text; null or absent for comments, for a change across paragraphs, and for
   * items read before the app kept it (reading the file again fills it in).
   */
  edit: z.object({ paragraph: longTextSchema, at: z.number().int().min(0).max(50_000) }).nullable().optional(),
  /** The suggestion as put into the plan (*För in i planen*), for the version diff and for taking it back; null or absent when it was not. */
  accepted: z
    .object({
      recordKind: z.enum(['section', 'strategy', 'tactic', 'activity']),
      recordId: z.string().min(1).max(200),
      field: z.string().min(1).max(60),
      /** The field before and after, to take it back only while it still reads as it was left. */
      before: longTextSchema,
      after: longTextSchema,
      /** The status before, given back when it is taken back. */
      previousStatus: z.enum(reviewStatuses),
      acceptedAt: z.iso.datetime(),
    })
    .nullable()
    .optional(),
  placement: reviewPlacementSchema,
  status: z.enum(reviewStatuses),
  answer: longTextSchema,
  /** The file it came from, and the item's identity in it: the same file (or the same comment in a re-saved copy) read twice adds nothing. */
  source: z.object({ fileName: z.string().max(255), identity: z.string().min(1).max(128) }),
  importedAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});
export type ReviewItem = z.infer<typeof reviewItemSchema>;

/** A review round (granskningsomgång): which version went to which reviewers, when, and by when they answer. */
export const reviewRoundSchema = z.object({
  id: idSchema,
  planId: idSchema,
  version: z.number().int().min(1),
  reviewers: z.array(z.object({ name: shortTextSchema.min(1), organisation: shortTextSchema, email: z.union([z.literal(''), z.email()]), perspective: shortTextSchema })).max(50),
  sentAt: z.iso.datetime(),
  dueDate: isoDateSchema.nullable(),
  fileNames: z.array(z.string().max(255)).max(60),
});
export type ReviewRound = z.infer<typeof reviewRoundSchema>;
