import { mkdtemp, mkdir, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { OpenDialogOptions, SaveDialogOptions } from 'electron';
import {
  MAX_OPEN_FILE_BYTES,
  openFilesWithDialog,
  openFileWithDialog,
  saveFileWithDialog,
  UserFileError,
  type FileDialogDeps,
} from '../../../electron/main/file-dialogs.ts';
import type { Language } from '#shared/settings.ts';

let folder: string;
beforeEach(async () => {
  folder = await mkdtemp(join(tmpdir(), 'moa-dialogs-'));
});
afterEach(async () => {
  await rm(folder, { recursive: true, force: true });
});

function dialogs(choice: { savePath?: string; openPath?: string; openPaths?: string[] }, language: Language = 'sv'): FileDialogDeps & {
  saveOptions: SaveDialogOptions[];
  openOptions: OpenDialogOptions[];
} {
  const saveOptions: SaveDialogOptions[] = [];
  const openOptions: OpenDialogOptions[] = [];
  return {
    saveOptions,
    openOptions,
    showSaveDialog: async (options) => {
      saveOptions.push(options);
      return choice.savePath === undefined ? { canceled: true, filePath: '' } : { canceled: false, filePath: choice.savePath };
    },
    showOpenDialog: async (options) => {
      openOptions.push(options);
      if (choice.openPaths) return { canceled: false, filePaths: choice.openPaths };
      return choice.openPath === undefined ? { canceled: true, filePaths: [] } : { canceled: false, filePaths: [choice.openPath] };
    },
    defaultFolder: () => '/home/anna/Dokument',
    language: () => language,
  };
}

const docx = [{ name: 'Word-dokument', extensions: ['docx'] }];

describe('saveFileWithDialog', () => {
  it('offers a sanitised name in Documents and writes the bytes where the user chose', async () => {
    const target = join(folder, 'Min rapport.docx');
    const deps = dialogs({ savePath: target });
    const result = await saveFileWithDialog(deps, {
      suggestedName: '../Rapport: mål 2025.docx',
      bytes: new TextEncoder().encode('innehåll'),
      mimeType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
      filters: docx,
    });
    expect(result).toEqual({ status: 'saved', name: 'Min rapport.docx' });
    expect(await readFile(target, 'utf8')).toBe('innehåll');
    expect(deps.saveOptions[0]).toMatchObject({
      defaultPath: join('/home/anna/Dokument', '_Rapport_ mål 2025.docx'),
      filters: docx,
    });
  });

  it('derives a filter from the suggested name when none is given', async () => {
    const deps = dialogs({});
    await saveFileWithDialog(deps, { suggestedName: 'data.json', bytes: new Uint8Array(), mimeType: 'application/json' });
    expect(deps.saveOptions[0]?.filters).toEqual([{ name: 'JSON', extensions: ['json'] }]);
  });

  it('reports cancel and writes nothing', async () => {
    const writeFileSpy = vi.fn(async () => undefined);
    const deps = { ...dialogs({}), writeFile: writeFileSpy };
    await expect(saveFileWithDialog(deps, { suggestedName: 'a.docx', bytes: new Uint8Array(), mimeType: 'x' })).resolves.toEqual({
      status: 'cancelled',
    });
    expect(writeFileSpy).not.toHaveBeenCalled();
  });

  it('turns a write failure into a Swedish message naming the file', async () => {
    const deps = dialogs({ savePath: join(folder, 'finns-inte', 'rapport.docx') });
    const saving = saveFileWithDialog(deps, { suggestedName: 'rapport.docx', bytes: new Uint8Array([1]), mimeType: 'x' });
    await expect(saving).rejects.toBeInstanceOf(UserFileError);
    await expect(saving).rejects.toThrow(/”rapport\.docx” kunde inte sparas/);
  });

  it('titles the dialog and words its errors in the UI language', async () => {
    const deps = dialogs({ savePath: join(folder, 'missing', 'report.docx') }, 'en');
    const saving = saveFileWithDialog(deps, { suggestedName: 'report.docx', bytes: new Uint8Array([1]), mimeType: 'x' });
    await expect(saving).rejects.toThrow(/The file “report\.docx” could not be saved/);
    expect(deps.saveOptions[0]?.title).toBe('Save file');
    const swedish = dialogs({});
    await saveFileWithDialog(swedish, { suggestedName: 'a.docx', bytes: new Uint8Array(), mimeType: 'x' });
    expect(swedish.saveOptions[0]?.title).toBe('Spara fil');
  });
});

describe('openFileWithDialog', () => {
  it('returns the name (without folder) and the bytes', async () => {
    const path = join(folder, 'arbetsbok.json');
    await writeFile(path, '{"a":1}');
    const deps = dialogs({ openPath: path });
    const result = await openFileWithDialog(deps, { accept: [{ name: 'Arbetsbok', extensions: ['json'] }] });
    expect(result.status).toBe('opened');
    if (result.status !== 'opened') return;
    expect(result.name).toBe('arbetsbok.json');
    expect(result.bytes).toBeInstanceOf(Uint8Array);
    expect(new TextDecoder().decode(result.bytes)).toBe('{"a":1}');
    expect(deps.openOptions[0]).toMatchObject({ filters: [{ name: 'Arbetsbok', extensions: ['json'] }], properties: ['openFile'] });
  });

  it('accepts an upper-case extension', async () => {
    const path = join(folder, 'ARBETSBOK.JSON');
    await writeFile(path, '{}');
    await expect(openFileWithDialog(dialogs({ openPath: path }), { accept: [{ name: 'A', extensions: ['json'] }] })).resolves.toMatchObject({
      status: 'opened',
    });
  });

  it('reports cancel', async () => {
    await expect(openFileWithDialog(dialogs({}), { accept: docx })).resolves.toEqual({ status: 'cancelled' });
  });

  it('refuses a file over 200 MB with a clear Swedish message', async () => {
    const path = join(folder, 'enorm.json');
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_FILE_BYTES + 1); // sparse: no 200 MB actually written
    const opening = openFileWithDialog(dialogs({ openPath: path }), { accept: [{ name: 'A', extensions: ['json'] }] });
    await expect(opening).rejects.toBeInstanceOf(UserFileError);
    await expect(opening).rejects.toThrow('Filen ”enorm.json” är för stor (201 MB). Välj en fil på högst 200 MB.');
  });

  it('refuses a file over 200 MB in English when the UI is in English', async () => {
    const path = join(folder, 'huge.json');
    await writeFile(path, '');
    await truncate(path, MAX_OPEN_FILE_BYTES + 1);
    const deps = dialogs({ openPath: path }, 'en');
    await expect(openFileWithDialog(deps, { accept: [{ name: 'A', extensions: ['json'] }] })).rejects.toThrow(
      'The file “huge.json” is too large (201 MB). Choose a file of at most 200 MB.',
    );
    expect(deps.openOptions[0]?.title).toBe('Open file');
  });

  it('refuses a file type the request did not accept (dialog filters are only a hint)', async () => {
    const path = join(folder, 'skript.exe');
    await writeFile(path, 'MZ');
    await expect(openFileWithDialog(dialogs({ openPath: path }), { accept: docx })).rejects.toThrow(
      'Filen ”skript.exe” har fel filtyp. Välj en fil av typen .docx.',
    );
  });

  it('refuses a folder', async () => {
    const path = join(folder, 'mapp.json');
    await mkdir(path);
    await expect(openFileWithDialog(dialogs({ openPath: path }), { accept: [{ name: 'A', extensions: ['json'] }] })).rejects.toThrow(
      '”mapp.json” är ingen fil',
    );
  });

  it('explains a file that cannot be read', async () => {
    const path = join(folder, 'borta.json');
    await expect(openFileWithDialog(dialogs({ openPath: path }), { accept: [{ name: 'A', extensions: ['json'] }] })).rejects.toThrow(
      /”borta\.json” kunde inte läsas/,
    );
  });
});

describe('openFilesWithDialog', () => {
  const kolada = [{ name: 'Kolada', extensions: ['json', 'csv'] }];

  it('returns every chosen file, names without folders, in the order chosen', async () => {
    const paths = ['sida-1.json', 'sida-2.json', 'tabell.csv'].map((name) => join(folder, name));
    await Promise.all(paths.map((path, i) => writeFile(path, `innehåll ${i + 1}`)));
    const deps = dialogs({ openPaths: paths });
    const result = await openFilesWithDialog(deps, { accept: kolada });
    expect(result.status === 'opened' && result.files.map((f) => `${f.name}: ${new TextDecoder().decode(f.bytes)}`)).toEqual(['sida-1.json: innehåll 1', 'sida-2.json: innehåll 2', 'tabell.csv: innehåll 3']);
    expect(deps.openOptions[0]).toMatchObject({ title: 'Öppna filer', filters: kolada, properties: ['openFile', 'multiSelections'] });
  });

  it('reports cancel, and refuses the whole pick when one file is of the wrong type', async () => {
    expect(await openFilesWithDialog(dialogs({}), { accept: kolada })).toEqual({ status: 'cancelled' });
    const good = join(folder, 'sida.json');
    const bad = join(folder, 'program.exe');
    await writeFile(good, '{}');
    await writeFile(bad, 'MZ');
    await expect(openFilesWithDialog(dialogs({ openPaths: [good, bad] }), { accept: kolada })).rejects.toThrow(new UserFileError('Filen ”program.exe” har fel filtyp. Välj en fil av typen .json, .csv.'));
  });

  it('refuses more than 500 files at once, before reading any', async () => {
    const paths = Array.from({ length: 501 }, (_, i) => join(folder, `saknas-${i}.json`));
    await expect(openFilesWithDialog(dialogs({ openPaths: paths }), { accept: kolada })).rejects.toThrow('Du valde 501 filer; högst 500 kan öppnas på en gång.');
  });
});
