/**
 * Emphasis in a template's guidance: text between asterisks, `*så här*`, is
 * shown in italics (as in Markdown), so the secretariat's italic guidance in
 * a Word template stays italic in the plan editor and survives a round trip
 * through the JSON file and the template editor as plain text.
 *
 * Rules, chosen so that ordinary text is never read as emphasis:
 * - an opening `*` is followed by a non-space, a closing `*` follows a
 *   non-space, and both stand in the same paragraph (no empty line between);
 * - a lone `*` (a footnote mark, "* punkt" as a list) stays as it is;
 * - `\*` is a literal asterisk and `\\` a literal backslash.
 */

export interface GuidanceRun {
  text: string;
  italic: boolean;
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/u.test(c);

/** Removes the two escapes. */
function unescape(text: string): string {
  return text.replace(/\\([\\*])/g, '$1');
}

/** Where the emphasis opened at `open` closes, or -1. */
function closing(text: string, open: number): number {
  for (let j = open + 1; j < text.length; j += 1) {
    const c = text[j];
    if (c === '\\') {
      j += 1;
      continue;
    }
    if (c === '\n' && text[j + 1] === '\n') return -1;
    if (c === '*' && j > open + 1 && !isSpace(text[j - 1])) return j;
  }
  return -1;
}

/** The guidance as plain and italic stretches; adjacent stretches differ in italics. */
export function guidanceRuns(text: string): GuidanceRun[] {
  const runs: GuidanceRun[] = [];
  const push = (part: string, italic: boolean) => {
    if (part === '') return;
    const last = runs.at(-1);
    if (last && last.italic === italic) last.text += part;
    else runs.push({ text: part, italic });
  };
  let plainStart = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (c === '\\') {
      i += 1;
      continue;
    }
    if (c !== '*' || isSpace(text[i + 1]) || text[i + 1] === '*') continue;
    const end = closing(text, i);
    if (end < 0) continue;
    push(unescape(text.slice(plainStart, i)), false);
    push(unescape(text.slice(i + 1, end)), true);
    plainStart = end + 1;
    i = end;
  }
  push(unescape(text.slice(plainStart)), false);
  return runs;
}

const escape = (text: string): string => text.replace(/[\\*]/g, '\\$&');

/**
 * Stretches of text as guidance: italic ones between asterisks, with the
 * spaces at their edges moved outside (an emphasis cannot start or end
 * with one), everything else escaped. A paragraph break never falls inside
 * an italic stretch: a caller joins paragraphs after marking each.
 */
export function guidanceFromRuns(runs: readonly GuidanceRun[]): string {
  let out = '';
  for (const run of runs) {
    if (!run.italic) {
      out += escape(run.text);
      continue;
    }
    const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run.text);
    const [lead, core, trail] = [m?.[1] ?? '', m?.[2] ?? '', m?.[3] ?? ''];
    out += core === '' ? run.text : `${lead}*${escape(core)}*${trail}`;
  }
  return out;
}

/** The guidance without its marks, as a screen reader or a plain-text field would want it. */
export function guidancePlainText(text: string): string {
  return guidanceRuns(text)
    .map((r) => r.text)
    .join('');
}
