import { Suspense, useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { platform } from '#host';
import { getProfile } from '../db/profile.ts';
import { I18nProvider, translator } from '../i18n/i18n.tsx';
import { FirstRun } from './FirstRun.tsx';
import { OverviewView } from '../features/overview/OverviewView.tsx';
import { RestoredNotice } from '../features/backup/RestoredNotice.tsx';
import { useAutoBackup } from '../features/backup/use-auto-backup.ts';
import { usePurgeExpiredTrash } from '../features/trash/use-purge-expired-trash.ts';
import { TemplateDropZone } from '../features/templates/TemplateDropZone.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { Shell } from './Shell.tsx';
import { hrefFor, type RouteId } from './routes.ts';
import { useRoute } from './use-route.ts';
import { DocumentsView, MeetingsView, PlansView, ProjectsView, SettingsView, TemplatesView, TimelogView } from './views.tsx';
import { useSettings } from '../ui/use-settings.ts';
import type { Profile } from '#shared/domain/profile.ts';
import type { Settings, SettingsPatch } from '#shared/settings.ts';

/**
 * Moving between views puts focus on the new view's heading, so screen
 * readers announce it. Rendered after the view inside its Suspense
 * boundary, so the effect runs once the view (loaded on demand) is there.
 */
function FocusHeading({ route, onFirstRender }: { route: RouteId; /** Also on the first render: the view that follows the first-run form. */ onFirstRender: boolean }) {
  const firstRender = useRef(true);
  const firstRunHandled = useRef(false);
  useEffect(() => {
    const first = firstRender.current;
    firstRender.current = false;
    // The profile may arrive before or after onFirstRender turns true: either way this happens once.
    const fromFirstRun = onFirstRender && !firstRunHandled.current;
    if (fromFirstRun) firstRunHandled.current = true;
    if (first && !fromFirstRun) return;
    // From the first-run form (scrolled down to its button) the new view opens at its top.
    if (fromFirstRun) window.scrollTo(0, 0);
    document.querySelector<HTMLElement>('#main h1')?.focus({ preventScroll: fromFirstRun });
  }, [route, onFirstRender]);
  return null;
}

function View({ route, profile, settings, onChangeSettings, onShowAbout }: { route: RouteId; profile: Profile; settings: Settings; onChangeSettings: (p: SettingsPatch) => Promise<void>; onShowAbout: () => void }) {
  switch (route) {
    case 'overview':
      return <OverviewView profile={profile} />;
    case 'plans':
      return <PlansView.Component profile={profile} />;
    case 'projects':
      return <ProjectsView.Component />;
    case 'meetings':
      return <MeetingsView.Component />;
    case 'timelog':
      return <TimelogView.Component />;
    case 'documents':
      return <DocumentsView.Component />;
    case 'templates':
      return <TemplatesView.Component />;
    case 'settings':
      return <SettingsView.Component profile={profile} settings={settings} onChangeSettings={onChangeSettings} onShowAbout={onShowAbout} />;
  }
}

/** What main.tsx read before the first render, so that the first render is the view itself rather than "Laddar…". */
export interface StartState {
  profile: Profile | null;
  settings: Settings;
}

export function App({ start }: { start?: StartState }) {
  const { settings, update } = useSettings(start?.settings);
  // undefined while loading, null when the first-run form has not been completed.
  const profile = useLiveQuery(getProfile, [], start?.profile);
  const route = useRoute();
  const [aboutOpen, setAboutOpen] = useState(false);
  const [afterFirstRun, setAfterFirstRun] = useState(false);
  const language = settings?.language ?? 'sv';
  // Only once there is a workbook to keep (after the first-run form), and while the setting is on.
  useAutoBackup(profile != null && settings?.autoBackup === true);
  usePurgeExpiredTrash();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translator(language)('app.name');
  }, [language]);

  useEffect(
    () =>
      platform.onMenuCommand((command) => {
        if (command === 'about') setAboutOpen(true);
        else if (command === 'settings') window.location.hash = hrefFor('settings');
        else window.location.hash = hrefFor('overview');
      }),
    [],
  );

  if (settings === undefined || profile === undefined) {
    return (
      <main id="main" aria-busy="true">
        <p className="loading">{translator(language)('app.loading')}</p>
      </main>
    );
  }

  return (
    <I18nProvider language={language}>
      {profile === null ? (
        <FirstRun onDone={() => setAfterFirstRun(true)} />
      ) : (
        <Shell current={route} onShowAbout={() => setAboutOpen(true)}>
          <RestoredNotice />
          <Suspense fallback={<p className="loading">{translator(language)('app.loading')}</p>}>
            <View route={route} profile={profile} settings={settings} onChangeSettings={update} onShowAbout={() => setAboutOpen(true)} />
            <FocusHeading route={route} onFirstRender={afterFirstRun} />
          </Suspense>
        </Shell>
      )}
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      {profile === null ? null : <TemplateDropZone />}
    </I18nProvider>
  );
}
