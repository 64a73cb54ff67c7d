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
import { createSqlCvStore } from '../adapters/sql-cv-store.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { cvRoutes } from '../routes/cv-routes.js';
import { extractionStreamRoutes } from '../routes/extraction-stream-routes.js';
import { withCvReadCache } from '../services/cached-cv-store.js';
import { CvService } from '../services/cv-service.js';
import { ExtractionEvents } from '../services/extraction-events.js';
import { ExtractionPipeline } from '../services/extraction-service.js';
import { loadApiSpec } from '../spec.js';
import type { Infrastructure } from './infrastructure.js';

export interface CvModule {
  cvs: CvService;
  /** What the extraction job runs. */
  pipeline: ExtractionPipeline;
  /** uploadCv, the CV and document endpoints, extractions and their progress stream. */
  routes(): OperationHandlers;
  /** Stops the PDF reader's worker thread. */
  close(): Promise<void>;
}

/**
 * How long the extraction job may spend reading one PDF. The upload keeps the intake's 1 s (it only
 * opens the file, in milliseconds); the job reads every page, on a worker that may be busy, in a
 * reader thread that is cold again after each timeout: 1 s there failed real CVs as "damaged" under
 * load (the scale-out test). The job has its own budget (EXTRACTION_TIMEOUT_MS), and the reader's
 * heap cap still stops a PDF that inflates long before this.
 */
const EXTRACTION_PDF_TIMEOUT_MS = 10_000;

/** Uploads, the extractors (JSON Resume, then Claude when configured, then the offline one) and documents. */
export function createCvModule(infra: Infrastructure): CvModule {
  const { config, logger, blobs, queue, metrics } = infra;
  const store = withCvReadCache(createSqlCvStore(infra.db), infra.ownedReads);
  const events = new ExtractionEvents();

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
        onUsage: (usage, model) => metrics.claudeUsage(model, usage),
      })
    : undefined;
  if (claude) {
    extractors.push(claude);
    metrics.observeBreaker('claude', () => claude.breaker.state);
  }
  extractors.push(
    createHeuristicExtractor({
      readPdfLayout: (bytes) => readPdfLayout(bytes, { pdfTimeoutMs: EXTRACTION_PDF_TIMEOUT_MS }),
      logger,
    }),
  );

  const pipeline = new ExtractionPipeline({
    store,
    blobs,
    events,
    inspect: (bytes) => inspectCvFile(bytes, { pdfTimeoutMs: EXTRACTION_PDF_TIMEOUT_MS }),
    extractors: () => extractors,
    sanitize: (candidate) => sanitizeCvData(candidate),
    checkAgainstSource: (data, text) => checkAgainstSource(data as never, text),
    timeoutMs: config.extraction.timeoutMs,
    metrics,
    logger,
  });
  const cvs = new CvService({
    store,
    blobs,
    queue,
    pipeline,
    events,
    limits: infra.limits,
    // Upload only probes a PDF; the extraction job reads its text.
    inspect: (bytes) => inspectCvFile(bytes, { pdfText: false }),
    maxCvsPerUser: config.limits.maxCvsPerUser,
    beforeCvDeleted: (cvId) => infra.hooks.run('cv-deleting', { cvId }),
    logger,
  });
  // An account's CVs (and, through 'cv-deleting', their portfolios) go before the account does.
  infra.hooks.on('user-deleting', ({ userId }) => cvs.deleteAllForUser(userId));

  return {
    cvs,
    pipeline,
    routes: () => ({
      ...cvRoutes({
        cvs,
        maxUploadBytes: config.limits.maxUploadBytes,
        toJsonResume: (data) => toJsonResume(data as never),
        validateUserCvData,
        validateCvDataUpdate: (body) => loadApiSpec().contract.validateBody('updateCvData', body),
      }),
      ...extractionStreamRoutes({ cvs, events }),
    }),
    close: () => closeCvIntake(),
  };
}
