import { profileFromDraft, validateProfileDraft, type FieldProblem, type Profile, type ProfileDraft, type ProfileField } from '#shared/domain/profile.ts';
import { db } from './database.ts';

/** The profile, or null before the first-run form has been completed. */
export async function getProfile(): Promise<Profile | null> {
  return (await db().profile.get('me')) ?? null;
}

export type SaveProfileResult = { ok: true; profile: Profile } | { ok: false; problems: FieldProblem<ProfileField>[] };

/** Validates and stores the profile in one transaction; nothing is written when the draft has problems. */
export async function saveProfile(draft: ProfileDraft, now: Date = new Date()): Promise<SaveProfileResult> {
  const problems = validateProfileDraft(draft);
  if (problems.length > 0) return { ok: false, problems };
  const database = db();
  const profile = await database.transaction('rw', database.profile, async () => {
    const previous = await database.profile.get('me');
    const next = profileFromDraft(draft, now, previous);
    await database.profile.put(next);
    return next;
  });
  return { ok: true, profile };
}
