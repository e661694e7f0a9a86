/**
 * The goal areas a user names in the profile (Mina målområden) as goal
 * area records: a name the template knows takes the template's code,
 * description and effect goals; any other name gets a code made of its
 * initials. Names the workbook already has as goal areas are left out, so
 * saving the profile again never makes a duplicate.
 */
import type { GoalArea } from '../domain/plan.ts';
import type { TemplateGoalArea } from '../templates/schema.ts';
import { textLimits } from './validation.ts';
import { dataLocale } from '../locale.ts';

export type ProfileGoalArea = Omit<GoalArea, 'id'>;

/** Names and codes compare as a Swede reads them: trimmed, inner spaces collapsed, case ignored. */
export function sameText(a: string, b: string): boolean {
  return normalised(a) === normalised(b);
}

function normalised(text: string): string {
  return text.trim().replace(/\s+/gu, ' ').toLocaleLowerCase(dataLocale);
}

/** Small words a code leaves out, as the RUS writes "Kunskapslyft för barn och unga" as KBU. */
const fillerWords = new Set(['och', 'för', 'i', 'av', 'med', 'till', 'på', 'om', 'en', 'ett', 'att', 'the', 'and', 'for', 'of', 'in', 'to', 'a', 'an']);

/** The initials of the name's words (letters and digits only), upper case; `MO` (målområde) when the name has none. */
export function codeFromName(name: string): string {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter((w) => w !== '');
  const kept = words.filter((w) => !fillerWords.has(w.toLocaleLowerCase(dataLocale)));
  const initials = (kept.length > 0 ? kept : words).map((w) => w.charAt(0).toLocaleUpperCase(dataLocale)).join('');
  // Room for a number after it, within the goal area code's limit.
  return initials === '' ? 'MO' : initials.slice(0, textLimits.goalAreaCode - 3);
}

/** `code`, or `code2`, `code3` … whichever no goal area has. */
function freeCode(code: string, taken: Set<string>): string {
  let candidate = code;
  for (let n = 2; taken.has(normalised(candidate)); n += 1) candidate = `${code}${n}`;
  return candidate;
}

/**
 * The goal areas to create for the profile's names: one per name the
 * workbook lacks (by name), in the profile's order, each with a code no
 * other goal area has. `existing` are the workbook's goal areas.
 */
export function goalAreasForProfile(
  names: readonly string[],
  existing: readonly Pick<GoalArea, 'code' | 'name'>[],
  templateGoalAreas: readonly TemplateGoalArea[],
  owner: string,
): ProfileGoalArea[] {
  const takenCodes = new Set(existing.map((g) => normalised(g.code)));
  const takenNames = new Set(existing.map((g) => normalised(g.name)));
  const created: ProfileGoalArea[] = [];
  for (const raw of names) {
    const name = raw.trim().replace(/\s+/gu, ' ');
    if (name === '' || takenNames.has(normalised(name))) continue;
    takenNames.add(normalised(name));
    const known = templateGoalAreas.find((g) => sameText(g.name, name));
    const base = known && !takenCodes.has(normalised(known.code)) ? known.code : codeFromName(name);
    const code = freeCode(base, takenCodes);
    takenCodes.add(normalised(code));
    created.push({
      code,
      name: known?.name ?? name,
      description: known?.description ?? '',
      effectGoals: known ? [...known.effectGoals] : [],
      owner,
      reviewers: [],
    });
  }
  return created;
}

/** The profile's names that no goal area has yet, as typed: what Inställningar offers to add. */
export function profileNamesWithoutGoalArea(names: readonly string[], existing: readonly Pick<GoalArea, 'name'>[]): string[] {
  const have = new Set(existing.map((g) => normalised(g.name)));
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = normalised(name);
    if (have.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
