import type { Project } from '#shared/domain/project.ts';
import type { ShownSection } from '#shared/project/template-sections.ts';
import { sectionStep } from '#shared/project/project-edit.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { GuidanceText } from '../../ui/GuidanceText.tsx';
import { EditField } from '../../ui/EditField.tsx';
import { projectEdit } from './project-repository.ts';
import { fieldOf } from '#shared/fields/fields.ts';
import { projectFields } from '#shared/project/fields.ts';
import { fieldLabel } from '../../i18n/field-words.ts';

/**
 * A run of free-text sections (Sammanfattning, Bakgrund och problem …) as the project's template
 * shows them: title, guidance and required from the template, the text from the project.
 * A template section the project does not have yet is added when something is written in it.
 */
export function SectionTexts({ project, id, heading, sections }: { project: Project; id: string; heading: string; sections: readonly ShownSection[] }) {
  const { language } = useI18n();
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
          // Guidance is written in Swedish by the secretariat; an English UI shows none rather than a mix.
          help={language === 'sv' && section.guidance ? <GuidanceText text={section.guidance} /> : undefined}
          required={section.required}
          multiline
          rows={4}
          saveKey={`project:${project.id}:section:${section.key}`}
          value={section.text}
          onSave={(text) => projectEdit.op(project.id, [{ path: ['sections', sectionStep(section.key, section.title), 'text'], value: text }])}
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
      <EditField label={fieldLabel(t, fieldOf(projectFields, 'targetGroups.primary'))} help={t('projects.targetGroups.primaryHelp')} multiline rows={3} saveKey={`project:${project.id}:tg:primary`} value={project.targetGroups.primary} onSave={(primary) => projectEdit.op(project.id, [{ path: ['targetGroups', 'primary'], value: primary }])} />
      <EditField label={fieldLabel(t, fieldOf(projectFields, 'targetGroups.secondary'))} multiline rows={3} saveKey={`project:${project.id}:tg:secondary`} value={project.targetGroups.secondary} onSave={(secondary) => projectEdit.op(project.id, [{ path: ['targetGroups', 'secondary'], value: secondary }])} />
      <EditField label={fieldLabel(t, fieldOf(projectFields, 'stakeholders'))} help={t('projects.targetGroups.stakeholdersHelp')} multiline rows={3} saveKey={`project:${project.id}:stakeholders`} value={project.stakeholders} onSave={(stakeholders) => projectEdit.op(project.id, [{ path: ['stakeholders'], value: stakeholders }])} />
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
            <EditField label={t(`projects.changeTheory.${step}`)} multiline rows={3} saveKey={`project:${project.id}:ct:${step}`} value={project.changeTheory[step]} onSave={(text) => projectEdit.op(project.id, [{ path: ['changeTheory', step], value: text }])} />
          </li>
        ))}
      </ol>
    </section>
  );
}
