/**
 * Editing one cell: the text an editor starts from, the change a draft
 * makes, and the Swedish (or English) words for a refused value. Pure.
 */
import { activityStatuses, type Activity, type ActivityStatus } from '../../../shared/domain/plan.ts';
import { endKeepingLength } from '../../../shared/plan/period-dates.ts';
import { formatKronorInput, parseKronor } from '../../../shared/plan/validation.ts';
import type { Translate } from '../../i18n/i18n.tsx';
import type { MessageKey } from '../../i18n/sv.ts';
import type { EditField } from './activity-columns.ts';
import type { ActivityPatch } from './activity-queries.ts';

/** What a refused edit is about; the shape of validation.ts's FieldProblem and parseKronor's failure. */
export interface EditProblem {
  field: string;
  code: string;
  max?: number;
}

export function draftOf(activity: Activity, field: EditField): string {
  switch (field) {
    case 'costOre':
      return formatKronorInput(activity.costOre);
    default:
      return activity[field];
  }
}

/** `movedEnd`: the start went past the end, so the end moved along to keep the activity's length (say so). */
export type DraftResult = { ok: true; patch: ActivityPatch; unchanged: boolean; movedEnd?: { endDate: string; days: number } } | { ok: false; problem: EditProblem };

const isStatus = (value: string): value is ActivityStatus => (activityStatuses as readonly string[]).includes(value);

/** The change a draft makes to the activity, or why it cannot be one (the cost is not an amount). */
export function patchFromDraft(activity: Activity, field: EditField, draft: string): DraftResult {
  switch (field) {
    case 'costOre': {
      const parsed = parseKronor(draft);
      if (!parsed.ok) return { ok: false, problem: { field: 'costOre', code: parsed.code } };
      return { ok: true, patch: { costOre: parsed.ore }, unchanged: parsed.ore === activity.costOre };
    }
    case 'startDate': {
      const moved = endKeepingLength(activity, draft);
      if (moved) return { ok: true, patch: { startDate: draft, endDate: moved.endDate }, unchanged: false, movedEnd: moved };
      return { ok: true, patch: { startDate: draft }, unchanged: draft === activity.startDate };
    }
    case 'status':
      if (!isStatus(draft)) return { ok: false, problem: { field: 'status', code: 'invalid' } };
      return { ok: true, patch: { status: draft }, unchanged: draft === activity.status };
    default:
      return { ok: true, patch: { [field]: draft }, unchanged: draft === activity[field] };
  }
}

const fieldLabels: Record<string, MessageKey> = {
  title: 'activities.column.title',
  responsible: 'activities.column.responsible',
  startDate: 'activities.column.start',
  endDate: 'activities.column.end',
  status: 'activities.column.status',
  costOre: 'activities.column.cost',
};

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
  const field = t(fieldLabels[problem.field] ?? 'activities.column.title');
  return t(problemMessages[problem.code] ?? 'activities.problem.invalid', { field, max: problem.max ?? '' });
}

/** The problem to show at the edited cell: one about its own field first. */
export function problemFor(problems: readonly EditProblem[], field: EditField): EditProblem | undefined {
  return problems.find((p) => p.field === field) ?? problems[0];
}
