import type { JobQueue } from '../adapters/job-queue.js';
import { PermanentJobError } from '../domain/errors.js';
import { EXTRACT_JOB } from '../services/cv-service.js';
import type { ExtractionPipeline } from '../services/extraction-service.js';

/** Runs an extraction queued by an upload (or a re-extraction) on the `extract` queue. */
export function registerExtractJob(queue: JobQueue, pipeline: ExtractionPipeline, concurrency: number): void {
  queue.process(
    'extract',
    async (job, signal) => {
      const extractionId = String(job.payload.extraction_id);
      if (job.name !== EXTRACT_JOB) throw new PermanentJobError(`unknown extract job ${job.name}`);
      try {
        await pipeline.run(extractionId, signal);
      } catch (err) {
        // Unexpected failures (storage or database down) are retried by the queue; the last try
        // records the failure so the user is not left watching "running" forever.
        if (job.attempt >= job.maxAttempts)
          await pipeline.giveUp(extractionId, 'the extraction kept failing on our side');
        throw err;
      }
    },
    { concurrency },
  );
}
