import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';
import { CONTENT_SECURITY_POLICY_META } from '#shared/security/csp.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const appVersion = (JSON.parse(readFileSync(`${root}package.json`, 'utf8')) as { version: string }).version;

/**
 * The renderer is built twice from the same sources; only the host module
 * behind the `#host` alias differs (the platform contract's two
 * implementations), chosen here at build time rather than by runtime checks.
 */
const hosts = {
  web: { hostModule: 'renderer/host/web.ts', outDir: 'dist/web' },
  electron: { hostModule: 'renderer/host/desktop.ts', outDir: 'dist/desktop-renderer' },
} as const;

/** The policy as a meta tag in builds; the dev server needs inline scripts for hot reload, so it has none. */
function cspMeta(): Plugin {
  return {
    name: 'moa-csp-meta',
    apply: 'build',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY_META }, injectTo: 'head' },
    ],
  };
}

/**
 * The preview server (the browser edition of `npm start`, the browser tests and the bench) serves
 * the built files under assets/ as immutable: their names carry a hash of their content, so a new
 * build has new names. Vite's default, `no-cache`, made every start ask the server again for each
 * of the ~25 chunks (HTTP/1.1, six at a time), where the desktop host reads them from disk.
 * index.html keeps `no-cache`, so a new build is always picked up.
 */
function immutableAssets(): Plugin {
  return {
    name: 'moa-immutable-assets',
    configurePreviewServer(server) {
      server.middlewares.use((req, res, next) => {
        if (/^\/assets\/[^/?]+-[\w-]{8}\.(?:js|css|svg|woff2?)(?:\?|$)/u.test(req.url ?? '')) {
          // The static handler passes its own Cache-Control to writeHead, after any header set here.
          const writeHead = res.writeHead.bind(res) as (...args: unknown[]) => typeof res;
          res.writeHead = ((...args: unknown[]) => {
            const headers = args.find((arg, index) => index > 0 && typeof arg === 'object' && arg !== null) as Record<string, unknown> | undefined;
            if (headers) headers['Cache-Control'] = 'public, max-age=31536000, immutable';
            else res.setHeader('Cache-Control', 'public, max-age=31536000, immutable');
            return writeHead(...args);
          }) as typeof res.writeHead;
        }
        next();
      });
    },
  };
}

export default defineConfig(({ mode }) => {
  const host = mode === 'electron' ? hosts.electron : hosts.web;
  return {
    root: 'renderer',
    base: './',
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    plugins: [react(), cspMeta(), immutableAssets()],
    resolve: {
      alias: [{ find: /^#host$/, replacement: `${root}${host.hostModule}` }],
    },
    build: {
      outDir: `${root}${host.outDir}`,
      emptyOutDir: true,
      target: 'es2022',
      sourcemap: false,
      chunkSizeWarningLimit: 1500,
    },
    server: { host: '127.0.0.1', port: 5173 },
    // Always the same origin: the browser keeps the workbook per address (scripts/web-port.mjs).
    preview: { host: '127.0.0.1', port: 4173, strictPort: true },
    test: {
      root,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            include: ['tests/unit/**/*.test.{ts,tsx}'],
            environment: 'node',
          },
        },
        {
          extends: true,
          test: {
            name: 'e2e',
            include: ['tests/e2e/**/*.spec.ts'],
            environment: 'node',
            globalSetup: ['tests/e2e/harness/global-setup.ts'],
            // Tests type key by key as a person does; on a loaded 2-core machine a long editing path takes minutes.
            testTimeout: 180_000,
            hookTimeout: 180_000,
            fileParallelism: false,
          },
        },
      ],
    },
  };
});
