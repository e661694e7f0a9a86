/** Writing templates: stable JSON, packages that read back exactly, and the committed generated files. */
import { readFileSync } from 'node:fs';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import { generatedTemplateFiles, templateJsonSchema } from '#shared/templates/generated-files.ts';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import { parseTemplateFile } from '#shared/templates/parse.ts';
import type { Template } from '#shared/templates/schema.ts';
import { templatePackage, templateToJson } from '#shared/templates/serialize.ts';
import { problemsOf, repoRoot, template } from './helpers.ts';

/** The same object with its keys in reverse order, at every level. */
function reversedKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(reversedKeys);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, reversedKeys(v)]));
  return value;
}

describe('templateToJson', () => {
  test('is pretty, ends with a newline and keeps the schema order whatever order the object has', () => {
    const text = templateToJson(defaultTemplate);
    expect(text.startsWith('{\n  "formatVersion": 1,\n  "id": "rus-standardmall",\n')).toBe(true);
    expect(text.endsWith('}\n')).toBe(true);
    expect(templateToJson(reversedKeys(defaultTemplate) as Template)).toBe(text);
  });

  test('refuses to write something that is not a template', () => {
    const broken = { ...template(), name: '' };
    expect(() => templateToJson(broken)).toThrow(/not a valid template \(namn: text saknas\)/);
  });
});

describe('templatePackage', () => {
  const notWord = new Uint8Array(100).fill(1);

  test('holds mall.json and the reference document, and is the same bytes each time', () => {
    const docx = makeReferenceDocx();
    const bytes = templatePackage(defaultTemplate, docx);
    expect(Object.keys(unzipSync(bytes)).sort()).toEqual(['mall.json', 'referensdokument.docx']);
    expect(strFromU8(unzipSync(bytes)['mall.json'] as Uint8Array)).toBe(templateToJson(defaultTemplate));
    expect(templatePackage(defaultTemplate, docx)).toEqual(bytes);
  });

  test('reads back with the reference document under its own name', () => {
    const docx = makeReferenceDocx();
    expect(parseTemplateFile(templatePackage(defaultTemplate, docx, 'kansliet.dotx'), 'paket.zip')).toEqual({
      ok: true,
      template: defaultTemplate,
      referenceDocument: { fileName: 'kansliet.dotx', bytes: docx },
    });
  });

  test('a reference document that is not a Word document is refused', () => {
    const problems = problemsOf(parseTemplateFile(templatePackage(defaultTemplate, notWord), 'paket.zip'));
    expect(problems[0]?.message).toBe('Referensdokumentet referensdokument.docx är ingen giltig zip-fil.');
  });

  test('a reference document name must be a Word file name', () => {
    expect(() => templatePackage(defaultTemplate, makeReferenceDocx(), 'mall.pdf')).toThrow(/must end in \.docx or \.dotx/);
  });

  test('a package zipped as a folder, with macOS extras, still reads', () => {
    const bytes = zipSync({
      'Mallpaket/': new Uint8Array(0),
      'Mallpaket/mall.json': strToU8(templateToJson(defaultTemplate)),
      '__MACOSX/Mallpaket/._mall.json': new Uint8Array([0, 1, 2]),
      'Mallpaket/.DS_Store': new Uint8Array([0]),
    });
    expect(parseTemplateFile(bytes, 'Mallpaket.zip')).toEqual({ ok: true, template: defaultTemplate, referenceDocument: null });
  });

  test('a package without a template, or with two, says so', () => {
    const json = strToU8(templateToJson(defaultTemplate));
    expect(problemsOf(parseTemplateFile(zipSync({ 'läsmig.txt': strToU8('hej') }), 'tom.zip'))[0]?.message).toBe('Zip-filen tom.zip innehåller ingen mall: en .json-fil saknas.');
    expect(problemsOf(parseTemplateFile(zipSync({ 'a.json': json, 'b.json': json }), 'två.zip'))[0]?.message).toBe('Zip-filen två.zip innehåller flera mallar (a.json, b.json); ett mallpaket har en.');
  });
});

describe('committed files made from the code', () => {
  test.each(generatedTemplateFiles())('$path is up to date (run node scripts/generate-template-schema.mjs)', ({ path, text }) => {
    expect(readFileSync(`${repoRoot}${path}`, 'utf8')).toBe(text);
  });

  test('the JSON Schema describes the format: strict objects, the fields, the kinds', () => {
    const schema = templateJsonSchema() as { $schema: string; additionalProperties: boolean; required: string[]; properties: Record<string, unknown> };
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(schema.additionalProperties).toBe(false);
    expect(schema.required).toContain('formatVersion');
    expect(JSON.stringify(schema.properties['actionPlan'])).toContain('"strategyTree"');
  });

  test('the example in docs/template-format.md is a valid template', () => {
    const doc = readFileSync(`${repoRoot}docs/template-format.md`, 'utf8');
    const example = /```json\n([\s\S]*?)\n```/.exec(doc)?.[1] ?? '';
    const result = parseTemplateFile(strToU8(example), 'exempel.json');
    expect(result.ok ? result.template.name : result.problems).toBe('RUS-mall 2027');
  });

  test('the shipped JSON file is the default template', () => {
    const bytes = new Uint8Array(readFileSync(`${repoRoot}resources/templates/standard-2026.json`));
    expect(parseTemplateFile(bytes, 'standard-2026.json')).toEqual({ ok: true, template: defaultTemplate, referenceDocument: null });
  });
});

/** A small but real Word document: the parts checkWordDocument reads. */
function makeReferenceDocx(): Uint8Array {
  const w = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
  return zipSync({
    '[Content_Types].xml': strToU8('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>'),
    'word/document.xml': strToU8(`<w:document ${w}><w:body><w:p><w:r><w:t>Referens</w:t></w:r></w:p></w:body></w:document>`),
    'word/styles.xml': strToU8(`<w:styles ${w}><w:style w:type="paragraph" w:styleId="Rubrik1"><w:name w:val="heading 1"/></w:style></w:styles>`),
  });
}
