import type { GoalAreaProblem, GoalAreaProblemCode } from '#shared/plan/goal-area-details.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

const worded = {
  required: 'goalAreas.problem.required',
  tooLong: 'goalAreas.problem.tooLong',
  duplicateCode: 'goalAreas.problem.duplicateCode',
  tooMany: 'goalAreas.problem.tooMany',
  invalidEmail: 'goalAreas.problem.invalidEmail',
} as const satisfies Partial<Record<GoalAreaProblemCode, MessageKey>>;

/** Words a goal-area problem for the field it concerns; codes these forms cannot cause get a plain fallback. */
export function goalAreaProblemText(t: Translate, fieldLabel: string, problem: GoalAreaProblem | undefined): string | undefined {
  if (!problem) return undefined;
  const key: MessageKey = problem.code in worded ? worded[problem.code as keyof typeof worded] : 'goalAreas.problem.invalid';
  return t(key, { field: fieldLabel, max: problem.max ?? '' });
}
