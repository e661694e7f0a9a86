import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import type { GoalArea } from '#shared/domain/plan.ts';
import type { GoalAreaDetails, Reviewer } from '#shared/plan/goal-area-details.ts';
import { db } from '../../../../renderer/db/database.ts';
import {
  addReviewer,
  loadGoalArea,
  removeReviewer,
  setEffectGoals,
  updateGoalArea,
  updateReviewer,
} from '../../../../renderer/features/goal-areas/goal-area-repository.ts';

const ie: GoalArea = {
  id: 'ga-ie',
  code: 'IE',
  name: 'Innovationer och entreprenörskap',
  description: '',
  effectGoals: ['Fler nya företag'],
  owner: 'Anna Lindqvist',
  reviewers: [],
};
const kl: GoalArea = { ...ie, id: 'ga-kl', code: 'KL', name: 'Kunskapslyft för barn och unga', effectGoals: [] };

const karin: Reviewer = { name: 'Karin Berg', organisation: 'Region Örebro län', email: 'karin.berg@regionorebrolan.se', perspective: 'jämställdhet' };

const details = (overrides: Partial<GoalAreaDetails> = {}): GoalAreaDetails => {
  const { id: _id, ...rest } = ie;
  return { ...rest, ...overrides };
};

const problems = (result: Awaited<ReturnType<typeof updateGoalArea>>) => (!result.ok && result.reason === 'invalid' ? result.problems.map((p) => `${p.field}:${p.code}`) : []);

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
  await database.goalAreas.bulkAdd([ie, kl]);
});

describe('goal area repository', () => {
  it('updates the details, trimming code and name and dropping empty effect-goal lines', async () => {
    const result = await updateGoalArea(ie.id, details({ code: ' IE1 ', name: ' Innovation ', description: 'Rad ett\nrad två 🚀', effectGoals: ['Fler företag', ' ', 'Fler patent '] }));
    expect(result.ok).toBe(true);
    expect(await loadGoalArea(ie.id)).toEqual({ ...ie, code: 'IE1', name: 'Innovation', description: 'Rad ett\nrad två 🚀', effectGoals: ['Fler företag', 'Fler patent'] });
  });

  it('keeps its own code, in another case too', async () => {
    expect((await updateGoalArea(ie.id, details({ code: 'ie' }))).ok).toBe(true);
    expect((await loadGoalArea(ie.id))?.code).toBe('ie');
  });

  it.each<[string, Partial<GoalAreaDetails>, string[]]>([
    ['another goal area’s code', { code: 'KL' }, ['code:duplicateCode']],
    ['another goal area’s code in lower case with spaces', { code: ' kl ' }, ['code:duplicateCode']],
    ['no code', { code: '  ' }, ['code:required']],
    ['a code over 20 characters', { code: 'X'.repeat(21) }, ['code:tooLong']],
    ['no name', { name: '' }, ['name:required']],
    ['an effect goal over 500 characters', { effectGoals: ['ok', 'e'.repeat(501)] }, ['effectGoals.1:tooLong']],
    ['101 effect goals', { effectGoals: Array.from({ length: 101 }, (_, i) => `Mål ${i}`) }, ['effectGoals:tooMany']],
    ['a reviewer with a bad e-mail', { reviewers: [{ ...karin, email: 'karin@' }] }, ['reviewers.0.email:invalidEmail']],
    ['a reviewer without a name', { reviewers: [karin, { ...karin, name: ' ' }] }, ['reviewers.1.name:required']],
  ])('refuses %s and changes nothing', async (_label, overrides, expected) => {
    const before = await db().goalAreas.toArray();
    const result = await updateGoalArea(ie.id, details({ description: 'Ändrad', ...overrides }));
    expect(result.ok).toBe(false);
    expect(problems(result)).toEqual(expected);
    expect(await db().goalAreas.toArray()).toEqual(before);
  });

  it('says notFound for a goal area that does not exist, and creates nothing', async () => {
    expect(await updateGoalArea('missing', details({ code: 'NY' }))).toEqual({ ok: false, reason: 'notFound' });
    expect(await db().goalAreas.count()).toBe(2);
  });

  it('sets the effect goals as a list of lines', async () => {
    expect((await setEffectGoals(kl.id, ['Fler elever klarar gymnasiet', '', 'Fler läser vidare'])).ok).toBe(true);
    expect((await loadGoalArea(kl.id))?.effectGoals).toEqual(['Fler elever klarar gymnasiet', 'Fler läser vidare']);
  });

  it('adds, edits and removes reviewers, with a default or a free-text perspective', async () => {
    expect((await addReviewer(ie.id, { ...karin, name: ' Karin Berg ' })).ok).toBe(true);
    expect((await addReviewer(ie.id, { name: 'Omar Haddad', organisation: '', email: '', perspective: 'tillgänglighet' })).ok).toBe(true);
    expect((await loadGoalArea(ie.id))?.reviewers).toEqual([karin, { name: 'Omar Haddad', organisation: '', email: '', perspective: 'tillgänglighet' }]);

    expect((await updateReviewer(ie.id, 1, { name: 'Omar Haddad', organisation: 'Örebro universitet', email: 'omar@oru.se', perspective: 'integration och mångfald' })).ok).toBe(true);
    expect((await loadGoalArea(ie.id))?.reviewers[1]?.organisation).toBe('Örebro universitet');

    expect((await removeReviewer(ie.id, 0)).ok).toBe(true);
    expect((await loadGoalArea(ie.id))?.reviewers.map((r) => r.name)).toEqual(['Omar Haddad']);
  });

  it('refuses an invalid reviewer or a reviewer that is not in the list, and changes nothing', async () => {
    await addReviewer(ie.id, karin);
    const before = await loadGoalArea(ie.id);
    expect(problems(await addReviewer(ie.id, { ...karin, name: '', email: 'inte en adress' }))).toEqual(['name:required', 'email:invalidEmail']);
    expect(problems(await updateReviewer(ie.id, 0, { ...karin, email: 'karin@region' }))).toEqual(['email:invalidEmail']);
    expect(await updateReviewer(ie.id, 3, karin)).toEqual({ ok: false, reason: 'notFound' });
    expect(await removeReviewer(ie.id, -1)).toEqual({ ok: false, reason: 'notFound' });
    expect(await loadGoalArea(ie.id)).toEqual(before);
  });
});
