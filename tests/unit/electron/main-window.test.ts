import { describe, expect, it } from 'vitest';
import { buildMainWindowOptions } from '../../../electron/main/main-window.ts';
import { MIN_WINDOW_SIZE } from '../../../electron/main/window-state.ts';

describe('buildMainWindowOptions', () => {
  const placement = { x: 10, y: 20, width: 1200, height: 800, maximized: true };

  it('opens hidden at the restored place, with the minimum size and hardened web preferences', () => {
    const options = buildMainWindowOptions({ placement, preloadPath: '/app/preload.cjs', isPackaged: true });
    expect(options).toMatchObject({
      x: 10,
      y: 20,
      width: 1200,
      height: 800,
      minWidth: MIN_WINDOW_SIZE.width,
      minHeight: MIN_WINDOW_SIZE.height,
      show: false,
      title: 'MOA-arbetsboken',
      webPreferences: { contextIsolation: true, sandbox: true, nodeIntegration: false, devTools: false, preload: '/app/preload.cjs' },
    });
  });

  it('lets Electron centre the window when no position is known', () => {
    const options = buildMainWindowOptions({ placement: { width: 1280, height: 820, maximized: false }, preloadPath: '/p', isPackaged: false });
    expect(options.center).toBe(true);
    expect(options).not.toHaveProperty('x');
    expect(options.webPreferences?.devTools).toBe(true);
  });
});
