import { describe, expect, it, vi } from 'vitest';
import type { MenuItemConstructorOptions } from 'electron';
import { buildMenuTemplate, type MenuOptions } from '../../../electron/main/menu.ts';
import type { MenuCommand } from '../../../shared/platform/contract.ts';

function build(overrides: Partial<MenuOptions> = {}) {
  const sendCommand = vi.fn<(command: MenuCommand) => void>();
  const template = buildMenuTemplate({ appName: 'MOA-arbetsboken', platform: 'win32', isPackaged: true, sendCommand, ...overrides });
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
