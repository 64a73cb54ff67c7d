import { randomBytes } from 'node:crypto';
import { constants as fsConstants } from 'node:fs';
import fs, { type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { Readable } from 'node:stream';
import {
  assertValidKey,
  assertValidPrefix,
  assertValidPutOptions,
  BlobExistsError,
  ContentMeter,
  isBytes,
  type BlobInfo,
  type BlobListEntry,
  type BlobObject,
  type BlobStore,
  type PutOptions,
  type PutResult,
} from './blob-store.js';

/**
 * The embedded blob store: one file per object under `rootDir`.
 *
 * On disk, key `cvs/42/original` is the file `cvs/42/original~blob`: the object's bytes followed by
 * a trailer (its content type, cache control, metadata, size and SHA-256 as JSON, then the JSON's
 * length and a magic tag). `~` is outside the key alphabet, so object files never collide with
 * the folders of longer keys (`a` and `a/b` may both exist, as on S3) nor with temporary files.
 *
 * One file, not a data file plus a sidecar, because then one rename publishes bytes and metadata
 * together: a put writes a temporary file in the same folder, flushes it and renames it into place
 * (or hard-links it, which fails if the name is taken, for `ifNoneMatch`), so a reader sees the old
 * object, the new one, or nothing, never half of one; and a reader that opened a file keeps reading
 * that version even if it is replaced or deleted meanwhile. A crash mid-put can leave a
 * `…~tmp-<hex>` file behind; it is never listed nor served, and is safe to remove.
 */

const OBJECT_SUFFIX = '~blob';
const TEMP_MARKER = '~tmp-';
const TRAILER_MAGIC = Buffer.from('r2w1');
const TAIL_LENGTH = 8; // uint32 JSON length + magic
const FILE_MODE = 0o600; // CVs are personal data
const DIR_MODE = 0o700;

interface Trailer {
  contentType: string;
  cacheControl?: string;
  metadata: Record<string, string>;
  size: number;
  sha256: string;
}

function isMissing(err: unknown): boolean {
  const code = (err as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}

async function writeAll(handle: FileHandle, bytes: Uint8Array): Promise<void> {
  let offset = 0;
  while (offset < bytes.byteLength) {
    const { bytesWritten } = await handle.write(bytes, offset, bytes.byteLength - offset);
    offset += bytesWritten;
  }
}

async function readExactly(handle: FileHandle, length: number, position: number): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let offset = 0;
  while (offset < length) {
    const { bytesRead } = await handle.read(buffer, offset, length - offset, position + offset);
    if (bytesRead === 0) throw new Error('unexpected end of blob file');
    offset += bytesRead;
  }
  return buffer;
}

function encodeTrailer(trailer: Trailer): Buffer {
  const json = Buffer.from(JSON.stringify(trailer));
  const tail = Buffer.alloc(TAIL_LENGTH);
  tail.writeUInt32BE(json.byteLength, 0);
  TRAILER_MAGIC.copy(tail, 4);
  return Buffer.concat([json, tail]);
}

async function readTrailer(handle: FileHandle, file: string): Promise<{ trailer: Trailer; mtime: Date }> {
  const stat = await handle.stat();
  const corrupt = () => new Error(`blob file ${file} is not in the expected format`);
  if (stat.size < TAIL_LENGTH) throw corrupt();
  const tail = await readExactly(handle, TAIL_LENGTH, stat.size - TAIL_LENGTH);
  if (!tail.subarray(4).equals(TRAILER_MAGIC)) throw corrupt();
  const jsonLength = tail.readUInt32BE(0);
  if (jsonLength > stat.size - TAIL_LENGTH) throw corrupt();
  const trailer = JSON.parse(
    (await readExactly(handle, jsonLength, stat.size - TAIL_LENGTH - jsonLength)).toString('utf8'),
  ) as Trailer;
  if (trailer.size !== stat.size - TAIL_LENGTH - jsonLength) throw corrupt();
  return { trailer, mtime: stat.mtime };
}

function toInfo(trailer: Trailer, mtime: Date): BlobInfo {
  return {
    contentType: trailer.contentType,
    cacheControl: trailer.cacheControl,
    size: trailer.size,
    metadata: { ...trailer.metadata },
    etag: `"${trailer.sha256}"`,
    lastModified: mtime,
  };
}

export function createLocalBlobStore({ rootDir }: { rootDir: string }): BlobStore {
  const root = path.resolve(rootDir);
  const rootPrefix = root.endsWith(path.sep) ? root : root + path.sep;

  /** The object file of a valid key; the containment check is a second line behind `assertValidKey`. */
  function objectFile(key: string): string {
    const file = path.join(root, ...key.split('/')) + OBJECT_SUFFIX;
    if (!file.startsWith(rootPrefix)) throw new Error(`blob key escapes the store: ${key}`);
    return file;
  }

  async function openObject(key: string): Promise<{ handle: FileHandle; trailer: Trailer; mtime: Date } | undefined> {
    const file = objectFile(key);
    let handle: FileHandle;
    try {
      handle = await fs.open(file, 'r');
    } catch (err) {
      if (isMissing(err)) return undefined;
      throw err;
    }
    try {
      return { handle, ...(await readTrailer(handle, file)) };
    } catch (err) {
      await handle.close();
      throw err;
    }
  }

  /** Opens a new temporary file next to `file`, creating folders; retries if a prune races it. */
  async function openTemp(file: string): Promise<{ temp: string; handle: FileHandle }> {
    const temp = `${file.slice(0, -OBJECT_SUFFIX.length)}${TEMP_MARKER}${randomBytes(8).toString('hex')}`;
    for (let attempt = 1; ; attempt++) {
      await fs.mkdir(path.dirname(file), { recursive: true, mode: DIR_MODE });
      try {
        return { temp, handle: await fs.open(temp, 'wx', FILE_MODE) };
      } catch (err) {
        // A concurrent delete removed the (then empty) folder between mkdir and open.
        if (!isMissing(err) || attempt >= 5) throw err;
      }
    }
  }

  /** Removes now-empty folders from `dir` up to (not including) the root. */
  async function prune(dir: string): Promise<void> {
    while (dir.startsWith(rootPrefix)) {
      try {
        await fs.rmdir(dir);
      } catch (err) {
        if (!isMissing(err)) return; // ENOTEMPTY and friends: still in use
      }
      dir = path.dirname(dir);
    }
  }

  /** Every object under `prefix` in ascending key order, reading one folder at a time. */
  async function* walk(prefix: string): AsyncGenerator<BlobListEntry & { file: string }> {
    const base = prefix.slice(0, prefix.lastIndexOf('/') + 1); // the folder part, '' or ending in '/'
    yield* walkDir(path.join(root, ...base.split('/').filter(Boolean)), base, prefix);
  }

  async function* walkDir(
    dir: string,
    keyPrefix: string,
    prefix: string,
  ): AsyncGenerator<BlobListEntry & { file: string }> {
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if (isMissing(err)) return;
      throw err;
    }
    // Sort as the keys sort: an object `x` is `x`, a folder `x` holds keys `x/…`.
    const named = entries
      .map((entry) => {
        if (entry.isDirectory() && !entry.name.includes('~')) return { entry, sortKey: `${entry.name}/`, isDir: true };
        if (entry.isFile() && entry.name.endsWith(OBJECT_SUFFIX)) {
          const name = entry.name.slice(0, -OBJECT_SUFFIX.length);
          if (!name.includes('~')) return { entry, sortKey: name, isDir: false };
        }
        return undefined; // temporary files and strays
      })
      .filter((e) => e !== undefined)
      .sort((a, b) => (a.sortKey < b.sortKey ? -1 : a.sortKey > b.sortKey ? 1 : 0));
    for (const { entry, sortKey, isDir } of named) {
      const key = keyPrefix + sortKey;
      const file = path.join(dir, entry.name);
      if (isDir) {
        if (key.startsWith(prefix) || prefix.startsWith(key)) yield* walkDir(file, key, prefix);
      } else if (key.startsWith(prefix)) {
        const object = await openObject(key);
        if (!object) continue; // deleted meanwhile
        await object.handle.close();
        yield { key, size: object.trailer.size, file };
      }
    }
  }

  return {
    async put(key: string, body: Buffer | Uint8Array | Readable, options: PutOptions): Promise<PutResult> {
      assertValidKey(key);
      assertValidPutOptions(options);
      const file = objectFile(key);
      let temp: string | undefined;
      let handle: FileHandle | undefined;
      try {
        // Fail fast, before reading the body; the hard link below is what makes it race-free.
        if (
          options.ifNoneMatch &&
          (await fs.stat(file).then(
            () => true,
            () => false,
          ))
        )
          throw new BlobExistsError(key);
        ({ temp, handle } = await openTemp(file));
        const meter = new ContentMeter();
        if (isBytes(body)) {
          meter.update(body);
          await writeAll(handle, body);
        } else {
          for await (const chunk of meter.through(body)) await writeAll(handle, chunk);
        }
        const sha256 = meter.digest();
        const trailer: Trailer = {
          contentType: options.contentType,
          metadata: { ...options.metadata },
          size: meter.size,
          sha256,
        };
        if (options.cacheControl !== undefined) trailer.cacheControl = options.cacheControl;
        await writeAll(handle, encodeTrailer(trailer));
        await handle.sync(); // an original must survive a crash right after we answered
        await handle.close();
        handle = undefined;
        if (options.ifNoneMatch) {
          try {
            await fs.link(temp, file); // atomic create-if-absent
          } catch (err) {
            if ((err as NodeJS.ErrnoException).code === 'EEXIST') throw new BlobExistsError(key);
            throw err;
          }
          await fs.unlink(temp);
        } else {
          await fs.rename(temp, file); // atomic replace
        }
        temp = undefined;
        return { key, size: meter.size, sha256 };
      } catch (err) {
        if (!isBytes(body)) body.destroy();
        await handle?.close().catch(() => undefined);
        if (temp) await fs.rm(temp, { force: true });
        throw err;
      }
    },

    async get(key: string): Promise<BlobObject | undefined> {
      assertValidKey(key);
      const object = await openObject(key);
      if (!object) return undefined;
      const { handle, trailer, mtime } = object;
      let body: Readable;
      if (trailer.size === 0) {
        await handle.close();
        body = Readable.from([]);
      } else {
        // The stream owns the handle and closes it when it ends or is destroyed.
        body = handle.createReadStream({ start: 0, end: trailer.size - 1 });
      }
      return { ...toInfo(trailer, mtime), body };
    },

    async head(key: string): Promise<BlobInfo | undefined> {
      assertValidKey(key);
      const object = await openObject(key);
      if (!object) return undefined;
      await object.handle.close();
      return toInfo(object.trailer, object.mtime);
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      const file = objectFile(key);
      try {
        await fs.unlink(file);
      } catch (err) {
        if (isMissing(err)) return;
        throw err;
      }
      await prune(path.dirname(file));
    },

    async deletePrefix(prefix: string): Promise<number> {
      assertValidPrefix(prefix, { folder: true });
      let count = 0;
      const dirs = new Set<string>();
      for await (const { file } of walk(prefix)) {
        try {
          await fs.unlink(file);
          count++;
          dirs.add(path.dirname(file));
        } catch (err) {
          if (!isMissing(err)) throw err;
        }
      }
      for (const dir of [...dirs].sort((a, b) => b.length - a.length)) await prune(dir);
      return count;
    },

    list(prefix: string): AsyncIterable<BlobListEntry> {
      assertValidPrefix(prefix, { folder: false });
      return (async function* () {
        for await (const { key, size } of walk(prefix)) yield { key, size };
      })();
    },

    async ping(): Promise<void> {
      await fs.mkdir(root, { recursive: true, mode: DIR_MODE });
      await fs.access(root, fsConstants.R_OK | fsConstants.W_OK);
    },

    async close(): Promise<void> {},
  };
}
