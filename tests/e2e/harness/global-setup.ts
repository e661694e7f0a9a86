import { preview, type PreviewServer } from 'vite';
import { buildEdition } from './build.ts';
import type { TestProject } from 'vitest/node';
import { findChromium } from './chromium.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
  }
}

let server: PreviewServer | undefined;

/** Builds the browser edition once, serves it on localhost, and tells the tests where it and Chromium are. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium();
  buildEdition('web');
  server = await preview({ mode: 'web', configFile: 'vite.config.ts', preview: { port: 0, strictPort: false, host: '127.0.0.1' }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error('förhandsservern fick ingen port');
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`);
  project.provide('chromiumPath', chromiumPath);
  return async () => {
    await server?.close();
  };
}
