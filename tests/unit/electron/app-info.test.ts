import { describe, expect, it } from 'vitest';
import { buildAppInfo } from '../../../electron/main/app-info.ts';
import { APP_NAME, DATA_FORMAT_VERSION } from '#shared/version.ts';

describe('buildAppInfo', () => {
  it('reports the desktop host with Electron, Chromium and Node versions', () => {
    expect(
      buildAppInfo({ appVersion: '0.1.0', versions: { electron: '45.5.0', chrome: '140.0.1', node: '22.20.0' }, platform: 'win32' }),
    ).toEqual({
      appName: APP_NAME,
      appVersion: '0.1.0',
      dataFormatVersion: DATA_FORMAT_VERSION,
      host: 'desktop',
      electronVersion: '45.5.0',
      chromiumVersion: '140.0.1',
      nodeVersion: '22.20.0',
      platform: 'win32',
    });
  });

  it('leaves out versions it does not know instead of showing "undefined"', () => {
    const info = buildAppInfo({ appVersion: '0.1.0', versions: { node: '20.19.0' }, platform: 'linux' });
    expect(info).not.toHaveProperty('electronVersion');
    expect(info).not.toHaveProperty('chromiumVersion');
    expect(info.nodeVersion).toBe('20.19.0');
  });
});
