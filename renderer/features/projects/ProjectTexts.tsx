import type { Project } from '../../../shared/domain/project.ts';
import { requiredProjectSectionKeys, sectionGuidance } from '../../../shared/project/defaults.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { EditField } from './EditField.tsx';
import { updateProject } from './project-repository.ts';

/** Free-text sections (Sammanfattning, Bakgrund och problem …): either the given keys, or all but the excepted ones. */
export function SectionTexts({ project, id, heading, keys, exceptKeys }: { project: Project; id: string; heading: string; keys?: readonly string[]; exceptKeys?: readonly string[] }) {
  const { language } = useI18n();
  const sections = project.sections.filter((s) => (keys ? keys.includes(s.key) : !exceptKeys?.includes(s.key)));
  if (sections.length === 0) return null;
  return (
    <section aria-labelledby={id} className="project-part">
      <h3 id={id} tabIndex={-1}>
        {heading}
      </h3>
      {sections.map((section) => (
        <EditField
          key={section.key}
          label={section.title}
          help={language === 'sv' ? (sectionGuidance(section.key) ?? undefined) : undefined}
          required={requiredProjectSectionKeys.includes(section.key)}
          multiline
          rows={4}
          saveKey={`project:${project.id}:section:${section.key}`}
          value={section.text}
          onSave={(text) => updateProject(project.id, (p) => ({ ...p, sections: p.sections.map((s) => (s.key === section.key ? { ...s, text } : s)) }))}
        />
      ))}
    </section>
  );
}

export function TargetGroups({ project }: { project: Project }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="project-targetGroups" className="project-part">
      <h3 id="project-targetGroups" tabIndex={-1}>
        {t('projects.part.targetGroups')}
      </h3>
      <EditField label={t('projects.targetGroups.primary')} help={t('projects.targetGroups.primaryHelp')} multiline rows={3} saveKey={`project:${project.id}:tg:primary`} value={project.targetGroups.primary} onSave={(primary) => updateProject(project.id, (p) => ({ ...p, targetGroups: { ...p.targetGroups, primary } }))} />
      <EditField label={t('projects.targetGroups.secondary')} multiline rows={3} saveKey={`project:${project.id}:tg:secondary`} value={project.targetGroups.secondary} onSave={(secondary) => updateProject(project.id, (p) => ({ ...p, targetGroups: { ...p.targetGroups, secondary } }))} />
      <EditField label={t('projects.targetGroups.stakeholders')} help={t('projects.targetGroups.stakeholdersHelp')} multiline rows={3} saveKey={`project:${project.id}:stakeholders`} value={project.stakeholders} onSave={(stakeholders) => updateProject(project.id, (p) => ({ ...p, stakeholders }))} />
    </section>
  );
}

const changeTheorySteps = ['challenge', 'activities', 'results', 'effects'] as const;

/** Förändringsteori, optional: challenge → activities → results → effects, shown as a chain. */
export function ChangeTheory({ project }: { project: Project }) {
  const { t } = useI18n();
  return (
    <section aria-labelledby="project-changeTheory" className="project-part">
      <h3 id="project-changeTheory" tabIndex={-1}>
        {t('projects.part.changeTheory')}
      </h3>
      <p className="help">{t('projects.changeTheory.help')}</p>
      <ol className="change-theory">
        {changeTheorySteps.map((step) => (
          <li key={step}>
            <EditField label={t(`projects.changeTheory.${step}`)} multiline rows={3} saveKey={`project:${project.id}:ct:${step}`} value={project.changeTheory[step]} onSave={(text) => updateProject(project.id, (p) => ({ ...p, changeTheory: { ...p.changeTheory, [step]: text } }))} />
          </li>
        ))}
      </ol>
    </section>
  );
}
