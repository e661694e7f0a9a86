/** The zip reader that every template and Word import goes through. */
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { ZipLimits } from '#shared/templates/limits.ts';
import { crc32, openZip, unsafeZipPath, type SafeZip } from '#shared/templates/safe-zip.ts';

const roomy: ZipLimits = { maxEntries: 10, maxEntryBytes: 1_000_000, maxTotalBytes: 2_000_000, maxRatio: 100, ratioFloorBytes: 100_000 };

function opened(bytes: Uint8Array, limits: ZipLimits = roomy): SafeZip {
  const result = openZip(bytes, limits, 'Zip-filen');
  if (!result.ok) throw new Error(result.problem.message);
  return result.zip;
}

function refusal(bytes: Uint8Array, limits: ZipLimits = roomy): string {
  const result = openZip(bytes, limits, 'Zip-filen');
  if (result.ok) throw new Error('opened');
  return result.problem.message;
}

/** Overwrites a little-endian field of the n-th central directory record. */
function patchDirectory(zip: Uint8Array, entry: number, field: number, value: number, width: 2 | 4): Uint8Array {
  const bytes = zip.slice();
  const view = new DataView(bytes.buffer);
  const end = bytes.length - 22;
  let at = view.getUint32(end + 16, true);
  for (let i = 0; i < entry; i += 1) at += 46 + view.getUint16(at + 28, true) + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
  if (width === 2) view.setUint16(at + field, value, true);
  else view.setUint32(at + field, value, true);
  return bytes;
}

const text = 'Hej kansliet! '.repeat(200);

describe('openZip', () => {
  test('lists the entries and reads them back exactly, stored or deflated', () => {
    const zip = opened(zipSync({ 'a.txt': [strToU8(text), { level: 0 }], 'mapp/b.txt': [strToU8(text), { level: 9 }] }));
    expect(zip.entries.map((e) => [e.name, e.method, e.size])).toEqual([
      ['a.txt', 0, text.length],
      ['mapp/b.txt', 8, text.length],
    ]);
    for (const entry of zip.entries) expect(zip.read(entry)).toEqual({ ok: true, data: strToU8(text) });
    expect(zip.find('mapp/b.txt')?.name).toBe('mapp/b.txt');
  });

  test('a damaged checksum is found', () => {
    const zip = opened(patchDirectory(zipSync({ 'a.txt': strToU8(text) }), 0, 16, 12345, 4));
    const read = zip.read(zip.entries[0] as SafeZip['entries'][number]);
    expect(read).toEqual({ ok: false, problem: { code: 'corruptZip', path: '', message: 'Zip-filen: "a.txt" är skadad: kontrollsumman stämmer inte.' } });
  });

  test('an encrypted entry is refused', () => {
    expect(refusal(patchDirectory(zipSync({ 'a.txt': strToU8(text) }), 0, 8, 1, 2))).toBe('Zip-filen innehåller den krypterade filen "a.txt". Packa filerna utan lösenord.');
  });

  test('an unknown compression method is refused', () => {
    expect(refusal(patchDirectory(zipSync({ 'a.txt': strToU8(text) }), 0, 10, 12, 2))).toBe('Zip-filen packar "a.txt" med en komprimeringsmetod som inte stöds (nummer 12).');
  });

  test('two entries with the same name are refused', () => {
    const zip = zipSync({ 'a.txt': strToU8('1'), 'b.txt': strToU8('2') });
    // Rename b.txt to a.txt in the directory: the name starts 46 bytes into the record.
    const bytes = zip.slice();
    const view = new DataView(bytes.buffer);
    const second = view.getUint32(bytes.length - 22 + 16, true) + 46 + 5;
    bytes[second + 46] = 0x61;
    expect(refusal(bytes)).toBe('Zip-filen är skadad: filen "a.txt" finns två gånger.');
  });

  test('entries that together inflate past the limit are refused at the one that passes it', () => {
    const limits = { ...roomy, maxEntryBytes: 4000, maxTotalBytes: 4000 };
    const zip = opened(zipSync({ 'a.txt': strToU8(text), 'b.txt': strToU8(text) }), limits);
    expect(zip.read(zip.entries[0] as SafeZip['entries'][number]).ok).toBe(true);
    const second = zip.read(zip.entries[1] as SafeZip['entries'][number]);
    expect(second.ok ? '' : second.problem.message).toMatch(/filerna packas upp till mer än 4 kB tillsammans/);
  });

  test('a stream that gives less than declared is refused', () => {
    const zip = opened(patchDirectory(zipSync({ 'a.txt': strToU8(text) }), 0, 24, text.length + 10, 4));
    const read = zip.read(zip.entries[0] as SafeZip['entries'][number]);
    expect(read.ok ? '' : read.problem.message).toMatch(/"a.txt" är skadad eller avkortad/);
  });

  test('an empty zip opens with no entries', () => {
    expect(opened(zipSync({})).entries).toEqual([]);
  });
});

describe('zip paths', () => {
  test.each([
    ['mall.json', null],
    ['mapp/mall.json', null],
    ['mapp/..mall.json', null],
    ['../mall.json', 'innehåller ".." och pekar utanför paketet'],
    ['mapp/../../mall.json', 'innehåller ".." och pekar utanför paketet'],
    ['mapp\\..\\mall.json', 'innehåller ".." och pekar utanför paketet'],
    ['/mall.json', 'är en absolut sökväg'],
    ['\\\\server\\mall.json', 'är en absolut sökväg'],
    ['c:mall.json', 'börjar med en enhetsbokstav'],
    ['mall\0.json', 'innehåller ett NUL-tecken'],
  ])('%s', (name, problem) => {
    expect(unsafeZipPath(name)).toBe(problem);
  });
});

test('crc32 is the zip checksum', () => {
  expect(crc32(strToU8('123456789'))).toBe(0xcbf43926);
  expect(crc32(new Uint8Array(0))).toBe(0);
});
