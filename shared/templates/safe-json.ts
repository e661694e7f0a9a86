/**
 * Reading a JSON template's bytes without trusting them: strict UTF-8, a
 * depth scan before JSON.parse, then a walk that refuses keys which could
 * reach an object's prototype (`__proto__`, `constructor`, `prototype`)
 * and more items or longer texts than any template has. JSON.parse itself
 * only creates own properties, so nothing is polluted while reading; the
 * walk makes sure such keys never reach code that might copy them.
 */
import { strFromU8 } from 'fflate';
import { fieldProblem, fileProblem, type TemplateProblem } from './problems.ts';
import { formatBytes, templateLimits, type TemplateLimits } from './limits.ts';
import { formatInteger } from '../format.ts';

export type JsonRead = { ok: true; value: unknown } | { ok: false; problems: TemplateProblem[] };

export const forbiddenKeys: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Whether the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing past U+10FFFF). */
export function isValidUtf8(bytes: Uint8Array): boolean {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    let need: number;
    let min: number;
    let cp: number;
    if (b >= 0xc2 && b <= 0xdf) [need, min, cp] = [1, 0x80, b & 0x1f];
    else if (b >= 0xe0 && b <= 0xef) [need, min, cp] = [2, 0x800, b & 0x0f];
    else if (b >= 0xf0 && b <= 0xf4) [need, min, cp] = [3, 0x10000, b & 0x07];
    else return false;
    for (let k = 1; k <= need; k += 1) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}

/**
 * The deepest nesting of objects and lists, counted in the text so a file
 * nested a million levels deep is refused before anything recursive sees it.
 * `open` is the nesting left open at the end: more than 0 means the text was cut off.
 */
export function jsonNesting(text: string): { maxDepth: number; open: number; inString: boolean } {
  let depth = 0;
  let maxDepth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i += 1; // backslash: skip the escaped character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x7b || c === 0x5b) {
      depth += 1;
      if (depth > maxDepth) maxDepth = depth;
    } else if (c === 0x7d || c === 0x5d) depth -= 1;
  }
  return { maxDepth, open: depth, inString };
}

/** Line and column (from 1) of a character position, for a syntax error. */
function lineAndColumn(text: string, position: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < position && i < text.length; i += 1) {
    if (text.charCodeAt(i) === 0x0a) {
      line += 1;
      lineStart = i + 1;
    }
  }
  return { line, column: position - lineStart + 1 };
}

type Path = (string | number)[];

/** The first thing in a parsed value that no template has: a forbidden key, too many items, too long a text. */
function walkProblem(root: unknown, limits: TemplateLimits): TemplateProblem | null {
  let arrayItems = 0;
  const stack: { value: unknown; path: Path }[] = [{ value: root, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop() as { value: unknown; path: Path };
    if (typeof value === 'string') {
      if (value.length > limits.maxStringLength)
        return { ...fieldProblem(path, `texten är ${formatInteger(value.length)} tecken lång; en mall har inga texter längre än ${formatInteger(limits.maxStringLength)} tecken`), code: 'stringTooLong' };
    } else if (Array.isArray(value)) {
      arrayItems += value.length;
      if (arrayItems > limits.maxArrayItems)
        return fileProblem('tooManyItems', `Filen har fler än ${formatInteger(limits.maxArrayItems)} poster i sina listor; ingen riktig mall har så många. Filen lästes inte in.`);
      value.forEach((item, index) => stack.push({ value: item, path: [...path, index] }));
    } else if (value !== null && typeof value === 'object') {
      const keys = Object.keys(value);
      for (const key of keys) {
        if (forbiddenKeys.has(key))
          return {
            ...fieldProblem(path, `fältet "${key}" är inte tillåtet i en mall; det kan användas för att ändra programmets beteende. Filen lästes inte in.`),
            code: 'forbiddenKey',
          };
      }
      if (keys.length > limits.maxObjectKeys)
        return { ...fieldProblem(path, `har ${formatInteger(keys.length)} fält; inget objekt i en mall har fler än ${limits.maxObjectKeys}. Filen lästes inte in.`), code: 'tooManyItems' };
      for (const key of keys) stack.push({ value: (value as Record<string, unknown>)[key], path: [...path, key] });
    }
  }
  return null;
}

/** Prefix for a problem about the whole file: whose file it is. */
function about(what: string, problem: TemplateProblem): TemplateProblem {
  return problem.path !== '' ? problem : { ...problem, message: `${what}: ${problem.message}` };
}

/**
 * A template's JSON bytes as a value, or the reason they are not one.
 * `what` names the file in messages ("mall.json").
 */
export function readJson(bytes: Uint8Array, what: string, limits: TemplateLimits = templateLimits): JsonRead {
  const fail = (problem: TemplateProblem): JsonRead => ({ ok: false, problems: [about(what, problem)] });
  if (bytes.length > limits.maxFileBytes)
    return fail(fileProblem('tooLarge', `filen är ${formatBytes(bytes.length)}; en mall får vara högst ${formatBytes(limits.maxFileBytes)}`));
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (!isValidUtf8(body)) return fail(fileProblem('notUtf8', 'texten är inte giltig UTF-8. Spara filen som UTF-8 och försök igen.'));
  const text = strFromU8(body);

  const nesting = jsonNesting(text);
  if (nesting.maxDepth > limits.maxDepth)
    return fail(fileProblem('tooDeep', `innehållet är nästlat ${formatInteger(nesting.maxDepth)} nivåer djupt; en mall har högst ${limits.maxDepth}. Filen lästes inte in.`));

  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    if (nesting.open > 0 || nesting.inString || text.trim() === '')
      return fail(fileProblem('truncated', 'JSON-texten tar slut mitt i (en avslutande } eller ] saknas). Filen är troligen avkortad; hämta eller kopiera den igen.'));
    const position = /position (\d+)/.exec(error instanceof Error ? error.message : '')?.[1];
    const at = position === undefined ? null : lineAndColumn(text, Number(position));
    return fail(fileProblem('invalidJson', at ? `texten är inte giltig JSON; felet finns på rad ${at.line}, kolumn ${at.column}.` : 'texten är inte giltig JSON.'));
  }
  const problem = walkProblem(value, limits);
  return problem ? fail(problem) : { ok: true, value };
}
