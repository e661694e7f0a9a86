import { useEffect, useRef } from 'react';
import { hrefFor } from './routes.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { saveProfileWithGoalAreas } from '../features/goal-areas/goal-area-repository.ts';
import { ProfileForm } from '../features/settings/ProfileForm.tsx';
import { useRestoreFlow } from '../features/backup/use-restore-flow.tsx';

/** Shown until the profile exists: who the user is, before anything else, or a successor's restore of a hand-over file. */
export function FirstRun({ onDone }: { /** Called when the profile is saved, before the overview opens. */ onDone?: () => void }) {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const restore = useRestoreFlow({ landOn: hrefFor('overview') });
  useEffect(() => headingRef.current?.focus(), []);
  return (
    <main id="main" className="first-run">
      <h1 ref={headingRef} tabIndex={-1}>
        {t('firstRun.heading')}
      </h1>
      <p className="lead">{t('firstRun.intro')}</p>
      <ProfileForm
        profile={null}
        submitLabel="firstRun.submit"
        save={saveProfileWithGoalAreas}
        goalAreasHelp="goalAreas.profile.firstRunHelp"
        onSaved={() => {
          onDone?.();
          window.location.hash = hrefFor('overview');
        }}
      />
      <section aria-labelledby="first-run-restore" className="first-run-restore">
        <h2 id="first-run-restore">{t('backup.firstRun.heading')}</h2>
        <p>{t('backup.firstRun.intro')}</p>
        <button type="button" onClick={() => void restore.chooseFile()} disabled={restore.busy}>
          {t('backup.firstRun.restore')}
        </button>
        {restore.view}
      </section>
    </main>
  );
}
