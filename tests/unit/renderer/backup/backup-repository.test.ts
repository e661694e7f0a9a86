import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fixturesByVersion } from '../db/fixtures.ts';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';

// The repository itself never reaches the host; the mock keeps '#host' (a bundler alias) out of node.
vi.mock('#host', () => ({ platform: {} }));

const { db } = await import('../../../../renderer/db/database.ts');
const { backupFileName, exportWorkbook, isWorkbookEmpty, previewBackup, restoreWorkbook } = await import('../../../../renderer/features/backup/backup-repository.ts');

const filled = fixturesByVersion[DATA_FORMAT_VERSION] ?? {};

async function fill(tables: Record<string, readonly unknown[]>): Promise<void> {
  await db().transaction('rw', db().tables, async () => {
    for (const [name, rows] of Object.entries(tables)) await db().table(name).bulkAdd([...rows]);
  });
}

async function everything(): Promise<Record<string, unknown[]>> {
  return Object.fromEntries(await Promise.all(workbookTableNames.map(async (name) => [name, await db().table(name).toArray()] as const)));
}

async function clearAll(): Promise<void> {
  await Promise.all(db().tables.map((table) => table.clear()));
}

beforeEach(async () => {
  await db().open();
  await clearAll();
});

describe('backup and restore of the workbook', () => {
  it('restores a filled workbook exactly into an empty one, the running timer too', async () => {
    await fill(filled);
    const before = await everything();
    expect(before.timer).toHaveLength(1);
    const bytes = await exportWorkbook(() => new Date('2026-11-27T10:00:00.000Z'));
    await clearAll();
    expect(await isWorkbookEmpty()).toBe(true);

    const result = await restoreWorkbook(bytes, { replace: false });
    expect(result).toEqual({ status: 'restored', safetyCopy: null });
    expect(await everything()).toEqual(before);
    expect(await isWorkbookEmpty()).toBe(false);
  });

  it('shows what a file holds and when it was made, without touching the database', async () => {
    await fill(filled);
    const bytes = await exportWorkbook(() => new Date('2026-11-27T10:00:00.000Z'));
    await clearAll();
    const preview = await previewBackup(bytes);
    expect(preview.ok && preview.createdAt).toBe('2026-11-27T10:00:00.000Z');
    expect(preview.ok && preview.tables.projects.length).toBe(1);
    expect(await isWorkbookEmpty()).toBe(true);
  });

  it('replaces a workbook that holds records only when asked to', async () => {
    await fill(filled);
    const bytes = await exportWorkbook();
    await db().contacts.put({ id: 'c-ny', kind: 'person', name: 'Ny kontakt', organisation: '', role: '', municipality: '', email: '', phone: '', networks: [] });
    const changed = await everything();

    expect(await restoreWorkbook(bytes, { replace: false })).toEqual({ status: 'needs-replace' });
    expect(await everything()).toEqual(changed);
  });

  it('makes a safety copy of the workbook it replaces, before changing anything', async () => {
    await fill(filled);
    const original = await everything();
    const bytes = await exportWorkbook();
    await db().timeEntries.clear();
    await db().profile.update('me', { name: 'Efterträdaren' });
    const replaced = await everything();

    let seenWhenSaving: Record<string, unknown[]> | null = null;
    const result = await restoreWorkbook(bytes, {
      replace: true,
      saveSafetyCopy: async () => {
        seenWhenSaving = await everything();
        return true;
      },
    });
    expect(seenWhenSaving).toEqual(replaced);
    expect(await everything()).toEqual(original);
    if (result.status !== 'restored' || !result.safetyCopy) throw new Error('no safety copy');
    // The safety copy restores the workbook as it was before.
    const copy = await previewBackup(result.safetyCopy);
    expect(copy.ok && copy.tables.profile[0]?.name).toBe('Efterträdaren');
    expect(copy.ok && copy.tables.timeEntries).toEqual([]);
  });

  it('changes nothing when the safety copy is not saved', async () => {
    await fill(filled);
    const bytes = await exportWorkbook();
    await db().contacts.clear();
    const before = await everything();
    const result = await restoreWorkbook(bytes, { replace: true, saveSafetyCopy: () => Promise.resolve(false) });
    expect(result.status).toBe('safetyCopyNotSaved');
    expect(await everything()).toEqual(before);
  });

  it('refuses a damaged file and leaves the database unchanged', async () => {
    await fill(filled);
    const bytes = await exportWorkbook();
    const before = await everything();
    const damaged = bytes.slice();
    const at = new TextDecoder().decode(damaged).indexOf('Ung Företagsamhet');
    damaged[at] = 'V'.charCodeAt(0);
    const result = await restoreWorkbook(damaged, { replace: true });
    expect(result).toEqual({ status: 'refused', problem: expect.stringContaining('Filen är skadad: kontrollsumman stämmer inte') as unknown });
    expect(await everything()).toEqual(before);
  });

  it('rolls everything back when a write fails part-way', async () => {
    await fill(filled);
    const bytes = await exportWorkbook();
    await db().contacts.clear();
    await db().projects.clear();
    const before = await everything();
    // The projects fail to be written after the contacts have been written again (a transaction runs its requests in order).
    const failing = vi.spyOn(db().table('projects'), 'bulkPut').mockImplementation(() =>
      db()
        .contacts.count()
        .then((count) => {
          throw new Error(count === 0 ? 'kontakterna skrevs inte före projekten' : 'disken är full');
        }),
    );
    const logged = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const result = await restoreWorkbook(bytes, { replace: true });
    failing.mockRestore();
    logged.mockRestore();
    expect(result).toEqual({ status: 'rolledBack', message: 'disken är full' });
    expect(await everything()).toEqual(before);
  });

  it('names the file after the person and the day', () => {
    expect(backupFileName('Anna Lindqvist', new Date(2026, 10, 27))).toBe('MOA-arbetsbok_Anna-Lindqvist_2026-11-27.moa.json');
    expect(backupFileName('Åsa Öberg / RUS', new Date(2026, 0, 5), 'Säkerhetskopia före återställning')).toBe('MOA-arbetsbok_Åsa-Öberg-RUS_Säkerhetskopia-före-återställning_2026-01-05.moa.json');
    expect(backupFileName('', new Date(2026, 0, 5))).toBe('MOA-arbetsbok_2026-01-05.moa.json');
  });
});
