import '../features/plans/plans.css';
import { useEffect } from 'react';
import type { Profile } from '#shared/domain/profile.ts';
import { useSubPath } from './use-route.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ActivityTableView } from '../features/activities/ActivityTable.tsx';
import { preloadActivityTable } from '../features/activities/activity-queries.ts';
import { ContactsView } from '../features/contacts/ContactsView.tsx';
import { GoalAreaEditor } from '../features/goal-areas/GoalAreaEditor.tsx';
import { ExportIndicatorReportButton } from '../features/documents/ExportIndicatorReportButton.tsx';
import { ExportPlanButton, ExportReviewCopyButton } from '../features/documents/ExportPlanButton.tsx';
import { ExportResponseButton } from '../features/documents/ExportResponseButton.tsx';
import { ReviewView } from '../features/review/ReviewView.tsx';
import { PlanEditor } from '../features/plans/PlanEditor.tsx';
import { PlanList } from '../features/plans/PlanList.tsx';
import { IndicatorsView } from '../features/indicators/IndicatorsView.tsx';

/** Planer: the goal areas' plans, one plan's editor, or the table of all activities. */
export function PlansView({ profile }: { profile: Profile }) {
  const { t } = useI18n();
  // `#/planer/plan/<plan>/<row>` opens a plan at one of its rows (the overview links activities so);
  // `#/planer/indikatorer/<goal area>/<plan>` a goal area's or plan's indicators.
  const [section, planId, nodeId] = useSubPath();
  const tab = section === 'aktiviteter' ? 'activities' : section === 'kontakter' ? 'contacts' : section === 'indikatorer' ? 'indicators' : section === 'granskning' ? 'review' : 'plans';
  // The tab to the table of all activities is on screen: its rows are read and joined while the browser is idle, so the table opens from memory.
  useEffect(() => preloadActivityTable(), []);
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
        <a href="#/planer/kontakter" aria-current={tab === 'contacts' ? 'page' : undefined}>
          {t('plans.tabs.contacts')}
        </a>
        <a href="#/planer/indikatorer" aria-current={tab === 'indicators' ? 'page' : undefined}>
          {t('plans.tabs.indicators')}
        </a>
        <a href="#/planer/granskning" aria-current={tab === 'review' ? 'page' : undefined}>
          {t('review.tab')}
        </a>
      </nav>
      {section === 'aktiviteter' ? (
        <ActivityTableView />
      ) : section === 'kontakter' ? (
        <ContactsView />
      ) : section === 'indikatorer' ? (
        <IndicatorsView goalAreaId={planId ?? null} planId={nodeId ?? null} exportAction={(goalArea, plan) => <ExportIndicatorReportButton key={`${goalArea}:${plan ?? ''}`} goalAreaId={goalArea} planId={plan} />} />
      ) : section === 'granskning' ? (
        <ReviewView planId={planId ?? null} exportCopy={(plan) => <ExportReviewCopyButton planId={plan} />} exportResponse={(plan, version) => <ExportResponseButton planId={plan} version={version} />} />
      ) : section === 'malomrade' && planId ? (
        <GoalAreaEditor key={planId} goalAreaId={planId} />
      ) : section === 'plan' && planId ? (
        <PlanEditor key={planId} planId={planId} initialNodeId={nodeId ?? null} exportAction={<ExportPlanButton planId={planId} />} />
      ) : (
        <PlanList profile={profile} />
      )}
    </>
  );
}
