import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { pino } from 'pino';
import { closeSqlDatabase, createSqlDatabase } from '../../src/adapters/sql-database.js';
import { migrateToLatest } from '../../src/migrations/index.js';
import { createPostgresSchema } from './postgres-schema.js';
import { s3ProcessEnv, startS3TestServer, type S3TestServer } from './s3-test-server.js';
import { startServerProcess, type ServerProcess } from './scale-out-process.js';
import { claimRedisDatabase, type ClaimedRedisDatabase } from './scale-out-redis.js';

/**
 * The production topology on one machine: N API processes (`src/main.ts`) and M workers
 * (`src/worker.ts`), each a real process, sharing one fresh PostgreSQL schema, a Redis database of
 * their own (sessions, rate limits, idempotency keys, BullMQ) and s3rver (uploads and published
 * sites), with the offline extractor. Processes can be killed with SIGKILL and replaced.
 */

export type ProcessRole = 'api' | 'worker';

export interface ClusterProcess {
  role: ProcessRole;
  /** `api-1`, `worker-2`, …: replacements get the next number. */
  name: string;
  /** The API's address, or the worker's /health and /metrics address. */
  url: string;
  server: ServerProcess;
  /** Set once the process has been killed or has exited. */
  gone: boolean;
}

export interface ScaleOutClusterOptions {
  apis: number;
  workers: number;
  /** Extractions at once per worker (`EXTRACTION_CONCURRENCY`). */
  extractionConcurrency?: number;
  /** Extra variables for every process. */
  env?: Record<string, string>;
  /** How long a process may take to start; a replacement started under load needs longer. */
  startTimeoutMs?: number;
}

export interface ScaleOutCluster {
  readonly apis: readonly ClusterProcess[];
  readonly workers: readonly ClusterProcess[];
  /** Where the processes' database is (a `search_path` URL onto this run's schema). */
  databaseUrl: string;
  redis: ClaimedRedisDatabase;
  s3: S3TestServer;
  /** `SITES_BASE_URL`: published sites are read from s3rver, as CloudFront would read S3. */
  sitesBaseUrl: string;
  startApi(): Promise<ClusterProcess>;
  startWorker(): Promise<ClusterProcess>;
  /** `kill -9`: no drain, no cleanup; resolves once the process is gone. */
  kill(process: ClusterProcess): Promise<void>;
  close(): Promise<void>;
}

const MAIN = fileURLToPath(new URL('../../src/main.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('../../src/worker.ts', import.meta.url));
// One public address for every replica, as behind a load balancer.
const PUBLIC_URL = 'http://scale-out.invalid';

export async function startScaleOutCluster(options: ScaleOutClusterOptions): Promise<ScaleOutCluster> {
  const cleanups: (() => Promise<unknown>)[] = [];
  const running: ClusterProcess[] = [];
  let closing = false;
  const cleanUp = async () => {
    closing = true;
    // Every process at once (each may take its drain time), then what they were using.
    await Promise.all(running.splice(0).map((p) => stop(p).catch(() => undefined)));
    for (const step of cleanups.splice(0).reverse()) await step().catch(() => undefined);
  };
  // Each resource is released on the way out, including when another one failed to start.
  const tracked = async <T>(resource: Promise<T>, release: (r: T) => Promise<unknown>): Promise<T> => {
    const ready = await resource;
    cleanups.push(() => release(ready));
    return ready;
  };
  try {
    const starting = [
      tracked(createPostgresSchema(), (r) => r.drop()),
      tracked(claimRedisDatabase(), (r) => r.release()),
      tracked(startS3TestServer('scale-out'), (r) => r.close()),
    ] as const;
    await Promise.allSettled(starting);
    const [schema, redis, s3] = await Promise.all(starting);
    await migrateOnce(schema.url);
    const sitesBaseUrl = `${s3.endpoint}/${s3.bucket}/sites/`;
    const shared: Record<string, string> = {
      ENVIRONMENT: 'staging',
      // The "listening" line carries the process's address, so info is the quietest level.
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      BACKEND_PORT: '0',
      WORKER_METRICS_PORT: '0',
      BACKEND_URL: PUBLIC_URL,
      // Clients reach the processes through the balancer, which says who they are.
      TRUST_PROXY: 'true',
      DATABASE_URL: schema.url,
      // Migrated once above, as the Kubernetes Job does before a rollout.
      MIGRATE_ON_START: 'false',
      REDIS_URL: redis.url,
      ...s3ProcessEnv(s3),
      SITES_BASE_URL: sitesBaseUrl,
      EXTRACTION_CONCURRENCY: String(options.extractionConcurrency ?? 2),
      SHUTDOWN_TIMEOUT_MS: '5000',
      ...options.env,
    };

    const apis: ClusterProcess[] = [];
    const workers: ClusterProcess[] = [];
    const counters = { api: 0, worker: 0 };
    const start = async (role: ProcessRole): Promise<ClusterProcess> => {
      const name = `${role}-${++counters[role]}`;
      const dataDir = await mkdtemp(path.join(os.tmpdir(), `r2w-scale-out-${name}-`));
      cleanups.push(() => rm(dataDir, { recursive: true, force: true }));
      const server = await startServerProcess(
        role === 'api' ? MAIN : WORKER,
        { ...shared, DATA_DIR: dataDir },
        options.startTimeoutMs ?? 60_000,
      );
      const started: ClusterProcess = { role, name, url: server.url, server, gone: false };
      // A replacement that comes up after close() (a test that timed out) must not outlive it.
      if (closing) {
        await stop(started);
        await rm(dataDir, { recursive: true, force: true });
        throw new Error(`${name} started after the cluster was closed`);
      }
      running.push(started);
      void server.exited.then(() => (started.gone = true));
      (role === 'api' ? apis : workers).push(started);
      return started;
    };

    await Promise.all([
      ...Array.from({ length: options.apis }, () => start('api')),
      ...Array.from({ length: options.workers }, () => start('worker')),
    ]);
    // In name order, whichever was ready first.
    const byNumber = (a: ClusterProcess, b: ClusterProcess) => a.name.localeCompare(b.name, 'en', { numeric: true });
    apis.sort(byNumber);
    workers.sort(byNumber);

    return {
      apis,
      workers,
      databaseUrl: schema.url,
      redis,
      s3,
      sitesBaseUrl,
      startApi: () => start('api'),
      startWorker: () => start('worker'),
      async kill(target) {
        target.server.child.kill('SIGKILL');
        await target.server.exited;
        target.gone = true;
      },
      close: cleanUp,
    };
  } catch (err) {
    await cleanUp();
    throw err;
  }
}

async function migrateOnce(databaseUrl: string): Promise<void> {
  const knex = createSqlDatabase({
    databaseUrl,
    sqliteFile: ':memory:',
    logger: pino({ level: 'silent' }),
    pool: { min: 0, max: 1 },
  });
  try {
    await migrateToLatest(knex);
  } finally {
    await closeSqlDatabase(knex);
  }
}

/** SIGTERM (the processes drain), then SIGKILL for one that does not leave in time. */
async function stop(target: ClusterProcess): Promise<void> {
  if (target.gone) return;
  target.server.child.kill('SIGTERM');
  const left = await Promise.race([
    target.server.exited.then(() => true),
    new Promise<false>((resolve) => setTimeout(() => resolve(false), 10_000).unref()),
  ]);
  if (!left) {
    target.server.child.kill('SIGKILL');
    await target.server.exited;
  }
  target.gone = true;
}
