import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

/**
 * A real S3-compatible server for the S3 adapter's tests: s3rver on a random loopback port,
 * storing into a fresh temporary folder, with the bucket already created. It checks request
 * signatures against its fixed credentials (S3RVER/S3RVER).
 *
 * Two things to know about s3rver 3.7 (the last release, 2020):
 * - It runs in a child process with `--openssl-legacy-provider`: its ListObjectsV2 continuation
 *   tokens are DES-encrypted, and OpenSSL 3 (Node ≥ 17) only has DES in the legacy provider, so
 *   without the flag every listing longer than one page (1000 keys) fails with a 500.
 * - It ignores `If-None-Match` on PUT, so stores pointed at it need
 *   `conditionalWritesUnsupported: true` for `ifNoneMatch` to hold.
 */
export const S3_TEST_CREDENTIALS = { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } as const;
export const S3_TEST_REGION = 'us-east-1'; // the only region s3rver's continuation tokens accept

export interface S3TestServer {
  endpoint: string;
  bucket: string;
  region: string;
  close(): Promise<void>;
}

// Runs in the child (CommonJS). s3rver's DeleteObjects removes its keys concurrently and each removal
// then deletes its folder when empty, so two of them race (ENOENT, answered as a 500); running them
// one at a time removes that bug of the stand-in without changing anything the adapter sends.
const CHILD_SCRIPT = `
const S3rver = require(process.argv[1]);
const [, , directory, bucket] = process.argv;
const server = new S3rver({ address: '127.0.0.1', port: 0, silent: true, directory, configureBuckets: [{ name: bucket }] });
const { store } = server;
const deleteObject = store.deleteObject.bind(store);
let queue = Promise.resolve();
store.deleteObject = (b, k) => {
  const run = queue.then(() => deleteObject(b, k));
  queue = run.catch(() => undefined);
  return run;
};
server.run().then(
  ({ port }) => process.stdout.write(JSON.stringify({ port }) + '\\n'),
  (err) => { process.stderr.write(String(err && err.stack)); process.exit(1); },
);
// Leave with the test process: it holds our stdin open.
process.stdin.on('end', () => process.exit(0)).resume();
process.on('SIGTERM', () => server.close().finally(() => process.exit(0)));
`;

/** The environment a server or worker process needs to store its files in this s3rver. */
export function s3ProcessEnv(s3: S3TestServer): Record<string, string> {
  return {
    S3_BUCKET_NAME: s3.bucket,
    S3_ENDPOINT: s3.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
    AWS_REGION: s3.region,
    // The SDK's default credential chain reads these, as a deployment would provide them.
    AWS_ACCESS_KEY_ID: S3_TEST_CREDENTIALS.accessKeyId,
    AWS_SECRET_ACCESS_KEY: S3_TEST_CREDENTIALS.secretAccessKey,
  };
}

export async function startS3TestServer(bucket = 'test-bucket'): Promise<S3TestServer> {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'r2w-s3rver-'));
  const s3rverPath = createRequire(import.meta.url).resolve('s3rver');
  const child = spawn(
    process.execPath,
    ['--openssl-legacy-provider', '-e', CHILD_SCRIPT, s3rverPath, directory, bucket],
    { stdio: ['pipe', 'pipe', 'pipe'] },
  );
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`s3rver did not start within 15 s: ${stderr}`)), 15_000);
      createInterface({ input: child.stdout }).once('line', (line) => {
        clearTimeout(timer);
        resolve((JSON.parse(line) as { port: number }).port);
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`s3rver exited before listening: ${stderr}`));
      });
    });
    return {
      endpoint: `http://127.0.0.1:${port}`,
      bucket,
      region: S3_TEST_REGION,
      async close() {
        child.kill('SIGTERM');
        await exited;
        fs.rmSync(directory, { recursive: true, force: true });
      },
    };
  } catch (err) {
    child.kill('SIGKILL');
    fs.rmSync(directory, { recursive: true, force: true });
    throw err;
  }
}
