/**
 * The browser edition's share of the desktop shell's guards, built on the
 * same pure functions (shared/security/url-guards.ts): window.open is
 * denied, the page cannot navigate itself to another origin, and links to
 * other origins only open through the platform's validated openExternal.
 */
import { isAllowedNavigation, isSafeExternalUrl } from '#shared/security/url-guards.ts';

const originalOpen = window.open.bind(window);

/** Opens a vetted external link in a new tab with no opener; only the web host's openExternal calls this. */
export function nativeWindowOpen(url: string): void {
  originalOpen(url, '_blank', 'noopener,noreferrer');
}

interface NavigateEventLike extends Event {
  destination: { url: string };
  cancelable: boolean;
}

export function installBrowserGuards(openExternal: (url: string) => Promise<boolean>): void {
  const appOrigins = [window.location.origin];

  window.open = () => null;

  // Links: same-origin ones (hash routes) behave normally, all others go through openExternal.
  document.addEventListener(
    'click',
    (event) => {
      const target = event.target instanceof Element ? event.target.closest('a[href]') : null;
      if (!(target instanceof HTMLAnchorElement)) return;
      if (target.hasAttribute('download') && target.href.startsWith('blob:')) return;
      if (isAllowedNavigation(target.href, appOrigins)) return;
      event.preventDefault();
      if (isSafeExternalUrl(target.href)) void openExternal(target.href);
    },
    { capture: true },
  );

  document.addEventListener('submit', (event) => event.preventDefault(), { capture: true });

  // Script-initiated navigation (location.href = …) is caught by the Navigation API where the browser has it.
  const navigation = (window as unknown as { navigation?: EventTarget }).navigation;
  navigation?.addEventListener('navigate', (event) => {
    const navigate = event as NavigateEventLike;
    if (!isAllowedNavigation(navigate.destination.url, appOrigins) && navigate.cancelable) {
      navigate.preventDefault();
    }
  });
}
