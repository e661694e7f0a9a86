import { newId } from '../../db/new-id.ts';
import { projectGoalLevels, type Project, type ProjectGoal } from '#shared/domain/project.ts';
import { PartHelp } from './PartHelp.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { useProjectChecks } from './project-fields.ts';
import { projectEdit, updateProject } from './project-repository.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { fieldOf } from '#shared/fields/fields.ts';
import { projectGoalFields } from '#shared/project/fields.ts';
import { fieldLabel } from '../../i18n/field-words.ts';

/** Mål on three levels, each measurable: indicator, baseline, target and date. */
export function ProjectGoals({ project }: { project: Project }) {
  const { t } = useI18n();
  const checks = useProjectChecks(project);
  const save = (id: string, patch: Partial<ProjectGoal>) => projectEdit.op(project.id, fieldEdits(['goals', { id }], patch));
  const add = (level: ProjectGoal['level']) =>
    updateProject(project.id, (p) => ({ ...p, goals: [...p.goals, { id: newId(), level, text: '', indicator: '', baseline: '', target: '', targetDate: null }] }));
  return (
    <section aria-labelledby="project-goals" className="project-part">
      <h3 id="project-goals" tabIndex={-1}>
        {t('projects.part.goals')}
      </h3>
      <PartHelp part="goals" />
      {projectGoalLevels.map((level) => {
        const goals = project.goals.filter((g) => g.level === level);
        return (
          <div key={level} className="goal-level">
            <h4>{t(`projects.goalLevel.${level}`)}</h4>
            {goals.length === 0 ? <p className="muted">{t('projects.goals.noneOnLevel')}</p> : null}
            {goals.map((goal, index) => {
              const name = `${t(`projects.goalLevel.${level}`)} ${index + 1}`;
              return (
                <fieldset key={goal.id} className="item-card">
                  <legend>{name}</legend>
                  <EditField label={fieldLabel(t, fieldOf(projectGoalFields, 'text'))} multiline rows={2} saveKey={`goal:${goal.id}:text`} value={goal.text} onSave={(text) => save(goal.id, { text })} />
                  <div className="field-row">
                    <EditField label={fieldLabel(t, fieldOf(projectGoalFields, 'indicator'))} saveKey={`goal:${goal.id}:indicator`} value={goal.indicator} onSave={(indicator) => save(goal.id, { indicator })} />
                    <EditField label={fieldLabel(t, fieldOf(projectGoalFields, 'baseline'))} saveKey={`goal:${goal.id}:baseline`} value={goal.baseline} onSave={(baseline) => save(goal.id, { baseline })} />
                    <EditField label={fieldLabel(t, fieldOf(projectGoalFields, 'target'))} saveKey={`goal:${goal.id}:target`} value={goal.target} onSave={(target) => save(goal.id, { target })} />
                    <EditField
                      label={fieldLabel(t, fieldOf(projectGoalFields, 'targetDate'))}
                      type="date"
                      saveKey={`goal:${goal.id}:targetDate`}
                      value={goal.targetDate ?? ''}
                      validate={(v) => checks.goalDate(v, goal.level)}
                      onSave={(date) => save(goal.id, { targetDate: date === '' ? null : date })}
                    />
                  </div>
                  <button type="button" className="danger" onClick={() => void updateProject(project.id, (p) => ({ ...p, goals: p.goals.filter((g) => g.id !== goal.id) }))}>
                    {t('projects.goals.remove', { name })}
                  </button>
                </fieldset>
              );
            })}
            <button type="button" onClick={() => void add(level)}>
              {t(`projects.goals.add.${level}`)}
            </button>
          </div>
        );
      })}
    </section>
  );
}
