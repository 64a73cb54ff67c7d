import { randomBytes } from 'node:crypto';
import type { Knex } from 'knex';
import { newId } from '../domain/ids.js';
import type { Logger } from '../logger.js';
import {
  QUEUE_NAMES,
  type Job,
  type JobHandler,
  type JobQueue,
  type JobRequest,
  type QueueName,
  type QueueStats,
} from './job-queue.js';
import { PermanentJobError } from '../domain/errors.js';
import { fromDbInt, fromDbJson, fromDbTime, toDbJson, toDbTime } from './sql-values.js';

export interface SqlJobQueueOptions {
  logger: Logger;
  clock?: () => Date;
  pollIntervalMs?: number;
  /** How long a claimed job is ours without a heartbeat; a crashed worker's jobs return after it. */
  leaseMs?: number;
  /** Retry delay: base × 2^(attempt-1), capped at 5 minutes. */
  backoffBaseMs?: number;
}

interface CountRow {
  queue: string;
  status?: string;
  n: unknown;
  oldest?: unknown;
}

interface JobRow {
  id: string;
  queue: string;
  name: string;
  payload: unknown;
  status: string;
  attempts: unknown;
  max_attempts: unknown;
}

/**
 * The embedded queue: jobs are rows, so they survive a restart; a worker claims a row by a
 * conditional update (status queued → running, with a lease), which works the same on SQLite and
 * PostgreSQL and lets several processes share one database. A running job whose lease lapsed (its
 * worker died) is put back in the queue, or failed once it has used its attempts.
 */
export function createSqlJobQueue(db: Knex, options: SqlJobQueueOptions): JobQueue {
  const clock = options.clock ?? (() => new Date());
  const pollIntervalMs = options.pollIntervalMs ?? 250;
  const leaseMs = options.leaseMs ?? 60_000;
  const backoffBaseMs = options.backoffBaseMs ?? 2_000;
  const workerId = `worker-${randomBytes(4).toString('hex')}`;
  const handlers = new Map<QueueName, { handler: JobHandler; concurrency: number; running: number }>();
  const inFlight = new Map<string, { promise: Promise<void>; abort: AbortController; heartbeat?: NodeJS.Timeout }>();
  let timer: NodeJS.Timeout | undefined;
  let stopping = false;
  let polling = false;

  async function recoverLapsed(now: Date): Promise<void> {
    const lapsed = await db<JobRow>('jobs')
      .where('status', 'running')
      .andWhere('locked_until', '<', toDbTime(now) as never);
    for (const row of lapsed) {
      const exhausted = fromDbInt(row.attempts) >= fromDbInt(row.max_attempts);
      await db('jobs')
        .where({ id: row.id, status: 'running' })
        .update({
          status: exhausted ? 'failed' : 'queued',
          locked_by: null,
          locked_until: null,
          last_error: 'the worker running this job stopped before finishing it',
          dedupe_key: exhausted ? null : undefined,
          updated_at: toDbTime(now),
        });
      options.logger.warn({ job_id: row.id, queue: row.queue, exhausted }, 'job lease lapsed: worker died mid-job');
    }
  }

  async function claim(queue: QueueName, now: Date): Promise<Job | undefined> {
    for (let tries = 0; tries < 5; tries++) {
      const row = await db<JobRow>('jobs')
        .where({ queue, status: 'queued' })
        .andWhere('run_at', '<=', toDbTime(now) as never)
        .orderBy('run_at')
        .first();
      if (!row) return undefined;
      const attempts = fromDbInt(row.attempts) + 1;
      const won = await db('jobs')
        .where({ id: row.id, status: 'queued' })
        .update({
          status: 'running',
          attempts,
          locked_by: workerId,
          locked_until: toDbTime(new Date(now.getTime() + leaseMs)),
          updated_at: toDbTime(now),
        });
      if (won === 1) {
        return {
          id: row.id,
          queue,
          name: row.name,
          payload: fromDbJson<Record<string, unknown>>(row.payload) ?? {},
          attempt: attempts,
          maxAttempts: fromDbInt(row.max_attempts),
        };
      }
    }
    return undefined;
  }

  async function run(job: Job, handler: JobHandler, abort: AbortController): Promise<void> {
    const heartbeat = setInterval(
      () => {
        void db('jobs')
          .where({ id: job.id, locked_by: workerId })
          .update({ locked_until: toDbTime(new Date(clock().getTime() + leaseMs)) })
          .catch((err: unknown) => options.logger.warn({ err, job_id: job.id }, 'job heartbeat failed'));
      },
      Math.max(50, leaseMs / 3),
    );
    heartbeat.unref();
    try {
      await handler(job, abort.signal);
      await db('jobs')
        .where({ id: job.id, locked_by: workerId })
        .update({
          status: 'succeeded',
          locked_by: null,
          locked_until: null,
          dedupe_key: null,
          updated_at: toDbTime(clock()),
        });
    } catch (err) {
      const permanent = err instanceof PermanentJobError;
      const retry = !permanent && job.attempt < job.maxAttempts;
      const delay = Math.min(backoffBaseMs * 2 ** (job.attempt - 1), 5 * 60_000);
      const message = err instanceof Error ? err.message : String(err);
      await db('jobs')
        .where({ id: job.id, locked_by: workerId })
        .update({
          status: retry ? 'queued' : 'failed',
          run_at: toDbTime(new Date(clock().getTime() + (retry ? delay : 0))),
          locked_by: null,
          locked_until: null,
          last_error: message.slice(0, 2000),
          dedupe_key: retry ? undefined : null,
          updated_at: toDbTime(clock()),
        });
      options.logger[retry ? 'warn' : 'error'](
        { err, job_id: job.id, queue: job.queue, attempt: job.attempt, retry },
        'job failed',
      );
    } finally {
      clearInterval(heartbeat);
    }
  }

  async function poll(): Promise<void> {
    if (polling || stopping) return;
    polling = true;
    try {
      const now = clock();
      await recoverLapsed(now);
      for (const [queue, entry] of handlers) {
        while (!stopping && entry.running < entry.concurrency) {
          const job = await claim(queue, now);
          if (!job) break;
          entry.running++;
          const abort = new AbortController();
          const slot: { promise: Promise<void>; abort: AbortController; heartbeat?: NodeJS.Timeout } = {
            promise: Promise.resolve(),
            abort,
          };
          inFlight.set(job.id, slot);
          // Nobody awaits a running job until stop(): a failed closing write (the database went
          // away as the job finished) must be logged here, or it ends the process. The row keeps
          // its lease, which lapses, and the job runs again (recoverLapsed).
          slot.promise = run(job, entry.handler, abort)
            .catch((err: unknown) =>
              options.logger.error({ err, job_id: job.id, queue }, 'could not record how a job ended'),
            )
            .finally(() => {
              entry.running--;
              inFlight.delete(job.id);
              schedule(0);
            });
        }
      }
    } catch (err) {
      options.logger.error({ err }, 'job queue poll failed');
    } finally {
      polling = false;
    }
  }

  function schedule(delayMs: number): void {
    if (stopping || handlers.size === 0) return;
    clearTimeout(timer);
    timer = setTimeout(() => {
      void poll().finally(() => schedule(pollIntervalMs));
    }, delayMs);
    timer.unref();
  }

  /**
   * Three grouped counts, each a range of the (queue, status, run_at) index (the queue names are
   * listed so the index's first column is constrained): succeeded rows, which pile up, are never
   * read, so the cost follows the unfinished and failed jobs, not the table's history.
   */
  async function stats(): Promise<QueueStats[]> {
    const now = toDbTime(clock());
    const [due, later, others] = (await Promise.all([
      db('jobs')
        .select('queue')
        .count({ n: '*' })
        .min({ oldest: 'run_at' })
        .whereIn('queue', QUEUE_NAMES)
        .andWhere('status', 'queued')
        .andWhere('run_at', '<=', now as never)
        .groupBy('queue'),
      db('jobs')
        .select('queue')
        .count({ n: '*' })
        .whereIn('queue', QUEUE_NAMES)
        .andWhere('status', 'queued')
        .andWhere('run_at', '>', now as never)
        .groupBy('queue'),
      db('jobs')
        .select('queue', 'status')
        .count({ n: '*' })
        .whereIn('queue', QUEUE_NAMES)
        .whereIn('status', ['running', 'failed'])
        .groupBy('queue', 'status'),
    ])) as unknown as [CountRow[], CountRow[], CountRow[]];
    const byQueue = new Map<string, QueueStats>(
      QUEUE_NAMES.map((queue) => [
        queue,
        { queue, waiting: 0, active: 0, delayed: 0, failed: 0, oldestWaitingSeconds: 0 },
      ]),
    );
    for (const row of due) {
      const entry = byQueue.get(row.queue);
      if (!entry) continue;
      entry.waiting = fromDbInt(row.n);
      if (row.oldest !== null && row.oldest !== undefined) {
        entry.oldestWaitingSeconds = Math.max(0, (now.getTime() - fromDbTime(row.oldest).getTime()) / 1000);
      }
    }
    for (const row of later) {
      const entry = byQueue.get(row.queue);
      if (entry) entry.delayed = fromDbInt(row.n);
    }
    for (const row of others) {
      const entry = byQueue.get(row.queue);
      if (!entry) continue;
      if (row.status === 'running') entry.active = fromDbInt(row.n);
      else entry.failed = fromDbInt(row.n);
    }
    return [...byQueue.values()];
  }

  return {
    stats,
    async enqueue(request: JobRequest) {
      const now = clock();
      if (request.dedupeKey) {
        const existing = await db('jobs').select('id').where({ dedupe_key: request.dedupeKey }).first();
        if (existing) return existing.id as string;
      }
      const id = newId('job');
      try {
        await db('jobs').insert({
          id,
          queue: request.queue,
          name: request.name,
          payload: toDbJson(request.payload),
          status: 'queued',
          attempts: 0,
          max_attempts: request.maxAttempts ?? 3,
          run_at: toDbTime(request.runAt ?? now),
          dedupe_key: request.dedupeKey ?? null,
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        });
      } catch (err) {
        // Two enqueues raced on the same key: the other one's job is the job.
        if (request.dedupeKey) {
          const existing = await db('jobs').select('id').where({ dedupe_key: request.dedupeKey }).first();
          if (existing) return existing.id as string;
        }
        throw err;
      }
      schedule(0);
      return id;
    },
    process(queue, handler, { concurrency }) {
      handlers.set(queue, { handler, concurrency, running: 0 });
    },
    start() {
      stopping = false;
      schedule(0);
    },
    async stop(timeoutMs) {
      stopping = true;
      clearTimeout(timer);
      const running = [...inFlight.values()];
      let timeout: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled(running.map((r) => r.promise)),
        new Promise<void>((resolve) => {
          timeout = setTimeout(resolve, timeoutMs);
        }),
      ]);
      clearTimeout(timeout);
      // Jobs still running are told to stop and no longer renew their lease, so another worker
      // (or this one after a restart) takes them over once it lapses.
      for (const { abort, heartbeat } of inFlight.values()) {
        clearInterval(heartbeat);
        abort.abort();
      }
    },
  };
}
