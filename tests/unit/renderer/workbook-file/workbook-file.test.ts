import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { schemaHistory } from '../../../../renderer/db/schema.ts';
import { DATA_FORMAT_VERSION } from '#shared/version.ts';
import { emptyWorkbookTables, workbookTableNames, type WorkbookTables } from '#shared/workbook-file/tables.ts';
import { upgradedDataFormat } from '#shared/workbook-file/upgrade.ts';
import { jsonNesting } from '#shared/templates/safe-json.ts';
import { MAX_WORKBOOK_NESTING, readWorkbookFile, writeWorkbookFile, workbookTableCounts, type WorkbookFileRead } from '#shared/workbook-file/workbook-file.ts';
import { expectedAfterUpgrade, fixturesByVersion } from '../db/fixtures.ts';

const meta = { createdAt: '2026-11-27T10:15:00.000Z', appVersion: '0.1.0' };
const encoder = new TextEncoder();
const decoder = new TextDecoder();

/** A fixture (records as a schema version stored them) with every table present. */
function tablesOf(fixture: Record<string, Record<string, unknown>[]>): WorkbookTables {
  return { ...emptyWorkbookTables(), ...fixture } as WorkbookTables;
}

function problemOf(result: WorkbookFileRead): string {
  if (result.ok) throw new Error('the file was accepted');
  return result.problem;
}

/** A valid file whose payload was changed, with a checksum that fits the change. */
function resealed(bytes: Uint8Array, change: (content: Record<string, unknown>) => Record<string, unknown>): Uint8Array {
  const envelope = JSON.parse(decoder.decode(bytes)) as { payload: string };
  const payload = JSON.stringify(change(JSON.parse(envelope.payload) as Record<string, unknown>));
  return encoder.encode(JSON.stringify({ ...envelope, payload, sha256: createHash('sha256').update(payload).digest('hex') }));
}

const current = tablesOf(fixturesByVersion[DATA_FORMAT_VERSION] ?? {});

/** A file whose payload is exactly the given text, sealed with a correct checksum. */
function sealedPayload(payload: string): Uint8Array {
  return encoder.encode(JSON.stringify({ format: 'moa-arbetsbok', formatVersion: 1, sha256: createHash('sha256').update(payload).digest('hex'), payload }));
}

const PROTO_REFUSED = 'Filen innehåller fältet "__proto__", som aldrig finns i en arbetsbok och kan användas för att ändra programmets beteende. Filen lästes inte in.';

/** A file written by the app before the checksum moved to Web Crypto (version 0.1.0, the tables of tests/unit/renderer/db/fixtures.ts). */
const writtenBefore = new Uint8Array(readFileSync(new URL(`../../../fixtures/workbook-files/data-format-${DATA_FORMAT_VERSION}.moa.json`, import.meta.url)));


describe('the workbook file', () => {
  it('covers exactly the tables of the database', () => {
    const declared = new Set(schemaHistory.flatMap((entry) => Object.entries(entry.stores).filter(([, spec]) => spec !== null).map(([name]) => name)));
    expect([...workbookTableNames].sort()).toEqual([...declared].sort());
    expect(upgradedDataFormat).toBe(DATA_FORMAT_VERSION);
  });

  it('reads back a filled workbook exactly, with when and by which version it was made', async () => {
    const read = await readWorkbookFile(await writeWorkbookFile(current, meta));
    expect(read).toEqual({ ok: true, dataFormatVersion: DATA_FORMAT_VERSION, ...meta, tables: current });
    if (read.ok) expect(workbookTableCounts(read.tables).timer).toBe(1);
  });

  it('is UTF-8 JSON whose checksum any tool can check', async () => {
    const bytes = await writeWorkbookFile(current, meta);
    const envelope = JSON.parse(decoder.decode(bytes)) as { format: string; formatVersion: number; sha256: string; payload: string };
    expect(envelope.format).toBe('moa-arbetsbok');
    expect(envelope.formatVersion).toBe(1);
    expect(envelope.sha256).toBe(createHash('sha256').update(envelope.payload, 'utf8').digest('hex'));
    expect(JSON.parse(envelope.payload)).toMatchObject({ dataFormatVersion: DATA_FORMAT_VERSION, ...meta });
    expect(decoder.decode(bytes)).toContain('🚀');
  });

  it('writes the same bytes as earlier versions did, and reads a file they wrote', async () => {
    // The envelope as JSON.stringify(envelope, null, 1) wrote it, checksum by another implementation.
    const bytes = await writeWorkbookFile(current, meta);
    const payload = (JSON.parse(decoder.decode(bytes)) as { payload: string }).payload;
    const envelope = { format: 'moa-arbetsbok', formatVersion: 1, sha256: createHash('sha256').update(payload, 'utf8').digest('hex'), payload };
    expect(Buffer.from(bytes).equals(Buffer.from(JSON.stringify(envelope, null, 1), 'utf8'))).toBe(true);
    // A file kept from before: the same bytes, and it reads back.
    expect(Buffer.from(bytes).equals(Buffer.from(writtenBefore))).toBe(true);
    expect(await readWorkbookFile(writtenBefore)).toEqual({ ok: true, dataFormatVersion: DATA_FORMAT_VERSION, ...meta, tables: current });
  });

  it('reads a file written in data format 4, before the Kolada tables, as format 4 with those tables empty', async () => {
    const format4 = new Uint8Array(readFileSync(new URL('../../../fixtures/workbook-files/data-format-4.moa.json', import.meta.url)));
    expect(await readWorkbookFile(format4)).toEqual({ ok: true, dataFormatVersion: 4, ...meta, tables: tablesOf(fixturesByVersion[4] ?? {}) });
  });

  it('reads a file with a byte-order mark, and an upper-case checksum', async () => {
    const text = decoder.decode(writtenBefore);
    const upper = text.replace(/"sha256": "([0-9a-f]{64})"/u, (_, hex: string) => `"sha256": "${hex.toUpperCase()}"`);
    expect(upper).not.toBe(text);
    const withBom = new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode(upper)]);
    expect((await readWorkbookFile(withBom)).ok).toBe(true);
  });

  it('refuses a file with one byte changed: the checksum does not match', async () => {
    const bytes = await writeWorkbookFile(current, meta);
    const text = decoder.decode(bytes);
    const at = text.indexOf('Anna Lindqvist');
    const damaged = encoder.encode(`${text.slice(0, at)}Anna Lindkvist${text.slice(at + 'Anna Lindqvist'.length)}`);
    expect(problemOf(await readWorkbookFile(damaged))).toContain('Filen är skadad: kontrollsumman stämmer inte');
  });

  it('refuses a cut-off file and other files that are not workbook files', async () => {
    const bytes = await writeWorkbookFile(current, meta);
    for (const other of [bytes.subarray(0, bytes.length - 10), encoder.encode('{"format":"annat"}'), encoder.encode('[]'), encoder.encode(''), new Uint8Array([0xff, 0xfe, 0x00])]) {
      expect(problemOf(await readWorkbookFile(other))).toMatch(/inte en arbetsboksfil/);
    }
  });

  it('refuses a file from a newer data format or file format, saying which', async () => {
    const bytes = await writeWorkbookFile(current, meta);
    const newerData = resealed(bytes, (content) => ({ ...content, dataFormatVersion: DATA_FORMAT_VERSION + 1 }));
    expect(problemOf(await readWorkbookFile(newerData))).toBe(
      `Filen kommer från en nyare version av MOA-arbetsboken (dataformat ${DATA_FORMAT_VERSION + 1}); den här versionen läser upp till ${DATA_FORMAT_VERSION}. Uppdatera appen först.`,
    );
    const envelope = JSON.parse(decoder.decode(bytes)) as Record<string, unknown>;
    const newerFile = encoder.encode(JSON.stringify({ ...envelope, formatVersion: 2 }));
    expect(problemOf(await readWorkbookFile(newerFile))).toContain('(filformat 2); den här versionen läser upp till 1');
  });

  for (const version of [1, 2]) {
    it(`reads a data format ${version} file the way the database upgrades it`, async () => {
      const old = resealed(await writeWorkbookFile(tablesOf(fixturesByVersion[version] ?? {}), meta), (content) => ({ ...content, dataFormatVersion: version }));
      const read = await readWorkbookFile(old);
      expect(read.ok).toBe(true);
      if (read.ok) expect(read.tables).toEqual(tablesOf(expectedAfterUpgrade(version)));
    });
  }

  it('refuses an invalid record, naming the table and the row, and stores nothing of the file', async () => {
    const bytes = resealed(await writeWorkbookFile(current, meta), (content) => {
      const tables = content.tables as Record<string, Record<string, unknown>[]>;
      return { ...content, tables: { ...tables, timeEntries: [...(tables.timeEntries ?? []), { ...tables.timeEntries?.[0], id: 't-2', minutes: 0 }] } };
    });
    const problem = problemOf(await readWorkbookFile(bytes));
    expect(problem).toContain('Tidlogg, rad 2');
    expect(problem).toContain('minutes');
  });

  it('refuses two records with the same id in a table', async () => {
    const bytes = resealed(await writeWorkbookFile(current, meta), (content) => {
      const tables = content.tables as Record<string, unknown[]>;
      return { ...content, tables: { ...tables, contacts: [...(tables.contacts ?? []), ...(tables.contacts ?? [])] } };
    });
    expect(problemOf(await readWorkbookFile(bytes))).toContain('Kontakter, rad 2: id "c-1" finns redan');
  });

  it('refuses two goal areas with the same code, which the database would not take', async () => {
    const bytes = resealed(await writeWorkbookFile(current, meta), (content) => {
      const tables = content.tables as Record<string, Record<string, unknown>[]>;
      return { ...content, tables: { ...tables, goalAreas: [...(tables.goalAreas ?? []), { ...tables.goalAreas?.[0], id: 'ga-2' }] } };
    });
    expect(problemOf(await readWorkbookFile(bytes))).toContain('Målområden, rad 2: koden "IE" har redan ett annat målområde');
  });

  it('refuses __proto__ keys and tables no workbook has', async () => {
    const proto = sealedPayload(`{"dataFormatVersion":3,"createdAt":"x","appVersion":"x","tables":{"contacts":[{"__proto__":{"polluted":true}}]}}`);
    expect(problemOf(await readWorkbookFile(proto))).toBe(PROTO_REFUSED);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const unknownTable = resealed(await writeWorkbookFile(current, meta), (content) => ({ ...content, tables: { ...(content.tables as object), constructor: [] } }));
    expect(problemOf(await readWorkbookFile(unknownTable))).toContain('en tabell som en arbetsbok inte har ("constructor")');
  });

  it('refuses a __proto__ key spelt with \\u escapes, deep in a row, and reads a text that only mentions it', async () => {
    const content = (row: string) => `{"dataFormatVersion":${DATA_FORMAT_VERSION},"createdAt":"x","appVersion":"x","tables":{"contacts":[${row}]}}`;
    const contact = `"id":"c-1","kind":"person","name":"Anna","organisation":"","role":"","municipality":"","email":"","phone":""`;
    for (const key of ['\\u005f_proto__', '__pr\\u006Fto__', '\\u005F\\u005F\\u0070\\u0072\\u006f\\u0074\\u006f\\u005f\\u005f']) {
      expect(problemOf(await readWorkbookFile(sealedPayload(content(`{${contact},"networks":[],"x":{"${key}":{"polluted":true}}}`))))).toBe(PROTO_REFUSED);
    }
    expect(problemOf(await readWorkbookFile(sealedPayload(content(`{${contact},"networks":[{"a":[{"__proto__":null}]}]}`))))).toBe(PROTO_REFUSED);
    // The word as a value, in a note, or escaped in a text is no key: such a file reads.
    for (const name of ['__proto__', 'Se \\"__proto__\\" i manualen', 'Anna \\u0041 \\u005f_proto__']) {
      const read = await readWorkbookFile(sealedPayload(content(`{${contact.replace('"name":"Anna"', `"name":"${name}"`)},"networks":["__proto__"]}`)));
      expect(read.ok).toBe(true);
    }
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  describe('a file nested too deep is refused for that, not for its checksum', () => {
    /** A contact row holding lists nested `depth` deep, sealed with `seal` (a correct checksum unless told otherwise). */
    function nestedFile(depth: number, seal: (payload: string) => string = (payload) => createHash('sha256').update(payload).digest('hex')): Uint8Array {
      const payload = `{"dataFormatVersion":${DATA_FORMAT_VERSION},"createdAt":"x","appVersion":"x","tables":{"contacts":[{"id":${'['.repeat(depth)}${']'.repeat(depth)}}]}}`;
      return encoder.encode(JSON.stringify({ format: 'moa-arbetsbok', formatVersion: 1, sha256: seal(payload), payload }));
    }

    it.each([5_000, 200_000])('payload nested %i deep with a correct checksum', async (depth) => {
      expect(problemOf(await readWorkbookFile(nestedFile(depth)))).toBe(
        `Filen är nästlad för djupt (${(depth + 4).toLocaleString('sv-SE')} nivåer; en arbetsboksfil har högst ${MAX_WORKBOOK_NESTING}). Den är inte en säkerhetskopia som appen har sparat och lästes inte in.`,
      );
    });

    it('payload nested deep with a checksum that does not match', async () => {
      expect(problemOf(await readWorkbookFile(nestedFile(5_000, () => '0'.repeat(64))))).toMatch(/^Filen är nästlad för djupt \(5\s004 nivåer/);
    });

    it('the file itself nested deep around the envelope', async () => {
      const envelope = decoder.decode(await writeWorkbookFile(current, meta));
      const wrapped = encoder.encode(`${'['.repeat(10_000)}${envelope}${']'.repeat(10_000)}`);
      expect(problemOf(await readWorkbookFile(wrapped))).toMatch(/^Filen är nästlad för djupt \(10\s001 nivåer/);
    });

    it('a file cut off inside deep nesting: refused as too deep, not as text that is not JSON', async () => {
      expect(problemOf(await readWorkbookFile(encoder.encode(`{"format":"moa-arbetsbok","x":${'['.repeat(10_000)}`)))).toMatch(/^Filen är nästlad för djupt \(10\s001 nivåer/);
      expect(problemOf(await readWorkbookFile(encoder.encode('{"format":"moa-arbetsbok","x":[[[')))).toMatch(/^Filen är inte en arbetsboksfil/);
    });

    it('just inside the limit it reads on to the rows, whose problem it names', async () => {
      expect(problemOf(await readWorkbookFile(nestedFile(MAX_WORKBOOK_NESTING - 4)))).toContain('Kontakter, rad 1');
    });

    it('a real workbook is far inside the limit', async () => {
      const envelope = JSON.parse(decoder.decode(await writeWorkbookFile(current, meta))) as { payload: string };
      expect(jsonNesting(envelope.payload).maxDepth).toBeLessThan(MAX_WORKBOOK_NESTING / 2);
    });
  });

  it('refuses a file over 200 MB before reading it', async () => {
    const huge = new Uint8Array(200 * 1024 * 1024 + 1);
    expect(problemOf(await readWorkbookFile(huge))).toContain('högst 200 MB');
  });
});

// Small generators for a few tables; the others stay empty. Texts keep letters at both ends
// because some schemas trim names, and numbers are integers so JSON returns them exactly.
const text = (max: number) => fc.string({ unit: 'grapheme', maxLength: max });
const name = fc.string({ unit: 'grapheme', maxLength: 30 }).map((s) => `A${s}ö`);
const id = fc.string({ unit: 'grapheme-ascii', minLength: 1, maxLength: 20 });
const isoDate = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10));
const isoDateTime = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString());
const email = fc.constantFrom('', 'anna.lindqvist@orebro.se', 'x@y.se');
const uniqueBy = <T extends { id: string }>(rows: fc.Arbitrary<T>, max: number) => fc.uniqueArray(rows, { selector: (row) => row.id, maxLength: max });

const profile = fc.record({
  id: fc.constant('me' as const),
  name,
  organisation: name,
  email,
  goalAreaNames: fc.array(name, { maxLength: 5 }),
  createdAt: isoDateTime,
  updatedAt: isoDateTime,
});
const contact = fc.record({
  id,
  kind: fc.constantFrom('organisation' as const, 'person' as const),
  name,
  organisation: text(50),
  role: text(50),
  municipality: text(50),
  email,
  phone: fc.string({ maxLength: 20 }),
  networks: fc.array(text(20), { maxLength: 4 }),
});
const timeEntry = fc.record({
  id,
  date: isoDate,
  minutes: fc.integer({ min: 1, max: 24 * 60 }),
  categoryId: id,
  goalAreaId: fc.option(id, { nil: null }),
  activityId: fc.option(id, { nil: null }),
  projectId: fc.option(id, { nil: null }),
  note: text(200),
});
const timeCategory = fc.record({ id, name, archived: fc.boolean(), order: fc.nat(1000) });
const mandate = fc.oneof(
  fc.record({ id, validFrom: isoDate, hoursPerWeek: fc.integer({ min: 0, max: 60 }) }),
  fc.record({ id, validFrom: isoDate, percentOfFullTime: fc.integer({ min: 0, max: 100 }), fullTimeHoursPerWeek: fc.integer({ min: 1, max: 60 }) }),
);

const workbook = fc
  .record({
    profile: fc.option(profile, { nil: undefined }),
    contacts: uniqueBy(contact, 8),
    timeEntries: uniqueBy(timeEntry, 12),
    timeCategories: uniqueBy(timeCategory, 6),
    mandates: uniqueBy(mandate, 4),
  })
  .map(({ profile: me, ...rest }): WorkbookTables => ({ ...emptyWorkbookTables(), ...rest, profile: me ? [me] : [] }));

describe('the workbook file, with random content', () => {
  it('survives write → read exactly', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, isoDateTime, async (tables, createdAt) => {
        const read = await readWorkbookFile(await writeWorkbookFile(tables, { createdAt, appVersion: '1.2.3' }));
        expect(read).toEqual({ ok: true, dataFormatVersion: DATA_FORMAT_VERSION, createdAt, appVersion: '1.2.3', tables });
      }),
      { numRuns: 150 },
    );
  });

  it('never throws on random bytes, and refuses them', async () => {
    await fc.assert(
      fc.asyncProperty(fc.uint8Array({ maxLength: 300 }), async (bytes) => {
        expect((await readWorkbookFile(bytes)).ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random JSON, in the file or sealed inside a valid envelope', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue(), async (value) => {
        const asFile = await readWorkbookFile(encoder.encode(JSON.stringify(value)));
        expect(asFile.ok).toBe(false);
        const payload = JSON.stringify(value);
        const sealed = encoder.encode(JSON.stringify({ format: 'moa-arbetsbok', formatVersion: 1, payload, sha256: createHash('sha256').update(payload).digest('hex') }));
        const read = await readWorkbookFile(sealed);
        if (!read.ok) expect(read.problem.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });

  it('never throws on random tables sealed with a correct checksum', async () => {
    const anyTables = fc.dictionary(fc.constantFrom(...workbookTableNames), fc.array(fc.jsonValue(), { maxLength: 3 }));
    await fc.assert(
      fc.asyncProperty(anyTables, async (tables) => {
        const read = await readWorkbookFile(resealed(await writeWorkbookFile(emptyWorkbookTables(), meta), (content) => ({ ...content, tables })));
        if (read.ok) expect(Object.values(tables).every((rows) => rows.length === 0)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
