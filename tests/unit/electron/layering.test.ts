import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const electronDir = join(import.meta.dirname, '../../../electron');
/** The only modules allowed to load Electron (or electron-store, which loads it) at runtime. */
const RUNTIME_ELECTRON_ALLOWED = new Set(['main/index.ts', 'main/ipc.ts', 'main/electron-store-adapter.ts', 'preload/index.ts']);

function sources(dir: string, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name), `${prefix}${entry.name}/`) : entry.name.endsWith('.ts') ? [`${prefix}${entry.name}`] : [],
  );
}

const runtimeImport = /^import\s+(?!type\b)[^;]*from\s+'(electron|electron-store)'/m;

describe('desktop host layering', () => {
  it('keeps Electron out of every module except the wiring, so the logic stays testable in Node', () => {
    const offenders = sources(electronDir).filter(
      (file) => !RUNTIME_ELECTRON_ALLOWED.has(file) && runtimeImport.test(readFileSync(join(electronDir, file), 'utf8')),
    );
    expect(offenders).toEqual([]);
  });

  it('uses ipcMain only in main/ipc.ts', () => {
    const users = sources(electronDir).filter((file) => /\bipcMain\b/.test(readFileSync(join(electronDir, file), 'utf8')));
    expect(users).toEqual(['main/ipc.ts']);
  });

  it('never imports the renderer', () => {
    const offenders = sources(electronDir).filter((file) => /from\s+'[^']*renderer\//.test(readFileSync(join(electronDir, file), 'utf8')));
    expect(offenders).toEqual([]);
  });
});
