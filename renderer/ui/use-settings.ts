import { useCallback, useEffect, useState } from 'react';
import { platform } from '#host';
import type { Settings, SettingsPatch } from '#shared/settings.ts';

/** Host settings, loaded once and updated through the platform. */
/** `initial`: the settings as read at start (main.tsx), shown until they are read again here. */
export function useSettings(initial?: Settings): { settings: Settings | undefined; update: (patch: SettingsPatch) => Promise<void> } {
  const [settings, setSettings] = useState<Settings | undefined>(initial);
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
