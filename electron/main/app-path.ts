/**
 * Maps app:// request URLs to files of the built renderer. Everything that is
 * not plainly a file inside the renderer folder is refused, before and after
 * URL parsing (the parser silently resolves "..", so a refusal there would be
 * too late to notice the attempt).
 */
import { extname, isAbsolute, relative, resolve } from 'node:path';
import { DESKTOP_HOST, DESKTOP_SCHEME } from '#shared/version.ts';

export type AppPathResolution =
  | { ok: true; path: string; /** True when a client-side route was answered with index.html. */ isRouteFallback: boolean }
  | { ok: false; reason: string };

const MAX_URL_LENGTH = 2048;
const INDEX_FILE = 'index.html';
// A "." or ".." segment, literal or percent-encoded, with either slash.
const DOT_SEGMENT = /(?:^|[/\\]|%2f|%5c)(?:\.|%2e){1,2}(?:[/\\?#]|%2f|%5c|$)/i;
// eslint-disable-next-line no-control-regex -- control characters in a path are the point of the check
const FORBIDDEN_IN_SEGMENT = /[/\\:\u0000-\u001f\u007f]/;

const refuse = (reason: string): AppPathResolution => ({ ok: false, reason });

function decodeSegment(segment: string): string | null {
  try {
    return decodeURIComponent(segment);
  } catch {
    return null;
  }
}

export function resolveAppPath(rootDir: string, requestUrl: string): AppPathResolution {
  if (requestUrl.length > MAX_URL_LENGTH) return refuse('URL too long');
  if (DOT_SEGMENT.test(requestUrl)) return refuse('dot segment in path');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return refuse('malformed URL');
  }
  if (url.protocol !== `${DESKTOP_SCHEME}:` || url.hostname !== DESKTOP_HOST) return refuse('foreign origin');
  if (url.port !== '' || url.username !== '' || url.password !== '') return refuse('port or credentials in URL');

  const rawSegments = url.pathname.replace(/^\//, '').split('/');
  const segments: string[] = [];
  for (const [index, raw] of rawSegments.entries()) {
    const isLast = index === rawSegments.length - 1;
    // A trailing slash names a folder, which we answer like a route.
    if (raw === '' && isLast) break;
    const segment = decodeSegment(raw);
    if (segment === null) return refuse('malformed percent-encoding');
    if (segment === '' || segment.startsWith('.') || FORBIDDEN_IN_SEGMENT.test(segment)) {
      return refuse('forbidden path segment');
    }
    segments.push(segment);
  }

  const last = segments.at(-1);
  const isRouteFallback = last === undefined || extname(last) === '';
  const root = resolve(rootDir);
  const path = isRouteFallback ? resolve(root, INDEX_FILE) : resolve(root, ...segments);
  const inside = relative(root, path);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return refuse('outside the app folder');
  return { ok: true, path, isRouteFallback };
}

const MIME_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/** With nosniff, a wrong type breaks loading, so unknown files are served as opaque bytes. */
export function mimeTypeFor(path: string): string {
  return MIME_TYPES[extname(path).toLowerCase()] ?? 'application/octet-stream';
}
