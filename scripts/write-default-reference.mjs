// Writes resources/word/MOA-standard.dotx, the Word template with the builders' default styles that the
// secretariat can make its own (see resources/word/README.md). Run it after changing `documentStyles`:
// `node scripts/write-default-reference.mjs`. A unit test fails while the committed file is out of date.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { runnerImport } from 'vite';

const root = resolve(import.meta.dirname, '..');
const target = resolve(root, 'resources/word/MOA-standard.dotx');

/** @type {{ module: { defaultReferenceTemplate: () => Promise<Uint8Array> } }} */
const { module } = await runnerImport(resolve(root, 'shared/documents/reference-styles.ts'));
const bytes = await module.defaultReferenceTemplate();
await mkdir(dirname(target), { recursive: true });
await writeFile(target, bytes);
console.log(`${target.slice(root.length + 1)}: ${bytes.length} byte`);
