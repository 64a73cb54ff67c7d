import { Queue, UnrecoverableError, Worker, type Job as BullJob } from 'bullmq';
import { Redis } from 'ioredis';
import { newId } from '../domain/ids.js';
import type { Logger } from '../logger.js';
import { QUEUE_NAMES, type JobHandler, type JobQueue, type QueueName, type QueueStats } from './job-queue.js';
import { PermanentJobError } from '../domain/errors.js';

export interface BullmqJobQueueOptions {
  redisUrl: string;
  logger: Logger;
  /** Key prefix, so several deployments (or test runs) can share one Redis. */
  prefix?: string;
  backoffBaseMs?: number;
  /** How long a worker's lock on a job lasts without renewal; a dead worker's job is stalled after it. */
  lockDurationMs?: number;
  stalledIntervalMs?: number;
}

/**
 * Production queue: BullMQ on Redis, consumed by worker processes (`npm run worker`) running the
 * same handlers. Retries with exponential backoff, stalled-job recovery when a worker dies, and
 * deduplication by key while a job is unfinished all come from BullMQ.
 */
export function createBullmqJobQueue(options: BullmqJobQueueOptions): JobQueue {
  const prefix = options.prefix ?? 'r2w';
  // BullMQ's blocking commands need a connection that never gives up on a request.
  const connection = new Redis(options.redisUrl, { maxRetriesPerRequest: null });
  connection.on('error', (err: Error) => options.logger.warn({ err }, 'job queue redis connection error'));
  const queues = new Map<QueueName, Queue>();
  const workers: Worker[] = [];
  const pending: { queue: QueueName; handler: JobHandler; concurrency: number }[] = [];

  const queueFor = (name: QueueName) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection, prefix });
      queues.set(name, queue);
    }
    return queue;
  };

  async function statsOf(name: QueueName, now: number): Promise<QueueStats> {
    const queue = queueFor(name);
    const [counts, [oldest]] = await Promise.all([
      queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'),
      // Jobs are pushed on the left of the wait list: ascending order starts with the oldest.
      queue.getJobs(['wait'], 0, 0, true),
    ]);
    // BullMQ records no "due since": a job is due from its creation plus its delay, or, after a
    // retry, from when its last attempt started, which slightly overstates a retried job's wait.
    const dueSince = oldest ? Math.max(oldest.timestamp + (oldest.opts.delay ?? 0), oldest.processedOn ?? 0) : now;
    return {
      queue: name,
      waiting: (counts.waiting ?? 0) + (counts.paused ?? 0) + (counts.prioritized ?? 0),
      active: counts.active ?? 0,
      delayed: counts.delayed ?? 0,
      failed: counts.failed ?? 0,
      oldestWaitingSeconds: Math.max(0, (now - dueSince) / 1000),
    };
  }

  return {
    async stats() {
      // The connection never gives up on a command (see above): while Redis is away, answer at
      // once instead of queueing more commands behind a scrape that will time out anyway.
      if (['reconnecting', 'close', 'end'].includes(connection.status)) {
        throw new Error(`the job queue's Redis connection is ${connection.status}`);
      }
      const now = Date.now();
      return Promise.all(QUEUE_NAMES.map((name) => statsOf(name, now)));
    },
    async enqueue(request) {
      const job = await queueFor(request.queue).add(request.name, request.payload, {
        // Our own ids: BullMQ's default is a per-queue counter, ambiguous across queues and runs.
        jobId: newId('job'),
        attempts: request.maxAttempts ?? 3,
        backoff: { type: 'exponential', delay: options.backoffBaseMs ?? 2000 },
        ...(request.runAt && { delay: Math.max(0, request.runAt.getTime() - Date.now()) }),
        ...(request.dedupeKey && { deduplication: { id: request.dedupeKey } }),
        removeOnComplete: { age: 24 * 3600, count: 10_000 },
        removeOnFail: { age: 7 * 24 * 3600 },
      });
      return job.id!;
    },
    process(queue, handler, { concurrency }) {
      pending.push({ queue, handler, concurrency });
    },
    start() {
      for (const { queue, handler, concurrency } of pending.splice(0)) {
        const worker = new Worker(
          queue,
          async (job: BullJob, _token?: string, signal?: AbortSignal) => {
            try {
              await handler(
                {
                  id: job.id!,
                  queue,
                  name: job.name,
                  payload: job.data as Record<string, unknown>,
                  attempt: job.attemptsMade + 1,
                  maxAttempts: job.opts.attempts ?? 1,
                },
                signal ?? new AbortController().signal,
              );
            } catch (err) {
              if (err instanceof PermanentJobError) throw new UnrecoverableError(err.message);
              throw err;
            }
          },
          {
            connection: connection.duplicate(),
            prefix,
            concurrency,
            lockDuration: options.lockDurationMs ?? 60_000,
            stalledInterval: options.stalledIntervalMs ?? 30_000,
            maxStalledCount: 2,
          },
        );
        worker.on('failed', (job, err) =>
          options.logger.warn({ err, job_id: job?.id, queue, attempt: job?.attemptsMade }, 'job failed'),
        );
        worker.on('error', (err) => options.logger.error({ err, queue }, 'job worker error'));
        workers.push(worker);
      }
    },
    async stop(timeoutMs) {
      let timer: NodeJS.Timeout | undefined;
      const graceful = Promise.all(workers.map((w) => w.close()));
      const outcome = await Promise.race([
        graceful.then(() => 'drained' as const),
        new Promise<'timeout'>((resolve) => {
          timer = setTimeout(() => resolve('timeout'), timeoutMs);
        }),
      ]);
      clearTimeout(timer);
      // Past the deadline, leave: unfinished jobs stall and another worker picks them up.
      if (outcome === 'timeout') await Promise.all(workers.map((w) => w.close(true)));
      await Promise.all([...queues.values()].map((q) => q.close()));
      connection.disconnect();
    },
  };
}
