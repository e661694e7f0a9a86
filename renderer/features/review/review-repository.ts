/**
 * Granskning in the workbook database: the comments and suggested edits read back from reviewers'
 * Word files (shared/review/map-review.ts makes them), with the MOA's status and answer, and the
 * review rounds sent out. An import is one transaction, and an item already held for the plan and
 * version (the same identity: the same file read again, or the same comment in a re-saved copy)
 * is not added twice.
 */
import { reviewItemSchema, reviewRoundSchema, type ReviewItem, type ReviewRound, type ReviewStatus } from '#shared/domain/review.ts';
import { db } from '../../db/database.ts';
import { defineSaveOperation, RecordGoneError } from '../../saving/save-operation.ts';

const nowIso = (): string => new Date().toISOString();

export interface ReviewImportResult {
  added: number;
  /** Items the workbook already held (the same file, or the same comment, read before). */
  alreadyHeld: number;
}

/**
 * Stores a mapped review's items for a plan version. A reply whose parent was already held points
 * at the held parent; every stored item is checked against the schema first, so a wrong one stops
 * the whole import and nothing is half-stored.
 */
export async function importReviewItems(planId: string, version: number, items: readonly ReviewItem[]): Promise<ReviewImportResult> {
  const checked = items.map((item) => reviewItemSchema.parse({ ...item, planId, version }));
  const database = db();
  return database.transaction('rw', database.reviewItems, async () => {
    const held = await database.reviewItems.where('[planId+version]').equals([planId, version]).toArray();
    const heldByIdentity = new Map<string, string>(held.map((item) => [item.source.identity, item.id]));
    const heldLackingEdit = new Map(held.filter((item) => item.kind !== 'comment' && !item.edit).map((item) => [item.id, item]));
    const renamed = new Map<string, string>();
    const fresh: ReviewItem[] = [];
    const filledIn: ReviewItem[] = [];
    for (const item of checked) {
      const existing = heldByIdentity.get(item.source.identity);
      if (existing !== undefined) {
        renamed.set(item.id, existing);
        // A suggestion read before the app kept its place in the paragraph gets it now, and nothing else changes.
        const lacking = heldLackingEdit.get(existing);
        if (lacking && item.edit) {
          filledIn.push({ ...lacking, edit: item.edit });
          heldLackingEdit.delete(existing);
        }
        continue;
      }
      heldByIdentity.set(item.source.identity, item.id);
      fresh.push(item);
    }
    await database.reviewItems.bulkPut(filledIn);
    await database.reviewItems.bulkAdd(fresh.map((item) => (item.parentId !== null && renamed.has(item.parentId) ? { ...item, parentId: renamed.get(item.parentId) ?? null } : item)));
    return { added: fresh.length, alreadyHeld: checked.length - fresh.length };
  });
}

/** A plan's review items, every version, in the order they were read. */
export async function listReviewItems(planId: string): Promise<ReviewItem[]> {
  const items = await db().reviewItems.where('planId').equals(planId).toArray();
  return items.sort((a, b) => a.importedAt.localeCompare(b.importedAt) || a.source.fileName.localeCompare(b.source.fileName) || a.id.localeCompare(b.id));
}

/** The MOA's part of an item: its status and answer. */
export interface ReviewItemPatch {
  status?: ReviewStatus;
  answer?: string;
}

/** Stores a status or an answer, checked against the schema; a removed item throws RecordGoneError. */
export async function updateReviewItem(id: string, patch: ReviewItemPatch): Promise<ReviewItem> {
  const database = db();
  return database.transaction('rw', database.reviewItems, async () => {
    const current = await database.reviewItems.get(id);
    if (!current) throw new RecordGoneError(`Synpunkten ${id} finns inte`);
    const next = reviewItemSchema.parse({ ...current, ...patch, updatedAt: nowIso() });
    await database.reviewItems.put(next);
    return next;
  });
}

/** A typed edit of an item's status or answer, journaled (see saving/save-operation.ts). */
export const reviewItemEdit = defineSaveOperation('review.editItem', async (id: string, patch: ReviewItemPatch) => {
  await updateReviewItem(id, patch);
});

/** Records a review round as sent. */
export async function recordReviewRound(round: ReviewRound): Promise<ReviewRound> {
  const checked = reviewRoundSchema.parse(round);
  await db().reviewRounds.add(checked);
  return checked;
}

/** A plan's review rounds, the latest sent first. */
export async function listReviewRounds(planId: string): Promise<ReviewRound[]> {
  return (await db().reviewRounds.where('planId').equals(planId).toArray()).sort((a, b) => b.sentAt.localeCompare(a.sentAt));
}
