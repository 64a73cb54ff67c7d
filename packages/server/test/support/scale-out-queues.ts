import { Queue } from 'bullmq';
import { Redis } from 'ioredis';

/**
 * The cluster's BullMQ queues as Redis holds them, read from outside the processes: how many jobs
 * are active right now (held by some worker), and at the end, whether any job was lost, failed,
 * left behind, or taken over from a worker that died holding it.
 */

/** The server's key prefix (`createBullmqJobQueue`'s default). */
const PREFIX = 'r2w';

export interface QueueReport {
  queue: string;
  jobs: number;
  completed: number;
  active: number;
  waiting: number;
  delayed: number;
  failed: number;
  /** Jobs BullMQ found stalled (their worker stopped renewing the lock) and ran again. */
  recoveredFromStall: number;
  /** Jobs started more than once (a stall, or a retry after an error). */
  startedMoreThanOnce: number;
}

export interface QueueInspector {
  active(queue: string): Promise<number>;
  report(queue: string): Promise<QueueReport>;
  close(): Promise<void>;
}

export function inspectQueues(redisUrl: string): QueueInspector {
  const connection = new Redis(redisUrl, { maxRetriesPerRequest: null });
  const queues = new Map<string, Queue>();
  const queueFor = (name: string) => {
    let queue = queues.get(name);
    if (!queue) {
      queue = new Queue(name, { connection, prefix: PREFIX });
      queues.set(name, queue);
    }
    return queue;
  };
  return {
    async active(name) {
      return queueFor(name).getActiveCount();
    },
    async report(name) {
      const queue = queueFor(name);
      const counts = await queue.getJobCounts('completed', 'active', 'waiting', 'prioritized', 'delayed', 'failed');
      const jobs = await queue.getJobs(['completed', 'active', 'waiting', 'prioritized', 'delayed', 'failed']);
      return {
        queue: name,
        jobs: jobs.length,
        completed: counts.completed ?? 0,
        active: counts.active ?? 0,
        waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
        delayed: counts.delayed ?? 0,
        failed: counts.failed ?? 0,
        recoveredFromStall: jobs.filter((job) => job.stalledCounter > 0).length,
        startedMoreThanOnce: jobs.filter((job) => job.attemptsStarted > 1).length,
      };
    },
    async close() {
      await Promise.all([...queues.values()].map((queue) => queue.close()));
      connection.disconnect();
    },
  };
}
