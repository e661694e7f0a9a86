/**
 * One running app per user: two instances would write the same settings file
 * and the same IndexedDB, and the second window would not see the first's edits.
 */

/** The slice of BrowserWindow needed to bring it back to the front. */
export interface RestorableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/** Brings the existing window forward; false when there is none to show. */
export function focusExistingWindow(window: RestorableWindow | null | undefined): boolean {
  if (!window || window.isDestroyed()) return false;
  if (window.isMinimized()) window.restore();
  window.show();
  window.focus();
  return true;
}

/** The slice of Electron's `app` this module uses. */
export interface SingleInstanceApp {
  requestSingleInstanceLock(): boolean;
  quit(): void;
  on(event: 'second-instance', listener: () => void): unknown;
}

/**
 * Returns true in the first instance, which then focuses its window whenever
 * the app is launched again. In a second instance it quits and returns false;
 * the caller must then set nothing else up.
 */
export function acquireSingleInstance(app: SingleInstanceApp, getWindow: () => RestorableWindow | null | undefined): boolean {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return false;
  }
  app.on('second-instance', () => {
    focusExistingWindow(getWindow());
  });
  return true;
}
