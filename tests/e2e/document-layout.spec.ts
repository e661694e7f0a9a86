/**
 * Every kind of exported document, rendered by LibreOffice as the secretariat would print it:
 * no word of the user's text and no amount or date is broken across two lines in a table cell,
 * and no page but the last is less than a fifth full. Built straight from the pure builders with
 * realistic data (document-samples.ts), so it needs no browser. Skips, saying why, only where
 * LibreOffice or poppler is missing; `.ci/run` installs both.
 * MOA_LAYOUT_PDF_DIR=<folder> keeps the PDFs there to look at.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packDocx } from '#shared/documents/pack.ts';
import { documentSamples } from './document-samples.ts';
import { convertAllToPdf, findSofficeIfInstalled } from './harness/libreoffice.ts';
import { layoutProblems, readPdfPages } from './harness/pdf-layout.ts';
import type { PdfPage } from './harness/pdf-layout.ts';

const samples = documentSamples();

describe('Dokumentens sidor i LibreOffice: hela ord och belopp i tabellerna, inga nästan tomma sidor', () => {
  const keep = process.env.MOA_LAYOUT_PDF_DIR;
  const dir = keep ?? mkdtempSync(join(tmpdir(), 'moa-layout-'));
  const rendered = new Map<string, PdfPage[]>();
  let missing: string | null = null;

  beforeAll(async () => {
    const office = findSofficeIfInstalled();
    if ('missing' in office) {
      missing = office.missing;
      console.warn(`Layoutkontrollen av Word-dokumenten hoppas över: ${missing}`);
      return;
    }
    mkdirSync(dir, { recursive: true });
    const paths = await Promise.all(
      samples.map(async (sample, i) => {
        const path = join(dir, `${String(i + 1).padStart(2, '0')}-${sample.name.replace(/[^\p{L}\p{N}]+/gu, '-')}.docx`);
        writeFileSync(path, await packDocx(sample.document));
        return path;
      }),
    );
    convertAllToPdf(office.soffice, paths, dir).forEach((pdf, i) => rendered.set(samples[i]?.name ?? '', readPdfPages(pdf)));
  }, 300_000);

  afterAll(() => {
    if (keep === undefined) rmSync(dir, { recursive: true, force: true });
  });

  it.for(samples.map((s) => [s.name, s] as const))('%s', ([, sample], { skip }) => {
    if (missing !== null) skip(`LibreOffice eller poppler saknas: ${missing}`);
    const pages = rendered.get(sample.name);
    if (!pages) throw new Error(`ingen PDF av ${sample.name}`);
    expect(pages.length).toBeGreaterThan(0);
    expect(layoutProblems(pages, sample.userText)).toEqual([]);
  });
});
