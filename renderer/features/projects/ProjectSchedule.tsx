import { newId } from '../../db/new-id.ts';
import { activityStatuses } from '#shared/domain/plan.ts';
import type { Project, ProjectActivity } from '#shared/domain/project.ts';
import { PartHelp } from './PartHelp.tsx';
import { localToday } from '../../ui/today.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { AddByName } from '../../ui/AddByName.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { DataTable } from '../../ui/DataTable.tsx';
import { RemoveItemButton } from '../../ui/RemoveItemButton.tsx';
import { ActivityDateCells } from './ActivityDateCells.tsx';
import { useProjectChecks } from './project-fields.ts';
import { projectEdit, updateProject } from './project-repository.ts';
import { usePending } from '../../ui/use-pending.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { saveNow } from '../../saving/autosave.ts';
import { activityStatusText, capitalised } from '../../i18n/field-words.ts';

/** A new activity starts today when today is inside the project, else on the project's first day. */
function defaultDate(project: Project): string {
  const today = localToday();
  return today >= project.startDate && today <= project.endDate ? today : project.startDate;
}

/** Aktiviteter och tidplan: work packages, and activities and milestones with dates, responsible and status. */
export function ProjectSchedule({ project }: { project: Project }) {
  const { t } = useI18n();
  const checks = useProjectChecks(project);
  const { pendingOr, setPending } = usePending<boolean>(project);
  const saveActivity = (id: string, patch: Partial<ProjectActivity>) => projectEdit.op(project.id, fieldEdits(['activities', { id }], patch));
  const addActivity = (title: string, milestone: boolean) => {
    const date = defaultDate(project);
    return updateProject(project.id, (p) => ({ ...p, activities: [...p.activities, { id: newId(), workPackageId: p.workPackages[0]?.id ?? null, title, responsible: '', startDate: date, endDate: date, status: 'planned', milestone }] }));
  };
  const activities = [...project.activities].sort((a, b) => a.startDate.localeCompare(b.startDate));
  return (
    <section aria-labelledby="project-schedule" className="project-part">
      <h3 id="project-schedule" tabIndex={-1}>
        {t('projects.part.schedule')}
      </h3>
      <PartHelp part="activities" />
      <h4>{t('projects.workPackages.heading')}</h4>
      {project.workPackages.length === 0 ? <p className="muted">{t('projects.workPackages.none')}</p> : null}
      {project.workPackages.map((wp, index) => (
        <fieldset key={wp.id} className="item-card">
          <legend>{t('projects.workPackages.number', { number: index + 1 })}</legend>
          <EditField label={t('projects.workPackages.title')} required saveKey={`wp:${wp.id}:title`} value={wp.title} validate={checks.requiredText} onSave={(title) => projectEdit.op(project.id, [{ path: ['workPackages', { id: wp.id }, 'title'], value: title.trim() }])} />
          <EditField label={t('projects.workPackages.description')} multiline rows={2} saveKey={`wp:${wp.id}:description`} value={wp.description} onSave={(description) => projectEdit.op(project.id, [{ path: ['workPackages', { id: wp.id }, 'description'], value: description }])} />
          <button
            type="button"
            className="danger"
            onClick={() => void updateProject(project.id, (p) => ({ ...p, workPackages: p.workPackages.filter((w) => w.id !== wp.id), activities: p.activities.map((a) => (a.workPackageId === wp.id ? { ...a, workPackageId: null } : a)) }))}
          >
            {t('projects.workPackages.remove', { title: wp.title })}
          </button>
        </fieldset>
      ))}
      <AddByName label={t('projects.workPackages.new')} button={t('projects.workPackages.add')} onAdd={(title) => updateProject(project.id, (p) => ({ ...p, workPackages: [...p.workPackages, { id: newId(), title, description: '' }] }))} />

      <h4>{t('projects.activities.heading')}</h4>
      <p className="help">{t('projects.activities.period', { start: project.startDate, end: project.endDate })}</p>
      <DataTable
        captionId="project-activities-caption"
        caption={t('projects.activities.heading')}
        className="data-table edit-table"
        columns={[t('projects.activities.title'), t('projects.activities.workPackage'), t('projects.activities.responsible'), t('projects.activities.start'), t('projects.activities.end'), t('projects.activities.status'), t('projects.activities.milestone'), { label: t('projects.actions'), hidden: true }]}
        rows={activities}
        empty={<p className="muted">{t('projects.activities.none')}</p>}
      >
        {(activity) => {
          const name = activity.title;
          return (
            <tr key={activity.id} data-activity-id={activity.id}>
              <td>
                <EditField hideLabel label={t('projects.activities.titleOf', { name })} saveKey={`pa:${activity.id}:title`} value={activity.title} validate={checks.requiredText} onSave={(title) => saveActivity(activity.id, { title: title.trim() })} />
              </td>
              <td>
                <label className="visually-hidden" htmlFor={`wp-${activity.id}`}>
                  {t('projects.activities.workPackageOf', { name })}
                </label>
                <select id={`wp-${activity.id}`} value={activity.workPackageId ?? ''} onChange={(e) => void saveNow(saveActivity(activity.id, { workPackageId: e.target.value === '' ? null : e.target.value }))}>
                  <option value="">{t('projects.activities.noWorkPackage')}</option>
                  {project.workPackages.map((wp) => (
                    <option key={wp.id} value={wp.id}>
                      {wp.title}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <EditField hideLabel label={t('projects.activities.responsibleOf', { name })} saveKey={`pa:${activity.id}:responsible`} value={activity.responsible} onSave={(responsible) => saveActivity(activity.id, { responsible })} />
              </td>
              <ActivityDateCells activity={activity} validate={(startDate, endDate) => checks.activityDates(activity, startDate, endDate)} onSave={(dates) => saveActivity(activity.id, dates)} />
              <td>
                <label className="visually-hidden" htmlFor={`status-${activity.id}`}>
                  {t('projects.activities.statusOf', { name })}
                </label>
                <select id={`status-${activity.id}`} value={activity.status} onChange={(e) => void saveNow(saveActivity(activity.id, { status: e.target.value as ProjectActivity['status'] }))}>
                  {activityStatuses.map((s) => (
                    <option key={s} value={s}>
                      {capitalised(activityStatusText(t, s))}
                    </option>
                  ))}
                </select>
              </td>
              <td>
                <input
                  type="checkbox"
                  aria-label={t('projects.activities.milestoneOf', { name })}
                  checked={pendingOr(activity.id, activity.milestone)}
                  onChange={(e) => {
                    setPending(activity.id, e.target.checked);
                    void saveNow(saveActivity(activity.id, e.target.checked ? { milestone: true, endDate: activity.startDate } : { milestone: false }));
                  }}
                />
              </td>
              <td>
                <RemoveItemButton name={name} onRemove={() => void updateProject(project.id, (p) => ({ ...p, activities: p.activities.filter((a) => a.id !== activity.id) }))} />
              </td>
            </tr>
          );
        }}
      </DataTable>
      <div className="add-row">
        <AddByName label={t('projects.activities.new')} button={t('projects.activities.add')} onAdd={(title) => addActivity(title, false)} />
        <AddByName label={t('projects.milestones.new')} button={t('projects.milestones.add')} onAdd={(title) => addActivity(title, true)} />
      </div>
    </section>
  );
}
