/**
 * Files made from the code and committed, so the secretariat can read them
 * without the app: the JSON Schema of the template format (editors such as
 * VS Code check a template against it while it is written) and the shipped
 * default template. `node scripts/generate-template-schema.mjs` writes them;
 * tests/unit/templates/generated-files.test.ts fails when they are stale.
 */
import { z } from 'zod';
import { defaultTemplate } from './default-template.ts';
import { templateSchema } from './schema.ts';
import { templateToJson } from './serialize.ts';

/** The JSON Schema (draft 2020-12) of what a template file may hold. */
export function templateJsonSchema(): Record<string, unknown> {
  // `input`: what a file may say (the mandate's full-time hours may be left out and default to 40).
  const generated = z.toJSONSchema(templateSchema, { io: 'input' });
  const { $schema, ...rest } = generated;
  return { $schema, title: 'Mall för MOA-arbetsboken, formatversion 1', ...rest };
}

/** Repository paths and their contents. */
export function generatedTemplateFiles(): { path: string; text: string }[] {
  return [
    { path: 'docs/template-format.schema.json', text: `${JSON.stringify(templateJsonSchema(), null, 2)}\n` },
    { path: 'resources/templates/standard-2026.json', text: templateToJson(defaultTemplate) },
  ];
}
