import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildEdition } from './harness/build.ts';
import { beforeAll, describe, expect, it } from 'vitest';

/** Module specifiers that would mean the renderer reaches Electron or Node directly. */
const forbidden: [string, RegExp][] = [
  ['import of electron', /(?:from|import|require\()\s*\(?\s*["']electron["']/],
  ['node: built-in', /["']node:[a-z_/]+["']/],
  ['require() of a Node built-in', /require\(\s*["'](?:fs|path|os|child_process|crypto|net|http|https|url|util|stream|zlib)["']\s*\)/],
  ['ipcRenderer', /\bipcRenderer\b/],
  ['process.versions', /\bprocess\.versions\b/],
];

function scripts(dir: string): string[] {
  const assets = join(dir, 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'));
}

describe('the built renderer bundle', () => {
  beforeAll(async () => {
    // dist/web comes from the harness's global setup; the desktop renderer is built here.
    buildEdition('electron');
  });

  it.each(['dist/web', 'dist/desktop-renderer'])('%s refers to neither Electron nor Node built-ins', (dir) => {
    const code = scripts(dir);
    expect(code.length).toBeGreaterThan(0);
    for (const [what, pattern] of forbidden) {
      expect(code.some((c) => pattern.test(c)), `${dir}: ${what}`).toBe(false);
    }
  });

  it('carries the content security policy in both builds', () => {
    for (const dir of ['dist/web', 'dist/desktop-renderer']) {
      const html = readFileSync(join(dir, 'index.html'), 'utf8').replaceAll('&#39;', "'");
      expect(html).toContain(`http-equiv="Content-Security-Policy"`);
      expect(html).toContain("script-src 'self'");
      expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
    }
  });

  it('uses the host module chosen at build time', () => {
    expect(scripts('dist/web').join('\n')).not.toContain('Skrivbordsbryggan saknas');
    expect(scripts('dist/desktop-renderer').join('\n')).toContain('Skrivbordsbryggan saknas');
  });
});
