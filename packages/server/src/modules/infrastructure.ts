import type { Knex } from 'knex';
import type { BlobStore } from '../adapters/blob-store.js';
import { createBullmqJobQueue } from '../adapters/bullmq-job-queue.js';
import type { IdempotencyStore } from '../adapters/idempotency-store.js';
import type { JobQueue } from '../adapters/job-queue.js';
import { createLocalBlobStore } from '../adapters/local-blob-store.js';
import { createPrometheusMetrics, type PrometheusMetrics } from '../adapters/prometheus-metrics.js';
import { createRateLimiters, type RateLimiters, type RateLimitOverrides } from '../adapters/rate-limiters.js';
import {
  closeRedisConnection,
  createRedisConnection,
  pingRedis,
  waitForRedis,
  type RedisConnection,
} from '../adapters/redis-connection.js';
import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import { createRedisInvalidationBus } from '../adapters/redis-invalidation-bus.js';
import { createSqlInvalidationBus } from '../adapters/sql-invalidation-bus.js';
import { createRedisIdempotencyStore } from '../adapters/redis-idempotency-store.js';
import { createS3BlobStore } from '../adapters/s3-blob-store.js';
import { closeSqlDatabase, createSqlDatabase, pingDatabase } from '../adapters/sql-database.js';
import { createSqlIdempotencyStore } from '../adapters/sql-idempotency-store.js';
import { createSqlJobQueue } from '../adapters/sql-job-queue.js';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import { migrateToLatest, migrationStatus } from '../migrations/index.js';
import { LifecycleHooks } from '../services/lifecycle-hooks.js';
import { createOwnedReadCache, type OwnedReadCache } from '../services/owned-read-cache.js';
import { ReadinessService, type DependencyProbe } from '../services/readiness-service.js';

const READINESS_TIMEOUT_MS = 2000;
/** How much of users' data one process keeps, in KiB of its JSON: 50 MiB at most. */
const OWNED_READS_MAX_SIZE = 50_000;

/** What every area shares: connections, storage, the job queue, limits, metrics, lifecycle hooks. */
export interface Infrastructure {
  config: Config;
  logger: Logger;
  db: Knex;
  redis: RedisConnection | undefined;
  blobs: BlobStore;
  queue: JobQueue;
  limits: RateLimiters;
  /** `Idempotency-Key` records: Redis when configured, like sessions and rate limits; else SQL. */
  idempotencyKeys: IdempotencyStore;
  metrics: PrometheusMetrics;
  hooks: LifecycleHooks;
  readiness: ReadinessService;
  /** Tells every process that an account, a session or a user's data changed (Redis pub/sub, or this process only). */
  invalidations: InvalidationBus;
  /** Users' CVs, extractions and portfolios as this process last read them, forgotten on every write. */
  ownedReads: OwnedReadCache;
  /** Stops the queue (waiting for running jobs), then closes storage and connections; idempotent. */
  close(): Promise<void>;
}

export interface InfrastructureOptions {
  migrate?: boolean;
  /** Tests lower limits to reach them quickly. */
  rateLimitOverrides?: RateLimitOverrides;
  /** Keeps rate-limit counters apart from other runs sharing the store (tests). */
  rateLimitNamespace?: string;
}

/** Opens the connections the configuration names (SQLite and local files by default) and migrates. */
export async function createInfrastructure(
  config: Config,
  logger: Logger,
  options: InfrastructureOptions = {},
): Promise<Infrastructure> {
  const db = createSqlDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, logger });
  const redis = config.redisUrl ? createRedisConnection(config.redisUrl) : undefined;
  redis?.on('error', (err: Error) => logger.warn({ err }, 'redis connection error'));
  const closeConnections = () =>
    Promise.allSettled([closeSqlDatabase(db), redis ? closeRedisConnection(redis) : Promise.resolve()]);
  try {
    if (options.migrate ?? config.migrateOnStart) await migrateToLatest(db);
    if (redis && !(await waitForRedis(redis, 5000))) logger.warn('redis is not reachable yet; /ready will report it');
  } catch (err) {
    await closeConnections();
    throw err;
  }
  const blobs = config.storage.s3
    ? createS3BlobStore({
        bucket: config.storage.s3.bucket,
        region: config.storage.s3.region,
        ...(config.storage.s3.endpoint && { endpoint: config.storage.s3.endpoint }),
        forcePathStyle: config.storage.s3.forcePathStyle,
      })
    : createLocalBlobStore({ rootDir: config.storage.localDir });
  const queue = config.redisUrl
    ? createBullmqJobQueue({ redisUrl: config.redisUrl, logger })
    : createSqlJobQueue(db, { logger });
  const metrics = createPrometheusMetrics({ logger });
  metrics.observeQueues(queue);

  const probes: DependencyProbe[] = [
    { name: 'database', check: () => pingDatabase(db, READINESS_TIMEOUT_MS).then(() => undefined) },
    schemaProbe(db),
    ...(redis ? [{ name: 'redis', check: () => pingRedis(redis) }] : []),
    { name: 'storage', check: () => blobs.ping() },
  ];

  // Without Redis the database carries changes between processes: the tenant CLI beside an
  // embedded server, or several APIs sharing PostgreSQL.
  const invalidations = redis ? createRedisInvalidationBus(redis, logger) : createSqlInvalidationBus(db, logger);

  let closed = false;
  return {
    config,
    logger,
    db,
    redis,
    blobs,
    queue,
    limits: createRateLimiters(redis ? { redis } : { db }, options.rateLimitOverrides, options.rateLimitNamespace),
    idempotencyKeys: redis ? createRedisIdempotencyStore(redis) : createSqlIdempotencyStore(db),
    metrics,
    hooks: new LifecycleHooks(),
    invalidations,
    ownedReads: createOwnedReadCache(invalidations, {
      ttlMs: config.readCacheTtlSeconds * 1000,
      maxSize: OWNED_READS_MAX_SIZE,
    }),
    readiness: new ReadinessService(probes, READINESS_TIMEOUT_MS),
    async close() {
      if (closed) return;
      closed = true;
      await queue
        .stop(config.shutdownTimeoutMs)
        .catch((err: unknown) => logger.warn({ err }, 'stopping the job queue failed'));
      await blobs.close().catch((err: unknown) => logger.warn({ err }, 'closing the storage failed'));
      await invalidations.close().catch((err: unknown) => logger.warn({ err }, 'closing the invalidation bus failed'));
      await closeConnections();
    },
  };
}

/**
 * Not ready while this release's migrations are not all applied (a pod started before the
 * migration job finished). Once up to date it stays so, and the probe stops asking.
 */
function schemaProbe(db: Knex): DependencyProbe {
  let upToDate = false;
  return {
    name: 'schema',
    async check() {
      if (upToDate) return;
      const { pending } = await migrationStatus(db);
      if (pending.length > 0) {
        throw new Error(`${pending.length} migration(s) pending (${pending.join(', ')}): run \`npm run migrate\``);
      }
      upToDate = true;
    },
  };
}
