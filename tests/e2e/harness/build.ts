import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/**
 * Builds one edition of the renderer as a user gets it. Runs the Vite CLI
 * in its own process with NODE_ENV=production: inside vitest (NODE_ENV=test)
 * or Vite's module runner an in-process build would ship React's
 * development build and measure or test something users never run.
 */
export function buildEdition(mode: 'web' | 'electron'): void {
  const viteBin = join(dirname(createRequire(import.meta.url).resolve('vite/package.json')), 'bin', 'vite.js');
  const result = spawnSync(process.execPath, [viteBin, 'build', '--mode', mode, '--logLevel', 'warn'], {
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  if (result.status !== 0) throw new Error(`vite build --mode ${mode} misslyckades (kod ${String(result.status)})`);
}
