/**
 * The Content-Security-Policy of both hosts: a header from the desktop
 * shell's protocol handler and a meta tag in every build of index.html.
 * Only the app's own scripts run, and nothing is fetched from elsewhere
 * (connect-src 'self': the app is offline by design).
 */
const directives = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
] as const;

/** For the meta tag: frame-ancestors is ignored (and warned about) there. */
export const CONTENT_SECURITY_POLICY_META = directives.join('; ');

/** For the HTTP header, which can also forbid framing. */
export const CONTENT_SECURITY_POLICY = [...directives, "frame-ancestors 'none'"].join('; ');
