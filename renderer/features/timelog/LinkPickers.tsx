import { useMemo } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { timeEntryField } from '#shared/timelog/fields.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { loadLinkOptions, type ActivityOption } from './timelog-queries.ts';

export interface LinkValue {
  goalAreaId: string | null;
  activityId: string | null;
  projectId: string | null;
}

interface Props {
  value: LinkValue;
  onChange: (value: LinkValue) => void;
  errors?: { goalArea?: string | undefined; activity?: string | undefined; project?: string | undefined };
}

const orNull = (text: string): string | null => (text === '' ? null : text);

/**
 * The optional links of an entry, row or timer: goal area, plan activity (grouped by plan) and
 * project. Picking a goal area narrows the activities and projects to it. The options are read
 * when the pickers are shown, not with the week (the workbook may hold 10 000 activities).
 */
export function LinkPickers({ value, onChange, errors }: Props) {
  const { t } = useI18n();
  const options = useLiveQuery(loadLinkOptions, []);

  const activityGroups = useMemo(() => {
    const groups = new Map<string, ActivityOption[]>();
    for (const option of options?.activities ?? []) {
      if (value.goalAreaId !== null && option.goalAreaId !== value.goalAreaId && option.activity.id !== value.activityId) continue;
      const group = groups.get(option.planTitle) ?? [];
      group.push(option);
      groups.set(option.planTitle, group);
    }
    return [...groups.entries()];
  }, [options, value.goalAreaId, value.activityId]);

  if (options === undefined) return <p className="muted">{t('timelog.link.loading')}</p>;
  const projects = options.projects.filter((p) => value.goalAreaId === null || p.goalAreaId === value.goalAreaId || p.id === value.projectId);

  const changeGoalArea = (goalAreaId: string | null) => {
    // An activity or project of another goal area would no longer be offered, so it goes too.
    const activity = options.activities.find((o) => o.activity.id === value.activityId);
    const project = options.projects.find((p) => p.id === value.projectId);
    onChange({
      goalAreaId,
      activityId: goalAreaId !== null && activity && activity.goalAreaId !== goalAreaId ? null : value.activityId,
      projectId: goalAreaId !== null && project && project.goalAreaId !== goalAreaId ? null : value.projectId,
    });
  };

  return (
    <div className="link-pickers">
      <FormField label={t(timeEntryField.goalAreaId.uiLabel)} error={errors?.goalArea}>
        <select value={value.goalAreaId ?? ''} onChange={(e) => changeGoalArea(orNull(e.target.value))}>
          <option value="">{t('timelog.link.none')}</option>
          {options.goalAreas.map((g) => (
            <option key={g.id} value={g.id}>
              {g.name}
            </option>
          ))}
        </select>
      </FormField>
      <FormField label={t(timeEntryField.activityId.uiLabel)} error={errors?.activity}>
        <select value={value.activityId ?? ''} onChange={(e) => onChange({ ...value, activityId: orNull(e.target.value) })}>
          <option value="">{t('timelog.link.none')}</option>
          {activityGroups.map(([planTitle, group]) => (
            <optgroup key={planTitle} label={planTitle || t('timelog.link.noPlan')}>
              {group.map((o) => (
                <option key={o.activity.id} value={o.activity.id}>
                  {o.activity.title.trim() || t('timelog.link.untitledActivity')}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FormField>
      <FormField label={t(timeEntryField.projectId.uiLabel)} error={errors?.project}>
        <select value={value.projectId ?? ''} onChange={(e) => onChange({ ...value, projectId: orNull(e.target.value) })}>
          <option value="">{t('timelog.link.none')}</option>
          {projects.map((p) => (
            <option key={p.id} value={p.id}>
              {p.title}
            </option>
          ))}
        </select>
      </FormField>
    </div>
  );
}
