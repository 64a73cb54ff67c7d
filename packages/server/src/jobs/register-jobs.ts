import type { JobQueue } from '../adapters/job-queue.js';
import type { AccountMail } from '../services/account-mail.js';
import type { CleanupService } from '../services/cleanup-service.js';
import type { ExtractionPipeline } from '../services/extraction-service.js';
import type { PortfolioService } from '../services/portfolio-service.js';
import { registerCleanupJob } from './cleanup-job.js';
import { registerExtractJob } from './extract-job.js';
import { registerPublishJob } from './publish-job.js';
import { registerMailJob } from './mail-job.js';

/** Every queue's handler, for the process that consumes jobs (the embedded server, or `npm run worker`). */
export function registerJobs(
  queue: JobQueue,
  work: {
    pipeline: ExtractionPipeline;
    extractionConcurrency: number;
    portfolios: PortfolioService;
    cleanup: CleanupService;
    mail: AccountMail;
  },
): void {
  registerExtractJob(queue, work.pipeline, work.extractionConcurrency);
  registerPublishJob(queue, work.portfolios);
  registerCleanupJob(queue, work.cleanup);
  registerMailJob(queue, work.mail);
}
