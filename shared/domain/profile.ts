import { z } from 'zod';

/** Limits a real person never reaches; they stop runaway input, not people. */
export const profileLimits = { name: 200, organisation: 200, email: 254, goalArea: 200, goalAreas: 50 } as const;

/**
 * Validation problems are returned as codes with the field they concern, so the
 * renderer can word them in the user's language (see renderer/i18n).
 */
export type ProfileField = 'name' | 'organisation' | 'email' | 'goalAreas';
export type ProblemCode = 'required' | 'tooLong' | 'email' | 'tooMany';
export interface FieldProblem<F extends string = string> {
  field: F;
  code: ProblemCode;
  max?: number;
}

/** The MOA's own profile, one per workbook. Goal areas are free text until templates define them. */
export const profileSchema = z.object({
  id: z.literal('me'),
  name: z.string().trim().min(1).max(profileLimits.name),
  organisation: z.string().trim().min(1).max(profileLimits.organisation),
  email: z.union([z.literal(''), z.email().max(profileLimits.email)]),
  goalAreaNames: z.array(z.string().trim().min(1).max(profileLimits.goalArea)).max(profileLimits.goalAreas),
  createdAt: z.iso.datetime(),
  updatedAt: z.iso.datetime(),
});

export type Profile = z.infer<typeof profileSchema>;

export interface ProfileDraft {
  name: string;
  organisation: string;
  email: string;
  /** One goal area per line, as typed. */
  goalAreas: string;
}

export function splitLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}

const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Checks a draft as typed; returns every problem, in form order. */
export function validateProfileDraft(draft: ProfileDraft): FieldProblem<ProfileField>[] {
  const problems: FieldProblem<ProfileField>[] = [];
  const name = draft.name.trim();
  if (name === '') problems.push({ field: 'name', code: 'required' });
  else if (name.length > profileLimits.name) problems.push({ field: 'name', code: 'tooLong', max: profileLimits.name });
  const organisation = draft.organisation.trim();
  if (organisation === '') problems.push({ field: 'organisation', code: 'required' });
  else if (organisation.length > profileLimits.organisation)
    problems.push({ field: 'organisation', code: 'tooLong', max: profileLimits.organisation });
  const email = draft.email.trim();
  if (email.length > profileLimits.email) problems.push({ field: 'email', code: 'tooLong', max: profileLimits.email });
  else if (email !== '' && (!emailPattern.test(email) || !z.email().safeParse(email).success))
    problems.push({ field: 'email', code: 'email' });
  const goalAreas = splitLines(draft.goalAreas);
  if (goalAreas.length > profileLimits.goalAreas) problems.push({ field: 'goalAreas', code: 'tooMany', max: profileLimits.goalAreas });
  else if (goalAreas.some((g) => g.length > profileLimits.goalArea))
    problems.push({ field: 'goalAreas', code: 'tooLong', max: profileLimits.goalArea });
  return problems;
}

/** Builds the stored profile from a valid draft; throws on an invalid one (callers validate first). */
export function profileFromDraft(draft: ProfileDraft, now: Date, previous?: Profile): Profile {
  const timestamp = now.toISOString();
  return profileSchema.parse({
    id: 'me',
    name: draft.name.trim(),
    organisation: draft.organisation.trim(),
    email: draft.email.trim(),
    goalAreaNames: splitLines(draft.goalAreas),
    createdAt: previous?.createdAt ?? timestamp,
    updatedAt: timestamp,
  });
}

export function draftFromProfile(profile: Profile | null): ProfileDraft {
  return {
    name: profile?.name ?? '',
    organisation: profile?.organisation ?? '',
    email: profile?.email ?? '',
    goalAreas: profile?.goalAreaNames.join('\n') ?? '',
  };
}
