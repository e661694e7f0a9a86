/**
 * Reading a zip someone sent us, without trusting it. The central directory
 * is read first, so the number of entries, their names and their declared
 * sizes are checked before one byte is inflated; entries whose data overlap
 * (the trick behind zip bombs that inflate to terabytes from kilobytes) are
 * refused. An entry is then inflated with fflate's streaming Inflate in
 * small chunks into a buffer of its declared size, and the moment it gives
 * more than declared, it stops: a bomb is never inflated in full.
 * Only what templates and Word documents use is read: stored or deflated
 * entries, no encryption, no ZIP64, no archives split over several files.
 */
import { Inflate, strFromU8 } from 'fflate';
import { fileProblem, type TemplateProblem } from './problems.ts';
import { formatBytes, type ZipLimits } from './limits.ts';
import { formatInteger } from '../format.ts';

export interface ZipEntry {
  /** The path inside the zip, `/`-separated. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: number;
  compressedSize: number;
  /** Declared inflated size; reading holds the entry to it. */
  size: number;
  crc32: number;
  /** Where the entry's local header starts, and where its data starts and ends. */
  headerOffset: number;
  dataStart: number;
  dataEnd: number;
}

export type ZipEntryRead = { ok: true; data: Uint8Array } | { ok: false; problem: TemplateProblem };

export interface SafeZip {
  readonly entries: readonly ZipEntry[];
  /** Entry by exact name. */
  find(name: string): ZipEntry | undefined;
  /** The entry's bytes, within the limits (also those of everything read so far from this zip). */
  read(entry: ZipEntry): ZipEntryRead;
}

export type SafeZipOpen = { ok: true; zip: SafeZip } | { ok: false; problem: TemplateProblem };

const crcTable = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n += 1) {
    let c = n;
    for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < data.length; i += 1) crc = (crcTable[(crc ^ (data[i] ?? 0)) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const u16 = (b: Uint8Array, at: number): number => (b[at] ?? 0) | ((b[at + 1] ?? 0) << 8);
const u32 = (b: Uint8Array, at: number): number => (u16(b, at) | (u16(b, at + 2) << 16)) >>> 0;

/** Whether the bytes start like a zip (a local file header, or the end record of an empty zip). */
export function looksLikeZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && ((bytes[2] === 0x03 && bytes[3] === 0x04) || (bytes[2] === 0x05 && bytes[3] === 0x06));
}

/** Why a path inside a zip would be unsafe to use as one: `..`, absolute, a drive letter, a NUL. */
export function unsafeZipPath(name: string): string | null {
  if (name.includes('\0')) return 'innehåller ett NUL-tecken';
  if (name.startsWith('/') || name.startsWith('\\')) return 'är en absolut sökväg';
  if (/^[A-Za-z]:/.test(name)) return 'börjar med en enhetsbokstav';
  if (name.split(/[/\\]/).some((part) => part === '..')) return 'innehåller ".." och pekar utanför paketet';
  return null;
}

/** Largest offset at which the end-of-central-directory record can start. */
function findEndRecord(bytes: Uint8Array): number {
  const last = bytes.length - 22;
  const first = Math.max(0, last - 0xffff);
  for (let at = last; at >= first; at -= 1) {
    if (bytes[at] === 0x50 && bytes[at + 1] === 0x4b && bytes[at + 2] === 0x05 && bytes[at + 3] === 0x06 && at + 22 + u16(bytes, at + 20) <= bytes.length) return at;
  }
  return -1;
}

/**
 * Opens a zip: reads and checks its directory. `label` names it in messages
 * ("Zip-filen", "Referensdokumentet referens.docx").
 */
export function openZip(bytes: Uint8Array, limits: ZipLimits, label: string): SafeZipOpen {
  const fail = (code: Parameters<typeof fileProblem>[0], message: string): SafeZipOpen => ({ ok: false, problem: fileProblem(code, `${label} ${message}`) });
  const end = findEndRecord(bytes);
  if (end < 0) {
    return looksLikeZip(bytes)
      ? fail('truncated', 'är avkortad: innehållsförteckningen i slutet av filen saknas. Filen har troligen inte kopierats eller laddats ner helt.')
      : fail('corruptZip', 'är ingen giltig zip-fil.');
  }
  const count = u16(bytes, end + 10);
  const directorySize = u32(bytes, end + 12);
  const directoryOffset = u32(bytes, end + 16);
  if (count === 0xffff || directorySize === 0xffffffff || directoryOffset === 0xffffffff)
    return fail('unsupportedZip', 'använder ZIP64, som varken en mall, ett Word-dokument eller en Excel-arbetsbok behöver. Packa filerna med en vanlig zip.');
  if (u16(bytes, end + 4) !== 0 || u16(bytes, end + 6) !== 0 || u16(bytes, end + 8) !== count)
    return fail('unsupportedZip', 'är delad i flera filer, vilket inte stöds. Packa filerna i en enda zip.');
  if (count > limits.maxEntries)
    return fail('tooManyEntries', `innehåller ${formatInteger(count)} filer; högst ${formatInteger(limits.maxEntries)} är tillåtna. Filen lästes inte in.`);
  if (directoryOffset + directorySize > end) return fail('corruptZip', 'är skadad: innehållsförteckningen pekar utanför filen.');

  const entries: ZipEntry[] = [];
  const names = new Set<string>();
  let at = directoryOffset;
  for (let i = 0; i < count; i += 1) {
    if (at + 46 > end || u32(bytes, at) !== 0x02014b50) return fail('corruptZip', 'är skadad: innehållsförteckningen går inte att läsa.');
    const flags = u16(bytes, at + 8);
    const method = u16(bytes, at + 10);
    const compressedSize = u32(bytes, at + 20);
    const size = u32(bytes, at + 24);
    const nameLength = u16(bytes, at + 28);
    const next = at + 46 + nameLength + u16(bytes, at + 30) + u16(bytes, at + 32);
    if (next > end) return fail('corruptZip', 'är skadad: innehållsförteckningen går inte att läsa.');
    const name = strFromU8(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) === 0);
    const unsafe = unsafeZipPath(name);
    if (unsafe !== null) return fail('unsafePath', `innehåller filen "${name}", vars sökväg ${unsafe}. Filen lästes inte in.`);
    if (names.has(name)) return fail('corruptZip', `är skadad: filen "${name}" finns två gånger.`);
    names.add(name);
    if (flags & 0x1) return fail('unsupportedZip', `innehåller den krypterade filen "${name}". Packa filerna utan lösenord.`);
    if (method !== 0 && method !== 8) return fail('unsupportedZip', `packar "${name}" med en komprimeringsmetod som inte stöds (nummer ${method}).`);
    if (compressedSize === 0xffffffff || size === 0xffffffff) return fail('unsupportedZip', 'använder ZIP64, som varken en mall, ett Word-dokument eller en Excel-arbetsbok behöver. Packa filerna med en vanlig zip.');

    const headerOffset = u32(bytes, at + 42);
    if (headerOffset + 30 > directoryOffset || u32(bytes, headerOffset) !== 0x04034b50)
      return fail('corruptZip', `är skadad: filen "${name}" finns inte där innehållsförteckningen säger.`);
    const dataStart = headerOffset + 30 + u16(bytes, headerOffset + 26) + u16(bytes, headerOffset + 28);
    const dataEnd = dataStart + compressedSize;
    if (dataEnd > directoryOffset) return fail('truncated', `är skadad eller avkortad: filen "${name}" tar slut för tidigt.`);
    entries.push({ name, method, compressedSize, size, crc32: u32(bytes, at + 16), headerOffset, dataStart, dataEnd });
    at = next;
  }

  const byOffset = [...entries].sort((a, b) => a.headerOffset - b.headerOffset);
  for (let i = 1; i < byOffset.length; i += 1) {
    const before = byOffset[i - 1] as ZipEntry;
    const entry = byOffset[i] as ZipEntry;
    if (entry.headerOffset < before.dataEnd)
      return fail('corruptZip', `är konstruerad för att lura: "${before.name}" och "${entry.name}" delar samma data, som i en zip-bomb. Filen lästes inte in.`);
  }

  let inflatedSoFar = 0;
  const byName = new Map(entries.map((e) => [e.name, e]));
  const zip: SafeZip = {
    entries,
    find: (name) => byName.get(name),
    read(entry) {
      const result = readEntry(bytes, entry, limits, inflatedSoFar, label);
      if (result.ok) inflatedSoFar += result.data.length;
      return result;
    },
  };
  return { ok: true, zip };
}

/** Compressed bytes handed to Inflate at a time; one push can give at most about 1 000 times this. */
const chunkBytes = 4096;

function readEntry(bytes: Uint8Array, entry: ZipEntry, limits: ZipLimits, inflatedSoFar: number, label: string): ZipEntryRead {
  const fail = (code: Parameters<typeof fileProblem>[0], message: string): ZipEntryRead => ({ ok: false, problem: fileProblem(code, `${label}: ${message}`) });
  const name = `"${entry.name}"`;
  if (entry.size > limits.maxEntryBytes)
    return fail('inflateLimit', `${name} packas upp till ${formatBytes(entry.size)}; gränsen är ${formatBytes(limits.maxEntryBytes)} per fil. Filen lästes inte in.`);
  if (inflatedSoFar + entry.size > limits.maxTotalBytes)
    return fail('inflateLimit', `filerna packas upp till mer än ${formatBytes(limits.maxTotalBytes)} tillsammans. Filen lästes inte in.`);
  if (entry.size > limits.ratioFloorBytes && entry.size > entry.compressedSize * limits.maxRatio)
    return fail('inflateLimit', `${name} packas upp ${formatInteger(Math.round(entry.size / Math.max(1, entry.compressedSize)))} gånger sin packade storlek, vilket ingen riktig mall, Word- eller Excel-fil gör (en zip-bomb). Filen lästes inte in.`);

  const compressed = bytes.subarray(entry.dataStart, entry.dataEnd);
  let data: Uint8Array;
  if (entry.method === 0) {
    if (entry.compressedSize !== entry.size) return fail('corruptZip', `${name} är skadad: storleken stämmer inte.`);
    data = compressed.slice();
  } else {
    data = new Uint8Array(entry.size);
    let written = 0;
    let overflow = false;
    const inflater = new Inflate((chunk) => {
      if (overflow) return;
      if (written + chunk.length > entry.size) {
        overflow = true;
        return;
      }
      data.set(chunk, written);
      written += chunk.length;
    });
    try {
      for (let offset = 0; offset < compressed.length && !overflow; offset += chunkBytes) {
        const last = offset + chunkBytes >= compressed.length;
        inflater.push(compressed.subarray(offset, offset + chunkBytes), last);
      }
      if (compressed.length === 0) inflater.push(new Uint8Array(0), true);
    } catch {
      return fail('corruptZip', `${name} är skadad: den packade datan går inte att packa upp.`);
    }
    if (overflow)
      return fail('inflateLimit', `${name} packas upp till mer än de ${formatBytes(entry.size)} som zip-filen anger; uppackningen avbröts. Filen är skadad eller konstruerad för att lura (en zip-bomb) och lästes inte in.`);
    if (written !== entry.size) return fail('corruptZip', `${name} är skadad eller avkortad: den ger ${formatBytes(written)} i stället för ${formatBytes(entry.size)}.`);
  }
  if (crc32(data) !== entry.crc32) return fail('corruptZip', `${name} är skadad: kontrollsumman stämmer inte.`);
  return { ok: true, data };
}
