import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, showMenuInSettingsLanguage, type MenuOptions } from '../../../electron/main/menu.ts';
import { createSettingsStore } from '../../../electron/main/settings-store.ts';
import type { MenuCommand } from '#shared/platform/contract.ts';
import type { Language } from '#shared/settings.ts';

function build(overrides: Partial<MenuOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ appName: 'MOA-arbetsboken', language: 'sv', platform: 'win32', isPackaged: true, sendCommand, ...overrides });
  return { template, sendCommand };
}

function submenu(template: MenuItemConstructorOptions[], label: string): MenuItemConstructorOptions[] {
  const menu = template.find((item) => item.label === label);
  if (!menu || !Array.isArray(menu.submenu)) throw new Error(`no menu "${label}"`);
  return menu.submenu;
}

const item = (items: MenuItemConstructorOptions[], label: string) => items.find((entry) => entry.label === label);
const labels = (items: MenuItemConstructorOptions[]) => items.filter((entry) => entry.type !== 'separator').map((entry) => entry.label);
const allItems = (template: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] =>
  template.flatMap((entry) => [entry, ...(Array.isArray(entry.submenu) ? allItems(entry.submenu) : [])]);

/** Electron's click has (menuItem, window, event) params; the commands ignore them. */
function click(entry: MenuItemConstructorOptions | undefined): void {
  const handler = entry?.click as (() => void) | undefined;
  if (!handler) throw new Error(`"${entry?.label}" has no click handler`);
  handler();
}

describe('application menu (Windows/Linux)', () => {
  it('has the Swedish top-level menus in order', () => {
    expect(build().template.map((menu) => menu.label)).toEqual(['Arkiv', 'Redigera', 'Visa', 'Hjälp']);
  });

  it('Arkiv: settings with Ctrl/Cmd+, close window and quit', () => {
    const { template, sendCommand } = build();
    const file = submenu(template, 'Arkiv');
    expect(labels(file)).toEqual(['Inställningar…', 'Stäng fönster', 'Avsluta']);
    expect(item(file, 'Inställningar…')?.accelerator).toBe('CmdOrCtrl+,');
    click(item(file, 'Inställningar…'));
    expect(sendCommand).toHaveBeenCalledWith('settings');
    expect(item(file, 'Stäng fönster')?.role).toBe('close');
    expect(item(file, 'Avsluta')?.role).toBe('quit');
  });

  it('Redigera: the standard editing roles with Swedish labels', () => {
    const edit = submenu(build().template, 'Redigera');
    expect(edit.filter((entry) => entry.role).map((entry) => [entry.label, entry.role])).toEqual([
      ['Ångra', 'undo'],
      ['Gör om', 'redo'],
      ['Klipp ut', 'cut'],
      ['Kopiera', 'copy'],
      ['Klistra in', 'paste'],
      ['Markera allt', 'selectAll'],
    ]);
  });

  it('Visa: overview command, reload, zoom and full screen', () => {
    const { template, sendCommand } = build();
    const view = submenu(template, 'Visa');
    expect(labels(view)).toEqual(['Översikt', 'Ladda om', 'Zooma in', 'Zooma ut', 'Återställ zoom', 'Helskärm']);
    click(item(view, 'Översikt'));
    expect(sendCommand).toHaveBeenCalledWith('navigate-overview');
    expect(view.map((entry) => entry.role).filter(Boolean)).toEqual(['reload', 'zoomIn', 'zoomOut', 'resetZoom', 'togglefullscreen']);
  });

  it('Hjälp: About sends the about command', () => {
    const { template, sendCommand } = build();
    const help = submenu(template, 'Hjälp');
    expect(labels(help)).toEqual(['Om MOA-arbetsboken']);
    click(item(help, 'Om MOA-arbetsboken'));
    expect(sendCommand).toHaveBeenCalledWith('about');
  });

  it('has no developer tools when packaged', () => {
    const everything = allItems(build({ isPackaged: true }).template);
    expect(everything.some((entry) => entry.role === 'toggleDevTools')).toBe(false);
  });

  it('offers developer tools in development', () => {
    const view = submenu(build({ isPackaged: false }).template, 'Visa');
    expect(item(view, 'Utvecklarverktyg')?.role).toBe('toggleDevTools');
  });

  it('gives every item a Swedish label (no English role defaults)', () => {
    for (const entry of allItems(build({ isPackaged: false }).template)) {
      if (entry.type === 'separator') continue;
      expect(entry.label, JSON.stringify(entry.role)).toBeTruthy();
    }
  });

  it('only sends commands the renderer knows', () => {
    const { template, sendCommand } = build();
    for (const entry of allItems(template)) if (entry.click) click(entry);
    expect(new Set(sendCommand.mock.calls.map(([command]) => command))).toEqual(new Set(['settings', 'navigate-overview', 'about']));
  });
});

describe('application menu (macOS)', () => {
  it('puts the app menu first, with About, Settings and Quit', () => {
    const { template, sendCommand } = build({ platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual(['MOA-arbetsboken', 'Arkiv', 'Redigera', 'Visa', 'Fönster', 'Hjälp']);
    const appMenu = submenu(template, 'MOA-arbetsboken');
    expect(labels(appMenu)).toEqual([
      'Om MOA-arbetsboken',
      'Inställningar…',
      'Tjänster',
      'Göm MOA-arbetsboken',
      'Göm övriga',
      'Visa alla',
      'Avsluta MOA-arbetsboken',
    ]);
    expect(item(appMenu, 'Inställningar…')?.accelerator).toBe('CmdOrCtrl+,');
    click(item(appMenu, 'Inställningar…'));
    click(item(appMenu, 'Om MOA-arbetsboken'));
    expect(sendCommand.mock.calls).toEqual([['settings'], ['about']]);
  });

  it('keeps only "Stäng fönster" in Arkiv (settings and quit live in the app menu)', () => {
    expect(labels(submenu(build({ platform: 'darwin' }).template, 'Arkiv'))).toEqual(['Stäng fönster']);
  });

  it('gives every item a Swedish label there too', () => {
    for (const entry of allItems(build({ platform: 'darwin', isPackaged: false }).template)) {
      if (entry.type === 'separator') continue;
      expect(entry.label, JSON.stringify(entry.role)).toBeTruthy();
    }
  });
});

describe('application menu in English', () => {
  it('has English menus and items on Windows/Linux, with the same commands', () => {
    const { template, sendCommand } = build({ language: 'en' });
    expect(template.map((menu) => menu.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(template, 'File'))).toEqual(['Settings…', 'Close Window', 'Quit']);
    expect(labels(submenu(template, 'Edit'))).toEqual(['Undo', 'Redo', 'Cut', 'Copy', 'Paste', 'Select All']);
    expect(labels(submenu(template, 'View'))).toEqual(['Overview', 'Reload', 'Zoom In', 'Zoom Out', 'Actual Size', 'Full Screen']);
    click(item(submenu(template, 'Help'), 'About MOA-arbetsboken'));
    click(item(submenu(template, 'File'), 'Settings…'));
    expect(sendCommand.mock.calls).toEqual([['about'], ['settings']]);
  });

  it('has the English app and window menus on macOS', () => {
    const { template } = build({ language: 'en', platform: 'darwin' });
    expect(template.map((menu) => menu.label)).toEqual(['MOA-arbetsboken', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(labels(submenu(template, 'MOA-arbetsboken'))).toEqual([
      'About MOA-arbetsboken',
      'Settings…',
      'Services',
      'Hide MOA-arbetsboken',
      'Hide Others',
      'Show All',
      'Quit MOA-arbetsboken',
    ]);
    expect(labels(submenu(template, 'Window'))).toEqual(['Minimise', 'Zoom', 'Bring All to Front']);
  });

  it('labels every item in English too, and no item keeps its Swedish label', () => {
    const swedish = new Set(allItems(build({ platform: 'darwin', isPackaged: false }).template).map((entry) => entry.label));
    swedish.delete('MOA-arbetsboken');
    for (const entry of allItems(build({ language: 'en', platform: 'darwin', isPackaged: false }).template)) {
      if (entry.type === 'separator') continue;
      expect(entry.label, JSON.stringify(entry.role)).toBeTruthy();
      expect(swedish.has(entry.label), entry.label).toBe(false);
    }
  });
});

describe('the menu follows the language setting', () => {
  function setup(stored: Record<string, unknown> = {}) {
    const data = new Map<string, unknown>(Object.entries(stored));
    const settings = createSettingsStore({ get: (key) => data.get(key), set: (key, value) => void data.set(key, value) });
    const shown: Language[] = [];
    showMenuInSettingsLanguage(settings, (language) => shown.push(language));
    return { settings, shown };
  }

  it('starts in the stored language', () => {
    expect(setup().shown).toEqual(['sv']);
    expect(setup({ settings: { language: 'en' } }).shown).toEqual(['en']);
  });

  it('is rebuilt when the renderer switches the language, and only then', () => {
    const { settings, shown } = setup();
    settings.update({ autoBackup: false });
    expect(shown).toEqual(['sv']);
    settings.update({ language: 'en' });
    expect(shown).toEqual(['sv', 'en']);
    settings.update({ language: 'en', tableViews: { plans: {} } });
    settings.update({ language: 'sv' });
    expect(shown).toEqual(['sv', 'en', 'sv']);
  });

  it('stays as it is when a settings change is refused', () => {
    const { settings, shown } = setup();
    expect(() => settings.update({ language: 'klingon' })).toThrow();
    expect(shown).toEqual(['sv']);
  });
});
