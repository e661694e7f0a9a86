import { useState, type FormEvent } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { budgetTotals, financingBalance } from '#shared/project/budget.ts';
import { formatKronor } from '#shared/format.ts';
import { FormField } from '../../ui/FormField.tsx';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { listGoalAreas } from '../plans/plan-repository.ts';
import { createProject, listProjects } from './project-repository.ts';
import { validateNewProject, type NewProjectProblem } from './project-fields.ts';
import { useRemovalNotice } from '../../ui/removal-notice.ts';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';

export function projectHref(projectId: string): string {
  return `#/projekt/${encodeURIComponent(projectId)}`;
}

/** All projects with status, period, budget total and financing balance, and the form for a new one. */
export function ProjectList() {
  const { t, language } = useI18n();
  const projects = useLiveQuery(listProjects, []);
  const goalAreas = useLiveQuery(listGoalAreas, []);
  const removalNotice = useRemovalNotice();
  if (projects === undefined || goalAreas === undefined) return <p>{t('app.loading')}</p>;
  const goalAreaName = new Map(goalAreas.map((g) => [g.id, `${g.code} ${g.name}`]));
  return (
    <>
      <section aria-labelledby="projects-list">
        <h2 id="projects-list">{t('projects.list.heading')}</h2>
        <p role="status" className="status">
          {removalNotice}
        </p>
        {projects.length === 0 ? (
          <p>{t('projects.list.empty')}</p>
        ) : (
          <div className="table-scroll">
            <table className="data-table project-table">
              <caption className="visually-hidden">{t('projects.list.caption')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('projects.field.title')}</th>
                  <th scope="col">{t('projects.field.goalArea')}</th>
                  <th scope="col">{t('projects.field.status')}</th>
                  <th scope="col">{t('projects.field.period')}</th>
                  <th scope="col" className="number">
                    {t('projects.list.budget')}
                  </th>
                  <th scope="col" className="number">
                    {t('projects.list.balance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {projects.map((project) => {
                  const balance = financingBalance(project);
                  return (
                    <tr key={project.id}>
                      <th scope="row">
                        <a href={projectHref(project.id)}>{project.title}</a>
                      </th>
                      <td>{goalAreaName.get(project.goalAreaId) ?? t('projects.list.unknownGoalArea')}</td>
                      <td>{t(`projects.status.${project.status}`)}</td>
                      <td className="nowrap">
                        {project.startDate} – {project.endDate}
                      </td>
                      <td className="number">{formatKronor(budgetTotals(project).total, language)}</td>
                      <td className="number">
                        {balance.balanced ? t('projects.balance.balanced') : balance.difference > 0 ? t('projects.balance.over', { amount: formatKronor(balance.difference, language) }) : t('projects.balance.under', { amount: formatKronor(-balance.difference, language) })}
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
        )}
      </section>
      {goalAreas.length === 0 ? <p>{t('projects.list.needGoalArea')}</p> : <NewProjectForm goalAreas={goalAreas} />}
    </>
  );
}

function NewProjectForm({ goalAreas }: { goalAreas: { id: string; code: string; name: string }[] }) {
  const { t } = useI18n();
  const year = Number(localToday().slice(0, 4));
  const [draft, setDraft] = useState({ goalAreaId: goalAreas[0]?.id ?? '', title: '', startDate: `${year + 1}-01-01`, endDate: `${year + 2}-12-31` });
  const [problems, setProblems] = useState<NewProjectProblem[]>([]);
  const problem = (field: NewProjectProblem['field']) => {
    const found = problems.find((p) => p.field === field);
    return found ? t(found.message, found.params) : undefined;
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found = validateNewProject(draft);
    setProblems(found);
    if (found.length > 0) return;
    const project = await createProject({ ...draft, title: draft.title.trim() });
    window.location.hash = projectHref(project.id);
  }

  return (
    <section aria-labelledby="new-project">
      <h2 id="new-project">{t('projects.new.heading')}</h2>
      <form onSubmit={(e) => void submit(e)} noValidate className="compact-form">
        <FormField label={t('projects.field.title')} required error={problem('title')}>
          <input value={draft.title} onChange={(e) => setDraft({ ...draft, title: e.target.value })} />
        </FormField>
        <FormField label={t('projects.field.goalArea')}>
          <select value={draft.goalAreaId} onChange={(e) => setDraft({ ...draft, goalAreaId: e.target.value })}>
            <GoalAreaOptions goalAreas={goalAreas} />
          </select>
        </FormField>
        <FormField label={t('projects.field.startDate')} required error={problem('startDate')}>
          <input type="date" value={draft.startDate} onChange={(e) => setDraft({ ...draft, startDate: e.target.value })} />
        </FormField>
        <FormField label={t('projects.field.endDate')} required error={problem('endDate')}>
          <input type="date" value={draft.endDate} onChange={(e) => setDraft({ ...draft, endDate: e.target.value })} />
        </FormField>
        <button type="submit" className="primary">
          {t('projects.new.create')}
        </button>
      </form>
    </section>
  );
}
