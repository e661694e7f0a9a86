import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAutoBackupStore } from '../../../electron/main/auto-backup.ts';
import { AUTO_BACKUPS_KEPT } from '#shared/platform/contract.ts';
import { autoBackupName, parseAutoBackupName } from '#shared/workbook-file/auto-backup-name.ts';
import { writeWorkbookFile } from '#shared/workbook-file/workbook-file.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';

const emptyTables = Object.fromEntries(workbookTableNames.map((name) => [name, []])) as never;
const emptyWorkbookFile = await writeWorkbookFile(emptyTables, { createdAt: '2026-11-27T08:00:00.000Z', appVersion: '0.1.0' });
/** A fresh copy each time, as every backup brings its own bytes. */
const workbookBytes = () => emptyWorkbookFile.slice();
const fingerprint = (n: number) => n.toString(16).padStart(16, '0');

let folder: string;
let clock: Date;
beforeEach(async () => {
  folder = join(await mkdtemp(join(tmpdir(), 'moa-auto-')), 'Säkerhetskopior');
  clock = new Date('2026-11-01T07:00:00.000Z');
});
afterEach(async () => {
  await rm(join(folder, '..'), { recursive: true, force: true });
});

const store = () => createAutoBackupStore({ folder, now: () => clock });

describe('auto backup names', () => {
  it('round-trip the instant and the fingerprint', () => {
    const name = autoBackupName(new Date('2026-11-27T12:30:05.123Z'), 'abcdef0123456789');
    expect(name).toBe('MOA-arbetsbok_2026-11-27T12-30-05Z_abcdef0123456789.moa.json');
    expect(parseAutoBackupName(name)).toEqual({ createdAt: '2026-11-27T12:30:05.000Z', fingerprint: 'abcdef0123456789' });
  });

  it.each([
    'MOA-arbetsbok_2026-02-31T12-30-05Z_abcdef0123456789.moa.json',
    'MOA-arbetsbok_2026-11-27T12-30-05Z_ABCDEF0123456789.moa.json',
    '../MOA-arbetsbok_2026-11-27T12-30-05Z_abcdef0123456789.moa.json',
    'MOA-arbetsbok_2026-11-27T12-30-05Z_abcdef0123456789.moa.json.exe',
    'MOA-arbetsbok_Anna_2026-11-27.moa.json',
    '',
  ])('refuse %j', (name) => {
    expect(parseAutoBackupName(name)).toBeNull();
  });
});

describe('createAutoBackupStore', () => {
  it('lists nothing before the folder exists', async () => {
    expect(await store().list()).toEqual({ location: 'appDataFolder', backups: [] });
  });

  it('writes a copy, lists it and reads the same bytes back', async () => {
    const bytes = workbookBytes();
    const written = await store().write({ bytes, fingerprint: fingerprint(1) });
    expect(written).toEqual({ id: 'MOA-arbetsbok_2026-11-01T07-00-00Z_0000000000000001.moa.json', createdAt: '2026-11-01T07:00:00.000Z', size: bytes.byteLength, fingerprint: fingerprint(1) });
    expect((await store().list()).backups).toEqual([written]);
    expect(await store().read(written.id)).toEqual(bytes);
  });

  it(`keeps the newest ${AUTO_BACKUPS_KEPT}, newest first, and removes the oldest from disk`, async () => {
    for (let day = 1; day <= AUTO_BACKUPS_KEPT + 3; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 7));
      await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(day) });
    }
    const { backups } = await store().list();
    expect(backups).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(backups[0]?.fingerprint).toBe(fingerprint(AUTO_BACKUPS_KEPT + 3));
    expect(backups.at(-1)?.fingerprint).toBe(fingerprint(4));
    expect(await readdir(folder)).toHaveLength(AUTO_BACKUPS_KEPT);
  });

  it('never removes the copy it just wrote, even when a clock set back dates it oldest', async () => {
    for (let day = 1; day <= AUTO_BACKUPS_KEPT; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 7));
      await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(day) });
    }
    clock = new Date('2025-01-01T07:00:00.000Z');
    const written = await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(99) });
    const { backups } = await store().list();
    expect(backups).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(backups.map((b) => b.id)).toContain(written.id);
    expect(backups.map((b) => b.fingerprint)).not.toContain(fingerprint(1));
  });

  it('ignores and never removes files it did not name', async () => {
    await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(1) });
    await writeFile(join(folder, 'anteckningar.txt'), 'mina');
    await writeFile(join(folder, 'MOA-arbetsbok_Anna_2026-11-27.moa.json'), 'x');
    for (let day = 2; day <= AUTO_BACKUPS_KEPT + 2; day++) {
      clock = new Date(Date.UTC(2026, 10, day, 7));
      await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(day) });
    }
    const names = await readdir(folder);
    expect(names).toContain('anteckningar.txt');
    expect(names).toContain('MOA-arbetsbok_Anna_2026-11-27.moa.json');
    expect((await store().list()).backups.map((b) => b.id)).not.toContain('anteckningar.txt');
  });

  it('refuses bytes that are not a workbook file, and a malformed fingerprint, writing nothing', async () => {
    await expect(store().write({ bytes: new TextEncoder().encode('MZ this is a program'), fingerprint: fingerprint(1) })).rejects.toThrow(/not a workbook file/);
    await expect(store().write({ bytes: workbookBytes(), fingerprint: '../../etc/passwd' })).rejects.toThrow(/fingerprint/);
    expect((await store().list()).backups).toEqual([]);
  });

  it('reads only a listed copy by its own name: never a path or another file', async () => {
    const written = await store().write({ bytes: workbookBytes(), fingerprint: fingerprint(1) });
    await writeFile(join(folder, 'hemlig.txt'), 'hemlig');
    await expect(store().read('hemlig.txt')).rejects.toThrow(/unknown id/);
    await expect(store().read(`../${written.id}`)).rejects.toThrow(/unknown id/);
    await expect(store().read(join(folder, written.id))).rejects.toThrow(/unknown id/);
    await expect(store().read(autoBackupName(new Date('2026-01-01T00:00:00Z'), fingerprint(9)))).rejects.toThrow(/finns inte längre/);
  });
});
