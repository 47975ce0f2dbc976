// Draws the add-in's icons (assets/icon-16/32/64/80/128.png): the client pyramid in the analysis sheet's colours
// on the heading blue. Pure Node (a PNG is zlib-deflated RGBA rows plus three chunks with a CRC), so no image
// tool is needed and anyone can change the drawing and re-run: `node scripts/icons.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync } from 'node:fs';
import { Buffer } from 'node:buffer';

export const SIZES = [16, 32, 64, 80, 128];

const hex = (h) => [parseInt(h.slice(1, 3), 16), parseInt(h.slice(3, 5), 16), parseInt(h.slice(5, 7), 16)];
const BACKGROUND = hex('#1F4E79');
// Top to bottom, as a typical firm's pyramid: profitable top tiers, a thin middle, a loss-making base
// (src/core/report/build.ts COLORS.profit, thin, loss).
const BANDS = ['#A9D18E', '#A9D18E', '#FFD966', '#F4A582'].map(hex);

/** The colour at a point of the unit square, or null outside the icon. */
function colourAt(x, y) {
  // Rounded square.
  const r = 0.18;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // The pyramid: apex at the top, four bands with a gap between them.
  const top = 0.16;
  const base = 0.84;
  const half = 0.38;
  if (y >= top && y <= base && Math.abs(x - 0.5) <= (half * (y - top)) / (base - top)) {
    const band = Math.min(BANDS.length - 1, Math.floor(((y - top) / (base - top)) * BANDS.length));
    const bandTop = top + ((base - top) * band) / BANDS.length;
    if (band > 0 && y - bandTop < 0.035) return BACKGROUND;
    return BANDS[band];
  }
  return BACKGROUND;
}

/** RGBA pixels with 4 × 4 supersampling, so the slopes are smooth even at 16 px. */
function draw(size) {
  const pixels = Buffer.alloc(size * size * 4);
  const n = 4;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let [r, g, b, a] = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          a += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (a > 0) {
        pixels[i] = Math.round(r / a);
        pixels[i + 1] = Math.round(g / a);
        pixels[i + 2] = Math.round(b / a);
      }
      pixels[i + 3] = Math.round((255 * a) / (n * n));
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A PNG file of `size` × `size` RGBA pixels. */
export function png(size, pixels = draw(size)) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) pixels.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  for (const size of SIZES) {
    writeFileSync(`assets/icon-${size}.png`, png(size));
    console.log(`assets/icon-${size}.png`);
  }
}
