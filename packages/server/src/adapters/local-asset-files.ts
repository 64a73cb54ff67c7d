import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { AssetFiles } from './asset-files.js';

/** One path segment: no separator, no `.` or `..`, nothing hidden. */
const FLAT_NAME = /^[A-Za-z0-9_][A-Za-z0-9._-]*$/;
const MISSING = new Set(['ENOENT', 'ENOTDIR', 'EISDIR']);

/** Asset files in a folder on this machine (a package's `thumbnails/` or `dist/`). */
export function createLocalAssetFiles(root: string): AssetFiles {
  const folder = path.resolve(root);
  return {
    async read(name) {
      if (!FLAT_NAME.test(name) || name.length > 255) return undefined;
      try {
        return new Uint8Array(await readFile(path.join(folder, name)));
      } catch (err) {
        if (MISSING.has((err as NodeJS.ErrnoException).code ?? '')) return undefined;
        throw err;
      }
    },
  };
}
