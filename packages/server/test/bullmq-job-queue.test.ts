import { fileURLToPath } from 'node:url';
import { Job as BullJob, Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createBullmqJobQueue } from '../src/adapters/bullmq-job-queue.js';
import type { Job } from '../src/adapters/job-queue.js';
import { startChildServer } from './support/child-server.js';
import { jobQueueContract, until } from './support/job-queue-contract.js';
import { requireService, TEST_REDIS_URL } from './support/services.js';

const available = await requireService('redis', 'BullMQ job queue');
const logger = pino({ level: 'silent' });
const prefix = `r2w-test-${process.pid}-${Date.now()}`;
const redis = available ? new Redis(TEST_REDIS_URL) : undefined;

async function bullStatus(queueName: string, id: string): Promise<string> {
  const queue = new Queue(queueName, { connection: redis!, prefix });
  try {
    const job = await BullJob.fromId(queue, id);
    const state = job ? await job.getState() : 'missing';
    return state === 'completed' ? 'succeeded' : state;
  } finally {
    await queue.close();
  }
}

describe.runIf(available)('the BullMQ job queue (real Redis)', () => {
  afterAll(async () => {
    const keys = await redis!.keys(`${prefix}:*`);
    if (keys.length) await redis!.del(...keys);
    redis!.disconnect();
  });

  jobQueueContract(() => ({
    // Short stalled-check interval everywhere: BullMQ guards the check with a key that lives as
    // long as the interval, so one slow checker would delay recovery for every worker of the queue.
    create: ({ backoffBaseMs }) =>
      createBullmqJobQueue({
        redisUrl: TEST_REDIS_URL,
        logger,
        prefix,
        backoffBaseMs,
        lockDurationMs: 1000,
        stalledIntervalMs: 500,
      }),
    statusOf: async (id) => {
      for (const q of ['extract', 'render', 'publish', 'cleanup']) {
        const state = await bullStatus(q, id);
        if (state !== 'missing') return state;
      }
      return 'missing';
    },
  }));

  it('recovers a job whose worker process was killed mid-job (SIGKILL), on another worker', async () => {
    const dying = await startChildServer(fileURLToPath(new URL('./fixtures/bullmq-dying-worker.ts', import.meta.url)), {
      REDIS_URL: TEST_REDIS_URL,
      QUEUE_PREFIX: prefix,
    });
    const producer = createBullmqJobQueue({ redisUrl: TEST_REDIS_URL, logger, prefix, stalledIntervalMs: 500 });
    const id = await producer.enqueue({ queue: 'extract', name: 'extract-cv', payload: { cv_id: 'cv_killed' } });
    await until(() => dying.logs.some((l) => l.started === id)).catch((err: Error) => {
      throw new Error(`${err.message}: the dying worker never took ${id}; its logs: ${JSON.stringify(dying.logs)}`);
    });
    dying.child.kill('SIGKILL');
    await dying.exited;

    const survivor = createBullmqJobQueue({
      redisUrl: TEST_REDIS_URL,
      logger,
      prefix,
      lockDurationMs: 1000,
      stalledIntervalMs: 500,
    });
    const resumed: Job[] = [];
    survivor.process('extract', async (job) => void resumed.push(job), { concurrency: 1 });
    survivor.start();
    await until(() => resumed.some((j) => j.id === id), 15_000).catch(async (err: Error) => {
      throw new Error(
        `${err.message}: job ${id} is ${await bullStatus('extract', id)}; resumed ${JSON.stringify(resumed)}`,
      );
    });
    expect(resumed.find((j) => j.id === id)).toMatchObject({ payload: { cv_id: 'cv_killed' } });
    await until(async () => (await bullStatus('extract', id)) === 'succeeded');
    await survivor.stop(2000);
    await producer.stop(1000);
  });
});
