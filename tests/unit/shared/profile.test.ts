import { describe, expect, it } from 'vitest';
import { draftFromProfile, profileFromDraft, splitLines, validateProfileDraft, type ProfileDraft } from '#shared/domain/profile.ts';

const valid: ProfileDraft = {
  name: 'Anna Lindqvist',
  organisation: 'Örebro kommun',
  email: 'anna.lindqvist@orebro.se',
  goalAreas: 'Innovationer och entreprenörskap\n\n  Kunskapslyft för barn och unga  \r\n',
};

describe('profile', () => {
  it('accepts a complete draft and an empty e-mail', () => {
    expect(validateProfileDraft(valid)).toEqual([]);
    expect(validateProfileDraft({ ...valid, email: '' })).toEqual([]);
  });
  it('names every missing or wrong field, in form order', () => {
    expect(validateProfileDraft({ name: ' ', organisation: '', email: 'anna@', goalAreas: '' })).toEqual([
      { field: 'name', code: 'required' },
      { field: 'organisation', code: 'required' },
      { field: 'email', code: 'email' },
    ]);
  });
  it.each(['anna', 'anna@orebro', 'anna @orebro.se', '@orebro.se', 'anna@@orebro.se'])('refuses the e-mail %s', (email) => {
    expect(validateProfileDraft({ ...valid, email })).toEqual([{ field: 'email', code: 'email' }]);
  });
  it('refuses over-long values and too many goal areas', () => {
    expect(validateProfileDraft({ ...valid, name: 'x'.repeat(201) })).toEqual([{ field: 'name', code: 'tooLong', max: 200 }]);
    expect(validateProfileDraft({ ...valid, goalAreas: Array.from({ length: 51 }, (_, i) => `Område ${i}`).join('\n') })).toEqual([
      { field: 'goalAreas', code: 'tooMany', max: 50 },
    ]);
  });
  it('splits goal areas by line, trimmed, without empty lines', () => {
    expect(splitLines(valid.goalAreas)).toEqual(['Innovationer och entreprenörskap', 'Kunskapslyft för barn och unga']);
  });
  it('keeps emoji, quotes and markup-like text exactly and round-trips through the draft', () => {
    const draft = { ...valid, name: 'Åsa "Ö" <b>&amp; 🌱', goalAreas: 'Miljö & hälsa 🌍' };
    const profile = profileFromDraft(draft, new Date('2026-11-27T08:00:00Z'));
    expect(profile.name).toBe('Åsa "Ö" <b>&amp; 🌱');
    expect(draftFromProfile(profile)).toEqual({ ...draft, goalAreas: 'Miljö & hälsa 🌍' });
  });
  it('keeps the creation time when the profile is edited', () => {
    const first = profileFromDraft(valid, new Date('2026-01-01T00:00:00Z'));
    const edited = profileFromDraft({ ...valid, name: 'Anna L' }, new Date('2026-11-27T00:00:00Z'), first);
    expect(edited.createdAt).toBe('2026-01-01T00:00:00.000Z');
    expect(edited.updatedAt).toBe('2026-11-27T00:00:00.000Z');
  });
  it('throws when asked to build from an invalid draft', () => {
    expect(() => profileFromDraft({ ...valid, name: '' }, new Date())).toThrow();
  });
});
