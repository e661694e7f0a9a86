import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { openWorkbookDatabase, storedSchemaVersion, WorkbookDatabase } from '../../../../renderer/db/database.ts';
import { schemaHistory } from '../../../../renderer/db/schema.ts';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';
import { fixturesByVersion, expectedAfterUpgrade } from './fixtures.ts';
import { workbookTableSchemas } from '#shared/workbook-file/tables.ts';

/**
 * For every earlier schema version: write a database exactly as that
 * version declared it, fill it with realistic records, open it with the
 * current code and check every record survived the upgrade.
 * Add a fixture for each new version (tests/unit/renderer/db/fixtures.ts).
 */

let counter = 0;
const names: string[] = [];
function freshName(): string {
  counter += 1;
  const name = `migration-test-${counter}`;
  names.push(name);
  return name;
}

afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database as it was at `version`: the stores declared up to then, and no later code. */
function databaseAt(name: string, version: number): Dexie {
  const old = new Dexie(name);
  for (const entry of schemaHistory.filter((e) => e.version <= version)) {
    const declared = old.version(entry.version).stores(entry.stores);
    if (entry.upgrade) declared.upgrade(entry.upgrade);
  }
  return old;
}

describe('database migrations', () => {
  it('declares versions in increasing order, ending at the data format version', () => {
    const versions = schemaHistory.map((e) => e.version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
    expect(versions.at(-1)).toBe(DATA_FORMAT_VERSION);
  });

  it('keeps the current fixture valid against the domain schemas', () => {
    const current = fixturesByVersion[DATA_FORMAT_VERSION] ?? {};
    // The same table → schema map the workbook file validates with.
    const schemas: Record<string, { parse: (v: unknown) => unknown }> = workbookTableSchemas;
    expect(Object.keys(current).sort()).toEqual(Object.keys(schemas).sort());
    for (const [table, rows] of Object.entries(current)) {
      for (const row of rows) expect(schemas[table]?.parse(row), table).toEqual(row);
    }
  });

  it('has a fixture for every version', () => {
    expect(Object.keys(fixturesByVersion).map(Number).sort()).toEqual(schemaHistory.map((e) => e.version));
  });

  for (const entry of schemaHistory) {
    it(`opens a version ${entry.version} database with the current code and keeps every record`, async () => {
      const name = freshName();
      const old = databaseAt(name, entry.version);
      await old.open();
      const fixture = fixturesByVersion[entry.version] ?? {};
      await old.transaction('rw', Object.keys(fixture), async () => {
        for (const [table, rows] of Object.entries(fixture)) await old.table(table).bulkAdd(rows);
      });
      old.close();

      const current = await openWorkbookDatabase(new WorkbookDatabase(name));
      expect(current.verno).toBe(DATA_FORMAT_VERSION);
      const expected = expectedAfterUpgrade(entry.version);
      for (const [table, rows] of Object.entries(expected)) {
        expect(await current.table(table).toArray(), `${table} efter uppgradering från v${entry.version}`).toEqual(rows);
      }
      current.close();
    });
  }

  it('creates nothing when it only looks at the stored version', async () => {
    const name = freshName();
    expect(await storedSchemaVersion(name)).toBeNull();
    expect(await Dexie.exists(name)).toBe(false);
    const created = await openWorkbookDatabase(new WorkbookDatabase(name));
    created.close();
    expect(await storedSchemaVersion(name)).toBe(DATA_FORMAT_VERSION);
  });

  it('refuses to open a database from a newer version of the app, and leaves it untouched', async () => {
    const name = freshName();
    const newer = new Dexie(name);
    newer.version(DATA_FORMAT_VERSION + 5).stores({ profile: 'id', future: 'id' });
    await newer.open();
    await newer.table('future').add({ id: 'x' });
    newer.close();

    const current = new WorkbookDatabase(name);
    await expect(openWorkbookDatabase(current)).rejects.toThrow(`dataformat ${DATA_FORMAT_VERSION + 5}`);
    expect(current.isOpen()).toBe(false);
    const again = new Dexie(name);
    await again.open();
    expect(again.verno).toBe(DATA_FORMAT_VERSION + 5);
    expect(await again.table('future').count()).toBe(1);
    again.close();
  });
});
