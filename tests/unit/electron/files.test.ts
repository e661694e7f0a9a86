import { mkdtemp, mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import * as fsPromises from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FALLBACK_FILE_NAME, sanitizeFileName, writeFileAtomic } from '../../../electron/main/files.ts';

describe('writeFileAtomic', () => {
  let folder: string;
  beforeEach(async () => {
    folder = await mkdtemp(join(tmpdir(), 'moa-atomic-'));
  });
  afterEach(async () => {
    await rm(folder, { recursive: true, force: true });
  });

  const bytes = (text: string) => new TextEncoder().encode(text);

  it('writes a new file and leaves no temp file behind', async () => {
    const target = join(folder, 'rapport.docx');
    await writeFileAtomic(target, bytes('första'));
    expect(await readFile(target, 'utf8')).toBe('första');
    expect(await readdir(folder)).toEqual(['rapport.docx']);
  });

  it('replaces an existing file completely', async () => {
    const target = join(folder, 'rapport.docx');
    await writeFile(target, 'en mycket längre gammal version av filen');
    await writeFileAtomic(target, bytes('ny'));
    expect(await readFile(target, 'utf8')).toBe('ny');
    expect(await readdir(folder)).toEqual(['rapport.docx']);
  });

  it.skipIf(process.platform === 'win32')('keeps the permissions of the file it replaces', async () => {
    const target = join(folder, 'delad.docx');
    await writeFile(target, 'gammal', { mode: 0o640 });
    await fsPromises.chmod(target, 0o640);
    await writeFileAtomic(target, bytes('ny'));
    expect((await stat(target)).mode & 0o777).toBe(0o640);
  });

  it('leaves the old file intact and removes the temp file when the final rename fails', async () => {
    const target = join(folder, 'rapport.docx');
    await writeFile(target, 'gammal');
    const failingFs = {
      ...fsPromises,
      rename: async () => {
        throw Object.assign(new Error('EXDEV: simulated'), { code: 'EXDEV' });
      },
    };
    await expect(writeFileAtomic(target, bytes('ny'), failingFs)).rejects.toThrow('simulated');
    expect(await readFile(target, 'utf8')).toBe('gammal');
    expect(await readdir(folder)).toEqual(['rapport.docx']);
  });

  it('leaves the old file intact when writing the data fails', async () => {
    const target = join(folder, 'rapport.docx');
    await writeFile(target, 'gammal');
    const failingFs = {
      ...fsPromises,
      open: (async (...args: Parameters<typeof fsPromises.open>) => {
        const handle = await fsPromises.open(...args);
        return Object.assign(handle, {
          writeFile: async () => {
            throw new Error('ENOSPC: simulated');
          },
        });
      }) as typeof fsPromises.open,
    };
    await expect(writeFileAtomic(target, bytes('ny'), failingFs)).rejects.toThrow('ENOSPC');
    expect(await readFile(target, 'utf8')).toBe('gammal');
    expect(await readdir(folder)).toEqual(['rapport.docx']);
  });

  it('fails without side effects when the target is a folder', async () => {
    const target = join(folder, 'mapp');
    await mkdir(target);
    await expect(writeFileAtomic(target, bytes('x'))).rejects.toThrow();
    expect(await readdir(folder)).toEqual(['mapp']);
  });

  it('handles a chosen name at the file-system limit (the temp name stays shorter)', async () => {
    const target = join(folder, `${'a'.repeat(250)}.docx`);
    await writeFileAtomic(target, bytes('lång'));
    expect(await readFile(target, 'utf8')).toBe('lång');
  });

  it('fails when the folder does not exist', async () => {
    await expect(writeFileAtomic(join(folder, 'saknas', 'a.txt'), bytes('x'))).rejects.toThrow(/ENOENT/);
  });
});

describe('sanitizeFileName', () => {
  it.each([
    ['Rapport 2025.docx', 'Rapport 2025.docx'],
    ['Målområde Åtgärder – översikt.docx', 'Målområde Åtgärder – översikt.docx'],
    ['Uppföljning (utkast), v2.xlsx', 'Uppföljning (utkast), v2.xlsx'],
  ])('keeps an ordinary name: %s', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it.each([
    ['../../etc/passwd', '_._etc_passwd'],
    ['..\\..\\Windows\\win.ini', '_._Windows_win.ini'],
    ['mapp/rapport.docx', 'mapp_rapport.docx'],
    ['C:\\Users\\a\\rapport.docx', 'C__Users_a_rapport.docx'],
    ['/absolut/sökväg.docx', '_absolut_sökväg.docx'],
  ])('removes folders and traversal: %s', (input, expected) => {
    const result = sanitizeFileName(input);
    expect(result).toBe(expected);
    expect(result).not.toMatch(/[/\\]/);
    expect(result).not.toContain('..');
  });

  it.each(['a<b>c:d"e|f?g*h.docx', 'rad\nbrytning\t.docx', 'nul\u0000byte.docx'])('replaces characters Windows forbids: %j', (input) => {
    const result = sanitizeFileName(input);
    expect(result).toMatch(/^[^<>:"|?*]+\.docx$/);
    expect([...result].every((char) => char.charCodeAt(0) >= 0x20)).toBe(true);
  });

  it('removes bidi overrides that could disguise the extension', () => {
    expect(sanitizeFileName('rapport\u202Excod.exe')).toBe('rapport_xcod.exe');
  });

  it.each([
    ['CON', '_CON'],
    ['con.docx', '_con.docx'],
    ['Nul.tar.gz', '_Nul.tar.gz'],
    ['COM1.txt', '_COM1.txt'],
    ['lpt9', '_lpt9'],
  ])('prefixes Windows reserved names: %s', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('does not treat names that merely start like a reserved name as reserved', () => {
    expect(sanitizeFileName('console.docx')).toBe('console.docx');
  });

  it.each([
    ['', FALLBACK_FILE_NAME],
    ['..', FALLBACK_FILE_NAME],
    ['   ', FALLBACK_FILE_NAME],
    ['.docx', 'docx'],
    ['...docx', 'docx'],
  ])('never returns an empty or dot-only name: %j', (input, expected) => {
    expect(sanitizeFileName(input)).toBe(expected);
  });

  it('strips trailing dots and spaces, which Windows drops silently', () => {
    expect(sanitizeFileName('rapport. . ')).toBe('rapport');
    expect(sanitizeFileName('rapport .docx')).toBe('rapport.docx');
  });

  it('limits the length in bytes and keeps the extension', () => {
    const result = sanitizeFileName(`${'å'.repeat(300)}.docx`);
    expect(result.endsWith('.docx')).toBe(true);
    expect(Buffer.byteLength(result, 'utf8')).toBeLessThanOrEqual(200);
    expect(result.startsWith('åååå')).toBe(true);
  });

  it('does not split a character when truncating', () => {
    const result = sanitizeFileName(`${'😀'.repeat(100)}.txt`);
    expect(result).not.toContain('\uFFFD');
    expect([...result.slice(0, -4)].every((char) => char === '😀')).toBe(true);
  });
});
