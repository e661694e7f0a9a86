import 'fake-indexeddb/auto';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { AUTO_BACKUPS_KEPT, type AutoBackupInfo, type WriteAutoBackupRequest } from '#shared/platform/contract.ts';
import { writeWorkbookFile } from '#shared/workbook-file/workbook-file.ts';
import { workbookTableNames } from '#shared/workbook-file/tables.ts';
import { runAutoBackup, sameLocalDay, startAutoBackupScheduler, type AutoBackupDeps, type SchedulerTimers } from '../../../../renderer/features/backup/auto-backup.ts';
import type { WorkbookSnapshot } from '../../../../renderer/features/backup/backup-repository.ts';
import { createWebAutoBackups } from '../../../../renderer/host/web-auto-backups.ts';

vi.mock('#host', () => ({ platform: {} }));
const { db } = await import('../../../../renderer/db/database.ts');
const { snapshotWorkbook } = await import('../../../../renderer/features/backup/backup-repository.ts');

const emptyWorkbookFile = await writeWorkbookFile(Object.fromEntries(workbookTableNames.map((name) => [name, []])) as never, { createdAt: '2026-11-27T08:00:00.000Z', appVersion: 'test' });
/** A fresh copy each time, as every backup brings its own bytes. */
const fileBytes = () => emptyWorkbookFile.slice();

/** A host that keeps copies in memory, and a workbook whose fingerprint the test sets. */
function fakes(start: string) {
  const state = { now: new Date(start), fingerprint: 'aaaaaaaaaaaaaaaa', empty: false, written: [] as WriteAutoBackupRequest[], backups: [] as AutoBackupInfo[], snapshots: 0 };
  const deps: AutoBackupDeps = {
    now: () => state.now,
    list: () => Promise.resolve({ location: 'appDataFolder', backups: [...state.backups] }),
    write: (request) => {
      state.written.push(request);
      const info = { id: `b${state.written.length}`, createdAt: state.now.toISOString(), size: request.bytes.byteLength, fingerprint: request.fingerprint };
      state.backups.unshift(info);
      return Promise.resolve(info);
    },
    snapshot: (): Promise<WorkbookSnapshot> => {
      state.snapshots++;
      return Promise.resolve({ empty: state.empty, fingerprint: state.fingerprint, fileBytes: () => Promise.resolve(fileBytes()) });
    },
  };
  return { state, deps };
}

describe('runAutoBackup', () => {
  it('writes the first copy of a workbook that holds something', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    expect((await runAutoBackup(deps)).status).toBe('written');
    expect(state.written).toHaveLength(1);
    expect(state.written[0]?.fingerprint).toBe('aaaaaaaaaaaaaaaa');
  });

  it('writes nothing for an empty workbook', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    state.empty = true;
    expect(await runAutoBackup(deps)).toEqual({ status: 'empty' });
    expect(state.written).toHaveLength(0);
  });

  it('writes at most one copy a day, without even reading the workbook again that day', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    await runAutoBackup(deps);
    state.fingerprint = 'bbbbbbbbbbbbbbbb';
    state.now = new Date('2026-11-27T23:59:00');
    expect(await runAutoBackup(deps)).toEqual({ status: 'alreadyToday' });
    expect(state.snapshots).toBe(1);
    state.now = new Date('2026-11-28T00:01:00');
    expect((await runAutoBackup(deps)).status).toBe('written');
    expect(state.written.map((w) => w.fingerprint)).toEqual(['aaaaaaaaaaaaaaaa', 'bbbbbbbbbbbbbbbb']);
  });

  it('writes nothing on a new day when nothing changed since the newest copy', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    await runAutoBackup(deps);
    state.now = new Date('2026-12-01T08:00:00');
    expect(await runAutoBackup(deps)).toEqual({ status: 'unchanged' });
    expect(state.written).toHaveLength(1);
  });

  it('is not fooled by a copy dated ahead by a wrong clock: still one copy a day', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    state.backups = [{ id: 'ahead', createdAt: new Date('2027-03-01T08:00:00').toISOString(), size: 1, fingerprint: 'ffffffffffffffff' }];
    expect((await runAutoBackup(deps)).status).toBe('written');
    state.fingerprint = 'bbbbbbbbbbbbbbbb';
    state.now = new Date('2026-11-27T15:00:00');
    expect(await runAutoBackup(deps)).toEqual({ status: 'alreadyToday' });
    expect(state.written).toHaveLength(1);
  });

  it('compares calendar days on this computer, not 24-hour spans', () => {
    expect(sameLocalDay(new Date('2026-11-27T00:00:00'), new Date('2026-11-27T23:59:59'))).toBe(true);
    expect(sameLocalDay(new Date('2026-11-27T23:59:59'), new Date('2026-11-28T00:00:00'))).toBe(false);
  });
});

/** Timers the test runs by hand. */
function manualTimers() {
  let next = 1;
  const pending = new Map<number, { run: () => void; repeat: boolean }>();
  const timers: SchedulerTimers = {
    setTimeout: (run) => (pending.set(next, { run, repeat: false }), next++),
    clearTimeout: (handle) => pending.delete(handle as number),
    setInterval: (run) => (pending.set(next, { run, repeat: true }), next++),
    clearInterval: (handle) => pending.delete(handle as number),
  };
  const fire = (kind: 'timeouts' | 'intervals') => {
    for (const [handle, timer] of [...pending]) {
      if (timer.repeat !== (kind === 'intervals')) continue;
      if (!timer.repeat) pending.delete(handle);
      timer.run();
    }
  };
  return { timers, fire, count: () => pending.size };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('startAutoBackupScheduler', () => {
  it('checks once after start, again after a change, and on the hour only while something is unsaved', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    const clock = manualTimers();
    const scheduler = startAutoBackupScheduler({ deps, timers: clock.timers });
    clock.fire('timeouts');
    await settle();
    expect(state.written).toHaveLength(1);

    // Nothing changed: the hourly tick does not even list.
    const list = vi.spyOn(deps, 'list');
    clock.fire('intervals');
    await settle();
    expect(list).not.toHaveBeenCalled();

    // A change today: looked at, but today's copy is there.
    scheduler.changed();
    state.fingerprint = 'cccccccccccccccc';
    clock.fire('timeouts');
    await settle();
    expect(state.written).toHaveLength(1);

    // The next day the hourly tick writes it.
    state.now = new Date('2026-11-28T09:00:00');
    clock.fire('intervals');
    await settle();
    expect(state.written.map((w) => w.fingerprint)).toEqual(['aaaaaaaaaaaaaaaa', 'cccccccccccccccc']);
    scheduler.stop();
    expect(clock.count()).toBe(0);
  });

  it('runs one check at a time and reports a failure without giving up', async () => {
    const { state, deps } = fakes('2026-11-27T08:00:00');
    const errors: unknown[] = [];
    let fail = true;
    const write = deps.write;
    deps.write = (request) => (fail ? Promise.reject(new Error('disken är full')) : write(request));
    const scheduler = startAutoBackupScheduler({ deps, timers: manualTimers().timers, onError: (error) => errors.push(error) });
    const [first, second] = await Promise.all([scheduler.checkNow(), scheduler.checkNow()]);
    expect(first).toBeNull();
    expect(second).toBeNull();
    expect(errors).toHaveLength(1);
    fail = false;
    expect((await scheduler.checkNow())?.status).toBe('written');
    expect(state.written).toHaveLength(1);
  });
});

describe('snapshotWorkbook', () => {
  beforeEach(async () => {
    await db().open();
    await Promise.all(db().tables.map((table) => table.clear()));
  });

  it('gives the same fingerprint for the same tables and another after a change', async () => {
    const empty = await snapshotWorkbook();
    expect(empty.empty).toBe(true);
    await db().profile.put({ id: 'me', name: 'Anna Lindqvist', email: '', phone: '', organisation: 'Region', goalAreaIds: [], createdAt: '2026-11-27T08:00:00.000Z', updatedAt: '2026-11-27T08:00:00.000Z' } as never);
    const first = await snapshotWorkbook();
    const again = await snapshotWorkbook();
    expect(first.empty).toBe(false);
    expect(first.fingerprint).toMatch(/^[0-9a-f]{16}$/);
    expect(again.fingerprint).toBe(first.fingerprint);
    await db().profile.update('me', { name: 'Anna Lind' });
    expect((await snapshotWorkbook()).fingerprint).not.toBe(first.fingerprint);
    const text = new TextDecoder().decode(await first.fileBytes());
    expect(text).toContain('Anna Lindqvist');
  });
});

describe('createWebAutoBackups', () => {
  it(`keeps the newest ${AUTO_BACKUPS_KEPT} copies and reads one back by id`, async () => {
    let now = new Date(Date.UTC(2026, 10, 1, 7));
    const store = createWebAutoBackups(`test-auto-${Math.random()}`, () => now);
    const ids: string[] = [];
    for (let day = 1; day <= AUTO_BACKUPS_KEPT + 2; day++) {
      now = new Date(Date.UTC(2026, 10, day, 7));
      ids.push((await store.write({ bytes: fileBytes(), fingerprint: day.toString(16).padStart(16, '0') })).id);
    }
    const { location, backups } = await store.list();
    expect(location).toBe('browserStorage');
    expect(backups.map((b) => b.id)).toEqual(ids.slice(2).reverse());
    expect(await store.read(ids.at(-1) ?? '')).toEqual(fileBytes());
    await expect(store.read(ids[0] ?? '')).rejects.toThrow(/finns inte längre/);
    await expect(store.read('../anything')).rejects.toThrow(/finns inte längre/);
  });

  it('keeps a new copy even when a clock set back dates it oldest', async () => {
    let now = new Date(Date.UTC(2026, 10, 20, 7));
    const store = createWebAutoBackups(`test-auto-${Math.random()}`, () => now);
    for (let day = 1; day <= AUTO_BACKUPS_KEPT; day++) {
      now = new Date(Date.UTC(2026, 10, 10 + day, 7));
      await store.write({ bytes: fileBytes(), fingerprint: day.toString(16).padStart(16, '0') });
    }
    now = new Date(Date.UTC(2025, 0, 1, 7));
    const written = await store.write({ bytes: fileBytes(), fingerprint: 'abababababababab' });
    const { backups } = await store.list();
    expect(backups).toHaveLength(AUTO_BACKUPS_KEPT);
    expect(backups.map((b) => b.id)).toContain(written.id);
  });

  it('keeps the copies within a byte budget, dropping the oldest first and never the newest', async () => {
    let now = new Date(Date.UTC(2026, 10, 1, 7));
    const size = fileBytes().byteLength;
    const store = createWebAutoBackups(`test-auto-${Math.random()}`, () => now, size * 3);
    for (let day = 1; day <= 5; day++) {
      now = new Date(Date.UTC(2026, 10, day, 7));
      await store.write({ bytes: fileBytes(), fingerprint: day.toString(16).padStart(16, '0') });
    }
    expect((await store.list()).backups.map((b) => b.fingerprint)).toEqual(['0000000000000005', '0000000000000004', '0000000000000003']);
    const tiny = createWebAutoBackups(`test-auto-${Math.random()}`, () => now, 1);
    await tiny.write({ bytes: fileBytes(), fingerprint: '0000000000000001' });
    expect((await tiny.list()).backups).toHaveLength(1);
  });

  it('refuses bytes that are not a workbook file', async () => {
    const store = createWebAutoBackups(`test-auto-${Math.random()}`);
    await expect(store.write({ bytes: new TextEncoder().encode('<html>'), fingerprint: '0000000000000001' })).rejects.toThrow(/not a workbook file/);
    expect((await store.list()).backups).toEqual([]);
  });
});
