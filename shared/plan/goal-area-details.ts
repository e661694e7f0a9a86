/**
 * Checks for editing a goal area's details (målområde) and its reviewers
 * (granskare). Builds on validateGoalAreaDraft; problems are codes with the
 * field they concern, which the renderer words.
 */
import { isEmailAddress } from '../domain/contact-validation.ts';
import type { GoalArea } from '../domain/plan.ts';
import { textLimits, validateGoalAreaDraft, type FieldProblemCode } from './validation.ts';

export type Reviewer = GoalArea['reviewers'][number];
export type GoalAreaDetails = Omit<GoalArea, 'id'>;

export type GoalAreaProblemCode = FieldProblemCode | 'tooMany' | 'invalidEmail';

export interface GoalAreaProblem {
  /** `code`, `name`, `effectGoals.3`, `reviewers.1.email` … */
  field: string;
  code: GoalAreaProblemCode;
  max?: number;
}

/** The list limits of shared/domain/plan.ts's goalAreaSchema. */
export const goalAreaLimits = { effectGoals: 100, reviewers: 50 } as const;

/** A reviewer as typed, trimmed where a stray space would only get in the way. */
export function normaliseReviewer(reviewer: Reviewer): Reviewer {
  return { name: reviewer.name.trim(), organisation: reviewer.organisation.trim(), email: reviewer.email.trim(), perspective: reviewer.perspective.trim() };
}

function checkText(problems: GoalAreaProblem[], field: string, value: string, required: boolean): void {
  if (required && value.trim() === '') problems.push({ field, code: 'required' });
  else if (value.length > textLimits.short) problems.push({ field, code: 'tooLong', max: textLimits.short });
}

/** One reviewer's problems; `prefix` places them in a list (`reviewers.2.`). */
export function validateReviewer(reviewer: Reviewer, prefix = ''): GoalAreaProblem[] {
  const problems: GoalAreaProblem[] = [];
  checkText(problems, `${prefix}name`, reviewer.name, true);
  checkText(problems, `${prefix}organisation`, reviewer.organisation, false);
  if (reviewer.email !== '') {
    if (reviewer.email.length > textLimits.short) problems.push({ field: `${prefix}email`, code: 'tooLong', max: textLimits.short });
    else if (!isEmailAddress(reviewer.email)) problems.push({ field: `${prefix}email`, code: 'invalidEmail' });
  }
  checkText(problems, `${prefix}perspective`, reviewer.perspective, false);
  return problems;
}

/**
 * The whole goal area as it would be stored. `otherCodes` are the other
 * goal areas' codes (not this one's); compared trimmed, ignoring case.
 */
export function validateGoalAreaDetails(details: GoalAreaDetails, otherCodes: readonly string[]): GoalAreaProblem[] {
  const problems: GoalAreaProblem[] = validateGoalAreaDraft(details, otherCodes);
  if (details.effectGoals.length > goalAreaLimits.effectGoals) problems.push({ field: 'effectGoals', code: 'tooMany', max: goalAreaLimits.effectGoals });
  if (details.reviewers.length > goalAreaLimits.reviewers) problems.push({ field: 'reviewers', code: 'tooMany', max: goalAreaLimits.reviewers });
  details.reviewers.forEach((reviewer, i) => problems.push(...validateReviewer(reviewer, `reviewers.${i}.`)));
  return problems;
}
