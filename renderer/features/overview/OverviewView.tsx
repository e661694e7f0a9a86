import './overview.css';
import { useEffect } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import type { Profile } from '#shared/domain/profile.ts';
import { formatInteger } from '#shared/format.ts';
import { upcomingCycleEvents, type CycleOccurrence } from '#shared/templates/annual-cycle.ts';
import { hrefFor, type RouteId } from '../../app/routes.ts';
import { localToday } from '../../ui/today.ts';
import { getWorkbookCounts } from '../../db/overview.ts';
import { activeTemplate } from '../templates/template-repository.ts';
import { StorageStatus } from '../../ui/StorageStatus.tsx';
import { useI18n } from '../../i18n/i18n.tsx';
import { NeedsNow } from './NeedsNow.tsx';
import { Reminders } from './Reminders.tsx';
import { monthName } from '#shared/locale.ts';

const guide = [
  ['plans', 'overview.guide.plans'],
  ['projects', 'overview.guide.projects'],
  ['meetings', 'overview.guide.meetings'],
  ['timelog', 'overview.guide.timelog'],
  ['documents', 'overview.guide.documents'],
  ['templates', 'overview.guide.templates'],
  ['settings', 'overview.guide.settings'],
] as const satisfies readonly (readonly [RouteId, string])[];

async function cycle() {
  const template = await activeTemplate();
  return template ? { name: template.template.name, upcoming: upcomingCycleEvents(template.template.annualCycle, localToday()) } : null;
}

/** The active template's annual cycle: what is coming in the next twelve months. */
function AnnualCycle() {
  const { t, language } = useI18n();
  const found = useLiveQuery(cycle, []);
  if (!found) return null;
  const when = (o: CycleOccurrence) =>
    o.month ? t('overview.cycleMonth', { month: monthName(o.month.month, language), year: String(o.month.year) }) : o.start === o.end ? o.start : `${o.start} – ${o.end}`;
  return (
    <section aria-labelledby="overview-cycle">
      <h2 id="overview-cycle">{t('overview.cycleHeading')}</h2>
      {found.upcoming.length === 0 ? (
        <p>{t('overview.cycleEmpty', { template: found.name })}</p>
      ) : (
        <>
          <p>{t('overview.cycleLead', { template: found.name })}</p>
          <ul className="cycle">
            {found.upcoming.map((o) => (
              <li key={o.event.id}>
                <strong>{o.event.name}</strong>, {when(o)}
                {o.event.description !== '' && <p className="help">{o.event.description}</p>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

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
      <NeedsNow />
      <Reminders />
      <AnnualCycle />
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
            <dt>{t('overview.count.projects')}</dt>
            <dd>{formatInteger(counts.projects, language)}</dd>
            <dt>{t('overview.count.timeEntries')}</dt>
            <dd>{formatInteger(counts.timeEntries, language)}</dd>
            <dt>{t('overview.count.contacts')}</dt>
            <dd>{formatInteger(counts.contacts, language)}</dd>
          </dl>
        )}
      </section>
      <section aria-labelledby="overview-next">
        <h2 id="overview-next">{t('overview.nextHeading')}</h2>
        <ul className="guide">
          {guide.map(([route, text]) => (
            <li key={route}>
              <a href={hrefFor(route)}>{t(`nav.${route}`)}</a>: {t(text)}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="overview-storage">
        <h2 id="overview-storage">{t('overview.storageHeading')}</h2>
        <StorageStatus />
      </section>
    </>
  );
}
