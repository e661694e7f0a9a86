import { useEffect, useRef, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { platform } from '#host';
import { getProfile } from '../db/profile.ts';
import { I18nProvider, translator } from '../i18n/i18n.tsx';
import { DocumentsView } from '../features/documents/DocumentsView.tsx';
import { FirstRun } from '../features/onboarding/FirstRun.tsx';
import { OverviewView } from '../features/overview/OverviewView.tsx';
import { PlansView } from '../features/plans/PlansView.tsx';
import { ProjectsView } from '../features/projects/ProjectsView.tsx';
import { SettingsView } from '../features/settings/SettingsView.tsx';
import { useAutoBackup } from '../features/backup/use-auto-backup.ts';
import { TemplateDropZone } from '../features/templates/TemplateDropZone.tsx';
import { TemplatesView } from '../features/templates/TemplatesView.tsx';
import { TimelogView } from '../features/timelog/TimelogView.tsx';
import { AboutDialog } from './AboutDialog.tsx';
import { Shell } from './Shell.tsx';
import { hrefFor, type RouteId } from './routes.ts';
import { useRoute } from './use-route.ts';
import { useSettings } from './use-settings.ts';
import type { Profile } from '../../shared/domain/profile.ts';
import type { Settings, SettingsPatch } from '../../shared/settings.ts';

function View({ route, profile, settings, onChangeSettings, onShowAbout }: { route: RouteId; profile: Profile; settings: Settings; onChangeSettings: (p: SettingsPatch) => Promise<void>; onShowAbout: () => void }) {
  switch (route) {
    case 'overview':
      return <OverviewView profile={profile} />;
    case 'plans':
      return <PlansView profile={profile} />;
    case 'projects':
      return <ProjectsView />;
    case 'timelog':
      return <TimelogView />;
    case 'documents':
      return <DocumentsView />;
    case 'templates':
      return <TemplatesView />;
    case 'settings':
      return <SettingsView profile={profile} settings={settings} onChangeSettings={onChangeSettings} onShowAbout={onShowAbout} />;
  }
}

export function App() {
  const { settings, update } = useSettings();
  // undefined while loading, null when the first-run form has not been completed.
  const profile = useLiveQuery(getProfile, []);
  const route = useRoute();
  const [aboutOpen, setAboutOpen] = useState(false);
  const language = settings?.language ?? 'sv';
  const firstRender = useRef(true);
  // Only once there is a workbook to keep (after the first-run form), and while the setting is on.
  useAutoBackup(profile != null && settings?.autoBackup === true);

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

  // Moving between views puts focus on the new view's heading, so screen readers announce it.
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    document.querySelector<HTMLElement>('#main h1')?.focus();
  }, [route]);

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
        <FirstRun />
      ) : (
        <Shell current={route} onShowAbout={() => setAboutOpen(true)}>
          <View route={route} profile={profile} settings={settings} onChangeSettings={update} onShowAbout={() => setAboutOpen(true)} />
        </Shell>
      )}
      <AboutDialog open={aboutOpen} onClose={() => setAboutOpen(false)} />
      {profile === null ? null : <TemplateDropZone />}
    </I18nProvider>
  );
}
