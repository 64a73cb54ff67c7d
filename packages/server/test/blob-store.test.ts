import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  BlobExistsError,
  InvalidBlobKeyError,
  InvalidBlobOptionsError,
  type BlobStore,
  type PutOptions,
} from '../src/adapters/blob-store.js';
import { createLocalBlobStore } from '../src/adapters/local-blob-store.js';
import { createS3BlobStore, type S3BlobStore } from '../src/adapters/s3-blob-store.js';
import { S3_TEST_CREDENTIALS, startS3TestServer, type S3TestServer } from './support/s3-test-server.js';

// Every call into node:fs/promises (all the local store's I/O) is counted, so a test can show that
// a hostile key is refused before the store touches the disk.
const fsCalls = vi.hoisted(() => ({ count: 0 }));
vi.mock('node:fs/promises', async (importOriginal) => {
  const real = await importOriginal<Record<string, unknown>>();
  const counted = Object.fromEntries(
    Object.entries(real).map(([name, value]) => [
      name,
      typeof value === 'function'
        ? (...args: unknown[]) => {
            fsCalls.count++;
            return (value as (...a: unknown[]) => unknown)(...args);
          }
        : value,
    ]),
  );
  return { ...counted, default: counted };
});

interface CapturedRequest {
  method: string;
  path: string;
  query: Record<string, unknown>;
  headers: Record<string, string>;
  bodyBytes: number;
}

interface Harness {
  store: BlobStore;
  /** I/O operations so far: file system calls (local) or HTTP requests (S3). */
  ioCount(): number;
  /** Bytes that have reached storage: on disk (local) or handed to the HTTP layer (S3). */
  bytesStored(): Promise<number>;
  /** HTTP requests sent (S3 only). */
  requests?: CapturedRequest[];
  cleanup(): Promise<void>;
}

function fileBytesUnder(dir: string): number {
  let total = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += fs.statSync(path.join(entry.parentPath, entry.name)).size;
  }
  return total;
}

function captureRequests(store: S3BlobStore): CapturedRequest[] {
  const requests: CapturedRequest[] = [];
  store.client.middlewareStack.add(
    (next) => async (args) => {
      const request = args.request as Omit<CapturedRequest, 'bodyBytes'> & { body: unknown };
      requests.push({
        method: request.method,
        path: request.path,
        query: { ...request.query },
        headers: Object.fromEntries(Object.entries(request.headers).map(([k, v]) => [k.toLowerCase(), v])),
        bodyBytes: request.body instanceof Uint8Array ? request.body.byteLength : 0,
      });
      return next(args);
    },
    { step: 'finalizeRequest', priority: 'low', name: 'captureRequests' },
  );
  return requests;
}

function s3StoreFor(server: S3TestServer, overrides: { conditionalWritesUnsupported?: boolean } = {}): S3BlobStore {
  return createS3BlobStore({
    bucket: server.bucket,
    region: server.region,
    endpoint: server.endpoint,
    forcePathStyle: true,
    credentials: S3_TEST_CREDENTIALS,
    conditionalWritesUnsupported: true, // s3rver ignores If-None-Match
    ...overrides,
  });
}

async function createLocalHarness(): Promise<Harness & { rootDir: string }> {
  // The root sits alone in a folder of its own, so a test can see that nothing is written beside it.
  const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'r2w-blobs-'));
  const rootDir = path.join(parent, 'root');
  fs.mkdirSync(rootDir);
  return {
    rootDir,
    store: createLocalBlobStore({ rootDir }),
    ioCount: () => fsCalls.count,
    bytesStored: async () => fileBytesUnder(rootDir),
    async cleanup() {
      fs.rmSync(parent, { recursive: true, force: true });
    },
  };
}

async function createS3Harness(): Promise<Harness & { server: S3TestServer }> {
  const server = await startS3TestServer();
  const store = s3StoreFor(server);
  const requests = captureRequests(store);
  return {
    server,
    store,
    requests,
    ioCount: () => requests.length,
    bytesStored: async () => requests.reduce((sum, r) => sum + (r.method === 'PUT' ? r.bodyBytes : 0), 0),
    async cleanup() {
      await store.close();
      await server.close();
    },
  };
}

const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function readAll(body: Readable): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

async function hashStream(body: Readable): Promise<{ sha256: string; size: number }> {
  const hash = createHash('sha256');
  let size = 0;
  for await (const chunk of body) {
    hash.update(chunk as Buffer);
    size += (chunk as Buffer).byteLength;
  }
  return { sha256: hash.digest('hex'), size };
}

/**
 * A stream of `total` random bytes made on the fly (no length known in advance). `onProgress` runs
 * every `every` bytes produced, before the next chunk is made.
 */
function generatedStream(
  total: number,
  options: {
    chunkSize?: number;
    every?: number;
    onProgress?: (produced: number) => Promise<void>;
    failAt?: number;
  } = {},
): { stream: Readable; expected: () => { sha256: string; size: number } } {
  const { chunkSize = 64 * 1024, every = 1024 * 1024, onProgress, failAt } = options;
  const hash = createHash('sha256');
  let produced = 0;
  async function* chunks() {
    let nextReport = every;
    while (produced < total) {
      if (failAt !== undefined && produced >= failAt) throw new Error('source stream broke');
      const chunk = randomBytes(Math.min(chunkSize, total - produced));
      hash.update(chunk);
      produced += chunk.byteLength;
      yield chunk;
      if (onProgress && produced >= nextReport) {
        nextReport += every;
        await onProgress(produced);
      }
    }
  }
  return { stream: Readable.from(chunks()), expected: () => ({ sha256: hash.digest('hex'), size: produced }) };
}

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const item of iterable) out.push(item);
  return out;
}

async function inBatches<T>(items: T[], size: number, fn: (item: T) => Promise<unknown>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(fn));
}

const HOSTILE_KEYS = [
  '../x',
  '/etc/passwd',
  'a//b',
  'a/../b',
  '%2e%2e/x',
  'x'.repeat(600),
  'ключ/файл',
  'cafe\u0301.pdf',
  'emoji-😀',
  '',
  '.',
  '..',
  'a/./b',
  'a/',
  'a\\b',
  'C:\\windows',
  'a\u0000b',
  'a b',
  'a\nb',
  `${'s'.repeat(201)}/x`,
];
const HOSTILE_PREFIXES = ['../', '/etc/', 'a//', 'a/../', '%2e%2e/', 'ключ/', '..', `${'x'.repeat(600)}/`];

describe.each([
  { kind: 'local', create: createLocalHarness },
  { kind: 's3', create: createS3Harness },
] as const)('BlobStore contract: $kind', ({ kind, create }) => {
  let h: Harness;
  let store: BlobStore;

  beforeAll(async () => {
    h = await create();
    store = h.store;
  });
  afterAll(async () => {
    await h?.cleanup();
  });

  it('round-trips binary data byte for byte, with its size and SHA-256', async () => {
    const bytes = Buffer.concat([Buffer.from(Array.from({ length: 256 }, (_, i) => i)), randomBytes(100_000)]);
    const result = await store.put('roundtrip/original', bytes, { contentType: 'application/pdf' });
    expect(result).toEqual({ key: 'roundtrip/original', size: bytes.byteLength, sha256: sha256(bytes) });

    const got = await store.get('roundtrip/original');
    expect(got).toBeDefined();
    expect(got!.size).toBe(bytes.byteLength);
    expect(got!.contentType).toBe('application/pdf');
    expect((await readAll(got!.body)).equals(bytes)).toBe(true);

    // A plain Uint8Array (not a Buffer) and an empty object work too.
    const plain = new Uint8Array([0, 255, 1, 254]);
    expect((await store.put('roundtrip/plain', plain, { contentType: 'application/octet-stream' })).sha256).toBe(
      sha256(plain),
    );
    expect([...(await readAll((await store.get('roundtrip/plain'))!.body))]).toEqual([0, 255, 1, 254]);
    const empty = await store.put('roundtrip/empty', Buffer.alloc(0), { contentType: 'text/plain' });
    expect(empty).toEqual({ key: 'roundtrip/empty', size: 0, sha256: sha256(Buffer.alloc(0)) });
    const gotEmpty = await store.get('roundtrip/empty');
    expect(gotEmpty!.size).toBe(0);
    expect((await readAll(gotEmpty!.body)).byteLength).toBe(0);
  });

  it('streams a body of unknown length through without holding it in memory', async () => {
    const total = 32 * 1024 * 1024;
    const baseline = await h.bytesStored(); // earlier tests' objects
    let maxLead = 0;
    const source = generatedStream(total, {
      onProgress: async (produced) => {
        maxLead = Math.max(maxLead, produced - ((await h.bytesStored()) - baseline));
      },
    });
    const result = await store.put('stream/big.bin', source.stream, { contentType: 'application/octet-stream' });
    const expected = source.expected();
    expect(result).toEqual({ key: 'stream/big.bin', ...expected });
    // Bytes made but not yet stored never approach the whole stream: the local store writes as it
    // reads; the S3 store holds at most a few 5 MiB parts.
    expect(maxLead).toBeGreaterThan(0);
    expect(maxLead).toBeLessThan(kind === 'local' ? 4 * 1024 * 1024 : 20 * 1024 * 1024);

    const got = await store.get('stream/big.bin');
    expect(got!.size).toBe(total);
    expect(await hashStream(got!.body)).toEqual(expected);
  });

  it('keeps content type, cache control and metadata, and reports them from head and get', async () => {
    const metadata = { 'cv-id': 'cv_123', 'original-sha256': 'ab'.repeat(32), note: 'plain ASCII, with spaces' };
    await store.put('meta/index.html', Buffer.from('<!doctype html>'), {
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=60, must-revalidate',
      metadata,
    });
    const expected = {
      contentType: 'text/html; charset=utf-8',
      cacheControl: 'public, max-age=60, must-revalidate',
      size: 15,
      metadata,
    };
    const headed = await store.head('meta/index.html');
    expect(headed).toMatchObject(expected);
    expect(headed!.lastModified).toBeInstanceOf(Date);
    expect(headed!.etag).toMatch(/^".+"$/);
    const got = await store.get('meta/index.html');
    expect(got).toMatchObject({ ...expected, etag: headed!.etag });
    got!.body.destroy();

    await store.put('meta/bare', Buffer.from('x'), { contentType: 'application/octet-stream' });
    expect(await store.head('meta/bare')).toMatchObject({ cacheControl: undefined, metadata: {} });

    // Overwriting changes the etag.
    await store.put('meta/bare', Buffer.from('y'), { contentType: 'application/octet-stream' });
    const second = await store.head('meta/bare');
    await store.put('meta/bare', Buffer.from('z'), { contentType: 'application/octet-stream' });
    expect((await store.head('meta/bare'))!.etag).not.toBe(second!.etag);
  });

  it('answers undefined for a missing key', async () => {
    expect(await store.get('missing/nothing-here')).toBeUndefined();
    expect(await store.head('missing/nothing-here')).toBeUndefined();
    expect(await store.get('missing')).toBeUndefined();
  });

  it('deletes idempotently', async () => {
    await store.put('delete/me', Buffer.from('bye'), { contentType: 'text/plain' });
    await store.put('delete/keep', Buffer.from('stay'), { contentType: 'text/plain' });
    await store.delete('delete/me');
    expect(await store.head('delete/me')).toBeUndefined();
    await expect(store.delete('delete/me')).resolves.toBeUndefined();
    await expect(store.delete('delete/never-existed/at-all')).resolves.toBeUndefined();
    expect(await store.head('delete/keep')).toMatchObject({ size: 4 });
  });

  it('refuses to overwrite with ifNoneMatch and leaves the original intact', async () => {
    const original = randomBytes(4096);
    const created = await store.put('cvs/cv_1/original', original, {
      contentType: 'application/pdf',
      metadata: { version: '1' },
      ifNoneMatch: true,
    });
    expect(created.sha256).toBe(sha256(original));

    await expect(
      store.put('cvs/cv_1/original', randomBytes(10), { contentType: 'text/plain', ifNoneMatch: true }),
    ).rejects.toBeInstanceOf(BlobExistsError);
    const attempt = generatedStream(100_000);
    await expect(
      store.put('cvs/cv_1/original', attempt.stream, { contentType: 'text/plain', ifNoneMatch: true }),
    ).rejects.toMatchObject({ name: 'BlobExistsError', key: 'cvs/cv_1/original' });
    expect(attempt.stream.destroyed).toBe(true);

    const got = await store.get('cvs/cv_1/original');
    expect(got).toMatchObject({ contentType: 'application/pdf', size: 4096, metadata: { version: '1' } });
    expect(sha256(await readAll(got!.body))).toBe(sha256(original));

    // Without the flag a put replaces.
    await store.put('cvs/cv_1/original', Buffer.from('new'), { contentType: 'text/plain' });
    expect((await store.head('cvs/cv_1/original'))!.size).toBe(3);
  });

  it('fails a put whose source stream breaks, and stores nothing', async () => {
    const broken = generatedStream(2 * 1024 * 1024, { failAt: 1024 * 1024 });
    await expect(store.put('broken/upload', broken.stream, { contentType: 'application/pdf' })).rejects.toThrow(
      'source stream broke',
    );
    expect(await store.head('broken/upload')).toBeUndefined();
    expect(await collect(store.list('broken/'))).toEqual([]);
  });

  it('deletes exactly one prefix, in batches beyond 1000 objects', async () => {
    const keys = Array.from({ length: 1050 }, (_, i) =>
      i % 10 === 0 ? `sites/a/assets/f${String(i).padStart(4, '0')}.css` : `sites/a/f${String(i).padStart(4, '0')}.txt`,
    );
    await inBatches(keys, 50, (key) => store.put(key, Buffer.from(key), { contentType: 'text/plain' }));
    const neighbours = ['sites/ab/index.html', 'sites/a', 'sites/b/index.html', 'sites/a.html', 'sites/a-b/x'];
    for (const key of neighbours) await store.put(key, Buffer.from('neighbour'), { contentType: 'text/plain' });

    expect(await collect(store.list('sites/a/'))).toHaveLength(1050);
    const deleteCallsBefore = h.requests?.filter((r) => 'delete' in r.query).length ?? 0;
    expect(await store.deletePrefix('sites/a/')).toBe(1050);
    if (h.requests) {
      expect(h.requests.filter((r) => 'delete' in r.query).length - deleteCallsBefore).toBe(2); // 1000 + 50
    }
    expect(await collect(store.list('sites/a/'))).toEqual([]);
    for (const key of neighbours) expect(await store.head(key), key).toBeDefined();
    expect(await store.deletePrefix('sites/a/')).toBe(0);
  }, 60_000); // s3rver takes ~5 ms a request

  it('lists by prefix, with sizes', async () => {
    const entries = {
      'list/a': 1,
      'list/a/b': 2,
      'list/a/b/c.txt': 3,
      'list/a-b': 4,
      'list/a.b': 5,
      'list/ab/x': 6,
      'list/b': 7,
    };
    for (const [key, size] of Object.entries(entries)) {
      await store.put(key, Buffer.alloc(size, 1), { contentType: 'application/octet-stream' });
    }
    const keysOf = async (prefix: string) => (await collect(store.list(prefix))).map((e) => e.key).sort();
    const all = await collect(store.list('list/'));
    expect(all.sort((a, b) => (a.key < b.key ? -1 : 1))).toEqual(
      Object.keys(entries)
        .sort()
        .map((key) => ({ key, size: entries[key as keyof typeof entries] })),
    );
    expect(await keysOf('list/a')).toEqual([
      'list/a',
      'list/a-b',
      'list/a.b',
      'list/a/b',
      'list/a/b/c.txt',
      'list/ab/x',
    ]);
    expect(await keysOf('list/a/')).toEqual(['list/a/b', 'list/a/b/c.txt']);
    expect(await keysOf('list/none/')).toEqual([]);
    expect(await keysOf('')).toEqual(expect.arrayContaining(Object.keys(entries)));
    // A key may be an object and a folder at once, as on S3.
    expect(await readAll((await store.get('list/a'))!.body)).toEqual(Buffer.alloc(1, 1));
  });

  it('refuses hostile keys, prefixes and options before any I/O', async () => {
    const before = h.ioCount();
    const body = Buffer.from('x');
    for (const key of HOSTILE_KEYS) {
      await expect(store.put(key, body, { contentType: 'text/plain' }), JSON.stringify(key)).rejects.toBeInstanceOf(
        InvalidBlobKeyError,
      );
      await expect(store.get(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.head(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
      await expect(store.delete(key)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    for (const prefix of HOSTILE_PREFIXES) {
      expect(() => store.list(prefix), JSON.stringify(prefix)).toThrow(InvalidBlobKeyError);
      await expect(store.deletePrefix(prefix)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    // deletePrefix takes whole folders only: never everything, never `sites/a` (which is `sites/ab` too).
    for (const prefix of ['', 'sites/a', 'sites']) {
      await expect(store.deletePrefix(prefix), JSON.stringify(prefix)).rejects.toBeInstanceOf(InvalidBlobKeyError);
    }
    const badOptions: PutOptions[] = [
      { contentType: '' },
      { contentType: 'text/html\r\nx-amz-acl: public-read' },
      { contentType: 'text/plain', cacheControl: 'no-cache\nx: y' },
      { contentType: 'text/plain', metadata: { 'Upper-Case': 'x' } },
      { contentType: 'text/plain', metadata: { 'bad name': 'x' } },
      { contentType: 'text/plain', metadata: { name: 'Müller.pdf' } },
      { contentType: 'text/plain', metadata: { name: 'line\nbreak' } },
      { contentType: 'text/plain', metadata: { empty: '' } },
      { contentType: 'text/plain', metadata: { padded: ' x ' } },
      { contentType: 'text/plain', metadata: { big: 'x'.repeat(2100) } },
    ];
    for (const options of badOptions) {
      await expect(store.put('ok/key', body, options), JSON.stringify(options)).rejects.toBeInstanceOf(
        InvalidBlobOptionsError,
      );
    }
    expect(h.ioCount()).toBe(before);
    expect(await store.head('ok/key')).toBeUndefined();
    expect(h.ioCount()).toBeGreaterThan(before); // the counter does see the store's I/O
  });

  it('answers ping when usable', async () => {
    await expect(store.ping()).resolves.toBeUndefined();
  });
});

describe('local blob store', () => {
  let h: Awaited<ReturnType<typeof createLocalHarness>>;
  beforeAll(async () => {
    h = await createLocalHarness();
  });
  afterAll(async () => {
    await h.cleanup();
  });

  it('never shows a reader half a file, while creating or replacing it', async () => {
    const { store } = h;
    const versionA = randomBytes(12 * 1024 * 1024);
    const versionB = randomBytes(16 * 1024 * 1024);
    const known = new Map([
      [sha256(versionA), versionA.byteLength],
      [sha256(versionB), versionB.byteLength],
    ]);

    /** Streams `bytes` slowly (yielding between chunks) while a reader reads the key in a loop. */
    async function putWhileReading(bytes: Buffer): Promise<{ absent: number; seen: string[] }> {
      async function* slowly() {
        for (let offset = 0; offset < bytes.byteLength; offset += 256 * 1024) {
          yield bytes.subarray(offset, offset + 256 * 1024);
          await nextTurn();
        }
      }
      let done = false;
      const writing = store
        .put('atomic/cv.pdf', Readable.from(slowly()), { contentType: 'application/pdf' })
        .finally(() => (done = true));
      const observed = { absent: 0, seen: [] as string[] };
      while (!done) {
        const got = await store.get('atomic/cv.pdf');
        if (!got) {
          observed.absent++;
          continue;
        }
        const { sha256: hash, size } = await hashStream(got.body);
        expect(known.get(hash), 'a reader saw a partial or mixed file').toBe(size);
        expect(got.size).toBe(size);
        observed.seen.push(hash);
      }
      await writing;
      return observed;
    }

    const creating = await putWhileReading(versionA);
    expect(creating.absent).toBeGreaterThan(0);
    expect(creating.seen.every((hash) => hash === sha256(versionA))).toBe(true);

    const replacing = await putWhileReading(versionB);
    expect(replacing.absent).toBe(0);
    expect(replacing.seen.length).toBeGreaterThan(0);
    expect(replacing.seen).toContain(sha256(versionA));

    const final = await store.get('atomic/cv.pdf');
    expect(await hashStream(final!.body)).toEqual({ sha256: sha256(versionB), size: versionB.byteLength });
  });

  it('keeps serving the version a reader opened, even if it is replaced or deleted', async () => {
    const { store } = h;
    const first = randomBytes(3 * 1024 * 1024);
    await store.put('snapshot/file', first, { contentType: 'application/octet-stream' });
    const opened = await store.get('snapshot/file');
    await store.put('snapshot/file', Buffer.from('replacement'), { contentType: 'text/plain' });
    await store.delete('snapshot/file');
    expect((await readAll(opened!.body)).equals(first)).toBe(true);
  });

  it('keeps everything inside its root and leaves no temporary files or empty folders', async () => {
    const { store, rootDir } = h;
    await store.put('tidy/a/b/c', Buffer.from('x'), { contentType: 'text/plain' });
    const broken = generatedStream(1024 * 1024, { failAt: 512 * 1024 });
    await expect(store.put('tidy/a/b/d', broken.stream, { contentType: 'text/plain' })).rejects.toThrow();
    await expect(
      store.put('tidy/a/b/c', Buffer.from('y'), { contentType: 'text/plain', ifNoneMatch: true }),
    ).rejects.toBeInstanceOf(BlobExistsError);
    const files = fs.readdirSync(rootDir, { recursive: true }).map(String);
    expect(files.filter((f) => f.includes('~tmp-'))).toEqual([]);

    await store.delete('tidy/a/b/c');
    expect(fs.existsSync(path.join(rootDir, 'tidy'))).toBe(false);
    await store.put('tidy/site/index.html', Buffer.from('x'), { contentType: 'text/html' });
    await store.put('tidy/site/assets/app.css', Buffer.from('x'), { contentType: 'text/css' });
    expect(await store.deletePrefix('tidy/site/')).toBe(2);
    expect(fs.existsSync(path.join(rootDir, 'tidy'))).toBe(false);
    expect(fs.readdirSync(path.dirname(rootDir))).toEqual(['root']); // nothing written beside the root
  });

  it('creates its root on ping and fails ping when the root is unusable', async () => {
    const parent = fs.mkdtempSync(path.join(os.tmpdir(), 'r2w-blobs-ping-'));
    try {
      await expect(
        createLocalBlobStore({ rootDir: path.join(parent, 'new', 'files') }).ping(),
      ).resolves.toBeUndefined();
      expect(fs.statSync(path.join(parent, 'new', 'files')).isDirectory()).toBe(true);
      fs.writeFileSync(path.join(parent, 'a-file'), 'not a folder');
      await expect(createLocalBlobStore({ rootDir: path.join(parent, 'a-file') }).ping()).rejects.toThrow();
    } finally {
      fs.rmSync(parent, { recursive: true, force: true });
    }
  });
});

describe('S3 blob store', () => {
  let server: S3TestServer;
  let store: S3BlobStore;
  let requests: CapturedRequest[];
  beforeAll(async () => {
    server = await startS3TestServer();
    // As in production: conditional writes requested from the server, not emulated.
    store = s3StoreFor(server, { conditionalWritesUnsupported: false });
    requests = captureRequests(store);
  });
  afterAll(async () => {
    await store?.close();
    await server?.close();
  });

  it('asks for AES256 server-side encryption and If-None-Match on single and multipart uploads', async () => {
    requests.length = 0;
    await store.put('sse/small', Buffer.from('hello'), { contentType: 'text/plain', ifNoneMatch: true });
    const put = requests.find((r) => r.method === 'PUT');
    expect(put).toBeDefined();
    expect(put!.path).toBe(`/${server.bucket}/sse/small`); // path style, as configured
    expect(put!.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(put!.headers['if-none-match']).toBe('*');
    expect(put!.headers['x-amz-checksum-sha256']).toBe(createHash('sha256').update('hello').digest('base64'));

    requests.length = 0;
    await store.put('sse/small-stream', generatedStream(100_000).stream, { contentType: 'text/plain' });
    const streamed = requests.filter((r) => r.method === 'PUT');
    expect(streamed).toHaveLength(1); // one part: a plain PutObject
    expect(streamed[0]!.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(streamed[0]!.headers['if-none-match']).toBeUndefined();

    requests.length = 0;
    const big = generatedStream(6 * 1024 * 1024); // more than one 5 MiB part
    await store.put('sse/big', big.stream, { contentType: 'application/pdf', ifNoneMatch: true });
    const create = requests.find((r) => r.method === 'POST' && 'uploads' in r.query);
    const parts = requests.filter((r) => r.method === 'PUT' && 'partNumber' in r.query);
    const complete = requests.find((r) => r.method === 'POST' && 'uploadId' in r.query);
    expect(create!.headers['x-amz-server-side-encryption']).toBe('AES256');
    expect(create!.headers['content-type']).toBe('application/pdf');
    expect(parts).toHaveLength(2);
    expect(complete!.headers['if-none-match']).toBe('*');
    const got = await store.get('sse/big');
    expect(await hashStream(got!.body)).toEqual(big.expected());
  });

  it('without conditional writes on the server, emulates ifNoneMatch with HeadObject', async () => {
    const emulating = s3StoreFor(server, { conditionalWritesUnsupported: true });
    const seen = captureRequests(emulating);
    try {
      await emulating.put('emulated/original', Buffer.from('first'), { contentType: 'text/plain', ifNoneMatch: true });
      expect(seen.map((r) => r.method)).toEqual(['HEAD', 'PUT']);
      expect(seen[1]!.headers['if-none-match']).toBeUndefined();
      await expect(
        emulating.put('emulated/original', Buffer.from('second'), { contentType: 'text/plain', ifNoneMatch: true }),
      ).rejects.toBeInstanceOf(BlobExistsError);
      expect(seen.map((r) => r.method)).toEqual(['HEAD', 'PUT', 'HEAD']);
    } finally {
      await emulating.close();
    }
  });

  it('fails ping for a bucket that does not exist', async () => {
    const wrong = createS3BlobStore({
      bucket: 'no-such-bucket',
      region: server.region,
      endpoint: server.endpoint,
      forcePathStyle: true,
      credentials: S3_TEST_CREDENTIALS,
    });
    try {
      await expect(wrong.ping()).rejects.toThrow();
    } finally {
      await wrong.close();
    }
  });
});
