import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gzipped = promisify(gzip);
import type { StaticAsset } from '../services/static-assets.js';

export type ContentCoding = 'br' | 'gzip';

/** Text worth compressing (scripts, styles, pages, JSON, SVG); images and archives are compressed already. */
const COMPRESSIBLE = /^(text\/|application\/(javascript|json)|image\/svg\+xml)/;
/** Below this the headers outweigh the savings. */
const MIN_BYTES = 1024;
/** Compressed copies kept, by content hash: a release's files, a few builds' worth. */
const MAX_ENTRIES = 128;

const compressed = new Map<string, Uint8Array>();

export function isCompressible(type: string, asset: StaticAsset): boolean {
  return COMPRESSIBLE.test(type) && asset.bytes.byteLength >= MIN_BYTES;
}

/**
 * The asset's bytes in `coding`, compressed once per content (not per request: release files are
 * immutable and a rendered shell changes only with a new build), off the event loop, the copies
 * kept by recent use.
 */
export async function encodedBytes(asset: StaticAsset, coding: ContentCoding): Promise<Uint8Array> {
  const key = `${asset.sha256}:${coding}`;
  let bytes = compressed.get(key);
  if (bytes) {
    compressed.delete(key);
  } else {
    bytes =
      coding === 'br'
        ? await brotli(asset.bytes, {
            params: {
              [constants.BROTLI_PARAM_QUALITY]: 10,
              [constants.BROTLI_PARAM_SIZE_HINT]: asset.bytes.byteLength,
            },
          })
        : await gzipped(asset.bytes, { level: 9 });
    if (compressed.size >= MAX_ENTRIES) compressed.delete(compressed.keys().next().value!);
  }
  compressed.set(key, bytes);
  return bytes;
}
