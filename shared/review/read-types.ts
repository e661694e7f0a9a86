/**
 * What a reviewed Word file says, as read by readReview (./read-review.ts):
 * its comments and suggested edits, each with the part it sits in, and the
 * review manifest our export put in it. Mapping to plan parts is not done
 * here; `anchor` is the bookmark name, as found in the file.
 */

/** A comment (Word: Kommentar) as the reviewer left it. */
export interface ReviewCommentRead {
  /** The comment's w:id in this file; unique within the file only. */
  id: string;
  author: string;
  /** '' when the file does not say. */
  initials: string;
  /** ISO 8601 as written (`2026-11-20T10:15:00Z`), null when absent or not a date. */
  date: string | null;
  /** The comment's paragraphs joined by newlines. */
  text: string;
  /** The id of the comment this one answers (commentsExtended.xml paraIdParent), null for a thread's first comment. */
  parentId: string | null;
  /** Marked resolved (w15:done="1"). */
  done: boolean;
  /** The document text the comment covers (paragraphs joined by newlines), '' for a comment on a point. */
  commentedText: string;
  /** The nearest anchor bookmark (`parseAnchorName` in ./anchors.ts says which are) at or before where the comment starts, as the file spells it; null when it sits before any. */
  anchor: string | null;
}

/** A tracked change (Word: Spåra ändringar): text a reviewer inserted or deleted. */
export interface ReviewSuggestionRead {
  /** The w:id of the change's first element; adjacent elements of one change are merged into one suggestion. */
  id: string;
  kind: 'insertion' | 'deletion';
  author: string;
  date: string | null;
  /** The inserted or deleted text; paragraphs joined by newlines. */
  text: string;
  /** As for comments: the nearest anchor bookmark at or before the change. */
  anchor: string | null;
  /**
   * Where the change sits in its paragraph, so that it can be put into the plan's text: the
   * paragraph as it was before the reviewer's changes (deleted text in, inserted text out, line
   * breaks as newlines) and the change's offset in it. Null when the change runs across paragraphs
   * or the paragraph is longer than any plan text.
   */
  edit: SuggestionEdit | null;
}

export interface SuggestionEdit {
  paragraph: string;
  at: number;
}

export type ReviewRead =
  | {
      ok: true;
      comments: ReviewCommentRead[];
      suggestions: ReviewSuggestionRead[];
      /** The raw XML of the customXml part in the review manifest's namespace, null when there is none. */
      manifest: string | null;
    }
  | {
      ok: false;
      /** Swedish, each naming the file: `«granskning.docx»: …`. */
      problems: string[];
    };

export interface ReadReviewOptions {
  /** The file's name as the user chose it, for messages. */
  fileName: string;
}

/** The namespace of the review manifest's root element: the writer's own (./manifest.ts, which also parses it). */
export { reviewNamespace as REVIEW_MANIFEST_NAMESPACE } from './manifest.ts';

const MiB = 1024 * 1024;

/** Far above any real reviewed plan (a 1 000-activity plan with 2 000 comments is a few MB), far below what would hurt. */
export const reviewLimits = {
  /** The file as chosen. */
  maxFileBytes: 60 * MiB,
  zip: { maxEntries: 2000, maxEntryBytes: 50 * MiB, maxTotalBytes: 120 * MiB, maxRatio: 100, ratioFloorBytes: MiB },
  maxComments: 20_000,
  maxSuggestions: 50_000,
} as const;
