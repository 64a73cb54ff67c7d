import { pino } from 'pino';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeSqlDatabase, createSqlDatabase } from '../src/adapters/sql-database.js';
import { createSqlJobQueue } from '../src/adapters/sql-job-queue.js';
import { migrateToLatest } from '../src/migrations/index.js';
import type { JobQueue } from '../src/adapters/job-queue.js';
import { silentLogger } from './support/databases.js';
import { until } from './support/job-queue-contract.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { requireService } from './support/services.js';
import { startTcpProxy } from './support/tcp-proxy.js';

/**
 * The embedded queue runs jobs in the API process. A job's closing bookkeeping (succeeded, or
 * failed and retried) runs outside any request: when the database is unreachable just then, the
 * write fails, and that failure must not become an unhandled rejection, which ends the process.
 * The job keeps its lease, which lapses, and another worker runs it again.
 */

const logger = pino({ level: 'silent' });
const available = await requireService('postgres', 'job queue bookkeeping while PostgreSQL is unreachable');

describe.runIf(available)('the SQL job queue when PostgreSQL goes away as a job finishes', () => {
  let schema: Awaited<ReturnType<typeof createPostgresSchema>>;
  const direct = () =>
    createSqlDatabase({
      databaseUrl: schema.url,
      sqliteFile: ':memory:',
      logger: silentLogger,
      pool: { min: 0, max: 2 },
    });
  let db: ReturnType<typeof direct>;
  const unhandled: unknown[] = [];
  const onUnhandled = (reason: unknown) => unhandled.push(reason);
  const queues: JobQueue[] = [];

  beforeAll(async () => {
    schema = await createPostgresSchema();
    db = direct();
    await migrateToLatest(db);
    process.on('unhandledRejection', onUnhandled);
  });

  afterEach(async () => {
    await Promise.all(queues.splice(0).map((queue) => queue.stop(100)));
  });

  afterAll(async () => {
    process.off('unhandledRejection', onUnhandled);
    await closeSqlDatabase(db);
    await schema.drop();
  });

  for (const outcome of ['succeeds', 'fails'] as const) {
    it(`keeps the process up when a job ${outcome} while the database is unreachable, and runs it again later`, async () => {
      const proxy = await startTcpProxy({ host: '127.0.0.1', port: Number(new URL(schema.url).port || 5432) });
      const proxiedUrl = new URL(schema.url);
      proxiedUrl.port = String(proxy.port);
      const cut = createSqlDatabase({
        databaseUrl: proxiedUrl.toString(),
        sqliteFile: ':memory:',
        logger: silentLogger,
        pool: { min: 0, max: 2 },
        acquireConnectionTimeoutMs: 500,
      });
      try {
        let release: () => void = () => undefined;
        let started = false;
        const doomed = createSqlJobQueue(cut, { logger, pollIntervalMs: 20, leaseMs: 300 });
        queues.push(doomed);
        doomed.process(
          'extract',
          async () => {
            started = true;
            await new Promise<void>((resolve) => (release = resolve));
            if (outcome === 'fails') throw new Error('the extractor failed');
          },
          { concurrency: 1 },
        );
        doomed.start();
        const id = await doomed.enqueue({ queue: 'extract', name: 'extract-cv', payload: { outcome } });
        await until(() => started);

        await proxy.cut(); // the database is unreachable from here on
        release();
        // The closing write fails after the pool gives up acquiring a connection (500 ms).
        await new Promise((resolve) => setTimeout(resolve, 1200));
        expect(unhandled).toEqual([]);

        // Nothing was recorded, so the lease lapses and a healthy worker runs the job again.
        const survivor = createSqlJobQueue(db, { logger, pollIntervalMs: 20, leaseMs: 5000 });
        queues.push(survivor);
        const attempts: number[] = [];
        survivor.process('extract', async (job) => void attempts.push(job.attempt), { concurrency: 1 });
        survivor.start();
        await until(() => attempts.length === 1);
        expect(attempts).toEqual([2]);
        await until(async () => (await db('jobs').where({ id }).first()).status === 'succeeded');
      } finally {
        await closeSqlDatabase(cut).catch(() => undefined);
      }
    });
  }
});
