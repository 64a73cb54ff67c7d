import type { JobQueue } from '../adapters/job-queue.js';
import { PermanentJobError } from '../domain/errors.js';
import { type PortfolioService, PublishFailure, PUBLISH_JOB, UNPUBLISH_JOB } from '../services/portfolio-service.js';

/** Puts a portfolio's site up (or takes it down) on the `publish` queue. */
export function registerPublishJob(queue: JobQueue, portfolios: PortfolioService): void {
  queue.process(
    'publish',
    async (job) => {
      const portfolioId = String(job.payload.portfolio_id);
      const which =
        job.name === UNPUBLISH_JOB
          ? ({ unpublish: true } as const)
          : { run: typeof job.payload.run === 'string' ? job.payload.run : undefined };
      try {
        if (job.name === PUBLISH_JOB) await portfolios.runPublish(portfolioId, 'run' in which ? which.run : undefined);
        else if (job.name === UNPUBLISH_JOB) await portfolios.runUnpublish(portfolioId);
        else throw new PermanentJobError(`unknown publish job ${job.name}`);
      } catch (err) {
        if (err instanceof PublishFailure) {
          await portfolios.markFailed(portfolioId, err.message, which);
          throw new PermanentJobError(err.message, { cause: err });
        }
        // Storage trouble: retried with backoff; the last try tells the owner.
        if (job.attempt >= job.maxAttempts) {
          await portfolios.markFailed(portfolioId, 'the site could not be stored; try again in a few minutes', which);
        }
        throw err;
      }
    },
    { concurrency: 4 },
  );
}
