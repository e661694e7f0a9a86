import { useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { addProfileGoalAreas, profileNamesMissingGoalAreas } from '../goal-areas/goal-area-repository.ts';
import { useI18n } from '../../i18n/i18n.tsx';
import { errorText } from '../../ui/error-text.ts';

/**
 * In Inställningar: the profile's goal-area names that are not goal areas
 * yet, with one button to add them. Offered rather than done on every save,
 * so that correcting a typo in the profile does not quietly make a second
 * goal area next to the one that already holds the plans.
 */
export function ProfileGoalAreasOffer() {
  const { t } = useI18n();
  const missing = useLiveQuery(profileNamesMissingGoalAreas, []);
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const statusRef = useRef<HTMLParagraphElement>(null);

  const add = async () => {
    setBusy(true);
    try {
      const added = await addProfileGoalAreas();
      setStatus(t('goalAreas.profile.added', { names: added.map((g) => `${g.name} (${g.code})`).join(', ') }));
    } catch (error) {
      console.error('addProfileGoalAreas failed', error);
      setStatus(t('goalAreas.profile.addFailed', { message: errorText(error) }));
    } finally {
      setBusy(false);
      // The button goes away with the list; focus waits on the outcome instead of falling to the page.
      requestAnimationFrame(() => statusRef.current?.focus());
    }
  };

  return (
    <>
      {missing && missing.length > 0 ? (
        <section aria-labelledby="profile-goal-areas-missing" className="profile-goal-areas">
          <h3 id="profile-goal-areas-missing">{t('goalAreas.profile.missingHeading')}</h3>
          <p>{t('goalAreas.profile.missing')}</p>
          <ul>
            {missing.map((name) => (
              <li key={name}>{name}</li>
            ))}
          </ul>
          <button type="button" onClick={() => void add()} disabled={busy}>
            {missing.length === 1 ? t('goalAreas.profile.addOne') : t('goalAreas.profile.add')}
          </button>
        </section>
      ) : null}
      <p role="status" className="status" tabIndex={-1} ref={statusRef}>
        {status}
      </p>
    </>
  );
}
