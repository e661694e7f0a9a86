/**
 * The selected activity's fields, drawn from its field table
 * (shared/plan/fields.ts) in the table's order: a text or date field, a
 * choice, an amount in kronor, and the pair of dates as one period. A new
 * field in the table shows here without a change to this file.
 */
import { useState } from 'react';
import type { Activity, GoalArea } from '#shared/domain/plan.ts';
import { fieldOf } from '#shared/fields/fields.ts';
import { activityFields } from '#shared/plan/fields.ts';
import { formatKronorInput, parseKronor, validateActivityPatch, validateDateRange, type FieldProblem } from '#shared/plan/validation.ts';
import { saveNow } from '../../saving/autosave.ts';
import { FormField } from '../../ui/FormField.tsx';
import { capitalised, choiceText, fieldKey, fieldLabel } from '../../i18n/field-words.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { FieldPair } from '../../ui/FieldPair.tsx';
import { AutosaveField } from '../../ui/AutosaveField.tsx';
import { nodeEdit } from './plan-repository.ts';
import { meetingsOfActivity } from '../meetings/meeting-repository.ts';
import { useLiveQuery } from 'dexie-react-hooks';
import { problemText } from './problem-text.ts';

type ActivityField = (typeof activityFields)[number];

/** "1500" and "1 500" are the same amount: a draft that means the stored cost is not unsaved. */
const sameKronor = (draft: string, stored: string): boolean => {
  const a = parseKronor(draft);
  const b = parseKronor(stored);
  return a.ok && b.ok ? a.ore === b.ore : draft === stored;
};

export function ActivityDetails({ activity, planId, goalArea, goalAreas }: { activity: Activity; planId: string; goalArea: GoalArea | null; goalAreas: GoalArea[] }) {
  const { t } = useI18n();
  const [problems, setProblems] = useState<Record<string, string | undefined>>({});
  const setProblem = (field: string) => (problem: string | undefined) => setProblems((p) => ({ ...p, [field]: problem }));
  const edit = (patch: Partial<Activity>) => nodeEdit.op(planId, 'activity', activity.id, patch);
  const word = (found: Pick<FieldProblem, 'field' | 'code' | 'max'> | undefined) => {
    if (!found) return undefined;
    const field = activityFields.find((f) => f.key === found.field) ?? fieldOf(activityFields, 'title');
    return problemText(t, fieldKey(field.uiLabel), found);
  };
  const check = (patch: Partial<Activity>) => word(validateActivityPatch(activity, patch)[0]);

  const fieldFor = (field: ActivityField) => {
    switch (field.kind) {
      case 'shortText':
      case 'longText':
        return (
          <FormField key={field.key} label={fieldLabel(t, field)} error={problems[field.key]} unsaved={problems[field.key] !== undefined}>
            <AutosaveField
              saveKey={`${field.key}:${activity.id}`}
              value={activity[field.key]}
              multiline={field.kind === 'longText'}
              validate={(v) => check({ [field.key]: v })}
              onProblem={setProblem(field.key)}
              onSave={(v) => edit({ [field.key]: v })}
            />
          </FormField>
        );
      case 'date': {
        // The activity's dates are a pair, shown and judged as one period where the start is.
        if (field.key === 'endDate') return null;
        return (
          <FieldPair
            key={field.key}
            legend={t('plans.field.activityPeriod')}
            labels={[fieldLabel(t, field), fieldLabel(t, fieldOf(activityFields, 'endDate'))]}
            type="date"
            required
            saveKey={`dates:${activity.id}`}
            stored={[activity.startDate, activity.endDate]}
            validate={(startDate, endDate) => word(validateDateRange(startDate, endDate))}
            onSave={(startDate, endDate) => edit({ startDate, endDate })}
          />
        );
      }
      case 'choice':
        return (
          <FormField key={field.key} label={fieldLabel(t, field)}>
            <select
              value={activity[field.key]}
              onChange={(e) => {
                const choice = field.choices.find((c) => c === e.target.value);
                if (choice) void saveNow(edit({ [field.key]: choice }));
              }}
            >
              {field.choices.map((choice) => (
                <option key={choice} value={choice}>
                  {capitalised(choiceText(t, field, choice))}
                </option>
              ))}
            </select>
          </FormField>
        );
      case 'kronor':
        return (
          <FormField key={field.key} label={fieldLabel(t, field)} error={problems[field.key]} unsaved={problems[field.key] !== undefined}>
            <AutosaveField
              saveKey={`${field.key}:${activity.id}`}
              value={formatKronorInput(activity[field.key])}
              equivalent={sameKronor}
              validate={(v) => {
                const parsed = parseKronor(v);
                return parsed.ok ? check({ [field.key]: parsed.ore }) : word({ field: field.key, ...parsed });
              }}
              onProblem={setProblem(field.key)}
              onSave={(v) => {
                const parsed = parseKronor(v);
                return parsed.ok ? edit({ [field.key]: parsed.ore }) : null;
              }}
            />
          </FormField>
        );
      case 'list':
        return <RelatedGoalAreas key={field.key} field={field} activity={activity} goalArea={goalArea} goalAreas={goalAreas} onSave={(ids) => void saveNow(edit({ relatedGoalAreaIds: ids }))} />;
      case 'reference':
        // The tactic an activity hangs under is changed by moving it in the outline.
        return null;
    }
  };

  return (
    <div className="node-details" data-kind="activity">
      {activityFields.map(fieldFor)}
      <DecidedAt activityId={activity.id} />
    </div>
  );
}

/** The meeting whose action became this activity, when one did: the link back from plan to meeting. */
function DecidedAt({ activityId }: { activityId: string }) {
  const { t } = useI18n();
  const meetings = useLiveQuery(() => meetingsOfActivity(activityId), [activityId]);
  if (!meetings || meetings.length === 0) return null;
  return (
    <p className="decided-at">
      {t('meetings.activity.decidedAt')}:{' '}
      {meetings.map((m, i) => (
        <span key={m.id}>
          {i > 0 ? ', ' : null}
          <a href={`#/moten/${encodeURIComponent(m.id)}`}>
            {m.title} ({m.startDate})
          </a>
        </span>
      ))}
    </p>
  );
}

/** *Synkning mellan målområdena*: the other goal areas the activity touches. */
function RelatedGoalAreas({
  field,
  activity,
  goalArea,
  goalAreas,
  onSave,
}: {
  field: Extract<ActivityField, { kind: 'list' }>;
  activity: Activity;
  goalArea: GoalArea | null;
  goalAreas: GoalArea[];
  onSave: (ids: string[]) => void;
}) {
  const { t } = useI18n();
  const others = goalAreas.filter((g) => g.id !== goalArea?.id);
  return (
    <fieldset className="checkbox-list">
      <legend>{fieldLabel(t, field)}</legend>
      <p className="help">{t(fieldKey(field.uiHelp))}</p>
      {others.length === 0 ? <p className="help">{t('plans.field.noOtherGoalAreas')}</p> : null}
      {others.map((g) => (
        <label key={g.id}>
          <input
            type="checkbox"
            checked={activity.relatedGoalAreaIds.includes(g.id)}
            onChange={(e) => onSave(e.target.checked ? [...activity.relatedGoalAreaIds, g.id] : activity.relatedGoalAreaIds.filter((x) => x !== g.id))}
          />
          {g.code} {g.name}
        </label>
      ))}
    </fieldset>
  );
}
