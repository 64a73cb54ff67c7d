import { expect, it } from 'vitest';
import { QUEUE_NAMES, type Job, type JobQueue, type QueueName } from '../../src/adapters/job-queue.js';
import { PermanentJobError } from '../../src/domain/errors.js';

export interface QueueUnderTest {
  /** A new queue instance (a new "worker"), with fast retries for tests. */
  create(options: { backoffBaseMs: number }): JobQueue;
  /** `succeeded`, `failed` or something else, as the backend records it. */
  statusOf(jobId: string): Promise<string>;
}

export async function until(predicate: () => boolean | Promise<boolean>, timeoutMs = 8000): Promise<void> {
  const started = Date.now();
  while (!(await predicate())) {
    if (Date.now() - started > timeoutMs) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 20));
  }
}

/** The behaviour both queue backends promise; each backend's suite calls this. */
export function jobQueueContract(getBackend: () => QueueUnderTest): void {
  it('runs enqueued jobs with their payload, and records success', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
    const seen: Job[] = [];
    queue.process('extract', async (job) => void seen.push(job), { concurrency: 2 });
    queue.start();
    const id = await queue.enqueue({ queue: 'extract', name: 'extract-cv', payload: { cv_id: 'cv_1', n: 1 } });
    await until(() => seen.length === 1);
    expect(seen[0]).toMatchObject({ id, name: 'extract-cv', payload: { cv_id: 'cv_1', n: 1 }, attempt: 1 });
    await until(async () => (await backend.statusOf(id)) === 'succeeded');
    await queue.stop(1000);
  });

  it('retries a failing job with backoff, then fails it after its attempts', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
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
    await until(async () => (await backend.statusOf(id)) === 'failed');
    expect(attempts).toEqual([1, 2, 3]);
    await queue.stop(1000);
  });

  it('does not retry a permanent failure', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
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
    await until(async () => (await backend.statusOf(id)) === 'failed');
    await new Promise((r) => setTimeout(r, 200));
    expect(runs).toBe(1);
    await queue.stop(1000);
  });

  it('keeps one unfinished job per dedupe key, and frees the key when it finishes', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
    const key = `sweep-${Date.now()}-${Math.random()}`;
    const a = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: key });
    const b = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: key });
    expect(b).toBe(a);
    let runs = 0;
    queue.process('cleanup', async () => void runs++, { concurrency: 1 });
    queue.start();
    await until(() => runs === 1);
    await until(async () => (await backend.statusOf(a)) === 'succeeded');
    const c = await queue.enqueue({ queue: 'cleanup', name: 'sweep', payload: {}, dedupeKey: key });
    expect(c).not.toBe(a);
    await until(() => runs === 2);
    await queue.stop(1000);
  });

  it('never runs more than `concurrency` jobs of a queue at once', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
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

  it('reports the depth of every queue by state, and how long the oldest waiting job has waited', async () => {
    const backend = getBackend();
    const queue = backend.create({ backoffBaseMs: 50 });
    const of = async (name: QueueName) => {
      const stats = await queue.stats();
      expect(stats.map((s) => s.queue).sort()).toEqual([...QUEUE_NAMES].sort());
      return stats.find((s) => s.queue === name)!;
    };
    // Earlier tests leave failed jobs behind: compare with what was there before.
    const before = await of('extract');
    expect(before).toMatchObject({ waiting: 0, active: 0, oldestWaitingSeconds: 0 });

    await queue.enqueue({ queue: 'extract', name: 'x', payload: { n: 1 } });
    // The age is the oldest job's, not the newest's.
    await new Promise((r) => setTimeout(r, 1100));
    await queue.enqueue({ queue: 'extract', name: 'x', payload: { n: 2 } });
    await queue.enqueue({ queue: 'extract', name: 'x', payload: { n: 3 }, runAt: new Date(Date.now() + 3600_000) });
    const queued = await of('extract');
    expect(queued).toMatchObject({ waiting: 2, active: 0, delayed: before.delayed + 1, failed: before.failed });
    expect(queued.oldestWaitingSeconds).toBeGreaterThanOrEqual(1);
    expect(queued.oldestWaitingSeconds).toBeLessThan(60);

    // One runs (and is held), one still waits; then both finish and nothing waits.
    let release!: () => void;
    const held = new Promise<void>((r) => (release = r));
    let started = 0;
    queue.process(
      'extract',
      async () => {
        started++;
        await held;
      },
      { concurrency: 1 },
    );
    queue.start();
    await until(() => started === 1);
    await until(async () => {
      const s = await of('extract');
      return s.active === 1 && s.waiting === 1;
    });
    release();
    await until(async () => {
      const s = await of('extract');
      return s.active === 0 && s.waiting === 0;
    });
    expect(await of('extract')).toMatchObject({ delayed: before.delayed + 1, oldestWaitingSeconds: 0 });
    await queue.stop(1000);
  });
}
