/**
 * Applies every per-contents guard to a web contents; called from
 * `app.on('web-contents-created')` so no window, frame host or guest is missed.
 */
import type { HandlerDetails, WebPreferences, WindowOpenHandlerResponse } from 'electron';
import { hardenWebPreferences } from './web-preferences.ts';
import { createNavigationGuard, createWindowOpenHandler, type NavigationEvent, type OpenExternal } from './navigation-guard.ts';
import type { Logger } from './log.ts';

/** The slice of Electron's WebContents the guards need (lets tests pass a fake). */
export interface GuardableWebContents {
  on(event: 'will-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(
    event: 'will-attach-webview',
    listener: (event: { preventDefault(): void }, webPreferences: WebPreferences, params: Record<string, string>) => void,
  ): unknown;
  setWindowOpenHandler(handler: (details: HandlerDetails) => WindowOpenHandlerResponse): void;
}

export interface WebContentsGuardOptions {
  appOrigins: readonly string[];
  openExternal: OpenExternal;
  log: Logger;
}

export function guardWebContents(contents: GuardableWebContents, options: WebContentsGuardOptions): void {
  const guardNavigation = createNavigationGuard(options.appOrigins, options.log);
  contents.on('will-navigate', guardNavigation);
  contents.on('will-redirect', guardNavigation);
  contents.setWindowOpenHandler(createWindowOpenHandler(options.openExternal, options.log));
  contents.on('will-attach-webview', (event, webPreferences) => {
    // The app has no <webview>; one appearing means injected markup, so it is
    // hardened (in case preventDefault is ever ignored) and refused.
    const report = hardenWebPreferences(webPreferences);
    event.preventDefault();
    options.log.warn('webview refused', { unsafePreferences: report.fixed });
  });
}
