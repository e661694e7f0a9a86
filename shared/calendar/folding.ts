/**
 * Line folding of iCalendar text (RFC 5545 §3.1): a content line longer than 75 octets is split
 * by CRLF followed by one space, and the reader removes every CRLF + space (or tab).
 *
 * We fold ourselves after ical.js has serialised: ical.js 2.2.1 counts UTF-8 octets and keeps
 * characters whole, but starts every continuation line with 75 octets of content after the space,
 * so those lines are 76 octets long (the space counts; Outlook's and RFC 5545's limit is 75).
 * `calendarToIcs` therefore unfolds ical.js's output and folds it again here.
 */

/** The longest line RFC 5545 allows, in octets, not counting the CRLF. */
export const MAX_LINE_OCTETS = 75;

/** The number of octets the code point takes in UTF-8. */
export function utf8Length(codePoint: number): number {
  if (codePoint < 0x80) return 1;
  if (codePoint < 0x800) return 2;
  if (codePoint < 0x10000) return 3;
  return 4;
}

/** The octets the text takes in UTF-8 (a lone surrogate counts as U+FFFD's three, as TextEncoder writes it). */
export function utf8ByteLength(text: string): number {
  let octets = 0;
  for (const char of text) octets += utf8Length(char.codePointAt(0) ?? 0);
  return octets;
}

/**
 * One content line folded into physical lines of at most 75 octets each, the continuation lines'
 * leading space included, joined by CRLF + space. A character is never split (åäö are two
 * octets, € three, an emoji four).
 */
export function foldLine(line: string): string {
  // A UTF-16 unit is at most three octets (a pair of them four): short lines need no count.
  if (line.length * 3 <= MAX_LINE_OCTETS) return line;
  const pieces: string[] = [];
  let start = 0;
  let octets = 0;
  let limit = MAX_LINE_OCTETS;
  for (let index = 0; index < line.length; ) {
    const codePoint = line.codePointAt(index) ?? 0;
    const size = utf8Length(codePoint);
    if (octets + size > limit) {
      pieces.push(line.slice(start, index));
      start = index;
      octets = 0;
      limit = MAX_LINE_OCTETS - 1;
    }
    octets += size;
    index += codePoint > 0xffff ? 2 : 1;
  }
  if (pieces.length === 0) return line;
  pieces.push(line.slice(start));
  return pieces.join('\r\n ');
}

/** Content lines (already unfolded) as iCalendar text: each folded, each ended by CRLF. */
export function foldLines(lines: readonly string[]): string {
  return lines.map((line) => `${foldLine(line)}\r\n`).join('');
}

/**
 * The content lines of iCalendar text: CRLF, LF or CR ends a line, and a line that starts with a
 * space or a tab continues the one before (the space or tab is removed).
 */
export function unfoldLines(text: string): string[] {
  const lines: string[] = [];
  for (const physical of text.split(/\r\n|\n|\r/u)) {
    if ((physical.startsWith(' ') || physical.startsWith('\t')) && lines.length > 0) {
      lines[lines.length - 1] += physical.slice(1);
    } else {
      lines.push(physical);
    }
  }
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines;
}
