import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { Logger } from '../logger.js';
import type { CircuitState, ExtractionUsage } from '@resume2website/cv-extraction';
import type { QueueStats } from './job-queue.js';
import type { OperationalMetrics, QueueStatsSource } from './operational-metrics.js';

export interface PrometheusMetrics extends OperationalMetrics {
  /** What `/metrics` serves, in the API and in the worker. */
  readonly registry: Registry;
}

const BREAKER_STATE_VALUES: Record<CircuitState, number> = { closed: 0, 'half-open': 1, open: 2 };
const QUEUE_STATES = ['waiting', 'active', 'delayed', 'failed'] as const;
/** The `kind` label of `r2w_claude_tokens_total`: the four ways Anthropic counts (and prices) tokens. */
const CLAUDE_TOKEN_KINDS = {
  input: 'input_tokens',
  output: 'output_tokens',
  cache_read: 'cache_read_input_tokens',
  cache_write: 'cache_creation_input_tokens',
} as const satisfies Record<string, keyof ExtractionUsage>;
/** A scrape must not hang on a slow database or Redis: past this, the queue series are left out. */
const QUEUE_STATS_TIMEOUT_MS = 2000;

/**
 * The application's metrics on a registry of its own (not prom-client's global one), one per
 * container, so several apps in one process (the tests) never collide. Counters and histograms are
 * updated when work finishes; gauges are read at scrape time through `collect`, so nothing runs on
 * the request or job path to keep them current.
 */
export function createPrometheusMetrics(options: { logger: Logger }): PrometheusMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });

  const extractions = new Counter({
    name: 'r2w_extractions_total',
    help: 'Finished extraction runs, by extractor and outcome (succeeded, cached, an error code, or error)',
    labelNames: ['extractor', 'outcome'] as const,
    registers: [registry],
  });
  const extractionDuration = new Histogram({
    name: 'r2w_extraction_duration_seconds',
    help: 'Duration of an extraction run in seconds, from reading the file to storing the document',
    labelNames: ['extractor', 'outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 20, 30, 60, 120, 300],
    registers: [registry],
  });
  const publishDuration = new Histogram({
    name: 'r2w_publish_duration_seconds',
    help: 'Duration of a publish run in seconds (render, upload, CDN invalidation), by outcome',
    labelNames: ['outcome'] as const,
    buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60],
    registers: [registry],
  });

  const claudeTokens = new Counter({
    name: 'r2w_claude_tokens_total',
    help: 'Tokens Claude billed for extractions, by model and kind (input, output, cache_read, cache_write)',
    labelNames: ['model', 'kind'] as const,
    registers: [registry],
  });
  const claudeCost = new Counter({
    name: 'r2w_claude_cost_usd_total',
    help: 'List price in US dollars of the tokens Claude billed for extractions (0 for a model without a known price)',
    labelNames: ['model'] as const,
    registers: [registry],
  });

  const queueSources: QueueStatsSource[] = [];
  // Both queue gauges are collected in the same scrape: they share one read of the backend.
  let reading: Promise<QueueStats[] | undefined> | undefined;
  const readQueues = () =>
    (reading ??= withTimeout(
      Promise.all(queueSources.map((source) => source.stats())).then((lists) => lists.flat()),
      QUEUE_STATS_TIMEOUT_MS,
    )
      .catch((err: unknown) => {
        // Leaving the series out (rather than repeating old values) is what `absent()` alerts see.
        options.logger.warn({ err }, 'could not read the job queue depths for /metrics');
        return undefined;
      })
      .finally(() => {
        reading = undefined;
      }));
  new Gauge({
    name: 'r2w_queue_depth',
    help: 'Jobs in each queue by state (waiting, active, delayed, failed), read from the queue backend at scrape time',
    labelNames: ['queue', 'state'] as const,
    registers: [registry],
    async collect() {
      const stats = await readQueues();
      this.reset();
      for (const entry of stats ?? []) {
        for (const state of QUEUE_STATES) this.set({ queue: entry.queue, state }, entry[state]);
      }
    },
  });
  new Gauge({
    name: 'r2w_queue_oldest_waiting_age_seconds',
    help: 'How long the oldest waiting (due, not started) job of each queue has waited, in seconds; 0 when none waits',
    labelNames: ['queue'] as const,
    registers: [registry],
    async collect() {
      const stats = await readQueues();
      this.reset();
      for (const entry of stats ?? []) this.set({ queue: entry.queue }, entry.oldestWaitingSeconds);
    },
  });

  const breakers = new Map<string, () => CircuitState>();
  new Gauge({
    name: 'r2w_circuit_breaker_state',
    help: 'Circuit breaker state: 0 closed, 1 half-open, 2 open',
    labelNames: ['breaker'] as const,
    registers: [registry],
    collect() {
      this.reset();
      for (const [breaker, state] of breakers) this.set({ breaker }, BREAKER_STATE_VALUES[state()]);
    },
  });

  return {
    registry,
    extractionFinished(extractor, outcome, seconds) {
      extractions.inc({ extractor, outcome });
      extractionDuration.observe({ extractor, outcome }, seconds);
    },
    publishFinished(outcome, seconds) {
      publishDuration.observe({ outcome }, seconds);
    },
    claudeUsage(model, usage) {
      // Zero increments too: every kind's series exists from the first answer, so rate() and
      // increase() see the first real increment instead of a series appearing mid-window.
      for (const [kind, field] of Object.entries(CLAUDE_TOKEN_KINDS)) claudeTokens.inc({ model, kind }, usage[field]);
      claudeCost.inc({ model }, usage.cost_usd);
    },
    observeQueues(source) {
      queueSources.push(source);
    },
    observeBreaker(name, state) {
      breakers.set(name, state);
    },
  };
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}
