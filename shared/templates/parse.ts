/**
 * Importing a template file, as picked or dropped: a template in JSON, or a
 * package (zip) with the template and a reference Word document whose
 * styles the export uses. What the file is comes from its bytes, not its
 * name. Everything is checked before anything is returned, and every
 * refusal is a Swedish message naming what is wrong. Pure: the caller
 * stores the result (in one transaction) only when it is ok.
 */
import { fileProblem, fieldProblem, type TemplateProblem } from './problems.ts';
import { formatBytes, templateLimits, type TemplateLimits } from './limits.ts';
import { readJson } from './safe-json.ts';
import { looksLikeZip, openZip, type SafeZip, type ZipEntry } from './safe-zip.ts';
import { TEMPLATE_FORMAT_VERSION, type Template } from './schema.ts';
import { validateTemplate } from './validate.ts';

/** A Word document (.docx or .dotx) whose styles documents made from the template use. */
export interface ReferenceDocument {
  fileName: string;
  bytes: Uint8Array;
}

export type TemplateParseResult =
  | { ok: true; template: Template; referenceDocument: ReferenceDocument | null }
  | { ok: false; problems: TemplateProblem[] };

const failed = (...problems: TemplateProblem[]): TemplateParseResult => ({ ok: false, problems });

/** A parsed JSON value as a template: the format version first, since nothing else means anything without it. */
export function templateFromValue(value: unknown): { ok: true; template: Template } | { ok: false; problems: TemplateProblem[] } {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    return { ok: false, problems: [fileProblem('notTemplateFile', 'Filen är JSON men ingen mall: en mall är ett objekt, { … }, med fältet formatVersion.')] };
  const version = (value as Record<string, unknown>)['formatVersion'];
  if (version === undefined)
    return { ok: false, problems: [{ ...fieldProblem(['formatVersion'], `saknas: filen är ingen mall för MOA-arbetsboken (en mall har "formatVersion": ${TEMPLATE_FORMAT_VERSION})`), code: 'unknownFormat' }] };
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1)
    return { ok: false, problems: [{ ...fieldProblem(['formatVersion'], `ska vara ett heltal, ${TEMPLATE_FORMAT_VERSION} för den här versionen av formatet`), code: 'unknownFormat' }] };
  if (version > TEMPLATE_FORMAT_VERSION)
    return {
      ok: false,
      problems: [
        fileProblem(
          'newerFormat',
          `Mallen är skriven i formatversion ${version}, men den här versionen av MOA-arbetsboken läser bara formatversion ${TEMPLATE_FORMAT_VERSION}. Uppdatera MOA-arbetsboken till en version som läser formatversion ${version} för att importera mallen.`,
        ),
      ],
    };
  return validateTemplate(value);
}

/** Files that zip tools add on their own and that say nothing about the template. */
function isJunk(name: string): boolean {
  const base = name.split('/').at(-1) ?? '';
  return name.endsWith('/') || name.startsWith('__MACOSX/') || base.startsWith('._') || base === '.DS_Store' || base === 'Thumbs.db' || base === 'desktop.ini';
}

/** Entries by their name in the package: a single folder around everything (as zipping a folder gives) does not count. */
function packageFiles(zip: SafeZip): Map<string, ZipEntry> {
  const files = zip.entries.filter((e) => !isJunk(e.name));
  const tops = new Set(files.map((e) => (e.name.includes('/') ? e.name.slice(0, e.name.indexOf('/') + 1) : '')));
  const [top] = tops;
  const strip = tops.size === 1 && top !== undefined && top !== '' ? top.length : 0;
  return new Map(files.map((e) => [e.name.slice(strip), e]));
}

const lowerName = (name: string): string => name.toLowerCase();
const isRoot = (name: string): boolean => !name.includes('/');

/** Checks that a reference document is a Word document whose parts stay within the limits. */
export function checkWordDocument(bytes: Uint8Array, label: string, limits: TemplateLimits = templateLimits): TemplateProblem | null {
  const opened = openZip(bytes, limits.wordDocument, label);
  if (!opened.ok) return opened.problem;
  if (!opened.zip.find('word/document.xml')) return fileProblem('packageContents', `${label} är inget Word-dokument (word/document.xml saknas).`);
  for (const part of ['word/document.xml', 'word/styles.xml']) {
    const entry = opened.zip.find(part);
    if (!entry) continue;
    const read = opened.zip.read(entry);
    if (!read.ok) return read.problem;
  }
  return null;
}

function parsePackage(bytes: Uint8Array, fileName: string, limits: TemplateLimits): TemplateParseResult {
  const opened = openZip(bytes, limits.package, `Zip-filen ${fileName}`);
  if (!opened.ok) return failed(opened.problem);
  const zip = opened.zip;
  if (zip.find('word/document.xml'))
    return failed(fileProblem('wordDocument', `${fileName} är ett Word-dokument, inte en mall. Använd Importera Word-mall för att göra en mall av dokumentets rubriker.`));

  const files = packageFiles(zip);
  const names = [...files.keys()];
  const jsonNames = names.filter((n) => isRoot(n) && lowerName(n).endsWith('.json'));
  const wordNames = names.filter((n) => isRoot(n) && /\.(docx|dotx)$/.test(lowerName(n)));
  if (jsonNames.length === 0) {
    const nested = names.filter((n) => lowerName(n).endsWith('.json'));
    return failed(
      fileProblem(
        'packageContents',
        nested.length > 0
          ? `Zip-filen ${fileName} har mallen i en undermapp (${nested.join(', ')}); lägg mallens .json-fil överst i zip-filen.`
          : `Zip-filen ${fileName} innehåller ingen mall: en .json-fil saknas.`,
      ),
    );
  }
  if (jsonNames.length > 1) return failed(fileProblem('packageContents', `Zip-filen ${fileName} innehåller flera mallar (${jsonNames.join(', ')}); ett mallpaket har en.`));
  if (wordNames.length > 1)
    return failed(fileProblem('packageContents', `Zip-filen ${fileName} innehåller flera Word-dokument (${wordNames.join(', ')}); ett mallpaket har högst ett referensdokument.`));

  const jsonName = jsonNames[0] as string;
  const jsonRead = zip.read(files.get(jsonName) as ZipEntry);
  if (!jsonRead.ok) return failed(jsonRead.problem);
  const json = readJson(jsonRead.data, jsonName, limits);
  const result = json.ok ? templateFromValue(json.value) : json;

  let referenceDocument: ReferenceDocument | null = null;
  const problems: TemplateProblem[] = result.ok ? [] : [...result.problems];
  const wordName = wordNames[0];
  if (wordName !== undefined) {
    const read = zip.read(files.get(wordName) as ZipEntry);
    const problem = read.ok ? checkWordDocument(read.data, `Referensdokumentet ${wordName}`, limits) : read.problem;
    if (problem) problems.push(problem);
    else if (read.ok) referenceDocument = { fileName: wordName, bytes: read.data };
  }
  if (!result.ok || problems.length > 0) return failed(...problems);
  return { ok: true, template: result.template, referenceDocument };
}

/** First byte that is not a BOM or whitespace. */
function firstSignificantByte(bytes: Uint8Array): number | undefined {
  let i = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  while (i < bytes.length && (bytes[i] === 0x20 || bytes[i] === 0x09 || bytes[i] === 0x0a || bytes[i] === 0x0d)) i += 1;
  return bytes[i];
}

/**
 * Reads a template file (JSON or a zip package). Never throws on any input;
 * `fileName` is only used in messages.
 */
export function parseTemplateFile(bytes: Uint8Array, fileName: string, limits: TemplateLimits = templateLimits): TemplateParseResult {
  if (bytes.length === 0) return failed(fileProblem('empty', `Filen ${fileName} är tom.`));
  if (bytes.length > limits.maxFileBytes)
    return failed(fileProblem('tooLarge', `Filen ${fileName} är ${formatBytes(bytes.length)}; en mall får vara högst ${formatBytes(limits.maxFileBytes)}.`));
  if (looksLikeZip(bytes)) return parsePackage(bytes, fileName, limits);
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))
    return failed(fileProblem('notUtf8', `Filen ${fileName} är sparad som UTF-16; spara den som UTF-8 och försök igen.`));
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0)
    return failed(fileProblem('notTemplateFile', `Filen ${fileName} är ett äldre Office-dokument (.doc eller .xls). Spara det som .docx för att importera det som Word-mall.`));
  const first = firstSignificantByte(bytes);
  if (first !== 0x7b && first !== 0x5b)
    return failed(fileProblem('notTemplateFile', `Filen ${fileName} är varken en mall i JSON-format (.json) eller ett mallpaket (.zip).`));
  const json = readJson(bytes, `Filen ${fileName}`, limits);
  if (!json.ok) return json;
  const result = templateFromValue(json.value);
  return result.ok ? { ok: true, template: result.template, referenceDocument: null } : result;
}
