import { useCallback, useEffect, useState } from 'react';
import { platform } from '#host';
import type { Settings, SettingsPatch } from '#shared/settings.ts';

/** Host settings, loaded once and updated through the platform. */
export function useSettings(): { settings: Settings | undefined; update: (patch: SettingsPatch) => Promise<void> } {
  const [settings, setSettings] = useState<Settings | undefined>(undefined);
  useEffect(() => {
    let live = true;
    void platform.getSettings().then((loaded) => {
      if (live) setSettings(loaded);
    });
    return () => {
      live = false;
    };
  }, []);
  const update = useCallback(async (patch: SettingsPatch) => {
    setSettings(await platform.updateSettings(patch));
  }, []);
  return { settings, update };
}
