import { useI18n } from '../../i18n/i18n.tsx';

/** Projects: the list, the project editor and the timeline. */
export function ProjectsView() {
  const { t } = useI18n();
  return <h1 tabIndex={-1}>{t('projects.heading')}</h1>;
}
