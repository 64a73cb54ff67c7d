import { createHash } from 'node:crypto';
import {
  CvInputError,
  ExtractionError,
  extractionSignals,
  type ExtractionSignals,
  type ExtractionStage,
  type Extractor,
  type InspectedFile,
} from '@resume2website/cv-extraction';
import type { BlobStore } from '../adapters/blob-store.js';
import type { CvStore } from '../adapters/cv-store.js';
import type { Extraction } from '../domain/cv.js';
import type { Logger } from '../logger.js';
import type { ExtractionEvents } from './extraction-events.js';
import type { ExtractionOutcome, OperationalMetrics } from '../adapters/operational-metrics.js';

/** Bumped when the CvData schema changes in a way that makes cached documents unusable. */
export const CV_SCHEMA_VERSION = '1';

export interface ExtractionPipelineDeps {
  store: CvStore;
  blobs: BlobStore;
  events: ExtractionEvents;
  inspect: (bytes: Buffer) => Promise<InspectedFile>;
  /** The extractors in order of preference; the first that is available and supports the file runs. */
  extractors: () => Extractor[];
  sanitize: (candidate: unknown) => { data: unknown; dropped: { pointer: string; reason: string }[] };
  checkAgainstSource: (data: unknown, sourceText: string) => ExtractionSignals['flagged_values'];
  timeoutMs: number;
  metrics: OperationalMetrics;
  logger: Logger;
  clock?: () => Date;
}

async function readAll(body: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of body) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
  return Buffer.concat(chunks);
}

export function cacheKeyFor(sha256: string, extractor: Extractor): string {
  return createHash('sha256')
    .update([sha256, extractor.name, extractor.model ?? '-', extractor.promptVersion, CV_SCHEMA_VERSION].join('\u0000'))
    .digest('hex');
}

/**
 * One extraction run: read the stored file, pick an extractor, answer from the cache when the same
 * file went through the same extractor, model and prompt before, otherwise extract within the time
 * budget; then sanitise, check against the source text, store a new document version. Safe to run
 * again for the same extraction (a retried job): a finished extraction is left alone.
 */
export class ExtractionPipeline {
  private readonly clock: () => Date;

  constructor(private readonly deps: ExtractionPipelineDeps) {
    this.clock = deps.clock ?? (() => new Date());
  }

  /** Which extractor would handle this kind of file now (recorded when the extraction is queued). */
  plannedExtractor(file: InspectedFile): Extractor | undefined {
    return this.candidates(file)[0];
  }

  /**
   * The extractors to try for a file, in order: those that support it and are available now, then
   * (so a file is never refused only because a circuit is open) the unavailable ones.
   */
  private candidates(file: InspectedFile): Extractor[] {
    const supporting = this.deps.extractors().filter((e) => e.supports(file));
    const available = supporting.filter((e) => e.available?.() ?? true);
    return [...available, ...supporting.filter((e) => !available.includes(e))];
  }

  async run(extractionId: string, signal: AbortSignal): Promise<void> {
    const { store } = this.deps;
    const extraction = await store.findExtraction(extractionId);
    if (!extraction || extraction.status === 'succeeded' || extraction.status === 'failed') return;
    const cv = await store.findById(extraction.cvId);
    if (!cv) return;
    // An earlier run stored the document and died before recording success (its worker was
    // killed between the two writes): the job runs again and must not add the document twice, nor
    // put it back over an edit the person has saved since.
    if (extraction.status === 'running' && (await store.hasDataFromExtraction(extraction.id))) {
      await this.update(extraction, { status: 'succeeded', stage: null, finishedAt: this.clock() });
      return;
    }
    const started = this.clock();
    // Timed on the monotonic clock: the injected one may be a test's fixed time.
    const startedTick = performance.now();
    let metricExtractor = 'none';
    let outcome: ExtractionOutcome = 'error';
    await this.update(extraction, { status: 'running', stage: 'reading', startedAt: extraction.startedAt ?? started });

    try {
      const blob = await this.deps.blobs.get(cv.storageKey);
      if (!blob) throw new ExtractionError('internal-error', 'The uploaded file is missing from storage.');
      const bytes = await readAll(blob.body);
      let file: InspectedFile;
      try {
        file = await this.deps.inspect(bytes);
      } catch (err) {
        if (err instanceof CvInputError)
          throw new ExtractionError(err.code === 'not-a-cv' ? 'not-a-cv' : 'unprocessable-file', err.detail);
        throw err;
      }
      const candidates = this.candidates(file);
      if (candidates.length === 0) {
        throw new ExtractionError(
          'extractor-unavailable',
          `No extractor can read a ${file.kind} file on this server right now: configure CLAUDE_API_KEY.`,
        );
      }
      let extractor = candidates[0]!;
      let cacheKey = '';
      let cached: Awaited<ReturnType<CvStore['readCache']>>;
      let candidate: unknown;
      let usage = null;
      let extractorSignals: Partial<ExtractionSignals> = {};
      for (const [index, next] of candidates.entries()) {
        extractor = next;
        metricExtractor = extractor.name;
        cacheKey = cacheKeyFor(cv.sha256, extractor);
        await this.update(extraction, {
          extractor: extractor.name,
          model: extractor.model,
          promptVersion: extractor.promptVersion,
          cacheKey,
        });
        cached = extraction.forced ? undefined : await store.readCache(cacheKey, this.clock());
        if (cached) {
          candidate = cached.data;
          break;
        }
        await this.update(extraction, { stage: 'extracting' });
        try {
          const result = await this.withBudget(signal, (budget) =>
            extractor.extract(
              { file, bytes, sha256: cv.sha256, originalFilename: cv.originalFilename },
              {
                signal: budget,
                // Progress is best effort: a failed write must not fail or stall the extraction.
                onStage: (stage: ExtractionStage) =>
                  void this.update(extraction, { stage }).catch((err: unknown) =>
                    this.deps.logger.warn(
                      { err, extraction_id: extraction.id },
                      'could not record the extraction stage',
                    ),
                  ),
              },
            ),
          );
          candidate = result.data;
          usage = result.usage;
          extractorSignals = result.signals ?? {};
          break;
        } catch (err) {
          // The service is down or out of budget, not the file at fault: the next extractor may
          // still read it (Claude's breaker open → the offline extractor).
          const fallback =
            err instanceof ExtractionError &&
            err.code === 'extractor-unavailable' &&
            index < candidates.length - 1 &&
            !signal.aborted;
          if (!fallback) throw err;
          this.deps.logger.warn(
            {
              extraction_id: extraction.id,
              from: extractor.name,
              to: candidates[index + 1]!.name,
              reason: err.message,
            },
            'extractor unavailable; falling back',
          );
        }
      }

      await this.update(extraction, { stage: 'validating' });
      const { data, dropped } = this.deps.sanitize(candidate);
      const flagged = file.text ? this.deps.checkAgainstSource(data, file.text) : [];
      const signals = extractionSignals({ extractor: extractorSignals, flagged, dropped });
      if (!cached) {
        await store.writeCache(
          {
            cacheKey,
            sha256: cv.sha256,
            extractor: extractor.name,
            model: extractor.model,
            promptVersion: extractor.promptVersion,
            data,
            usage,
          },
          this.clock(),
        );
      }
      await store.appendData(
        cv.id,
        { source: extractor.name === 'jsonresume' ? 'import' : 'extraction', extractionId: extraction.id, data },
        undefined,
        this.clock(),
      );
      const finished = this.clock();
      await this.update(extraction, {
        status: 'succeeded',
        stage: null,
        cached: Boolean(cached),
        usage,
        signals,
        durationMs: finished.getTime() - started.getTime(),
        finishedAt: finished,
      });
      outcome = cached ? 'cached' : 'succeeded';
    } catch (err) {
      if (!(err instanceof ExtractionError)) throw err;
      outcome = err.code;
      const finished = this.clock();
      this.deps.logger.warn({ err, extraction_id: extraction.id, code: err.code }, 'extraction failed');
      await this.update(extraction, {
        status: 'failed',
        stage: null,
        errorCode: err.code,
        errorMessage: err.message,
        durationMs: finished.getTime() - started.getTime(),
        finishedAt: finished,
      });
    } finally {
      this.deps.metrics.extractionFinished(metricExtractor, outcome, (performance.now() - startedTick) / 1000);
    }
  }

  /** Marks an extraction failed after its job gave up on unexpected errors (database down, …). */
  async giveUp(extractionId: string, reason: string): Promise<void> {
    const extraction = await this.deps.store.findExtraction(extractionId);
    if (!extraction || extraction.status === 'succeeded' || extraction.status === 'failed') return;
    await this.update(extraction, {
      status: 'failed',
      stage: null,
      errorCode: 'internal-error',
      errorMessage: reason,
      finishedAt: this.clock(),
    });
  }

  private async withBudget<T>(outer: AbortSignal, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
    const budget = AbortSignal.any([outer, AbortSignal.timeout(this.deps.timeoutMs)]);
    let onAbort: (() => void) | undefined;
    const aborted = new Promise<never>((_, reject) => {
      onAbort = () =>
        reject(
          new ExtractionError(
            'timeout',
            `The extraction did not finish within ${Math.round(this.deps.timeoutMs / 1000)} s.`,
            { retryable: true },
          ),
        );
      budget.addEventListener('abort', onAbort, { once: true });
    });
    try {
      return await Promise.race([work(budget), aborted]);
    } finally {
      if (onAbort) budget.removeEventListener('abort', onAbort);
    }
  }

  private async update(extraction: Extraction, changes: Partial<Extraction>): Promise<void> {
    Object.assign(extraction, changes);
    await this.deps.store.updateExtraction(extraction.id, changes);
    this.deps.events.publish({ ...extraction });
  }
}
