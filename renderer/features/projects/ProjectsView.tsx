import './projects.css';
import { useSubPath } from '../../app/use-route.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProjectEditor } from './ProjectEditor.tsx';
import { ProjectList } from './ProjectList.tsx';
import { TimelineView } from './timeline/TimelineView.tsx';

/** Projekt: the project list, one project's plan (`#/projekt/<id>`), or the timeline (`#/projekt/tidslinje`). */
export function ProjectsView() {
  const { t } = useI18n();
  const [section] = useSubPath();
  const tab = section === 'tidslinje' ? 'timeline' : 'projects';
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.projects')}</h1>
      <nav aria-label={t('projects.tabs.label')} className="tabs">
        <a href="#/projekt" aria-current={tab === 'projects' && !section ? 'page' : undefined}>
          {t('projects.tabs.projects')}
        </a>
        <a href="#/projekt/tidslinje" aria-current={tab === 'timeline' ? 'page' : undefined}>
          {t('projects.tabs.timeline')}
        </a>
      </nav>
      {tab === 'timeline' ? <TimelineView /> : section ? <ProjectEditor key={section} projectId={section} /> : <ProjectList />}
    </>
  );
}
