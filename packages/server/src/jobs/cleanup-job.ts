import type { JobQueue } from '../adapters/job-queue.js';
import type { CleanupService } from '../services/cleanup-service.js';

/** The housekeeping sweep: expired previews, orphaned site files, expired sessions and guests. */
export function registerCleanupJob(queue: JobQueue, cleanup: CleanupService): void {
  queue.process(
    'cleanup',
    async () => {
      await cleanup.run();
    },
    { concurrency: 1 },
  );
}
