import type { Knex } from 'knex';
import {
  checkAgainstSource,
  closeCvIntake,
  createClaudeExtractor,
  createHeuristicExtractor,
  createJsonResumeExtractor,
  fromJsonResume,
  inspectCvFile,
  readPdfLayout,
  sanitizeCvData,
  toJsonResume,
  validateUserCvData,
  type Extractor,
} from '@resume2website/cv-extraction';
import type { BlobStore } from './adapters/blob-store.js';
import { createBullmqJobQueue } from './adapters/bullmq-job-queue.js';
import { createLocalBlobStore } from './adapters/local-blob-store.js';
import type { RateLimiters } from './adapters/rate-limiters.js';
import { createS3BlobStore } from './adapters/s3-blob-store.js';
import { createSqlCvStore } from './adapters/sql-cv-store.js';
import { createSqlJobQueue } from './adapters/sql-job-queue.js';
import type { Config } from './config.js';
import type { OperationHandlers } from './http/openapi-dispatcher.js';
import type { Logger } from './logger.js';
import { cvRoutes } from './routes/cv-routes.js';
import { extractionStreamRoutes } from './routes/extraction-stream-routes.js';
import { CvService, EXTRACT_JOB } from './services/cv-service.js';
import { ExtractionEvents } from './services/extraction-events.js';
import { ExtractionPipeline } from './services/extraction-service.js';
import { loadApiSpec } from './spec.js';
import { type JobQueue } from './adapters/job-queue.js';
import { PermanentJobError } from './domain/errors.js';
import type { OperationalMetrics } from './adapters/operational-metrics.js';

export interface CvModule {
  handlers: OperationHandlers;
  /** Removes a user's CVs with their stored files (account deletion, guest cleanup). */
  deleteAllForUser(userId: string): Promise<void>;
  blobs: BlobStore;
  queue: JobQueue;
  /** Starts consuming jobs in this process (the embedded mode, and `npm run worker`). */
  startWorker(): void;
  close(timeoutMs: number): Promise<void>;
}

/** Uploads, storage, extraction jobs and the document endpoints, built from configuration. */
export function createCvModule(deps: {
  db: Knex;
  config: Config;
  logger: Logger;
  limits: RateLimiters;
  metrics: OperationalMetrics;
  /** Takes down a CV's portfolios and live sites before the CV is deleted. */
  beforeCvDeleted?: (cvId: string) => Promise<void>;
}): CvModule {
  const { config, logger } = deps;
  const blobs = config.storage.s3
    ? createS3BlobStore({
        bucket: config.storage.s3.bucket,
        region: config.storage.s3.region,
        ...(config.storage.s3.endpoint && { endpoint: config.storage.s3.endpoint }),
        forcePathStyle: config.storage.s3.forcePathStyle,
      })
    : createLocalBlobStore({ rootDir: config.storage.localDir });
  const queue = config.redisUrl
    ? createBullmqJobQueue({ redisUrl: config.redisUrl, logger })
    : createSqlJobQueue(deps.db, { logger });
  deps.metrics.observeQueues(queue);
  const store = createSqlCvStore(deps.db);
  const events = new ExtractionEvents();
  // Upload only probes a PDF; the extraction job reads its text.
  const inspectUpload = (bytes: Buffer) => inspectCvFile(bytes, { pdfText: false });
  const inspect = (bytes: Buffer) => inspectCvFile(bytes);

  const extractors: Extractor[] = [createJsonResumeExtractor(fromJsonResume)];
  const claude = config.extraction.claude
    ? createClaudeExtractor({
        apiKey: config.extraction.claude.apiKey,
        ...(config.extraction.claude.model && { model: config.extraction.claude.model }),
        ...(config.extraction.claude.baseUrl && { baseUrl: config.extraction.claude.baseUrl }),
        timeoutMs: config.extraction.timeoutMs,
        logger,
        // The contract's CvData schema becomes the model's tool schema.
        contract: loadApiSpec().document,
      })
    : undefined;
  if (claude) {
    extractors.push(claude);
    deps.metrics.observeBreaker('claude', () => claude.breaker.state);
  }
  extractors.push(createHeuristicExtractor({ readPdfLayout: (bytes) => readPdfLayout(bytes), logger }));

  const pipeline = new ExtractionPipeline({
    store,
    blobs,
    events,
    inspect,
    extractors: () => extractors,
    sanitize: (candidate) => sanitizeCvData(candidate),
    checkAgainstSource: (data, text) => checkAgainstSource(data as never, text),
    timeoutMs: config.extraction.timeoutMs,
    metrics: deps.metrics,
    logger,
  });
  const cvs = new CvService({
    store,
    blobs,
    queue,
    pipeline,
    events,
    limits: deps.limits,
    inspect: inspectUpload,
    maxCvsPerUser: config.limits.maxCvsPerUser,
    ...(deps.beforeCvDeleted && { beforeCvDeleted: deps.beforeCvDeleted }),
    logger,
  });

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
    { concurrency: config.extraction.concurrency },
  );

  return {
    handlers: {
      ...cvRoutes({
        cvs,
        maxUploadBytes: config.limits.maxUploadBytes,
        toJsonResume: (data) => toJsonResume(data as never),
        validateUserCvData,
      }),
      ...extractionStreamRoutes({ cvs, events }),
    },
    deleteAllForUser: (userId) => cvs.deleteAllForUser(userId),
    blobs,
    queue,
    startWorker: () => queue.start(),
    async close(timeoutMs) {
      await queue.stop(timeoutMs);
      await blobs.close();
      await closeCvIntake();
    },
  };
}
