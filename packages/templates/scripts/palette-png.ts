import { crc32, deflateSync } from 'node:zlib';

/**
 * Encodes RGBA pixels as an 8-bit palette PNG of at most 256 colours: the most frequent colours
 * (at 5 bits a channel) are kept and every other pixel takes the nearest. A screenshot of a page is
 * mostly flat colour and anti-aliased text, so this keeps it sharp at a fraction of the size of the
 * true-colour PNG Chromium writes.
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Buffer {
  const keyOf = (i: number) => ((rgba[i]! >> 3) << 10) | ((rgba[i + 1]! >> 3) << 5) | (rgba[i + 2]! >> 3);
  const count = new Uint32Array(1 << 15);
  const sums = new Float64Array((1 << 15) * 3);
  for (let i = 0; i < rgba.length; i += 4) {
    const k = keyOf(i);
    count[k] = count[k]! + 1;
    for (let c = 0; c < 3; c++) sums[k * 3 + c] = sums[k * 3 + c]! + rgba[i + c]!;
  }
  const used = [...count.keys()].filter((k) => count[k]! > 0).sort((a, b) => count[b]! - count[a]!);
  const kept = used.slice(0, 256);
  const palette = kept.map(
    (k) => [0, 1, 2].map((c) => Math.round(sums[k * 3 + c]! / count[k]!)) as [number, number, number],
  );
  const index = new Int16Array(1 << 15).fill(-1);
  kept.forEach((k, i) => (index[k] = i));
  for (const k of used.slice(256)) {
    const [r, g, b] = [0, 1, 2].map((c) => sums[k * 3 + c]! / count[k]!) as [number, number, number];
    let best = 0;
    let bestDistance = Infinity;
    palette.forEach(([pr, pg, pb], i) => {
      const d = (pr - r) ** 2 + (pg - g) ** 2 + (pb - b) ** 2;
      if (d < bestDistance) [best, bestDistance] = [i, d];
    });
    index[k] = best;
  }
  const rows = Buffer.alloc(height * (width + 1));
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) rows[y * (width + 1) + 1 + x] = index[keyOf((y * width + x) * 4)]!;
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8); // 8-bit, palette
  return Buffer.concat([
    Buffer.from([137, 80, 78, 71, 13, 10, 26, 10]),
    chunk('IHDR', header),
    chunk('PLTE', Buffer.from(palette.flat())),
    chunk('IDAT', deflateSync(rows, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

function chunk(type: string, data: Buffer): Buffer {
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const out = Buffer.alloc(body.length + 8);
  out.writeUInt32BE(data.length, 0);
  body.copy(out, 4);
  out.writeUInt32BE(crc32(body), body.length + 4);
  return out;
}
