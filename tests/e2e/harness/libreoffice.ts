/**
 * LibreOffice for the browser tests' check that exported Word files open in a second office
 * suite: convert to PDF headless, then read the PDF's text and page count with poppler.
 * Found like Chromium (harness/chromium.ts): SOFFICE_PATH, the usual places, or on Debian/Ubuntu
 * as root Debian's packages, installed once with a line saying so.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isDebianLike } from './chromium.ts';

const candidates = ['/usr/bin/soffice', '/usr/bin/libreoffice', '/usr/local/bin/soffice', '/Applications/LibreOffice.app/Contents/MacOS/soffice'];

function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

export function findSoffice(log: (line: string) => void = console.log): string {
  const fromEnv = process.env.SOFFICE_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`SOFFICE_PATH pekar på ${fromEnv}, som inte finns.`);
    return fromEnv;
  }
  let found = candidates.find((path) => existsSync(path));
  if ((!found || !hasPoppler()) && process.platform === 'linux' && isDebianLike() && process.getuid?.() === 0) {
    log('LibreOffice eller poppler saknas för kontrollen av Word-filerna: installerar Debians paket "libreoffice-writer-nogui" och "poppler-utils" med apt-get (en gång, kan ta några minuter) …');
    const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'libreoffice-writer-nogui', 'poppler-utils'], { stdio: 'inherit', env });
    found = candidates.find((path) => existsSync(path));
  }
  if (!found || !hasPoppler()) {
    throw new Error('LibreOffice (soffice) och poppler (pdftotext) behövs för att kontrollera Word-exporten. Debian/Ubuntu: sudo apt-get install libreoffice-writer-nogui poppler-utils, eller ange sökvägen till soffice i SOFFICE_PATH.');
  }
  return found;
}

export interface PdfReading {
  text: string;
  pages: number;
}

/**
 * Converts a .docx to PDF with LibreOffice and reads it. soffice exits 0 even when the conversion
 * fails, so the PDF's existence is the check. A private user profile per call keeps parallel runs
 * and a user's open LibreOffice out of the way.
 */
export function convertToPdf(soffice: string, docxPath: string): PdfReading {
  const work = mkdtempSync(join(tmpdir(), 'moa-soffice-'));
  try {
    const profile = pathToFileURL(join(work, 'profile')).href;
    execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', work, docxPath], { stdio: 'pipe', timeout: 120_000 });
    const pdfName = `${basename(docxPath).replace(/\.docx$/i, '')}.pdf`;
    const pdf = join(work, pdfName);
    if (!existsSync(pdf)) throw new Error(`LibreOffice gjorde ingen PDF av ${basename(docxPath)} (i mappen: ${readdirSync(work).join(', ')})`);
    const text = execFileSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8' });
    const info = execFileSync('pdfinfo', [pdf], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? Number.NaN);
    return { text, pages };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** LibreOffice and poppler, or why they cannot be had: for a check that skips, saying so, where they are missing. */
export function findSofficeIfInstalled(log: (line: string) => void = console.log): { soffice: string } | { missing: string } {
  try {
    return { soffice: findSoffice(log) };
  } catch (error) {
    return { missing: error instanceof Error ? error.message : String(error) };
  }
}

/**
 * Converts many .docx files to PDF with one start of LibreOffice (a start takes seconds) into
 * `outDir`, and returns each PDF's path in the order given.
 */
export function convertAllToPdf(soffice: string, docxPaths: readonly string[], outDir: string): string[] {
  const profile = pathToFileURL(join(outDir, '.soffice-profile')).href;
  execFileSync(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', outDir, ...docxPaths], { stdio: 'pipe', timeout: 300_000 });
  return docxPaths.map((docx) => {
    const pdf = join(outDir, `${basename(docx).replace(/\.docx$/i, '')}.pdf`);
    if (!existsSync(pdf)) throw new Error(`LibreOffice gjorde ingen PDF av ${basename(docx)} (i mappen: ${readdirSync(outDir).join(', ')})`);
    return pdf;
  });
}
