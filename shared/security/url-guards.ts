/**
 * Fail-closed URL guards shared by both hosts: the desktop shell applies them
 * in Electron's navigation/window/IPC hooks, the browser edition in its
 * click/navigate listeners. Anything that does not parse is refused.
 */

const MAX_EXTERNAL_URL_LENGTH = 2048;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > MAX_EXTERNAL_URL_LENGTH) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** A link the user may open in their own browser: http(s) only, with a host, no embedded credentials. */
export function isSafeExternalUrl(url: unknown): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return false;
  if (parsed.hostname === '') return false;
  if (parsed.username !== '' || parsed.password !== '') return false;
  return true;
}

/** The origin of a URL, or null when it has none we can trust (opaque origins, bad input). */
export function originOf(url: unknown): string | null {
  const parsed = parse(url);
  if (!parsed) return null;
  // By the URL standard an origin ignores user:password@; the app never uses such URLs, so they have no trusted origin.
  if (parsed.username !== '' || parsed.password !== '') return null;
  // Custom schemes (app://moa) report "null" as origin in WHATWG URL; rebuild it.
  if (parsed.origin === 'null') {
    if (parsed.host === '' || parsed.protocol === 'file:' || parsed.protocol === 'data:' || parsed.protocol === 'blob:' || parsed.protocol === 'javascript:') return null;
    return `${parsed.protocol}//${parsed.host}`;
  }
  return parsed.origin;
}

/** Navigation of the app's own window is only allowed within its own origin(s). */
export function isAllowedNavigation(targetUrl: unknown, appOrigins: readonly string[]): boolean {
  const origin = originOf(targetUrl);
  return origin !== null && appOrigins.includes(origin);
}

/** IPC is only accepted from frames showing the app itself. */
export function isTrustedSenderUrl(senderUrl: unknown, appOrigins: readonly string[]): boolean {
  return isAllowedNavigation(senderUrl, appOrigins);
}
