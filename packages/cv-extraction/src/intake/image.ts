import { crc32 } from 'node:zlib';
import { imageSize } from 'image-size';
import type { InspectedFile } from '../extractor.js';
import { unprocessable } from './refusals.js';

export type ImageFormat = 'png' | 'jpeg' | 'webp';

/** A scan or photo of a CV is at least this big; anything smaller is an icon, not a page. */
export const MIN_IMAGE_SIDE = 16;
/** Larger than any scan at 600 dpi of an A3 page; beyond it lie decompression bombs. */
export const MAX_IMAGE_SIDE = 12_000;

const NAMES: Record<ImageFormat, string> = { png: 'PNG', jpeg: 'JPEG', webp: 'WEBP' };
const MEDIA_TYPES = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const;
const IMAGE_SIZE_TYPES: Record<ImageFormat, string> = { png: 'png', jpeg: 'jpg', webp: 'webp' };

/**
 * Checks the structure `image-size` does not: that the PNG header chunk is intact (its CRC) and
 * the file is complete (IEND), and that a WEBP's RIFF container is as long as it says.
 */
function structuralProblem(format: ImageFormat, bytes: Buffer): string | undefined {
  if (format === 'png') {
    if (bytes.length < 33 || bytes.readUInt32BE(8) !== 13 || bytes.toString('latin1', 12, 16) !== 'IHDR') {
      return 'its header (IHDR) is missing';
    }
    if (crc32(bytes.subarray(12, 29)) >>> 0 !== bytes.readUInt32BE(29)) return 'its header (IHDR) is damaged';
    if (bytes.lastIndexOf('IEND', undefined, 'latin1') < 0) return 'it is truncated (no IEND chunk)';
  }
  if (format === 'webp') {
    if (bytes.length < 20) return 'it is truncated';
    if (bytes.readUInt32LE(4) + 8 > bytes.length) return 'it is truncated (shorter than its RIFF header says)';
  }
  return undefined;
}

export function inspectImage(format: ImageFormat, bytes: Buffer): InspectedFile {
  const name = NAMES[format];
  const structural = structuralProblem(format, bytes);
  if (structural) throw unprocessable('corrupt', `The ${name} image cannot be read: ${structural}.`);
  let size: { width: number; height: number; type?: string };
  try {
    size = imageSize(bytes);
  } catch (error) {
    throw unprocessable('corrupt', `The ${name} image cannot be read: its header is broken.`, error);
  }
  if (size.type !== IMAGE_SIZE_TYPES[format] || !Number.isInteger(size.width) || !Number.isInteger(size.height)) {
    throw unprocessable('corrupt', `The ${name} image cannot be read: its header is broken.`);
  }
  const { width, height } = size;
  if (width <= MIN_IMAGE_SIDE || height <= MIN_IMAGE_SIDE) {
    throw unprocessable(
      'image-dimensions',
      `The ${name} image is only ${width}×${height} pixels: too small to hold a readable CV (more than ${MIN_IMAGE_SIDE} pixels per side are needed).`,
    );
  }
  if (width > MAX_IMAGE_SIDE || height > MAX_IMAGE_SIDE) {
    throw unprocessable(
      'image-dimensions',
      `The ${name} image is ${width}×${height} pixels; at most ${MAX_IMAGE_SIDE} pixels per side are accepted. Scale it down and upload again.`,
    );
  }
  return { kind: 'image', mediaType: MEDIA_TYPES[format] };
}
