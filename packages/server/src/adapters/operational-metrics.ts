import type { CircuitState, ExtractionErrorCode, ExtractionUsage } from '@resume2website/cv-extraction';
import type { QueueStats } from './job-queue.js';

/**
 * How a finished extraction run ended: a fresh result, one answered from the cache, the
 * `ExtractionError` code the extraction was failed with, or `error` for an unexpected failure the
 * job will retry (storage or database down).
 */
export type ExtractionOutcome = 'succeeded' | 'cached' | ExtractionErrorCode | 'error';

/**
 * How a publish run ended: live, refused for good (`PublishFailure`: unpaid, no document, theme
 * gone), an unexpected failure the job will retry (storage down), or not recorded because the
 * portfolio was deleted or asked for again while its files went up.
 */
export type PublishOutcome = 'succeeded' | 'failed' | 'error' | 'abandoned';

/** Anything that can say how deep its queues are, asked at scrape time. */
export interface QueueStatsSource {
  stats(): Promise<QueueStats[]>;
}

/**
 * What the services report about their work. An interface here, implemented with prom-client in
 * adapters, so services stay free of the metrics library; label values are the closed sets above
 * (and extractor names), never ids, so the number of series stays bounded.
 */
export interface OperationalMetrics {
  /** One extraction run, labelled with the extractor that produced the outcome (`none` before one was picked). */
  extractionFinished(extractor: string, outcome: ExtractionOutcome, seconds: number): void;
  publishFinished(outcome: PublishOutcome, seconds: number): void;
  /**
   * One answer from Claude: its tokens and their list price. Every billed answer counts, a failed
   * extraction's included, so the counters track the Anthropic invoice rather than successes.
   */
  claudeUsage(model: string, usage: ExtractionUsage): void;
  /** Queue depths are read from the source when metrics are scraped, never counted on the hot path. */
  observeQueues(source: QueueStatsSource): void;
  /** A breaker's state is read when metrics are scraped, so a circuit whose open time ran out reads half-open. */
  observeBreaker(name: string, state: () => CircuitState): void;
}
