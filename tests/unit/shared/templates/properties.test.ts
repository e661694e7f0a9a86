/**
 * Property-based: any valid template survives export → import exactly, as
 * JSON and as a package; any bytes and any JSON give a result, never an
 * exception, and a refusal always says something.
 */
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { parseTemplateFile, type TemplateParseResult } from '#shared/templates/parse.ts';
import { templatePackage, templateToJson } from '#shared/templates/serialize.ts';
import { validateTemplate } from '#shared/templates/validate.ts';
import { validTemplate } from './arbitraries.ts';
import { template } from './helpers.ts';

function assertAnswered(result: TemplateParseResult): void {
  if (!result.ok) {
    expect(result.problems.length).toBeGreaterThan(0);
    for (const p of result.problems) expect(p.message.trim()).not.toBe('');
  }
}

describe('template round trips', () => {
  test('the generator makes valid templates', () => {
    fc.assert(
      fc.property(validTemplate, (t) => {
        expect(validateTemplate(t)).toEqual({ ok: true, template: t });
      }),
    );
  });

  test('templateToJson → parseTemplateFile gives the same template', () => {
    fc.assert(
      fc.property(validTemplate, (t) => {
        expect(parseTemplateFile(strToU8(templateToJson(t)), 'mall.json')).toEqual({ ok: true, template: t, referenceDocument: null });
      }),
    );
  });

  test('templatePackage → parseTemplateFile gives the same template and reference document', () => {
    // A minimal Word document: only what checkWordDocument reads.
    const referenceDocx = minimalDocx();
    fc.assert(
      fc.property(validTemplate, fc.boolean(), (t, withReference) => {
        const bytes = templatePackage(t, withReference ? referenceDocx : undefined);
        expect(parseTemplateFile(bytes, 'mall.zip')).toEqual({
          ok: true,
          template: t,
          referenceDocument: withReference ? { fileName: 'referensdokument.docx', bytes: referenceDocx } : null,
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe('anything at all', () => {
  test('random bytes never throw', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 3000 }), (bytes) => {
        assertAnswered(parseTemplateFile(bytes, 'slump.bin'));
      }), { numRuns: 300 });
  });

  test('random bytes behind a zip or JSON start never throw', () => {
    const prefixes = [
      [0x50, 0x4b, 0x03, 0x04],
      [0x50, 0x4b, 0x05, 0x06],
      [0x7b],
      [0x5b],
    ];
    fc.assert(
      fc.property(fc.constantFrom(...prefixes), fc.uint8Array({ maxLength: 3000 }), (prefix, rest) => {
        assertAnswered(parseTemplateFile(new Uint8Array([...prefix, ...rest]), 'slump'));
      }),
      { numRuns: 300 },
    );
  });

  test('random JSON values never throw and are refused', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const result = parseTemplateFile(strToU8(JSON.stringify(value) ?? 'null'), 'slump.json');
        assertAnswered(result);
        expect(result.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  test('a valid template with one value replaced by random JSON never throws', () => {
    const base = JSON.parse(templateToJson(template())) as unknown;
    const paths: (string | number)[][] = [];
    const collect = (value: unknown, path: (string | number)[]) => {
      paths.push(path);
      if (Array.isArray(value)) value.forEach((v, i) => collect(v, [...path, i]));
      else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) collect(v, [...path, k]);
    };
    collect(base, []);
    fc.assert(
      fc.property(fc.constantFrom(...paths.filter((p) => p.length > 0)), fc.jsonValue({ maxDepth: 3 }), (path, replacement) => {
        const copy = structuredClone(base) as Record<string | number, unknown>;
        let parent: Record<string | number, unknown> = copy;
        for (const segment of path.slice(0, -1)) parent = parent[segment] as Record<string | number, unknown>;
        parent[path.at(-1) as string | number] = replacement;
        assertAnswered(parseTemplateFile(strToU8(JSON.stringify(copy)), 'ändrad.json'));
      }),
      { numRuns: 300 },
    );
  });

  test('a valid package with bytes changed or cut never throws', () => {
    const bytes = templatePackage(template(), minimalDocx());
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(bytes.length - 1), fc.integer({ min: 0, max: 255 })), { maxLength: 8 }), fc.nat(bytes.length), (changes, cut) => {
        const damaged = bytes.slice(0, Math.max(1, cut));
        for (const [at, value] of changes) if (at < damaged.length) damaged[at] = value;
        assertAnswered(parseTemplateFile(damaged, 'skadad.zip'));
      }),
      { numRuns: 300 },
    );
  });
});

/** The smallest zip that passes as a Word document: word/document.xml and word/styles.xml. */
function minimalDocx(): Uint8Array {
  return zipForTest({
    '[Content_Types].xml': '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
    'word/document.xml': '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>Hej</w:t></w:r></w:p></w:body></w:document>',
    'word/styles.xml': '<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
  });
}

function zipForTest(files: Record<string, string>): Uint8Array {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, text]) => [name, strToU8(text)])));
}
