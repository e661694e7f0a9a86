/**
 * The review anchors survive a real office suite: a review package of the example plan, saved again
 * by LibreOffice (headless) as .docx, and taken through .odt and back. Three conversions of a few
 * seconds each; without LibreOffice the test says why and skips.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { anchorLookup, anchorRecords, parseAnchorName } from '#shared/review/anchors.ts';
import { readManifestXml, reviewNamespace } from '#shared/review/manifest.ts';
import type { ReviewManifest } from '#shared/review/manifest.ts';
import { anchoredRegions } from '#shared/review/regions.ts';
import type { AnchoredRegion } from '#shared/review/regions.ts';
import { buildHandlingsplanReviewPackage, reviewProperties } from '#shared/review/review-package.ts';
import { documentWords } from '#shared/documents/words/index.ts';
import { exampleHandlingsplanInput } from '../documents/document-fixtures.ts';
import { unzipDocx } from '../documents/docx-reading.ts';

/** soffice as tests/e2e/harness/libreoffice.ts finds it (SOFFICE_PATH or the usual places), without installing anything: this is a unit test. */
function findSoffice(): string | null {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : null;
  return ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'].find((path) => existsSync(path)) ?? null;
}

const soffice = findSoffice();
if (soffice === null) console.warn('LibreOffice (soffice) saknas: testet att granskningsankarna överlever LibreOffice hoppas över. Installera libreoffice-writer-nogui eller ange SOFFICE_PATH.');

/** A conversion takes 5–10 s, more on a busy machine. */
const conversionTimeout = 180_000;

interface Package {
  manifest: ReviewManifest;
  regions: AnchoredRegion[];
  parts: Map<string, string>;
}

function readPackage(bytes: Uint8Array, manifest: ReviewManifest): Package {
  const parts = unzipDocx(bytes);
  return { manifest, parts, regions: anchoredRegions(parts.get('word/document.xml') ?? '') };
}

/** The custom XML part in our namespace, wherever the program put it and whatever it numbered it. */
function manifestPart(parts: Map<string, string>): string | undefined {
  return [...parts].find(([name, xml]) => /^customXml\/item\d+\.xml$/.test(name) && xml.includes(reviewNamespace))?.[1];
}

function customProperty(parts: Map<string, string>, name: string): string | null {
  const xml = parts.get('docProps/custom.xml') ?? '';
  const m = new RegExp(`<property [^>]*name="${name}"[^>]*>\\s*<vt:lpwstr>([^<]*)</vt:lpwstr>`).exec(xml);
  return m?.[1] ?? null;
}

describe.skipIf(soffice === null)('review anchors through LibreOffice', () => {
  let work = '';
  let original: Package;
  let records: ReturnType<typeof anchorRecords> = [];
  const converted = new Map<string, Package>();

  function convert(source: string, filter: string, outDir: string): string {
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync(soffice ?? 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', filter, '--outdir', outDir, source], { stdio: 'pipe', timeout: conversionTimeout });
    const extension = filter.split(':')[0] ?? filter;
    const out = join(outDir, `${basename(source).replace(/\.\w+$/, '')}.${extension}`);
    if (!existsSync(out)) throw new Error(`LibreOffice gjorde ingen ${extension} av ${basename(source)}`);
    return out;
  }

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'moa-review-anchors-'));
    const input = exampleHandlingsplanInput();
    records = anchorRecords(input.content, input.goalArea.reviewers.map((r) => r.perspective));
    const { bytes, manifest } = await buildHandlingsplanReviewPackage(input, documentWords('sv'), undefined, { exportedAt: '2026-11-27', appVersion: '0.1.0' });
    original = readPackage(bytes, manifest);
    const source = join(work, 'granskning.docx');
    writeFileSync(source, bytes);
    const docx = 'docx:MS Word 2007 XML';
    converted.set('docx → docx', readPackage(readFileSync(convert(source, docx, join(work, 'docx'))), manifest));
    const odt = convert(source, 'odt', join(work, 'odt'));
    converted.set('docx → odt → docx', readPackage(readFileSync(convert(odt, docx, join(work, 'odt-docx'))), manifest));
  }, 3 * conversionTimeout);

  afterAll(() => {
    if (work !== '') rmSync(work, { recursive: true, force: true });
  });

  it('starts from a package where every part has its anchor', () => {
    expect(original.regions.map((r) => r.anchor)).toEqual(original.manifest.parts.map((p) => p.anchor));
    expect(original.manifest.parts.length).toBeGreaterThan(40);
  });

  for (const route of ['docx → docx', 'docx → odt → docx']) {
    describe(route, () => {
      const result = (): Package => {
        const found = converted.get(route);
        if (!found) throw new Error(`no result for ${route}`);
        return found;
      };

      it('keeps every anchor, once, in the order of the parts, and no bookmark of ours that we did not write', () => {
        const anchors = result().regions.map((r) => r.anchor);
        expect(anchors).toEqual(original.manifest.parts.map((p) => p.anchor));
        const ours = [...(result().parts.get('word/document.xml') ?? '').matchAll(/<w:bookmarkStart\b[^>]*\bw:name="([^"]*)"/g)].map((m) => m[1] ?? '').filter((name) => parseAnchorName(name) !== null);
        expect(ours).toEqual(anchors);
      });

      it("keeps each anchor on its part's heading (or row's first cell), and each part's text as exported", () => {
        const before = new Map(original.regions.map((r) => [r.anchor, r.text]));
        for (const region of result().regions) {
          // The first line is the paragraph the bookmark is on: the heading, or the row's first cell.
          expect({ anchor: region.anchor, first: region.text.split('\n')[0] }).toEqual({ anchor: region.anchor, first: before.get(region.anchor)?.split('\n')[0] });
        }
        expect(result().regions).toEqual(original.regions);
      });

      it('keeps the plan id, version and checksum in the custom properties', () => {
        const { manifest } = original;
        expect(customProperty(result().parts, reviewProperties.planId)).toBe(manifest.planId);
        expect(customProperty(result().parts, reviewProperties.planVersion)).toBe(`${manifest.planVersion}`);
        expect(customProperty(result().parts, reviewProperties.checksum)).toBe(manifest.checksum);
      });
    });
  }

  it('keeps the manifest through docx → docx, reading back equal', () => {
    const xml = manifestPart(converted.get('docx → docx')?.parts ?? new Map());
    expect(xml).toBeDefined();
    expect(readManifestXml(xml ?? '')).toEqual({ ok: true, manifest: original.manifest });
  });

  it('loses the manifest through .odt (LibreOffice keeps custom XML only in a .docx round trip); the anchors then lead to their parts through the plan itself', () => {
    const result = converted.get('docx → odt → docx');
    expect(manifestPart(result?.parts ?? new Map())).toBeUndefined();
    const lookup = anchorLookup(records);
    const found = (result?.regions ?? []).map((r) => lookup(r.anchor));
    expect(found).toEqual(original.manifest.parts.map((p) => ({ kind: p.kind, recordId: p.recordId })));
  });
});
