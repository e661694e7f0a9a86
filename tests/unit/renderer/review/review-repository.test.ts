import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { importReviewItems, listReviewItems, listReviewRounds, recordReviewRound, reviewItemEdit, updateReviewItem } from '../../../../renderer/features/review/review-repository.ts';
import { loadExample } from '../../../../renderer/features/plans/plan-repository.ts';
import { trashPlan, restoreFromTrash } from '../../../../renderer/features/trash/trash-repository.ts';
import type { ReviewItem } from '#shared/domain/review.ts';

beforeEach(async () => {
  await db().delete();
  await db().open();
});

function item(id: string, identity: string, over: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id,
    planId: 'p',
    version: 1,
    kind: 'comment',
    author: 'Maria Svensson',
    initials: 'MS',
    writtenAt: '2027-04-02T10:15:00Z',
    text: `Synpunkt ${id}`,
    commentedText: '',
    parentId: null,
    resolvedInWord: false,
    placement: { kind: 'outside' },
    status: 'new',
    answer: '',
    source: { fileName: 'granskad.docx', identity },
    importedAt: '2027-04-05T08:00:00.000Z',
    updatedAt: '2027-04-05T08:00:00.000Z',
    ...over,
  };
}

describe('review items in the workbook', () => {
  it('imports a file once: read again (new ids, same identities) it adds nothing, and a new reply points at the comment already held', async () => {
    const planId = await loadExample('Anna Lindqvist');
    expect(await importReviewItems(planId, 1, [item('a', 'id-a'), item('b', 'id-b', { parentId: 'a' })])).toEqual({ added: 2, alreadyHeld: 0 });
    const again = await importReviewItems(planId, 1, [item('a2', 'id-a'), item('b2', 'id-b', { parentId: 'a2' }), item('c2', 'id-c', { parentId: 'a2' })]);
    expect(again).toEqual({ added: 1, alreadyHeld: 2 });
    const stored = await listReviewItems(planId);
    expect(stored.map((i) => [i.id, i.parentId])).toEqual([
      ['a', null],
      ['b', 'a'],
      ['c2', 'a'],
    ]);
    // Another version of the plan keeps its own items.
    expect(await importReviewItems(planId, 2, [item('a3', 'id-a', { version: 2 })])).toEqual({ added: 1, alreadyHeld: 0 });
  });

  it('refuses a wrong item and stores nothing of the import', async () => {
    await expect(importReviewItems('p', 1, [item('a', 'id-a'), item('b', '', {})])).rejects.toThrow();
    expect(await db().reviewItems.count()).toBe(0);
  });

  it('stores the MOA’s status and answer through a journaled edit, and drops one for an item removed meanwhile', async () => {
    await importReviewItems('p', 1, [item('a', 'id-a')]);
    const op = JSON.parse(JSON.stringify(reviewItemEdit.op('a', { status: 'answered', answer: 'Vi lägger till en aktivitet.' }))) as { args: unknown[] };
    expect(await reviewItemEdit.run(op.args)).toBe('applied');
    expect(await db().reviewItems.get('a')).toMatchObject({ status: 'answered', answer: 'Vi lägger till en aktivitet.' });
    await expect(updateReviewItem('a', { status: 'bogus' as never })).rejects.toThrow();
    expect(await reviewItemEdit.run(['gone', { status: 'done' }])).toBe('gone');
  });

  it('records review rounds, and a plan removed to the papperskorg takes its reviews with it and brings them back', async () => {
    const planId = await loadExample('Anna Lindqvist');
    await recordReviewRound({ id: 'r1', planId, version: 1, reviewers: [{ name: 'Maria Svensson', organisation: '', email: '', perspective: 'jämställdhet' }], sentAt: '2027-03-20T09:00:00.000Z', dueDate: '2027-04-10', fileNames: ['a.docx'] });
    await importReviewItems(planId, 1, [item('a', 'id-a')]);
    expect((await listReviewRounds(planId)).map((r) => r.id)).toEqual(['r1']);
    const removed = await trashPlan(planId);
    if (!removed.ok) throw new Error('not removed');
    expect(await db().reviewItems.count()).toBe(0);
    expect(await db().reviewRounds.count()).toBe(0);
    expect(removed.entry.records.reviewItems).toHaveLength(1);
    expect(await restoreFromTrash(removed.entry.id)).toMatchObject({ ok: true });
    expect(await db().reviewItems.count()).toBe(1);
    expect(await db().reviewRounds.count()).toBe(1);
  });
});
