/**
 * Draws resources/icon.png (1024×1024 RGBA): a rounded dark-blue square with a
 * white "M" over a light-blue rule. Plain Node (zlib) so it runs offline and
 * the icon can be regenerated reproducibly: `node scripts/make-icon.mjs`.
 * electron-builder derives the .ico/.icns and Linux sizes from this PNG.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 1024;
const SAMPLES = 4; // 4×4 supersampling per pixel for smooth edges
const OUTPUT = new URL('../resources/icon.png', import.meta.url);

// Shapes in unit coordinates (0..1). macOS expects some transparent margin around the tile.
const TILE = { inset: 0.06, radius: 0.2 };
/** @type {Array<[number, number]>} */
const LETTER_M = [
  [0.25, 0.7], [0.25, 0.27], [0.355, 0.27], [0.5, 0.5], [0.645, 0.27], [0.75, 0.27],
  [0.75, 0.7], [0.65, 0.7], [0.65, 0.445], [0.5, 0.665], [0.35, 0.445], [0.35, 0.7],
];
const RULE = { x0: 0.25, x1: 0.75, y0: 0.75, y1: 0.785 };
const TOP_BLUE = [0x23, 0x5a, 0x9c];
const BOTTOM_BLUE = [0x14, 0x33, 0x5e];
const ACCENT = [0x8c, 0xc4, 0xff];

/** @param {number} x @param {number} y */
function insideTile(x, y) {
  const lo = TILE.inset + TILE.radius;
  const hi = 1 - TILE.inset - TILE.radius;
  const cx = Math.min(Math.max(x, lo), hi);
  const cy = Math.min(Math.max(y, lo), hi);
  const inSquare = x >= TILE.inset && x <= 1 - TILE.inset && y >= TILE.inset && y <= 1 - TILE.inset;
  return inSquare && (x - cx) ** 2 + (y - cy) ** 2 <= TILE.radius ** 2;
}

/** Even-odd rule. @param {number} x @param {number} y @param {Array<[number, number]>} polygon */
function insidePolygon(x, y, polygon) {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const [xi, yi] = /** @type {[number, number]} */ (polygon[i]);
    const [xj, yj] = /** @type {[number, number]} */ (polygon[j]);
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

/** @param {number} x @param {number} y @returns {number[] | null} RGB of the sample, null outside the tile */
function sample(x, y) {
  if (!insideTile(x, y)) return null;
  if (insidePolygon(x, y, LETTER_M)) return [255, 255, 255];
  if (x >= RULE.x0 && x <= RULE.x1 && y >= RULE.y0 && y <= RULE.y1) return ACCENT;
  return TOP_BLUE.map((top, channel) => Math.round(top + ((BOTTOM_BLUE[channel] ?? top) - top) * y));
}

function render() {
  const stride = SIZE * 4 + 1; // each scanline starts with its filter byte (0 = none)
  const raw = Buffer.alloc(stride * SIZE);
  for (let py = 0; py < SIZE; py++) {
    raw[py * stride] = 0;
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const color = sample((px + (sx + 0.5) / SAMPLES) / SIZE, (py + (sy + 0.5) / SAMPLES) / SIZE);
          if (!color) continue;
          r += color[0] ?? 0; g += color[1] ?? 0; b += color[2] ?? 0; covered++;
        }
      }
      const offset = py * stride + 1 + px * 4;
      if (covered > 0) {
        raw[offset] = Math.round(r / covered);
        raw[offset + 1] = Math.round(g / covered);
        raw[offset + 2] = Math.round(b / covered);
      }
      raw[offset + 3] = Math.round((covered / SAMPLES ** 2) * 255);
    }
  }
  return raw;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

/** @param {Buffer} bytes */
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/** @param {string} type @param {Buffer} data */
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng() {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(render(), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

mkdirSync(new URL('.', OUTPUT), { recursive: true });
writeFileSync(OUTPUT, encodePng());
console.log(`Wrote ${OUTPUT.pathname} (${SIZE}×${SIZE})`);
