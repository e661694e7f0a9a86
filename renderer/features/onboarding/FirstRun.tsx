import { useEffect, useRef } from 'react';
import { useI18n } from '../../i18n/i18n.tsx';
import { ProfileForm } from '../settings/ProfileForm.tsx';

/** Shown until the profile exists: who the user is, before anything else. */
export function FirstRun() {
  const { t } = useI18n();
  const headingRef = useRef<HTMLHeadingElement>(null);
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
        onSaved={() => {
          window.location.hash = '#/oversikt';
        }}
      />
    </main>
  );
}
