import { pino } from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { createSqlJobQueue } from '../src/adapters/sql-job-queue.js';
import { migrateToLatest } from '../src/migrations/index.js';
import type { Job } from '../src/adapters/job-queue.js';
import { forEachDatabase } from './support/databases.js';
import { jobQueueContract, until } from './support/job-queue-contract.js';

const logger = pino({ level: 'silent' });

forEachDatabase('the SQL job queue', ({ getKnex }) => {
  beforeAll(async () => {
    await migrateToLatest(getKnex());
  });

  jobQueueContract(() => ({
    create: ({ backoffBaseMs }) => createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 20, backoffBaseMs }),
    statusOf: async (id) => (await getKnex()('jobs').where({ id }).first()).status as string,
  }));

  it('resumes a job whose worker died mid-job, on another worker', async () => {
    const db = getKnex();
    // Worker A claims the job and "dies": its handler never finishes and it stops heartbeating.
    const dying = createSqlJobQueue(db, { logger, pollIntervalMs: 20, leaseMs: 150 });
    let started = false;
    dying.process(
      'extract',
      async () => {
        started = true;
        await new Promise(() => undefined);
      },
      { concurrency: 1 },
    );
    dying.start();
    const id = await dying.enqueue({ queue: 'extract', name: 'extract-cv', payload: { cv_id: 'cv_crash' } });
    await until(() => started);
    await dying.stop(0);
    // Simulate the process being gone: no more heartbeats extend the lease.
    await db('jobs')
      .where({ id })
      .update({ locked_until: new Date(Date.now() - 1000) });

    const survivor = createSqlJobQueue(db, { logger, pollIntervalMs: 20, leaseMs: 5000 });
    const resumed: Job[] = [];
    survivor.process('extract', async (job) => void resumed.push(job), { concurrency: 1 });
    survivor.start();
    await until(() => resumed.length === 1);
    expect(resumed[0]).toMatchObject({ id, payload: { cv_id: 'cv_crash' }, attempt: 2 });
    await until(async () => (await db('jobs').where({ id }).first()).status === 'succeeded');
    await survivor.stop(1000);
  });
});
