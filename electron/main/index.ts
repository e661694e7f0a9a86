/**
 * Desktop host entry point. Only wiring: every decision lives in a module of
 * its own with tests; this file connects them to Electron's objects.
 */
import { join } from 'node:path';
import { app, BrowserWindow, dialog, Menu, net, protocol, screen, session, shell } from 'electron';
import { beforeCloseChannel, koladaProgressChannel, menuCommandChannel } from '#shared/platform/ipc.ts';
import { APP_ID, APP_NAME, DESKTOP_ORIGIN, DESKTOP_SCHEME } from '#shared/version.ts';
import { buildAppInfo } from './app-info.ts';
import { AUTO_BACKUP_FOLDER, createAutoBackupStore } from './auto-backup.ts';
import { openElectronStore } from './electron-store-adapter.ts';
import { createOpenExternal } from './external-links.ts';
import { openFilesWithDialog, openFileWithDialog, saveFileWithDialog, type FileDialogDeps } from './file-dialogs.ts';
import { guardWindowClose, type CloseGuard } from './close-guard.ts';
import { createKoladaFetchService } from './kolada-fetch.ts';
import { onCloseReady, registerIpcHandlers, removeUnguardedListeners } from './ipc.ts';
import { consoleLogger as log } from './log.ts';
import { openMainWindow } from './main-window.ts';
import { buildMenuTemplate, showMenuInSettingsLanguage } from './menu.ts';
import { createPermissionCheckHandler, createPermissionRequestHandler } from './navigation-guard.ts';
import { createAppRequestHandler, registerAppScheme } from './protocol.ts';
import { createSettingsStore, type SettingsStore } from './settings-store.ts';
import { acquireSingleInstance } from './single-instance.ts';
import { guardWebContents } from './web-contents-guard.ts';
import { restoreWindowPlacement } from './window-state.ts';

const appOrigins = [DESKTOP_ORIGIN];
const preloadPath = join(import.meta.dirname, 'preload.cjs');
const rendererRoot = join(app.getAppPath(), 'dist', 'desktop-renderer');
let mainWindow: BrowserWindow | null = null;
/** Per window (by its web contents' id): waits for the renderer to store its edits before closing. */
const closeGuards = new Map<number, CloseGuard>();
let quitting = false;

// These must happen before 'ready'.
app.enableSandbox();
registerAppScheme(protocol);
if (process.platform === 'win32') app.setAppUserModelId(APP_ID);

const openExternal = createOpenExternal((url) => shell.openExternal(url), log);

app.on('web-contents-created', (_event, contents) => guardWebContents(contents, { appOrigins, openExternal, log }));

if (acquireSingleInstance(app, () => mainWindow)) {
  // Quitting closes the windows; each first lets its renderer store its edits, then the quit goes on.
  app.on('before-quit', () => {
    quitting = true;
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app
    .whenReady()
    .then(start)
    .catch((error: unknown) => {
      log.error('startup failed', { error: String(error) });
      app.quit();
    });
}

function start(): void {
  session.defaultSession.setPermissionRequestHandler(createPermissionRequestHandler(log, [DESKTOP_ORIGIN]));
  session.defaultSession.setPermissionCheckHandler(createPermissionCheckHandler([DESKTOP_ORIGIN]));
  protocol.handle(DESKTOP_SCHEME, createAppRequestHandler(rendererRoot, { log }));

  const settings = createSettingsStore(openElectronStore());
  removeUnguardedListeners();
  const appInfo = buildAppInfo({ appVersion: app.getVersion(), versions: process.versions, platform: process.platform });
  const dialogs: FileDialogDeps = {
    showSaveDialog: (options) => (mainWindow ? dialog.showSaveDialog(mainWindow, options) : dialog.showSaveDialog(options)),
    showOpenDialog: (options) => (mainWindow ? dialog.showOpenDialog(mainWindow, options) : dialog.showOpenDialog(options)),
    defaultFolder: () => app.getPath('documents'),
    language: () => settings.get().language,
  };
  const autoBackups = createAutoBackupStore({ folder: join(app.getPath('userData'), AUTO_BACKUP_FOLDER) });
  // Chromium's network stack (net.fetch), so the computer's proxy and certificates apply, as a locked-down laptop needs.
  const kolada = createKoladaFetchService({
    fetch: (url, init) => net.fetch(url, init),
    progress: (progress) => mainWindow?.webContents.send(koladaProgressChannel, progress),
  });
  registerIpcHandlers(
    {
      saveFile: (request) => saveFileWithDialog(dialogs, request),
      openFile: (request) => openFileWithDialog(dialogs, request),
      openFiles: (request) => openFilesWithDialog(dialogs, request),
      getSettings: () => settings.get(),
      updateSettings: (patch) => settings.update(patch),
      getAppInfo: () => appInfo,
      openExternal,
      listAutoBackups: () => autoBackups.list(),
      writeAutoBackup: (request) => autoBackups.write(request),
      readAutoBackup: (id) => autoBackups.read(id),
      fetchKolada: (request) => kolada.fetch(request),
      cancelKoladaFetch: () => kolada.cancel(),
    },
    { trustedOrigins: appOrigins, log },
  );
  onCloseReady((sender) => closeGuards.get(sender.id)?.stored(), { trustedOrigins: appOrigins, log });

  showMenuInSettingsLanguage(settings, (language) => {
    const template = buildMenuTemplate({
      appName: APP_NAME,
      language,
      platform: process.platform,
      isPackaged: app.isPackaged,
      sendCommand: (command) => mainWindow?.webContents.send(menuCommandChannel, command),
    });
    Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  });

  createMainWindow(settings);
  // macOS keeps the app running without windows; clicking the Dock icon reopens one.
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) createMainWindow(settings);
  });
}

function createMainWindow(settings: SettingsStore): void {
  const window = openMainWindow({
    createWindow: (options) => new BrowserWindow(options),
    placement: restoreWindowPlacement(settings.getWindowState(), screen.getAllDisplays(), screen.getPrimaryDisplay()),
    preloadPath,
    isPackaged: app.isPackaged,
    url: `${DESKTOP_ORIGIN}/`,
    saveState: (state) => settings.setWindowState(state),
    log,
  });
  mainWindow = window;
  const contentsId = window.webContents.id;
  closeGuards.set(
    contentsId,
    guardWindowClose(window, {
      askToStore: () => window.webContents.send(beforeCloseChannel),
      finishClose: () => (quitting ? app.quit() : window.close()),
      log,
    }),
  );
  window.on('closed', () => {
    closeGuards.delete(contentsId);
    if (mainWindow === window) mainWindow = null;
  });
}
