import { useId } from 'react';
import type { Profile } from '#shared/domain/profile.ts';
import { languages, type Language, type Settings, type SettingsPatch } from '#shared/settings.ts';
import { useI18n } from '../i18n/i18n.tsx';
import { ProfileForm } from '../features/settings/ProfileForm.tsx';
import { ProfileGoalAreasOffer } from '../features/settings/ProfileGoalAreasOffer.tsx';
import { StorageStatus } from '../ui/StorageStatus.tsx';
import { BackupSection } from '../features/backup/BackupSection.tsx';
import { TrashSection } from '../features/trash/TrashSection.tsx';

interface Props {
  profile: Profile;
  settings: Settings;
  onChangeSettings: (patch: SettingsPatch) => Promise<void>;
  onShowAbout: () => void;
}

export function SettingsView({ profile, settings, onChangeSettings, onShowAbout }: Props) {
  const { t, language } = useI18n();
  const languageId = useId();
  return (
    <>
      <h1 tabIndex={-1}>{t('settings.heading')}</h1>
      <section aria-labelledby="settings-profile">
        <h2 id="settings-profile">{t('profile.heading')}</h2>
        <ProfileForm profile={profile} submitLabel="profile.save" goalAreasHelp="goalAreas.profile.settingsHelp" />
        <ProfileGoalAreasOffer />
      </section>
      <section aria-labelledby="settings-language">
        <h2 id="settings-language">{t('settings.languageHeading')}</h2>
        <div className="field">
          <label htmlFor={languageId}>{t('settings.language')}</label>
          <select
            id={languageId}
            value={language}
            onChange={(e) => void onChangeSettings({ language: e.target.value as Language })}
          >
            {languages.map((l) => (
              <option key={l} value={l} lang={l}>
                {t(`settings.language.${l}`)}
              </option>
            ))}
          </select>
        </div>
      </section>
      <section aria-labelledby="settings-storage">
        <h2 id="settings-storage">{t('settings.storageHeading')}</h2>
        <StorageStatus />
        <BackupSection autoBackup={settings.autoBackup} onChangeSettings={onChangeSettings} />
      </section>
      <TrashSection />
      <section aria-labelledby="settings-about">
        <h2 id="settings-about">{t('settings.aboutHeading')}</h2>
        <button type="button" onClick={onShowAbout}>
          {t('settings.openAbout')}
        </button>
      </section>
    </>
  );
}
