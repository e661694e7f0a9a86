/**
 * Opening links in the user's browser. Only http(s) links without embedded
 * credentials are handed to the OS (shell.openExternal would also launch
 * file:, smb: or custom-scheme handlers, which is how link-click exploits work).
 */
import { isSafeExternalUrl } from '#shared/security/url-guards.ts';
import { clip, type Logger } from './log.ts';

export type ShellOpenExternal = (url: string) => Promise<void>;

export function createOpenExternal(shellOpenExternal: ShellOpenExternal, log: Logger) {
  return async (url: string): Promise<boolean> => {
    if (!isSafeExternalUrl(url)) {
      log.warn('external link refused', { url: clip(url) });
      return false;
    }
    try {
      await shellOpenExternal(url);
      return true;
    } catch (error) {
      log.error('could not open external link', { url, error: String(error) });
      return false;
    }
  };
}
