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

  it.each([
    // A view or widget of another feature, from a feature's top folder and from a subfolder.
    ['renderer/features/plans/x.tsx', "import { ContactsView } from '../contacts/ContactsView.tsx';\nexport const x = ContactsView;\n"],
    ['renderer/features/timelog/follow-up/x.tsx', "import { TemplateEditor } from '../../templates/TemplateEditor.tsx';\nexport const x = TemplateEditor;\n"],
    // A helper that is neither data, words nor messages, even deep inside the other feature.
    ['renderer/features/overview/x.ts', "import { formatHours } from '../timelog/follow-up/follow-up-format.ts';\nexport const x = formatHours;\n"],
    ['renderer/features/plans/x.ts', "import '../trash/trash.css';\nexport const x = 1;\n"],
    // Widgets and the save machinery sit below the features.
    ['renderer/ui/x.tsx', "import { listContacts } from '../features/contacts/contact-repository.ts';\nexport const x = listContacts;\n"],
    ['renderer/saving/x.ts', "import { projectEdit } from '../features/projects/project-repository.ts';\nexport const x = projectEdit;\n"],
  ])('keeps features apart in %s: %s', async (file, code) => {
    const found = await problems(file, code);
    expect(found.some((p) => p.startsWith('no-restricted-imports'))).toBe(true);
  });

  it('lets a feature reach another through its data, words and messages, and its own files freely', async () => {
    const allowed = [
      ['renderer/features/plans/x.ts', "import { listContacts } from '../contacts/contact-repository.ts';\nexport const x = listContacts;\n"],
      ['renderer/features/overview/x.ts', "import { loadTimerData } from '../timelog/timelog-queries.ts';\nexport const x = loadTimerData;\n"],
      ['renderer/features/timelog/follow-up/x.ts', "import { activeTemplate } from '../../templates/template-repository.ts';\nexport const x = activeTemplate;\n"],
      ['renderer/features/plans/x.ts', "import { planRemovalText } from '../trash/trash-text.ts';\nexport const x = planRemovalText;\n"],
      ['renderer/features/plans/x.ts', "import { listMandates } from '../timelog/follow-up/mandate-repository.ts';\nexport const x = listMandates;\n"],
      ['renderer/features/plans/x.ts', "import { trashMessages } from '../trash/messages.ts';\nexport const x = trashMessages;\n"],
      ['renderer/features/timelog/follow-up/x.ts', "import { WeekGrid } from '../WeekGrid.tsx';\nexport const x = WeekGrid;\n"],
      ['renderer/features/plans/x.ts', "import { ConfirmBox } from '../../ui/ConfirmBox.tsx';\nexport const x = ConfirmBox;\n"],
      ['renderer/app/x.ts', "import { ContactsView } from '../features/contacts/ContactsView.tsx';\nexport const x = ContactsView;\n"],
    ];
    for (const [file, code] of allowed) expect(await problems(file ?? '', code ?? '')).toEqual([]);
  });

  it('lets each layer import what it may', async () => {
    expect(await problems('renderer/features/x.ts', "import { z } from 'zod';\nimport { sv } from '../i18n/sv.ts';\nexport const x = [z, sv];\n")).toEqual([]);
    expect(await problems('electron/main/x.ts', "import { join } from 'node:path';\nexport const x = join;\n")).toEqual([]);
  });
});
