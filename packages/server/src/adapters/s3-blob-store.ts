import { Readable } from 'node:stream';
import {
  DeleteObjectCommand,
  DeleteObjectsCommand,
  GetObjectCommand,
  HeadBucketCommand,
  HeadObjectCommand,
  paginateListObjectsV2,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type PutObjectCommandInput,
} from '@aws-sdk/client-s3';
import { Upload } from '@aws-sdk/lib-storage';
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
 * The production blob store: S3, or any S3-compatible store through `endpoint` (+ `forcePathStyle`
 * for servers that do not route by host name). The only module importing `@aws-sdk/*`.
 *
 * - Every object is written with `ServerSideEncryption: AES256`, whatever the bucket's default.
 * - `ifNoneMatch` sends `If-None-Match: *`, which S3 turns into an atomic create-if-absent (412
 *   otherwise). Stores that ignore it (s3rver, older S3-compatible servers) need
 *   `conditionalWritesUnsupported: true`: the store then checks with HeadObject first, which is not
 *   atomic (two racing writers can both pass) — fine for tests, not for production.
 * - Buffers go up in one PutObject carrying their SHA-256 (`ChecksumSHA256`), so S3 verifies the
 *   bytes it stored. Streams of unknown length go through `@aws-sdk/lib-storage`'s Upload: one
 *   PutObject when they fit in one part, otherwise a multipart upload, holding at most about
 *   `PART_SIZE × (QUEUE_SIZE + 1)` bytes in memory whatever the stream's length.
 */

export interface S3BlobStoreOptions {
  bucket: string;
  region: string;
  /** An S3-compatible store's URL; unset for AWS. */
  endpoint?: string | undefined;
  forcePathStyle?: boolean | undefined;
  /** Unset: the SDK's default chain (environment, web identity on Kubernetes, instance role…). */
  credentials?: { accessKeyId: string; secretAccessKey: string; sessionToken?: string } | undefined;
  /** See the module comment; only for stores that ignore `If-None-Match` on PUT. */
  conditionalWritesUnsupported?: boolean | undefined;
}

/** The S3 store exposes its client so tests (and diagnostics) can add SDK middleware. */
export interface S3BlobStore extends BlobStore {
  readonly client: S3Client;
}

const PART_SIZE = 5 * 1024 * 1024; // S3's minimum part size
const QUEUE_SIZE = 2;
const DELETE_BATCH = 1000; // DeleteObjects' limit, and ListObjectsV2's page size

function isNotFound(err: unknown): boolean {
  return err instanceof S3ServiceException && (err.name === 'NoSuchKey' || err.name === 'NotFound');
}

function isPreconditionFailed(err: unknown): boolean {
  return (
    err instanceof S3ServiceException && (err.name === 'PreconditionFailed' || err.$metadata.httpStatusCode === 412)
  );
}

export function createS3BlobStore(options: S3BlobStoreOptions): S3BlobStore {
  const { bucket } = options;
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint !== undefined && { endpoint: options.endpoint }),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials !== undefined && { credentials: options.credentials }),
    // Fail fast on an unreachable endpoint; requestTimeout is the socket's idle limit, not a deadline.
    requestHandler: { connectionTimeout: 5_000, requestTimeout: 60_000 },
  });
  let closed = false;

  async function head(key: string): Promise<BlobInfo | undefined> {
    try {
      const res = await client.send(new HeadObjectCommand({ Bucket: bucket, Key: key }));
      return toBlobInfo(res);
    } catch (err) {
      if (isNotFound(err)) return undefined;
      throw err;
    }
  }

  async function* listFrom(prefix: string): AsyncGenerator<BlobListEntry> {
    const pages = paginateListObjectsV2({ client, pageSize: DELETE_BATCH }, { Bucket: bucket, Prefix: prefix });
    for await (const page of pages) {
      for (const object of page.Contents ?? []) {
        // A store that ignored Prefix must not make us touch other keys.
        if (object.Key === undefined || !object.Key.startsWith(prefix)) continue;
        yield { key: object.Key, size: object.Size ?? 0 };
      }
    }
  }

  async function deleteBatch(keys: string[]): Promise<void> {
    const res = await client.send(
      new DeleteObjectsCommand({ Bucket: bucket, Delete: { Objects: keys.map((Key) => ({ Key })), Quiet: true } }),
    );
    const failed = res.Errors ?? [];
    if (failed.length > 0) {
      const [first] = failed;
      throw new Error(
        `S3 did not delete ${failed.length} object(s), e.g. "${first?.Key}": ${first?.Code} ${first?.Message}`,
      );
    }
  }

  return {
    client,

    async put(key: string, body: Buffer | Uint8Array | Readable, putOptions: PutOptions): Promise<PutResult> {
      assertValidKey(key);
      assertValidPutOptions(putOptions);
      const emulate = putOptions.ifNoneMatch === true && options.conditionalWritesUnsupported === true;
      const params: PutObjectCommandInput = {
        Bucket: bucket,
        Key: key,
        ContentType: putOptions.contentType,
        ...(putOptions.cacheControl !== undefined && { CacheControl: putOptions.cacheControl }),
        Metadata: { ...putOptions.metadata },
        ServerSideEncryption: 'AES256',
        ...(putOptions.ifNoneMatch && !emulate && { IfNoneMatch: '*' }),
      };
      const meter = new ContentMeter();
      try {
        if (emulate && (await head(key))) throw new BlobExistsError(key);
        if (isBytes(body)) {
          meter.update(body);
          const sha256 = meter.digest();
          await client.send(
            new PutObjectCommand({
              ...params,
              Body: body,
              ContentLength: body.byteLength,
              ChecksumSHA256: Buffer.from(sha256, 'hex').toString('base64'),
            }),
          );
          return { key, size: meter.size, sha256 };
        }
        const upload = new Upload({
          client,
          params: { ...params, Body: Readable.from(meter.through(body)) },
          partSize: PART_SIZE,
          queueSize: QUEUE_SIZE,
        });
        await upload.done();
        return { key, size: meter.size, sha256: meter.digest() };
      } catch (err) {
        if (!isBytes(body)) body.destroy();
        if (isPreconditionFailed(err)) throw new BlobExistsError(key);
        throw err;
      }
    },

    async get(key: string): Promise<BlobObject | undefined> {
      assertValidKey(key);
      try {
        const res = await client.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
        // In Node the SDK's body is an http.IncomingMessage.
        return { body: res.Body as Readable, ...toBlobInfo(res) };
      } catch (err) {
        if (isNotFound(err)) return undefined;
        throw err;
      }
    },

    async head(key: string): Promise<BlobInfo | undefined> {
      assertValidKey(key);
      return head(key);
    },

    async delete(key: string): Promise<void> {
      assertValidKey(key);
      await client.send(new DeleteObjectCommand({ Bucket: bucket, Key: key })); // S3 answers 204 for absent keys
    },

    async deletePrefix(prefix: string): Promise<number> {
      assertValidPrefix(prefix, { folder: true });
      // Listing goes on from the last key seen, so deleting each page as it comes is safe.
      let count = 0;
      let batch: string[] = [];
      for await (const { key } of listFrom(prefix)) {
        batch.push(key);
        if (batch.length === DELETE_BATCH) {
          await deleteBatch(batch);
          count += batch.length;
          batch = [];
        }
      }
      if (batch.length > 0) {
        await deleteBatch(batch);
        count += batch.length;
      }
      return count;
    },

    list(prefix: string): AsyncIterable<BlobListEntry> {
      assertValidPrefix(prefix, { folder: false });
      return listFrom(prefix);
    },

    async ping(): Promise<void> {
      await client.send(new HeadBucketCommand({ Bucket: bucket }));
    },

    async close(): Promise<void> {
      if (closed) return;
      closed = true;
      client.destroy();
    },
  };
}

/** HeadObject and GetObject answer with the same headers; one mapping for both. */
function toBlobInfo(res: {
  ContentType?: string | undefined;
  CacheControl?: string | undefined;
  ContentLength?: number | undefined;
  Metadata?: Record<string, string> | undefined;
  ETag?: string | undefined;
  LastModified?: Date | undefined;
}): BlobInfo {
  return {
    contentType: res.ContentType ?? 'application/octet-stream',
    cacheControl: res.CacheControl,
    size: res.ContentLength ?? 0,
    metadata: { ...res.Metadata },
    etag: res.ETag ?? '',
    lastModified: res.LastModified ?? new Date(0),
  };
}
