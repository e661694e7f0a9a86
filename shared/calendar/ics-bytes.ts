/**
 * The bytes of an `.ics` file as content lines (unfolded, decoded, numbered), or why not.
 *
 * Encoding: RFC 5545 §3.1.4 makes UTF-8 the charset of iCalendar, and Outlook, Google Calendar and
 * Apple Calendar all write it. A file that is not valid UTF-8 is refused with a message naming the
 * line, rather than read as Windows-1252: invalid UTF-8 could as well be MacRoman, CP437 or damage,
 * and a wrong guess would silently change the å, ä and ö in names matched against contacts.
 * A UTF-8 byte-order mark is skipped; UTF-16 with a byte-order mark (which identifies it) is read.
 */
import { formatFileSize, formatInteger } from '../format.ts';

/** The largest `.ics` file read: a year of a busy calendar is a few hundred kB. */
export const MAX_ICS_BYTES = 2 * 1024 * 1024;

const utf8 = new TextDecoder('utf-8', { fatal: true });

const BEGIN = 'BEGIN:VCALENDAR';
const notCalendar = 'filen är ingen iCalendar-fil (.ics): den börjar inte med BEGIN:VCALENDAR. Välj en kalenderfil som sparats från Outlook, Google Kalender eller Apple Kalender.';

/** True when the text (after blank lines) starts with BEGIN:VCALENDAR, in any case. */
export function startsAsCalendar(text: string): boolean {
  return text.trimStart().slice(0, BEGIN.length).toUpperCase() === BEGIN;
}

/**
 * The index of the first byte that does not belong to valid UTF-8, or -1. Only used to say where
 * a file stops being UTF-8; whether it is valid is decided by TextDecoder.
 */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] ?? 0;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      const [min, max] = next === 1 ? [low, high] : [0x80, 0xbf];
      if (byte === undefined || byte < min || byte > max) return index;
    }
    index += length;
  }
  return -1;
}

const hex = (byte: number) => `0x${byte.toString(16).toUpperCase().padStart(2, '0')}`;

/** A content line, unfolded, with the number of its first physical line. */
export interface ContentLine {
  text: string;
  line: number;
}

export type IcsContentLines = { ok: true; lines: ContentLine[] } | { ok: false; problem: string };

/** Where a piece of a content line came from: its range in the file and its physical line. */
interface Piece {
  start: number;
  end: number;
  line: number;
}

/**
 * The content lines of the file's bytes, unfolded before they are decoded: RFC 5545 §3.1 warns
 * that simple writers fold in the middle of a UTF-8 sequence (å split into 0xC3 | 0xA5), and says
 * to unfold so that the sequence is restored. CRLF, LF or a lone CR end a line; a line starting
 * with a space or a tab continues the one before; blank lines are skipped.
 */
function unfoldBytes(bytes: Uint8Array): { ok: true; lines: Piece[][] } | { ok: false; problem: string } {
  const lines: Piece[][] = [];
  let previousBlank = true;
  let physical = 0;
  let start = 0;
  while (start <= bytes.length) {
    physical += 1;
    let end = start;
    while (end < bytes.length && bytes[end] !== 0x0a && bytes[end] !== 0x0d) end += 1;
    const next = bytes[end] === 0x0d && bytes[end + 1] === 0x0a ? end + 2 : end + 1;
    const first = bytes[start];
    if (end > start && (first === 0x20 || first === 0x09)) {
      const current = lines[lines.length - 1];
      if (!current || previousBlank) {
        let blank = true;
        for (let at = start; at < end; at += 1) if (bytes[at] !== 0x20 && bytes[at] !== 0x09) blank = false;
        if (!blank) return { ok: false, problem: `rad ${formatInteger(physical)}: raden börjar med ett blanksteg men fortsätter ingen rad (trasig radvikning).` };
      } else {
        current.push({ start: start + 1, end, line: physical });
      }
    } else {
      previousBlank = end === start;
      if (!previousBlank) lines.push([{ start, end, line: physical }]);
    }
    start = next;
  }
  return { ok: true, lines };
}

function joined(bytes: Uint8Array, pieces: readonly Piece[]): Uint8Array {
  if (pieces.length === 1 && pieces[0]) return bytes.subarray(pieces[0].start, pieces[0].end);
  const result = new Uint8Array(pieces.reduce((sum, piece) => sum + piece.end - piece.start, 0));
  let offset = 0;
  for (const piece of pieces) {
    result.set(bytes.subarray(piece.start, piece.end), offset);
    offset += piece.end - piece.start;
  }
  return result;
}

/** The physical line of a byte of a content line. */
function physicalLine(pieces: readonly Piece[], offset: number): number {
  let remaining = offset;
  for (const piece of pieces) {
    if (remaining < piece.end - piece.start) return piece.line;
    remaining -= piece.end - piece.start;
  }
  return pieces[pieces.length - 1]?.line ?? 1;
}

/** The file's content lines, or a Swedish phrase (without the file name) saying why it cannot be read. */
export function icsContentLines(bytes: Uint8Array): IcsContentLines {
  if (bytes.length > MAX_ICS_BYTES) {
    return { ok: false, problem: `filen är ${formatFileSize(bytes.length)}; en kalenderfil får vara högst ${formatFileSize(MAX_ICS_BYTES)}. Exportera en kortare period eller bara de händelser som behövs.` };
  }
  if (bytes.length === 0) return { ok: false, problem: 'filen är tom.' };

  let body: Uint8Array;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // UTF-16 with its byte-order mark is identified for certain; read as text and go on as UTF-8.
    try {
      body = new TextEncoder().encode(new TextDecoder(bytes[0] === 0xff ? 'utf-16le' : 'utf-16be', { fatal: true }).decode(bytes.subarray(2)));
    } catch {
      return { ok: false, problem: 'filen säger att den är UTF-16 men går inte att läsa som det. Spara kalendern på nytt som UTF-8.' };
    }
  } else {
    body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  }
  // The start is ASCII in every encoding we could meet: judge it before the encoding, so that
  // binary junk is called what it is.
  if (!startsAsCalendar(String.fromCharCode(...body.subarray(0, 64)))) return { ok: false, problem: notCalendar };

  const unfolded = unfoldBytes(body);
  if (!unfolded.ok) return unfolded;
  const lines: ContentLine[] = [];
  for (const pieces of unfolded.lines) {
    const content = joined(body, pieces);
    try {
      lines.push({ text: utf8.decode(content), line: pieces[0]?.line ?? 1 });
    } catch {
      const at = Math.max(0, firstInvalidUtf8(content));
      return {
        ok: false,
        problem: `rad ${formatInteger(physicalLine(pieces, at))}: filen är inte sparad som UTF-8, som en iCalendar-fil ska vara (byten ${hex(content[at] ?? 0)} är inget UTF-8-tecken; filen är troligen sparad som Latin-1 eller Windows-1252). Exportera kalendern på nytt, eller spara filen som UTF-8.`,
      };
    }
  }
  return { ok: true, lines };
}
