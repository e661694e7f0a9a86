import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';

/** Words a validation problem (shared/plan/validation.ts) for the field it concerns. */
export function problemText(t: Translate, fieldLabel: MessageKey, problem: { code: string; max?: number } | undefined): string | undefined {
  if (!problem) return undefined;
  const key = `plans.problem.${problem.code}` as MessageKey;
  return t(key, { field: t(fieldLabel), max: problem.max ?? '' });
}
