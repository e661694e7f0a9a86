import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it } from 'vitest';
import { db } from '../../../../renderer/db/database.ts';
import { saveProfile } from '../../../../renderer/db/profile.ts';
import { addProfileGoalAreas, profileNamesMissingGoalAreas, saveProfileWithGoalAreas } from '../../../../renderer/features/goal-areas/goal-area-repository.ts';
import { ensureDefaultTemplate } from '../../../../renderer/features/templates/template-repository.ts';

beforeEach(async () => {
  const database = db();
  await database.open();
  await Promise.all(database.tables.map((table) => table.clear()));
});

const draft = { name: 'Anna Lindqvist', organisation: 'Örebro kommun', email: '', goalAreas: 'Kunskapslyft för barn och unga\nKultur och turism' };

describe('the profile\'s goal areas', () => {
  it('become goal areas on first run, before any template is installed, matched with the shipped template by name', async () => {
    const result = await saveProfileWithGoalAreas(draft);
    expect(result.ok).toBe(true);
    const goalAreas = (await db().goalAreas.toArray()).sort((a, b) => a.code.localeCompare(b.code, 'sv'));
    expect(goalAreas.map((g) => [g.code, g.name, g.owner, g.description !== ''])).toEqual([
      ['KBU', 'Kunskapslyft för barn och unga', 'Anna Lindqvist', true],
      ['KT', 'Kultur och turism', 'Anna Lindqvist', false],
    ]);
    // The template installed afterwards does not change what was made.
    await ensureDefaultTemplate();
    expect(await db().goalAreas.count()).toBe(2);
  });

  it('stores nothing at all when the profile is refused', async () => {
    const result = await saveProfileWithGoalAreas({ ...draft, name: ' ' });
    expect(result.ok).toBe(false);
    expect(await db().profile.count()).toBe(0);
    expect(await db().goalAreas.count()).toBe(0);
  });

  it('never adds a duplicate when saved again, and offers only new names later', async () => {
    await saveProfileWithGoalAreas(draft);
    await saveProfileWithGoalAreas({ ...draft, goalAreas: 'KUNSKAPSLYFT för barn och unga\nKultur och turism' });
    expect(await db().goalAreas.count()).toBe(2);
    expect(await profileNamesMissingGoalAreas()).toEqual([]);

    await saveProfile({ ...draft, goalAreas: `${draft.goalAreas}\nInnovationer och entreprenörskap` });
    expect(await db().goalAreas.count()).toBe(2);
    expect(await profileNamesMissingGoalAreas()).toEqual(['Innovationer och entreprenörskap']);
    const [first, second] = await Promise.all([addProfileGoalAreas(), addProfileGoalAreas()]);
    expect([...first, ...second].map((g) => g.code)).toEqual(['IE']);
    expect(await db().goalAreas.count()).toBe(3);
    expect(await profileNamesMissingGoalAreas()).toEqual([]);
  });
});
