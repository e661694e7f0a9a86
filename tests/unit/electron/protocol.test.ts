import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CustomScheme } from 'electron';
import { mimeTypeFor, resolveAppPath } from '../../../electron/main/app-path.ts';
import { CONTENT_SECURITY_POLICY } from '../../../electron/main/csp.ts';
import { createAppRequestHandler, registerAppScheme } from '../../../electron/main/protocol.ts';
import { recordingLogger } from './helpers.ts';

const root = resolve('/srv/moa/dist/desktop-renderer');

describe('resolveAppPath', () => {
  it.each([
    ['app://moa/index.html', 'index.html'],
    ['app://moa/assets/index-abc123.js', join('assets', 'index-abc123.js')],
    ['app://moa/assets/style.css?v=2#x', join('assets', 'style.css')],
    ['app://moa/fonts/Inter%20Regular.woff2', join('fonts', 'Inter Regular.woff2')],
    ['app://moa/bilder/%C3%A5r.png', join('bilder', 'år.png')],
  ])('maps %s to a file in the renderer folder', (url, file) => {
    expect(resolveAppPath(root, url)).toEqual({ ok: true, path: join(root, file), isRouteFallback: false });
  });

  it.each(['app://moa', 'app://moa/', 'app://moa/oversikt', 'app://moa/planer/12/', 'app://moa/planer/12?flik=mal'])(
    'answers the client-side route %s with index.html',
    (url) => {
      expect(resolveAppPath(root, url)).toEqual({ ok: true, path: join(root, 'index.html'), isRouteFallback: true });
    },
  );

  it.each([
    ['a dot-dot segment', 'app://moa/../../etc/passwd'],
    ['a dot-dot segment in the middle', 'app://moa/assets/../../secret.txt'],
    ['an encoded dot-dot', 'app://moa/%2e%2e/%2e%2e/etc/passwd'],
    ['a mixed-case encoded dot-dot', 'app://moa/assets/%2E%2e/x.js'],
    ['a half-encoded dot-dot', 'app://moa/.%2e/x.js'],
    ['a single dot segment', 'app://moa/./index.html'],
    ['an encoded slash', 'app://moa/assets%2F..%2F..%2Fetc%2Fpasswd'],
    ['an encoded slash alone', 'app://moa/assets%2fx.js'],
    ['an encoded backslash', 'app://moa/..%5c..%5cwindows%5cwin.ini'],
    ['a backslash', 'app://moa/assets\\..\\x.js'],
    ['an absolute path', 'app://moa//etc/passwd'],
    ['a Windows drive', 'app://moa/C:/Windows/win.ini'],
    ['an encoded drive colon', 'app://moa/C%3A%5CWindows%5Cwin.ini'],
    ['an encoded NUL', 'app://moa/index.html%00.png'],
    ['a hidden file', 'app://moa/.env'],
    ['malformed percent-encoding', 'app://moa/%E0%A4%A.js'],
    ['another host', 'app://evil/index.html'],
    ['a look-alike host', 'app://moa.evil/index.html'],
    ['another scheme', 'https://moa/index.html'],
    ['file:', 'file:///etc/passwd'],
    ['javascript:', 'javascript:alert(1)'],
    ['data:', 'data:text/html,hi'],
    ['credentials', 'app://user:pw@moa/index.html'],
    ['a port', 'app://moa:80/index.html'],
    ['a malformed URL', 'app://'],
    ['an empty string', ''],
    ['an overlong URL', `app://moa/${'a'.repeat(3000)}.js`],
  ])('refuses %s', (_label, url) => {
    expect(resolveAppPath(root, url).ok).toBe(false);
  });

  it('never resolves outside the root, whatever the input', () => {
    const attempts = ['app://moa/a/b/../../../x.js', 'app://moa/%2e%2e%2fx.js', 'app://moa/a/%2e%2e/%2e%2e/x.js'];
    for (const url of attempts) {
      const result = resolveAppPath(root, url);
      if (result.ok) expect(result.path.startsWith(root)).toBe(true);
    }
  });
});

describe('mimeTypeFor', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['a.js', 'text/javascript; charset=utf-8'],
    ['a.mjs', 'text/javascript; charset=utf-8'],
    ['a.css', 'text/css; charset=utf-8'],
    ['a.json', 'application/json; charset=utf-8'],
    ['a.svg', 'image/svg+xml'],
    ['a.PNG', 'image/png'],
    ['a.woff2', 'font/woff2'],
    ['a.wasm', 'application/wasm'],
    ['a.unknown', 'application/octet-stream'],
    ['noextension', 'application/octet-stream'],
  ])('%s → %s', (file, type) => {
    expect(mimeTypeFor(file)).toBe(type);
  });
});

describe('content security policy', () => {
  it('is exactly the app policy', () => {
    expect(CONTENT_SECURITY_POLICY).toBe(
      "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('never allows inline or evaluated scripts', () => {
    const scriptSrc = CONTENT_SECURITY_POLICY.split('; ').find((directive) => directive.startsWith('script-src'));
    expect(scriptSrc).toBe("script-src 'self'");
  });
});

describe('registerAppScheme', () => {
  it('registers app: as a standard, secure, fetch-capable scheme', () => {
    const registered: CustomScheme[] = [];
    registerAppScheme({ registerSchemesAsPrivileged: (schemes) => registered.push(...schemes) });
    expect(registered).toEqual([{ scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true } }]);
  });
});

describe('app protocol handler', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'moa-protocol-'));
    await mkdir(join(dir, 'assets'));
    await writeFile(join(dir, 'index.html'), '<!doctype html><title>MOA</title>');
    await writeFile(join(dir, 'assets', 'app.js'), 'console.log("hej")');
    await writeFile(join(dir, 'secret.txt.bak'), 'x');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const handle = (url: string, init?: RequestInit) => {
    const { log, entries } = recordingLogger();
    return { response: createAppRequestHandler(dir, { log })(new Request(url, init)), entries };
  };

  it('serves a file with its type and the security headers', async () => {
    const response = await handle('app://moa/assets/app.js').response;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('console.log("hej")');
    expect(response.headers.get('Content-Type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('Content-Security-Policy')).toBe(CONTENT_SECURITY_POLICY);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('serves index.html for the app root and for client-side routes', async () => {
    for (const url of ['app://moa/', 'app://moa/planer/3']) {
      const response = await handle(url).response;
      expect(response.status).toBe(200);
      expect(response.headers.get('Content-Type')).toBe('text/html; charset=utf-8');
      expect(await response.text()).toContain('<title>MOA</title>');
    }
  });

  it('answers a missing file with 404, not with index.html', async () => {
    const response = await handle('app://moa/assets/saknas.js').response;
    expect(response.status).toBe(404);
    expect(response.headers.get('X-Content-Type-Options')).toBe('nosniff');
  });

  it('refuses traversal that survives URL parsing with 400 and logs it', async () => {
    const { response, entries } = handle('app://moa/assets%2F..%2F..%2Fsecret.txt.bak');
    expect((await response).status).toBe(400);
    expect(entries[0]).toMatchObject({ level: 'warn', message: 'app protocol request refused' });
  });

  it('stays inside the folder when the URL parser has already resolved the dots', async () => {
    // Request (like Chromium) turns app://moa/../../secret.txt.bak into app://moa/secret.txt.bak.
    const response = await handle('app://moa/../../etc/passwd').response;
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>MOA</title>');
  });

  it('refuses requests for another host', async () => {
    expect((await handle('app://evil/index.html').response).status).toBe(400);
  });

  it('only answers GET and HEAD', async () => {
    expect((await handle('app://moa/index.html', { method: 'POST', body: 'x' }).response).status).toBe(405);
    const head = await handle('app://moa/index.html', { method: 'HEAD' }).response;
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });

  it('reports an unexpected read error as 500 and logs it', async () => {
    const { log, entries } = recordingLogger();
    const readFile = vi.fn(async () => {
      throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    });
    const response = await createAppRequestHandler(dir, { log, readFile })(new Request('app://moa/index.html'));
    expect(response.status).toBe(500);
    expect(entries[0]?.level).toBe('error');
  });
});
