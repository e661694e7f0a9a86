// Writes the files made from the template code: docs/template-format.schema.json (the JSON Schema,
// from the zod schema via z.toJSONSchema) and resources/templates/standard-2026.json (the shipped
// default template). Run after changing shared/templates/; a unit test fails while they are stale.
// The TypeScript is loaded through Vite's module runner, as scripts/bench.mjs does (Node 20 cannot run .ts itself).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** @type {{ module: { generatedTemplateFiles: () => { path: string; text: string }[] } }} */
const { module } = await runnerImport(resolve(root, 'shared/templates/generated-files.ts'));
for (const { path, text } of module.generatedTemplateFiles()) {
  const target = resolve(root, path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, text);
  console.log(`wrote ${path} (${Buffer.byteLength(text)} bytes)`);
}
