import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sha256Hex, utf8Bytes, withJsonStringOf } from '#shared/workbook-file/file-bytes.ts';

const encoder = new TextEncoder();
/** Any UTF-16 code units: control characters, lone surrogates, emoji, letters outside Latin-1. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)), maxLength: 200 });
const mostlyWide = fc.string({ unit: fc.constantFrom('å', '語', '🚀', 'a', '\ud800'), maxLength: 200 });

describe('the workbook file as bytes', () => {
  it('encodes a text as TextEncoder.encode does, also when most of it is outside ASCII', () => {
    fc.assert(
      fc.property(fc.oneof(anyText, mostlyWide), (text) => {
        expect(Buffer.from(utf8Bytes(text)).equals(Buffer.from(encoder.encode(text)))).toBe(true);
      }),
      { numRuns: 500 },
    );
    expect(utf8Bytes('').byteLength).toBe(0);
  });

  it('writes a JSON text as a JSON string exactly as JSON.stringify does, between ASCII head and tail', () => {
    const value = fc.jsonValue().chain((json) => fc.tuple(fc.constant(json), anyText, fc.dictionary(anyText, anyText)));
    fc.assert(
      fc.property(value, ([json, text, record]) => {
        const payload = JSON.stringify({ json, text, record });
        const expected = encoder.encode(`{\n "payload": ${JSON.stringify(payload)}\n}`);
        expect(Buffer.from(withJsonStringOf('{\n "payload": ', utf8Bytes(payload), '\n}')).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('gives the SHA-256 every other tool gives', async () => {
    for (const text of ['', 'abc', 'Örebro län 🚀 "citat" \\ snedstreck']) {
      expect(await sha256Hex(utf8Bytes(text))).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    }
  });
});
