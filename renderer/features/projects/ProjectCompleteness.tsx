import type { Project } from '#shared/domain/project.ts';
import { projectCompleteness, projectCompletenessText, type ProjectCompletenessItem } from '#shared/project/completeness.ts';
import type { ProjectLayout } from '#shared/project/template-sections.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { blockIdOfSection, type EditorBlock } from './editor-blocks.ts';

/** Where in the editor an item is fixed. */
function partOf(item: ProjectCompletenessItem, blocks: readonly EditorBlock[]): string {
  switch (item.kind) {
    case 'section':
      return blockIdOfSection(blocks, item.id ?? '') ?? 'project-closing';
    case 'goal':
      return 'project-goals';
    case 'organisation':
      return 'project-organisation';
    case 'financing':
      return 'project-financing';
    case 'principle':
      return 'project-principles';
    case 'project':
      return item.field === 'tacticIds' ? 'project-links' : item.field === 'goals' ? 'project-goals' : item.field === 'activities' ? 'project-schedule' : item.field === 'budget' ? 'project-budget' : 'project-risks';
  }
}

/** What is still missing: the same list (and wording) the Word export shows before a draft is exported. */
export function ProjectCompleteness({ project, layout, blocks }: { project: Project; layout: ProjectLayout; blocks: readonly EditorBlock[] }) {
  const { t } = useI18n();
  // Required sections are the project's own template version's (layout), not the active template's.
  const items = projectCompleteness(project, layout.requiredSectionKeys);
  return (
    <details className="completeness" open={items.length > 0}>
      <summary>
        {t('projects.completeness.heading')} ({items.length})
      </summary>
      {items.length === 0 ? (
        <p>{t('projects.completeness.done')}</p>
      ) : (
        <ul>
          {items.map((item, index) => (
            <li key={`${item.kind}-${item.id ?? ''}-${item.field}-${index}`}>
              <button
                type="button"
                className="link-button"
                onClick={() => {
                  const target = document.getElementById(partOf(item, blocks));
                  target?.scrollIntoView({ block: 'start' });
                  target?.focus();
                }}
              >
                {projectCompletenessText(item, project, layout.sectionTitles)}
              </button>
            </li>
          ))}
        </ul>
      )}
    </details>
  );
}
