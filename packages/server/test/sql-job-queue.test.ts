import { pino } from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { createSqlJobQueue } from '../src/adapters/sql-job-queue.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { PermanentJobError, type Job } from '../src/services/job-queue.js';
import { forEachDatabase } from './support/databases.js';

const logger = pino({ level: 'silent' });

async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 5000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

forEachDatabase('the SQL job queue', ({ getKnex }) => {
  beforeAll(async () => {
    await migrateToLatest(getKnex());
  });

  it('runs enqueued jobs with their payload, and records success', async () => {
    const queue = createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 20 });
    const seen: Job[] = [];
    queue.process('extract', async (job) => void seen.push(job), { concurrency: 2 });
    queue.start();
    const id = await queue.enqueue({ queue: 'extract', name: 'extract-cv', payload: { cv_id: 'cv_1', n: 1 } });
    await until(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, name: 'extract-cv', payload: { cv_id: 'cv_1', n: 1 }, attempt: 1 });
    await until(async () => (await getKnex()('jobs').where({ id }).first()).status === 'succeeded');
    await queue.stop(1000);
  });

  it('retries a failing job with backoff, then fails it after its attempts', async () => {
    const queue = createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 20, backoffBaseMs: 50 });
    const attempts: number[] = [];
    queue.process(
      'render',
      async (job) => {
        attempts.push(job.attempt);
        throw new Error(`boom ${job.attempt}`);
      },
      { concurrency: 1 },
    );
    queue.start();
    const id = await queue.enqueue({ queue: 'render', name: 'render', payload: {}, maxAttempts: 3 });
    await until(async () => (await getKnex()('jobs').where({ id }).first()).status === 'failed');
    expect(attempts).toEqual([1, 2, 3]);
    const row = await getKnex()('jobs').where({ id }).first();
    expect(row.last_error).toBe('boom 3');
    await queue.stop(1000);
  });

  it('does not retry a permanent failure', async () => {
    const queue = createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 20, backoffBaseMs: 50 });
    let runs = 0;
    queue.process(
      'publish',
      async () => {
        runs++;
        throw new PermanentJobError('the file is broken');
      },
      { concurrency: 1 },
    );
    queue.start();
    const id = await queue.enqueue({ queue: 'publish', name: 'publish', payload: {}, maxAttempts: 5 });
    await until(async () => (await getKnex()('jobs').where({ id }).first()).status === 'failed');
    expect(runs).toBe(1);
    await queue.stop(1000);
  });

  it('keeps one unfinished job per dedupe key, and frees the key when it finishes', async () => {
    const queue = createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 20 });
    const a = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: 'sweep-1' });
    const b = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: 'sweep-1' });
    expect(b).toBe(a);
    let runs = 0;
    queue.process('cleanup', async () => void runs++, { concurrency: 1 });
    queue.start();
    await until(() => runs === 1);
    await until(async () => (await getKnex()('jobs').where({ id: a }).first()).status === 'succeeded');
    const c = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: 'sweep-1' });
    expect(c).not.toBe(a);
    await until(() => runs === 2);
    await queue.stop(1000);
  });

  it('never runs more than `concurrency` jobs of a queue at once', async () => {
    const queue = createSqlJobQueue(getKnex(), { logger, pollIntervalMs: 10 });
    let running = 0;
    let peak = 0;
    let done = 0;
    queue.process(
      'extract',
      async () => {
        running++;
        peak = Math.max(peak, running);
        await new Promise((r) => setTimeout(r, 30));
        running--;
        done++;
      },
      { concurrency: 2 },
    );
    for (let i = 0; i < 6; i++) await queue.enqueue({ queue: 'extract', name: 'x', payload: { i } });
    queue.start();
    await until(() => done === 6);
    expect(peak).toBe(2);
    await queue.stop(1000);
  });

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
