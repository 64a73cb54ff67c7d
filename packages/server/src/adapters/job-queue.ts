/**
 * Background work (extract, render, publish, cleanup, mail) never runs inside a request. Two
 * implementations share this contract: a durable queue in the SQL database, worked in-process (the
 * embedded default), and BullMQ on Redis with separate worker processes (production).
 */

export const QUEUE_NAMES = ['extract', 'render', 'publish', 'cleanup', 'mail'] as const;
export type QueueName = (typeof QUEUE_NAMES)[number];

export interface JobRequest {
  queue: QueueName;
  /** What to do, e.g. `extract-cv`; handlers may switch on it. */
  name: string;
  payload: Record<string, unknown>;
  /** At most one unfinished job per key: enqueueing a duplicate returns the existing job's id. */
  dedupeKey?: string;
  maxAttempts?: number;
  runAt?: Date;
}

export interface Job {
  id: string;
  queue: QueueName;
  name: string;
  payload: Record<string, unknown>;
  /** 1 on the first run. */
  attempt: number;
  maxAttempts: number;
}

export type JobHandler = (job: Job, signal: AbortSignal) => Promise<void>;

/** How much work one queue holds right now, for the metrics scraped from it. */
export interface QueueStats {
  queue: QueueName;
  /** Due and not started. */
  waiting: number;
  /** Running on some worker. */
  active: number;
  /** Scheduled for later, or backing off before a retry. */
  delayed: number;
  /** Gave up, as far as the backend still keeps them. */
  failed: number;
  /** How long the oldest waiting job has been due, in seconds; 0 when nothing waits. */
  oldestWaitingSeconds: number;
}

export interface JobQueue {
  enqueue(request: JobRequest): Promise<string>;
  /**
   * One entry per queue name, read from the backend when asked (a few indexed counts), so the
   * numbers are shared by every process using the same database or Redis.
   */
  stats(): Promise<QueueStats[]>;
  /** Registers the handler for a queue; work starts with `start()`. */
  process(queue: QueueName, handler: JobHandler, options: { concurrency: number }): void;
  start(): void;
  /** Stops taking work and waits up to `timeoutMs` for running jobs; the rest are resumed later. */
  stop(timeoutMs: number): Promise<void>;
}
