import { createHash } from 'node:crypto';
import type { AssetFiles } from '../adapters/asset-files.js';
import { expiringCache, type ExpiringCache } from './expiring-cache.js';

/** A release file with what caches and Subresource Integrity need. */
export interface StaticAsset {
  bytes: Uint8Array;
  /** Hex SHA-256 of the bytes. */
  sha256: string;
  /** A strong ETag: the quoted first 32 hex digits of the SHA-256. */
  etag: string;
  /** Subresource Integrity: `sha384-` and the base64 SHA-384. */
  integrity: string;
}

/**
 * Release files read once and kept with their hashes for `ttlMs` (a rebuilt widget bundle shows up
 * after that long; the files of a deployed release never change).
 */
export class StaticAssets {
  private readonly cache: ExpiringCache<StaticAsset | null>;

  constructor(files: AssetFiles, options: { ttlMs: number; maxEntries?: number }) {
    this.cache = expiringCache({
      ttlMs: options.ttlMs,
      maxEntries: options.maxEntries ?? 64,
      load: async (name) => {
        const bytes = await files.read(name);
        return bytes === undefined ? null : staticAssetOf(bytes);
      },
    });
  }

  async get(name: string): Promise<StaticAsset | undefined> {
    return (await this.cache.get(name)) ?? undefined;
  }
}

/** Bytes with their hashes (ETag, SRI), for files read from disk and for pages rendered once. */
export function staticAssetOf(bytes: Uint8Array): StaticAsset {
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return {
    bytes,
    sha256,
    etag: `"${sha256.slice(0, 32)}"`,
    integrity: `sha384-${createHash('sha384').update(bytes).digest('base64')}`,
  };
}
