/**
 * The app:// protocol that serves the built renderer. A privileged standard
 * scheme gives the app a real, stable origin (app://moa): IndexedDB and
 * localStorage persist across launches and the IPC/navigation guards have an
 * origin to compare against, which file:// cannot offer.
 */
import { readFile as readFileFromDisk } from 'node:fs/promises';
import type { CustomScheme } from 'electron';
import { DESKTOP_SCHEME } from '#shared/version.ts';
import { mimeTypeFor, resolveAppPath } from './app-path.ts';
import { SECURITY_HEADERS } from './csp.ts';
import { clip, type Logger } from './log.ts';

export const APP_SCHEME: CustomScheme = {
  scheme: DESKTOP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Must run before app 'ready'; Electron ignores later registrations. */
export function registerAppScheme(protocol: { registerSchemesAsPrivileged(schemes: CustomScheme[]): void }): void {
  protocol.registerSchemesAsPrivileged([APP_SCHEME]);
}

export interface AppRequestHandlerOptions {
  log: Logger;
  /** Must return a non-shared buffer: Response cannot take a view of a SharedArrayBuffer. */
  readFile?: (path: string) => Promise<Uint8Array<ArrayBuffer>>;
}

function textResponse(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...SECURITY_HEADERS, 'Content-Type': 'text/plain; charset=utf-8' } });
}

const isMissingFile = (error: unknown): boolean =>
  error instanceof Error && 'code' in error && (error.code === 'ENOENT' || error.code === 'EISDIR' || error.code === 'ENOTDIR');

/** The handler for `protocol.handle('app', …)`, serving files below `rootDir`. */
export function createAppRequestHandler(rootDir: string, options: AppRequestHandlerOptions) {
  const readFile = options.readFile ?? readFileFromDisk;
  return async (request: Request): Promise<Response> => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return textResponse(405, 'Method Not Allowed');
    const resolved = resolveAppPath(rootDir, request.url);
    if (!resolved.ok) {
      options.log.warn('app protocol request refused', { url: clip(request.url), reason: resolved.reason });
      return textResponse(400, 'Bad Request');
    }
    let body: Uint8Array<ArrayBuffer>;
    try {
      body = await readFile(resolved.path);
    } catch (error) {
      if (isMissingFile(error)) return textResponse(404, 'Not Found');
      options.log.error('app protocol read failed', { path: resolved.path, error: String(error) });
      return textResponse(500, 'Internal Server Error');
    }
    const headers = { ...SECURITY_HEADERS, 'Content-Type': mimeTypeFor(resolved.path), 'Cache-Control': 'no-cache' };
    return new Response(request.method === 'HEAD' ? null : body, { status: 200, headers });
  };
}
