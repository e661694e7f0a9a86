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

export default defineConfig(({ mode }) => {
  const host = mode === 'electron' ? hosts.electron : hosts.web;
  return {
    root: 'renderer',
    base: './',
    publicDir: false,
    define: { __APP_VERSION__: JSON.stringify(appVersion) },
    plugins: [react(), cspMeta()],
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
