/** The About dialog's facts as the desktop host knows them. */
import type { AppInfo } from '#shared/platform/contract.ts';
import { APP_NAME, DATA_FORMAT_VERSION } from '#shared/version.ts';

export interface AppInfoSource {
  appVersion: string;
  /** `process.versions` of the main process (carries electron and chrome in Electron). */
  versions: Partial<Record<string, string>>;
  platform: string;
}

export function buildAppInfo(source: AppInfoSource): AppInfo {
  const info: AppInfo = {
    appName: APP_NAME,
    appVersion: source.appVersion,
    dataFormatVersion: DATA_FORMAT_VERSION,
    host: 'desktop',
    platform: source.platform,
  };
  // Absent versions are left out rather than shown as "undefined".
  const { electron, chrome, node } = source.versions;
  if (electron !== undefined) info.electronVersion = electron;
  if (chrome !== undefined) info.chromiumVersion = chrome;
  if (node !== undefined) info.nodeVersion = node;
  return info;
}
