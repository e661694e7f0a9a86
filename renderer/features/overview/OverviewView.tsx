import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '../../../shared/domain/profile.ts';
import { formatInteger } from '../../../shared/format.ts';
import { getWorkbookCounts } from '../../db/overview.ts';
import { StorageStatus } from '../settings/StorageStatus.tsx';
import { useI18n } from '../../i18n/i18n.tsx';

export function OverviewView({ profile }: { profile: Profile }) {
  const { t, language } = useI18n();
  const counts = useLiveQuery(getWorkbookCounts, []);
  useEffect(() => {
    // The start-up benchmark (npm run bench) reads this mark: the overview shows real data.
    if (counts) performance.mark('moa:overview-ready');
  }, [counts]);
  return (
    <>
      <h1 tabIndex={-1}>{t('overview.heading')}</h1>
      <p className="lead">{t('overview.greeting', { name: profile.name })}</p>
      <section aria-labelledby="overview-profile">
        <h2 id="overview-profile">{t('overview.profileHeading')}</h2>
        <dl className="facts">
          <dt>{t('overview.organisation')}</dt>
          <dd>{profile.organisation}</dd>
          <dt>{t('overview.goalAreas')}</dt>
          <dd>
            {profile.goalAreaNames.length > 0 ? (
              <ul>
                {profile.goalAreaNames.map((name) => (
                  <li key={name}>{name}</li>
                ))}
              </ul>
            ) : (
              t('overview.noGoalAreas')
            )}
          </dd>
        </dl>
      </section>
      <section aria-labelledby="overview-contents">
        <h2 id="overview-contents">{t('overview.contentsHeading')}</h2>
        {counts === undefined ? (
          <p>{t('app.loading')}</p>
        ) : (
          <dl className="facts" data-testid="workbook-counts">
            <dt>{t('overview.count.goalAreas')}</dt>
            <dd>{formatInteger(counts.goalAreas, language)}</dd>
            <dt>{t('overview.count.actionPlans')}</dt>
            <dd>{formatInteger(counts.actionPlans, language)}</dd>
            <dt>{t('overview.count.activities')}</dt>
            <dd>{formatInteger(counts.activities, language)}</dd>
            <dt>{t('overview.count.timeEntries')}</dt>
            <dd>{formatInteger(counts.timeEntries, language)}</dd>
            <dt>{t('overview.count.contacts')}</dt>
            <dd>{formatInteger(counts.contacts, language)}</dd>
          </dl>
        )}
      </section>
      <section aria-labelledby="overview-next">
        <h2 id="overview-next">{t('overview.nextHeading')}</h2>
        <p>{t('overview.nextBody')}</p>
      </section>
      <section aria-labelledby="overview-storage">
        <h2 id="overview-storage">{t('overview.storageHeading')}</h2>
        <StorageStatus />
      </section>
    </>
  );
}
