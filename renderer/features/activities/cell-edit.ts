/**
 * Editing one cell: the text an editor starts from, the change a draft
 * makes, and the Swedish (or English) words for a refused value. Pure.
 */
import type { Activity } from '#shared/domain/plan.ts';
import { fieldOf, findField } from '#shared/fields/fields.ts';
import { activityFields } from '#shared/plan/fields.ts';
import { columnLabelKey } from '../../i18n/field-words.ts';
import { endKeepingLength } from '#shared/plan/period-dates.ts';
import { formatKronorInput, parseKronor } from '#shared/plan/validation.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import type { EditableField, EditField } from './activity-columns.ts';
import type { ActivityPatch } from './activity-queries.ts';

/** What a refused edit is about; the shape of validation.ts's FieldProblem and parseKronor's failure. */
export interface EditProblem {
  field: string;
  code: string;
  max?: number;
}

/** The editable field with that key. */
export function editableField(key: EditField): EditableField {
  return fieldOf(activityFields, key);
}

export function draftOf(activity: Activity, key: EditField): string {
  const field = editableField(key);
  return field.kind === 'kronor' ? formatKronorInput(activity[field.key]) : activity[field.key];
}

/** `movedEnd`: the start went past the end, so the end moved along to keep the activity's length (say so). */
export type DraftResult = { ok: true; patch: ActivityPatch; unchanged: boolean; movedEnd?: { endDate: string; days: number } } | { ok: false; problem: EditProblem };

/** The change a draft makes to the activity, or why it cannot be one (the cost is not an amount, the status not one of the choices). */
export function patchFromDraft(activity: Activity, key: EditField, draft: string): DraftResult {
  const field = editableField(key);
  switch (field.kind) {
    case 'kronor': {
      const parsed = parseKronor(draft);
      if (!parsed.ok) return { ok: false, problem: { field: field.key, code: parsed.code } };
      return { ok: true, patch: { [field.key]: parsed.ore }, unchanged: parsed.ore === activity[field.key] };
    }
    case 'choice': {
      const choice = field.choices.find((c) => c === draft);
      if (choice === undefined) return { ok: false, problem: { field: field.key, code: 'invalid' } };
      return { ok: true, patch: { [field.key]: choice }, unchanged: choice === activity[field.key] };
    }
    default:
      // Moving the start past the end takes the end along: the pair's rule, so the activity keeps its length.
      if (field.key === 'startDate') {
        const moved = endKeepingLength(activity, draft);
        if (moved) return { ok: true, patch: { startDate: draft, endDate: moved.endDate }, unchanged: false, movedEnd: moved };
      }
      return { ok: true, patch: { [field.key]: draft }, unchanged: draft === activity[field.key] };
  }
}

const problemMessages: Record<string, MessageKey> = {
  required: 'activities.problem.required',
  tooLong: 'activities.problem.tooLong',
  endBeforeStart: 'activities.problem.endBeforeStart',
  invalidDate: 'activities.problem.invalidDate',
  notANumber: 'activities.problem.notANumber',
  negative: 'activities.problem.negative',
  tooLarge: 'activities.problem.tooLarge',
};

/** "Kostnad: beloppet kan inte vara negativt. Ange 0 eller mer." — names the field and what is expected. */
export function problemMessage(t: Translate, problem: EditProblem): string {
  const field = t(columnLabelKey(findField(activityFields, problem.field) ?? editableField('title')));
  return t(problemMessages[problem.code] ?? 'activities.problem.invalid', { field, max: problem.max ?? '' });
}

/** The problem to show at the edited cell: one about its own field first. */
export function problemFor(problems: readonly EditProblem[], field: EditField): EditProblem | undefined {
  return problems.find((p) => p.field === field) ?? problems[0];
}
