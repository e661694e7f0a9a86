import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { packDocx } from '#shared/documents/pack.ts';
import { buildTidrapport } from '#shared/documents/tidrapport.ts';
import { tidrapportInput } from './document-fixtures.ts';
import { validateDocx, validationTimeout } from './ooxml-validator.ts';
import { documentWords } from '#shared/documents/words/index.ts';

describe('validateDocx', () => {
  // The documents' validation tests only mean something if the validator can say no. (It does not
  // catch a table cell without a paragraph, which Word refuses: the structure tests check that.)
  it('rejects a document with an attribute value outside the schema, naming part and element', async () => {
    const files = unzipSync(await packDocx(buildTidrapport(tidrapportInput(), documentWords('sv'), undefined)));
    const xml = strFromU8(files['word/document.xml'] ?? new Uint8Array());
    const broken = xml.replace('<w:jc w:val="right"/>', '<w:jc w:val="rechts"/>');
    expect(broken).not.toBe(xml);
    const result = await validateDocx(zipSync({ ...files, 'word/document.xml': strToU8(broken) }));
    expect(result.ok).toBe(false);
    expect(result.errors).toEqual([expect.objectContaining({ path: '/word/document.xml', xPath: expect.stringContaining('/w:jc[1]') as unknown })]);
  }, validationTimeout);
});
