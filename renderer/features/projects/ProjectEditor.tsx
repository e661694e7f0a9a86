import { useLiveQuery } from 'dexie-react-hooks';
import type { Contact } from '#shared/domain/plan.ts';
import type { Project } from '#shared/domain/project.ts';
import { projectStatuses } from '#shared/domain/project.ts';
import { saveNow } from '../../saving/autosave.ts';
import { FormField } from '../../ui/FormField.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { listContacts } from '../contacts/contact-repository.ts';
import { listGoalAreas } from '../plans/plan-repository.ts';
import { SaveIndicator } from '../../ui/SaveIndicator.tsx';
import { FieldPair } from '../../ui/FieldPair.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { PartGuidanceProvider } from './PartHelp.tsx';
import { editorBlocks, titlesHeading, type EditorBlock, type EditorPart, type TextsHeading } from './editor-blocks.ts';
import { ProjectBudget } from './ProjectBudget.tsx';
import { ProjectCompleteness } from './ProjectCompleteness.tsx';
import { useProjectChecks } from './project-fields.ts';
import { ProjectGoals } from './ProjectGoals.tsx';
import { ProjectLinks } from './ProjectLinks.tsx';
import { ProjectOrganisation } from './ProjectOrganisation.tsx';
import { ProjectPrinciples } from './ProjectPrinciples.tsx';
import { getProject, layoutFor, projectEdit, projectLinks, projectTemplate, type ProjectTemplate } from './project-repository.ts';
import { ProjectRisks } from './ProjectRisks.tsx';
import { ProjectSchedule } from './ProjectSchedule.tsx';
import { ChangeTheory, SectionTexts, TargetGroups } from './ProjectTexts.tsx';
import { RemoveSection } from '../../ui/RemoveSection.tsx';
import { jumpTo } from '../../ui/jump-to.ts';
import { fieldEdits } from '#shared/project/project-edit.ts';
import { trashProject } from '../trash/trash-repository.ts';
import { fieldOf } from '#shared/fields/fields.ts';
import { projectFields } from '#shared/project/fields.ts';
import { choiceText, fieldLabel } from '../../i18n/field-words.ts';
import { GoalAreaOptions } from '../../ui/GoalAreaOptions.tsx';

export function ProjectEditor({ projectId }: { projectId: string }) {
  const { t } = useI18n();
  // The project with its own template version, not the active one (a project keeps the sections it was
  // written for), read together so the editor never shows a project with another project's template.
  const loaded = useLiveQuery(async () => {
    const found = await getProject(projectId);
    return found ? { project: found, template: await projectTemplate(found.templateRef) } : null;
  }, [projectId]);
  const goalAreas = useLiveQuery(listGoalAreas, []);
  const contacts = useLiveQuery(listContacts, []);

  if (loaded === undefined || goalAreas === undefined || contacts === undefined) return <p>{t('app.loading')}</p>;
  if (loaded === null) {
    return (
      <div role="alert">
        <p>{t('projects.editor.notFound')}</p>
        <a href="#/projekt">{t('projects.editor.back')}</a>
      </div>
    );
  }
  const { project, template } = loaded;
  const layout = layoutFor(project, template);
  const blocks = editorBlocks(layout);
  const headingOf = (heading: TextsHeading) => (heading.kind === 'titles' ? titlesHeading(heading.titles, t('projects.texts.and')) : t(`projects.part.${heading.kind}`));
  const label = (block: EditorBlock) => (block.type === 'texts' ? headingOf(block.heading) : t(`projects.part.${block.part}`));
  return (
    <div className="project-editor">
      <p className="screen-only">
        <a href="#/projekt">{t('projects.editor.back')}</a>
      </p>
      <div className="plan-header">
        <h2>{project.title}</h2>
        <SaveIndicator />
      </div>
      <TemplateGone template={template} />
      <nav aria-label={t('projects.editor.onThisPage')} className="on-this-page">
        <ul>
          {[{ id: 'project-basics', text: t('projects.part.basics') }, ...blocks.map((b) => ({ id: b.id, text: label(b) }))].map(({ id, text }) => (
            <li key={id}>
              <a href={`#/projekt/${encodeURIComponent(project.id)}`} onClick={(e) => jumpTo(e, id)}>
                {text}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      <ProjectCompleteness project={project} layout={layout} blocks={blocks} />
      <ProjectBasics project={project} goalAreas={goalAreas} />
      <PartGuidanceProvider layout={layout}>
        {blocks.map((block) =>
          block.type === 'texts' ? (
            <SectionTexts key={block.id} project={project} id={block.id} heading={headingOf(block.heading)} sections={block.sections} />
          ) : (
            <EditorPartView key={block.id} part={block.part} project={project} contacts={contacts} />
          ),
        )}
      </PartGuidanceProvider>
      <RemoveProject project={project} />
    </div>
  );
}

function EditorPartView({ part, project, contacts }: { part: EditorPart; project: Project; contacts: Contact[] }) {
  switch (part) {
    case 'links':
      return <ProjectLinks project={project} />;
    case 'goals':
      return <ProjectGoals project={project} />;
    case 'targetGroups':
      return <TargetGroups project={project} />;
    case 'organisation':
      return <ProjectOrganisation project={project} contacts={contacts} />;
    case 'schedule':
      return <ProjectSchedule project={project} />;
    case 'budget':
      return <ProjectBudget project={project} contacts={contacts} />;
    case 'risks':
      return <ProjectRisks project={project} />;
    case 'principles':
      return <ProjectPrinciples project={project} />;
    case 'changeTheory':
      return <ChangeTheory project={project} />;
  }
}

/** Said once at the top when the project's template version has been removed; the editor works on with the project's own sections. */
function TemplateGone({ template }: { template: ProjectTemplate }) {
  const { t } = useI18n();
  if (template.status !== 'gone') return null;
  return (
    <p className="notice" role="note">
      {t('projects.template.gone', { template: template.name ?? template.templateId, version: template.version })}
    </p>
  );
}


function ProjectBasics({ project, goalAreas }: { project: Project; goalAreas: { id: string; code: string; name: string }[] }) {
  const { t } = useI18n();
  const checks = useProjectChecks(project);
  const save = (patch: Partial<Project>) => projectEdit.op(project.id, fieldEdits([], patch));
  return (
    <section aria-labelledby="project-basics" className="project-part">
      <h3 id="project-basics" tabIndex={-1}>
        {t('projects.part.basics')}
      </h3>
      <EditField label={fieldLabel(t, fieldOf(projectFields, 'title'))} required saveKey={`project:${project.id}:title`} value={project.title} validate={checks.title} onSave={(title) => save({ title: title.trim() })} />
      <div className="field-row">
        <FormField label={fieldLabel(t, fieldOf(projectFields, 'goalAreaId'))}>
          <select value={project.goalAreaId} onChange={(e) => void saveNow(save({ goalAreaId: e.target.value, strategyIds: [], tacticIds: [] }))}>
            <GoalAreaOptions goalAreas={goalAreas} />
          </select>
        </FormField>
        <FormField label={fieldLabel(t, fieldOf(projectFields, 'status'))}>
          <select value={project.status} onChange={(e) => void saveNow(save({ status: e.target.value as Project['status'] }))}>
            {projectStatuses.map((s) => (
              <option key={s} value={s}>
                {choiceText(t, fieldOf(projectFields, 'status'), s)}
              </option>
            ))}
          </select>
        </FormField>
      </div>
      <FieldPair
        legend={t('projects.field.period')}
        labels={[fieldLabel(t, fieldOf(projectFields, 'startDate')), fieldLabel(t, fieldOf(projectFields, 'endDate'))]}
        type="date"
        required
        saveKey={`project:${project.id}:period`}
        stored={[project.startDate, project.endDate]}
        validate={(startDate, endDate) => checks.period(startDate, endDate, 'startDate') ?? checks.period(startDate, endDate, 'endDate')}
        onSave={(startDate, endDate) => save({ startDate, endDate })}
      />
    </section>
  );
}

function RemoveProject({ project }: { project: Project }) {
  const { t } = useI18n();
  return (
    <RemoveSection
      id="project-remove"
      className="project-part"
      heading={t('projects.remove.heading')}
      button={t('projects.remove.button')}
      question={t('projects.remove.question', { title: project.title })}
      yes={t('projects.remove.confirm')}
      no={t('projects.remove.cancel')}
      consequences={() => projectLinks(project.id)}
      describe={(links) => (links.activities + links.timeEntries > 0 ? <p>{t('projects.remove.links', { activities: links.activities, timeEntries: links.timeEntries })}</p> : null)}
      remove={async () => (await trashProject(project.id)).ok}
      title={project.title}
      back="#/projekt"
    />
  );
}
