/**
 * Background work (extract, render, publish, cleanup) never runs inside a request. Two
 * implementations share this contract: a durable queue in the SQL database, worked in-process (the
 * embedded default), and BullMQ on Redis with separate worker processes (production).
 */

export type QueueName = 'extract' | 'render' | 'publish' | 'cleanup';

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

/** Thrown by a handler for a failure that retrying cannot fix (a broken file, not a timeout). */
export class PermanentJobError extends Error {
  constructor(message: string, options: { cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'PermanentJobError';
  }
}

export interface JobQueue {
  enqueue(request: JobRequest): Promise<string>;
  /** Registers the handler for a queue; work starts with `start()`. */
  process(queue: QueueName, handler: JobHandler, options: { concurrency: number }): void;
  start(): void;
  /** Stops taking work and waits up to `timeoutMs` for running jobs; the rest are resumed later. */
  stop(timeoutMs: number): Promise<void>;
}
