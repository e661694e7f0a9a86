/**
 * The byte work of writing and reading a workbook file (./workbook-file.ts),
 * done the way the platform does it fastest. Profiles of the browser edition
 * with a 12 MB file showed `TextEncoder.encode` at 50–130 ms (Chromium makes
 * the bytes and then copies them) where `encodeInto` takes 25 ms, and
 * stringifying the payload a second time and encoding that at 100–250 ms
 * where escaping its bytes takes 25–40 ms.
 */

const encoder = new TextEncoder();
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/** A text's UTF-8 bytes. */
export function utf8Bytes(text: string): Uint8Array<ArrayBuffer> {
  // Room for a text of mostly ASCII; what does not fit (more than a tenth outside ASCII) gets a second, larger buffer.
  let buffer = new Uint8Array(Math.ceil(text.length * 1.1) + 16);
  const first = encoder.encodeInto(text, buffer);
  let written = first.written;
  if (first.read < text.length) {
    // Each UTF-16 code unit left takes at most three bytes.
    const larger = new Uint8Array(written + (text.length - first.read) * 3);
    larger.set(buffer.subarray(0, written));
    written += encoder.encodeInto(text.slice(first.read), larger.subarray(written)).written;
    buffer = larger;
  }
  return buffer.subarray(0, written);
}

/** Lower-case hex SHA-256 of the bytes, by the platform's Web Crypto (browsers, Electron and Node 20 alike). */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  let hex = '';
  for (const byte of digest) hex += byte.toString(16).padStart(2, '0');
  return hex;
}

/**
 * The UTF-8 bytes of `head + JSON.stringify(json) + tail`, where `json` is
 * the UTF-8 bytes of a text JSON.stringify wrote and `head` and `tail` are
 * ASCII. Such a text has no control characters and no lone surrogates (JSON.stringify
 * writes both as \u escapes), so the only characters to escape are `"` and
 * `\`, and their bytes never occur inside a multi-byte UTF-8 sequence: the
 * escaped text is the bytes with a backslash before each of those two.
 */
export function withJsonStringOf(head: string, json: Uint8Array, tail: string): Uint8Array<ArrayBuffer> {
  let escapes = 0;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i];
    if (byte === QUOTE || byte === BACKSLASH) escapes += 1;
  }
  const headBytes = encoder.encode(head);
  const tailBytes = encoder.encode(tail);
  const out = new Uint8Array(headBytes.length + 1 + json.length + escapes + 1 + tailBytes.length);
  out.set(headBytes);
  let at = headBytes.length;
  out[at] = QUOTE;
  at += 1;
  for (let i = 0; i < json.length; i += 1) {
    const byte = json[i] ?? 0;
    if (byte === QUOTE || byte === BACKSLASH) {
      out[at] = BACKSLASH;
      at += 1;
    }
    out[at] = byte;
    at += 1;
  }
  out[at] = QUOTE;
  out.set(tailBytes, at + 1);
  return out;
}
