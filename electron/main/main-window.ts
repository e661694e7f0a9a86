/**
 * The one app window: built from the hardened webPreferences and the
 * remembered placement, shown only once it has painted (no white flash),
 * and its placement saved when it closes.
 */
import type { BrowserWindow, BrowserWindowConstructorOptions } from 'electron';
import { APP_NAME } from '#shared/version.ts';
import { createWebPreferences } from './web-preferences.ts';
import { captureWindowState, MIN_WINDOW_SIZE, type WindowPlacement, type WindowState } from './window-state.ts';
import type { Logger } from './log.ts';

export interface MainWindowOptions {
  placement: WindowPlacement;
  preloadPath: string;
  isPackaged: boolean;
}

export function buildMainWindowOptions(options: MainWindowOptions): BrowserWindowConstructorOptions {
  const { width, height, x, y } = options.placement;
  return {
    width,
    height,
    ...(x !== undefined && y !== undefined ? { x, y } : { center: true }),
    minWidth: MIN_WINDOW_SIZE.width,
    minHeight: MIN_WINDOW_SIZE.height,
    title: APP_NAME,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences: createWebPreferences({ preloadPath: options.preloadPath, allowDevTools: !options.isPackaged, spellcheck: process.platform !== 'linux' }),
  };
}

export interface OpenMainWindowDeps extends MainWindowOptions {
  createWindow(options: BrowserWindowConstructorOptions): BrowserWindow;
  url: string;
  saveState(state: WindowState): void;
  log: Logger;
}

export function openMainWindow(deps: OpenMainWindowDeps): BrowserWindow {
  const window = deps.createWindow(buildMainWindowOptions(deps));
  let shown = false;
  const show = (): void => {
    if (shown || window.isDestroyed()) return;
    shown = true;
    if (deps.placement.maximized) window.maximize();
    window.show();
  };
  window.once('ready-to-show', show);
  // A page that fails to load never paints; show the window anyway rather than nothing.
  window.webContents.once('did-fail-load', (_event, errorCode, errorDescription) => {
    deps.log.error('renderer failed to load', { errorCode, errorDescription });
    show();
  });
  window.on('close', () => deps.saveState(captureWindowState(window)));
  window.loadURL(deps.url).catch((error: unknown) => deps.log.error('loadURL failed', { error: String(error) }));
  return window;
}
