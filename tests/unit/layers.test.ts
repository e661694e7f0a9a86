import { describe, expect, it } from 'vitest';
import { ESLint } from 'eslint';

/** The layer rules themselves: a wrong import must fail lint (and so `npm test`). */
async function problems(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => `${m.ruleId ?? 'fatal'}: ${m.message}`);
}

// Loading ESLint and its config takes seconds on a loaded machine; the limit is for that, not a speed target.
describe('layer rules', { timeout: 60_000 }, () => {
  it.each([
    ['renderer/features/x.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n"],
    ['renderer/features/x.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n"],
    ['renderer/features/x.ts', "import { readFileSync } from 'fs';\nexport const x = readFileSync;\n"],
    ['renderer/features/x.ts', "import { x } from '../../electron/main/files.ts';\nexport const y = x;\n"],
    ['shared/x.ts', "import { join } from 'node:path';\nexport const x = join;\n"],
    ['shared/x.ts', "import Dexie from 'dexie';\nexport const x = Dexie;\n"],
    ['shared/x.ts', "import { App } from '../renderer/app/App.tsx';\nexport const x = App;\n"],
    ['electron/main/x.ts', "import { App } from '../../renderer/app/App.tsx';\nexport const x = App;\n"],
  ])('refuses in %s: %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('refuses raw ipcMain outside the IPC module', async () => {
    const found = await problems('electron/main/window.ts', "import { ipcMain } from 'electron';\nipcMain.handle('x', () => 1);\n");
    expect(found.some((p) => p.startsWith('no-restricted-syntax'))).toBe(true);
  });

  it('refuses browser globals in shared/', async () => {
    const found = await problems('shared/x.ts', 'export const lang = window.navigator.language;\n');
    expect(found.some((p) => p.startsWith('no-restricted-globals'))).toBe(true);
  });

  it('lets each layer import what it may', async () => {
    expect(await problems('renderer/features/x.ts', "import { z } from 'zod';\nimport { sv } from '../i18n/sv.ts';\nexport const x = [z, sv];\n")).toEqual([]);
    expect(await problems('electron/main/x.ts', "import { join } from 'node:path';\nexport const x = join;\n")).toEqual([]);
  });
});
