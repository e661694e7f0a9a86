/** Shared by the template tests: fixture bytes, a fresh copy of the default template, JSON as bytes. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { strToU8 } from 'fflate';
import { expect } from 'vitest';
import { defaultTemplate } from '#shared/templates/default-template.ts';
import type { TemplateParseResult } from '#shared/templates/parse.ts';
import type { TemplateProblem } from '#shared/templates/problems.ts';
import type { Template } from '#shared/templates/schema.ts';

export const repoRoot = fileURLToPath(new URL('../../../..', import.meta.url));

export function fixture(name: string): Uint8Array {
  return new Uint8Array(readFileSync(`${repoRoot}tests/fixtures/templates/${name}`));
}

/** A deep copy of the shipped template to change in a test. */
export function template(): Template {
  return structuredClone(defaultTemplate);
}

export function jsonBytes(value: unknown): Uint8Array {
  return strToU8(JSON.stringify(value));
}

/** The problems of a refused file; fails the test when the file was accepted. */
export function problemsOf(result: TemplateParseResult | { ok: true } | { ok: false; problems: TemplateProblem[] }): TemplateProblem[] {
  if (result.ok) throw new Error('the file was accepted but should have been refused');
  expect(result.problems.length).toBeGreaterThan(0);
  return result.problems;
}
