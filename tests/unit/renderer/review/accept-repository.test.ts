import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { acceptSuggestion, acceptedSuggestions, takeBackSuggestion } from '../../../../renderer/features/review/accept-repository.ts';
import { importReviewItems, listReviewItems } from '../../../../renderer/features/review/review-repository.ts';
import { listPlanVersions, loadExample, loadPlanContent, submitPlan, updateNode } from '../../../../renderer/features/plans/plan-repository.ts';
import type { ReviewItem } from '#shared/domain/review.ts';
import type { Strategy } from '#shared/domain/plan.ts';

beforeEach(async () => {
  await db().delete();
  await db().open();
});

/** A suggestion on the strategy's *varför*, made in the paragraph that holds its text alone. */
function suggestion(id: string, planId: string, strategy: Strategy, kind: 'insertion' | 'deletion', text: string, at: number, over: Partial<ReviewItem> = {}): ReviewItem {
  return {
    id,
    planId,
    version: 1,
    kind,
    author: 'Bo Berg',
    initials: '',
    writtenAt: '2027-04-02T10:15:00Z',
    text,
    commentedText: '',
    parentId: null,
    resolvedInWord: false,
    placement: { kind: 'part', partKind: 'strategy', recordId: strategy.id, anchor: '_moa_g00000001' },
    edit: { paragraph: strategy.why, at },
    status: 'new',
    answer: '',
    source: { fileName: 'granskad.docx', identity: `identity-${id}` },
    importedAt: '2027-04-05T08:00:00.000Z',
    updatedAt: '2027-04-05T08:00:00.000Z',
    ...over,
  };
}

async function submittedExample() {
  const planId = await loadExample('Anna Lindqvist');
  await submitPlan(planId);
  const content = await loadPlanContent(planId);
  const strategy = content?.strategies[0];
  if (!content || !strategy) throw new Error('the example has a strategy');
  return { planId, content, strategy };
}

describe('putting a suggestion into the plan', () => {
  it('writes the field, marks the item åtgärdad, starts the submitted plan’s next version, and Ångra puts both back', async () => {
    const { planId, content, strategy } = await submittedExample();
    const version = content.plan.version;
    await importReviewItems(planId, version, [suggestion('ins', planId, strategy, 'insertion', ' Även på landsbygden.', strategy.why.length, { version, status: 'answered' })]);

    const accepted = await acceptSuggestion('ins', () => '2027-04-06T09:00:00.000Z');
    expect(accepted.ok).toBe(true);
    const after = await loadPlanContent(planId);
    expect(after?.strategies.find((s) => s.id === strategy.id)?.why).toBe(`${strategy.why} Även på landsbygden.`);
    expect(after?.plan).toMatchObject({ version: version + 1, status: 'draft' });
    const [stored] = await listReviewItems(planId);
    expect(stored).toMatchObject({ status: 'done', accepted: { recordKind: 'strategy', recordId: strategy.id, field: 'why', before: strategy.why, previousStatus: 'answered', acceptedAt: '2027-04-06T09:00:00.000Z' } });
    expect((await acceptedSuggestions(planId, version)).map((i) => i.id)).toEqual(['ins']);
    // Once is enough.
    expect(await acceptSuggestion('ins')).toEqual({ ok: false, reason: 'alreadyAccepted' });

    expect((await takeBackSuggestion('ins')).ok).toBe(true);
    expect((await loadPlanContent(planId))?.strategies.find((s) => s.id === strategy.id)?.why).toBe(strategy.why);
    expect((await listReviewItems(planId))[0]).toMatchObject({ status: 'answered', accepted: null });
    expect(await acceptedSuggestions(planId, version)).toEqual([]);
  });

  it('follows the field as it reads now, and refuses a change whose text the MOA has edited away; nothing changes then', async () => {
    const { planId, content, strategy } = await submittedExample();
    const version = content.plan.version;
    const word = strategy.why.split(' ')[0] ?? '';
    await importReviewItems(planId, version, [suggestion('del', planId, strategy, 'deletion', word, 0, { version }), suggestion('ins', planId, strategy, 'insertion', '!', strategy.why.length, { version })]);
    await updateNode(planId, 'strategy', strategy.id, { why: `${strategy.why.replace(word, word.toUpperCase())}` });
    expect(await acceptSuggestion('del')).toEqual({ ok: false, reason: 'textChanged' });
    // The insertion at the end still finds its place in the edited text.
    expect((await acceptSuggestion('ins')).ok).toBe(true);
    const why = (await loadPlanContent(planId))?.strategies.find((s) => s.id === strategy.id)?.why;
    expect(why).toBe(`${strategy.why.replace(word, word.toUpperCase())}!`);
    const items = await listReviewItems(planId);
    const refused = items.find((i) => i.id === 'del');
    expect(refused?.status).toBe('new');
    expect(refused?.accepted ?? null).toBeNull();
  });

  it('does not take back over what was typed since, nor take a title to nothing', async () => {
    const { planId, content, strategy } = await submittedExample();
    const version = content.plan.version;
    const activity = content.activities[0];
    if (!activity) throw new Error('the example has an activity');
    await importReviewItems(planId, version, [
      suggestion('ins', planId, strategy, 'insertion', '!', strategy.why.length, { version }),
      suggestion('all', planId, strategy, 'deletion', activity.title, 0, {
        version,
        placement: { kind: 'part', partKind: 'activity', recordId: activity.id, anchor: '_moa_a00000001' },
        edit: { paragraph: activity.title, at: 0 },
      }),
    ]);
    expect((await acceptSuggestion('ins')).ok).toBe(true);
    await updateNode(planId, 'strategy', strategy.id, { why: 'Omskrivet av MOA.' });
    expect(await takeBackSuggestion('ins')).toEqual({ ok: false, reason: 'textChanged' });
    expect((await loadPlanContent(planId))?.strategies.find((s) => s.id === strategy.id)?.why).toBe('Omskrivet av MOA.');
    expect(await acceptSuggestion('all')).toEqual({ ok: false, reason: 'wouldEmpty' });
    expect((await loadPlanContent(planId))?.activities.find((a) => a.id === activity.id)?.title).toBe(activity.title);
  });

  it('locates the change in the version the reviewer read, not in the plan as it reads now', async () => {
    const { planId, content, strategy } = await submittedExample();
    const version = content.plan.version;
    expect((await listPlanVersions(planId)).map((v) => v.version)).toEqual([version]);
    // The MOA rewrote the start of the text after submitting; the reviewer's insertion at the end still goes in.
    await updateNode(planId, 'strategy', strategy.id, { why: `Inledning. ${strategy.why}` });
    await importReviewItems(planId, version, [suggestion('ins', planId, strategy, 'insertion', ' Slut.', strategy.why.length, { version })]);
    expect((await acceptSuggestion('ins')).ok).toBe(true);
    expect((await loadPlanContent(planId))?.strategies.find((s) => s.id === strategy.id)?.why).toBe(`Inledning. ${strategy.why} Slut.`);
  });

  it('a suggestion read before its place was kept gets it when the file is read again, and nothing else changes', async () => {
    const { planId, content, strategy } = await submittedExample();
    const version = content.plan.version;
    const { edit: _edit, ...withoutPlace } = suggestion('old', planId, strategy, 'insertion', '!', strategy.why.length, { version, answer: 'Bra.' });
    await importReviewItems(planId, version, [withoutPlace]);
    expect(await acceptSuggestion('old')).toEqual({ ok: false, reason: 'noPlace' });
    expect(await importReviewItems(planId, version, [suggestion('new-id', planId, strategy, 'insertion', '!', strategy.why.length, { version, source: { fileName: 'granskad.docx', identity: 'identity-old' } })])).toEqual({ added: 0, alreadyHeld: 1 });
    const [held] = await listReviewItems(planId);
    expect(held).toMatchObject({ id: 'old', answer: 'Bra.', edit: { paragraph: strategy.why, at: strategy.why.length } });
    expect((await acceptSuggestion('old')).ok).toBe(true);
  });
});
