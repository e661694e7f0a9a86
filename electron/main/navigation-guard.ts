/**
 * Navigation, window-opening and permission guards. The app never leaves its
 * own origin, never opens a second Electron window and needs no browser
 * permission (camera, geolocation, notifications …), so each guard denies by
 * default and allows only the one narrow case it names.
 */
import type { HandlerDetails, WindowOpenHandlerResponse } from 'electron';
import { isSafeExternalUrl } from '#shared/security/url-guards.ts';
import { isAllowedNavigation, isTrustedSenderUrl } from '#shared/security/url-guards.ts';
import { clip, type Logger } from './log.ts';

export interface NavigationEvent {
  url: string;
  preventDefault(): void;
}

/** For `will-navigate` and `will-redirect`: anything outside the app's origins is stopped. */
export function createNavigationGuard(appOrigins: readonly string[], log: Logger) {
  return (event: NavigationEvent): void => {
    if (isAllowedNavigation(event.url, appOrigins)) return;
    event.preventDefault();
    log.warn('navigation blocked', { url: clip(event.url) });
  };
}

export type OpenExternal = (url: string) => Promise<boolean>;

/**
 * For `setWindowOpenHandler`: no Electron window is ever created. A safe
 * http(s) link (target=_blank, window.open) goes to the user's browser instead.
 */
export function createWindowOpenHandler(openExternal: OpenExternal, log: Logger) {
  return (details: Pick<HandlerDetails, 'url'>): WindowOpenHandlerResponse => {
    if (isSafeExternalUrl(details.url)) {
      void openExternal(details.url);
    } else {
      log.warn('window.open refused', { url: clip(details.url) });
    }
    return { action: 'deny' };
  };
}

/**
 * The one permission the app uses: writing plain text to the clipboard (the
 * "copy error report" button), and only for the app's own pages.
 */
export function isGrantedPermission(permission: string, requestingUrl: unknown, appOrigins: readonly string[]): boolean {
  return permission === 'clipboard-sanitized-write' && isTrustedSenderUrl(requestingUrl, appOrigins);
}

/** For `session.setPermissionRequestHandler`: every request but the app's clipboard write is refused. */
export function createPermissionRequestHandler(log: Logger, appOrigins: readonly string[] = []) {
  return (
    _webContents: unknown,
    permission: string,
    callback: (granted: boolean) => void,
    details?: { requestingUrl?: string },
  ): void => {
    const granted = isGrantedPermission(permission, details?.requestingUrl, appOrigins);
    if (!granted) log.warn('permission request denied', { permission });
    callback(granted);
  };
}

/** For `session.setPermissionCheckHandler`: "not granted", but for the app's clipboard write. */
export function createPermissionCheckHandler(appOrigins: readonly string[] = []) {
  return (_webContents: unknown, permission: string, requestingOrigin: string): boolean =>
    isGrantedPermission(permission, requestingOrigin, appOrigins);
}

/** A check handler that answers every check with "not granted". */
export function denyPermissionCheck(): boolean {
  return false;
}
