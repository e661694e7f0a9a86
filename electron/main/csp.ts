import { CONTENT_SECURITY_POLICY } from '#shared/security/csp.ts';

/**
 * Response headers for everything the app protocol serves. The CSP allows
 * only the app's own scripts, so injected markup cannot run code or send data
 * anywhere (connect-src 'self': the app is offline by design).
 */
export { CONTENT_SECURITY_POLICY };

export const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
};
