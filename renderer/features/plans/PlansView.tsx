import './plans.css';
import type { Profile } from '../../../shared/domain/profile.ts';
import { useSubPath } from '../../app/use-route.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { ActivityTableView } from '../activities/ActivityTable.tsx';
import { PlanEditor } from './PlanEditor.tsx';
import { PlanList } from './PlanList.tsx';

/** Planer: the goal areas' plans, one plan's editor, or the table of all activities. */
export function PlansView({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  const [section, planId] = useSubPath();
  const tab = section === 'aktiviteter' ? 'activities' : 'plans';
  return (
    <>
      <h1 tabIndex={-1}>{t('nav.plans')}</h1>
      <nav aria-label={t('plans.tabs.label')} className="tabs">
        <a href="#/planer" aria-current={tab === 'plans' ? 'page' : undefined}>
          {t('plans.tabs.plans')}
        </a>
        <a href="#/planer/aktiviteter" aria-current={tab === 'activities' ? 'page' : undefined}>
          {t('plans.tabs.activities')}
        </a>
      </nav>
      {section === 'aktiviteter' ? (
        <ActivityTableView />
      ) : section === 'plan' && planId ? (
        <PlanEditor key={planId} planId={planId} />
      ) : (
        <PlanList profile={profile} />
      )}
    </>
  );
}
