/**
 * The native application menu, in the UI language. Items that belong to the
 * app's own UI (settings, overview, about) are sent to the renderer as menu
 * commands; everything else uses Electron's built-in roles with our labels.
 */
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '#shared/platform/contract.ts';
import type { Language } from '#shared/settings.ts';
import { hostMessages } from './messages.ts';
import type { SettingsStore } from './settings-store.ts';

export interface MenuOptions {
  appName: string;
  /** The UI language (the `language` setting); the labels follow it. */
  language: Language;
  platform: NodeJS.Platform;
  /** A packaged app shows no developer tools. */
  isPackaged: boolean;
  sendCommand(command: MenuCommand): void;
}

const SETTINGS_ACCELERATOR = 'CmdOrCtrl+,';

export function buildMenuTemplate(options: MenuOptions): MenuItemConstructorOptions[] {
  const labels = hostMessages[options.language].menu;
  const isMac = options.platform === 'darwin';
  const command = (name: MenuCommand) => () => options.sendCommand(name);
  const separator: MenuItemConstructorOptions = { type: 'separator' };

  const settingsItem: MenuItemConstructorOptions = {
    label: labels.settings,
    accelerator: SETTINGS_ACCELERATOR,
    click: command('settings'),
  };
  const aboutItem: MenuItemConstructorOptions = { label: labels.about(options.appName), click: command('about') };

  // macOS users look for About, Settings and Quit in the app menu, not in Arkiv/Hjälp.
  const appMenu: MenuItemConstructorOptions = {
    label: options.appName,
    submenu: [
      aboutItem,
      separator,
      settingsItem,
      separator,
      { role: 'services', label: labels.services },
      separator,
      { role: 'hide', label: labels.hideApp(options.appName) },
      { role: 'hideOthers', label: labels.hideOthers },
      { role: 'unhide', label: labels.showAll },
      separator,
      { role: 'quit', label: labels.quitApp(options.appName) },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: labels.file,
    submenu: isMac
      ? [{ role: 'close', label: labels.closeWindow }]
      : [settingsItem, separator, { role: 'close', label: labels.closeWindow }, { role: 'quit', label: labels.quit }],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: labels.edit,
    submenu: [
      { role: 'undo', label: labels.undo },
      { role: 'redo', label: labels.redo },
      separator,
      { role: 'cut', label: labels.cut },
      { role: 'copy', label: labels.copy },
      { role: 'paste', label: labels.paste },
      separator,
      { role: 'selectAll', label: labels.selectAll },
    ],
  };

  const viewMenu: MenuItemConstructorOptions = {
    label: labels.view,
    submenu: [
      { label: labels.overview, click: command('navigate-overview') },
      separator,
      { role: 'reload', label: labels.reload },
      separator,
      { role: 'zoomIn', label: labels.zoomIn },
      { role: 'zoomOut', label: labels.zoomOut },
      { role: 'resetZoom', label: labels.resetZoom },
      separator,
      { role: 'togglefullscreen', label: labels.fullscreen },
      ...(options.isPackaged ? [] : [separator, { role: 'toggleDevTools', label: labels.devTools } as const]),
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    role: 'windowMenu',
    label: labels.window,
    submenu: [
      { role: 'minimize', label: labels.minimize },
      { role: 'zoom', label: labels.zoomWindow },
      separator,
      { role: 'front', label: labels.bringAllToFront },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = { role: 'help', label: labels.help, submenu: [aboutItem] };

  // Hjälp on every platform: the menu users are told about (Arkiv, Redigera, Visa, Hjälp) is the same everywhere; on macOS it also gets the system's help search.
  return isMac
    ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu]
    : [fileMenu, editMenu, viewMenu, helpMenu];
}

/**
 * Shows the menu in the language setting's language now, and again whenever
 * a settings change (from the renderer's Settings view, over IPC) switches
 * the language. `show` builds and installs the menu.
 */
export function showMenuInSettingsLanguage(settings: Pick<SettingsStore, 'get' | 'onChange'>, show: (language: Language) => void): void {
  show(settings.get().language);
  settings.onChange((next, previous) => {
    if (next.language !== previous.language) show(next.language);
  });
}
