import { CircuitBreaker, CircuitOpenError } from '../circuit-breaker.js';
import { isRecord } from '../cv-data.js';
import {
  ExtractionError,
  type ExtractionInput,
  type ExtractionUsage,
  type Extractor,
  type ExtractorContext,
  type ExtractorResult,
} from '../extractor.js';
import {
  DEFAULT_CLAUDE_MODEL,
  classifyFailure,
  createAnthropicClient,
  type CallState,
  type ClaudeExtractorLogger,
  type ContentBlockParam,
  type Message,
} from './anthropic-client.js';
import { claudeError, outcomeOf, toExtractionError } from './claude-errors.js';
import { interpretAnswer } from './interpretation.js';
import { priceOf, usageOf } from './pricing.js';
import { createClaudeRequests } from './request.js';

/**
 * The Claude extractor: a CV file in, a CvData candidate out, through the Messages API. It composes
 * the request (`request.ts`), the API client (`anthropic-client.ts`), the answer's interpretation
 * (`interpretation.ts`), the failures' meaning (`claude-errors.ts`) and the cost (`pricing.ts`).
 *
 * - Time: one budget (`timeoutMs`) for the whole call including the SDK's retries; the caller's
 *   signal aborts it too.
 * - A circuit breaker (5 consecutive unhealthy failures → open 60 s → one trial call) makes calls
 *   fail fast while the service is down, so the pipeline can fall back to the offline extractor.
 */

export interface ClaudeExtractorOptions {
  apiKey: string;
  /** The parsed contract (openapi.yaml) whose `CvData` schema becomes `record_cv`'s input schema. */
  contract: Record<string, unknown>;
  /** Default: `DEFAULT_CLAUDE_MODEL`. */
  model?: string;
  /** Default: the public API. Tests point it at a local mock. */
  baseUrl?: string;
  /** The whole budget for one extraction, retries included. */
  timeoutMs: number;
  logger: ClaudeExtractorLogger;
  /** The circuit breaker's clock. */
  clock?: () => Date;
  /** Retries the SDK makes for 408/409/429/5xx/529 and connection errors (default 2). */
  maxRetries?: number;
  /** A cap on one HTTP attempt (default: the whole budget). */
  requestTimeoutMs?: number;
  /** The response's token cap (default 16,384: a dense multi-page CV is 4–8 k tokens of JSON). */
  maxTokens?: number;
  breaker?: { failureThreshold?: number; openMs?: number };
  /**
   * Told the tokens (and their list price) of every answer Claude sends, including answers that
   * then fail interpretation (`not-a-cv`, `invalid-output`): those are billed too, so the caller's
   * spend metrics would read low if only successful extractions counted.
   */
  onUsage?: (usage: ExtractionUsage, model: string) => void;
}

export interface ClaudeExtractor extends Extractor {
  readonly name: 'claude';
  readonly model: string;
  /** For readiness and metrics: `breaker.state`, `breaker.snapshot()`. */
  readonly breaker: CircuitBreaker;
  /** Input tokens the request for this file would use, counted by the API's token-counting endpoint. */
  estimateInputTokens(input: ExtractionInput, signal?: AbortSignal): Promise<number>;
}

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}

export function createClaudeExtractor(options: ClaudeExtractorOptions): ClaudeExtractor {
  const model = options.model ?? DEFAULT_CLAUDE_MODEL;
  const { logger, timeoutMs } = options;
  const maxRetries = options.maxRetries ?? 2;
  const maxTokens = options.maxTokens ?? 16_384;
  const requestTimeoutMs = Math.min(options.requestTimeoutMs ?? timeoutMs, timeoutMs);
  const price = priceOf(model);
  if (!price) logger.warn({ model }, 'no price is known for this Claude model: extraction cost is recorded as 0');

  const client = createAnthropicClient({
    apiKey: options.apiKey,
    ...(options.baseUrl && { baseUrl: options.baseUrl }),
    model,
    maxRetries,
    requestTimeoutMs,
    logger,
  });
  const requests = createClaudeRequests({ model, maxTokens, contract: options.contract });

  const breaker = new CircuitBreaker('claude', {
    failureThreshold: options.breaker?.failureThreshold ?? 5,
    openMs: options.breaker?.openMs ?? 60_000,
    clock: options.clock,
    onStateChange: (change) =>
      logger[change.to === 'open' ? 'warn' : 'info'](
        { circuit: 'claude', from: change.from, to: change.to, consecutive_failures: change.consecutiveFailures },
        `the Claude circuit is ${change.to}`,
      ),
  });

  function reportUsage(usage: ExtractionUsage): void {
    try {
      options.onUsage?.(usage, model);
    } catch (error) {
      // Bookkeeping must never fail an extraction Claude has already answered (and billed).
      logger.warn({ model, err: error }, 'recording Claude usage failed');
    }
  }

  async function callModel(
    input: ExtractionInput,
    content: ContentBlockParam[],
    context: ExtractorContext,
  ): Promise<ExtractorResult> {
    const started = performance.now();
    const call: CallState = { attempts: 0, deadline: started + timeoutMs };
    const budget = new AbortController();
    const timer = setTimeout(() => budget.abort(new Error('extraction budget spent')), timeoutMs);
    const signal = AbortSignal.any([context.signal, budget.signal]);
    let message: Message;
    try {
      context.onStage('extracting');
      message = await client.createMessage(requests.createParams(content), { signal, call });
    } catch (error) {
      // The caller's own time budget (an `AbortSignal.timeout`) is a timeout like ours; any other abort is a cancellation.
      const callerTimedOut = context.signal.aborted && isTimeoutReason(context.signal.reason);
      const mapped = toExtractionError(error, classifyFailure(error), {
        budgetSpent: budget.signal.aborted || callerTimedOut,
        cancelled: context.signal.aborted && !callerTimedOut,
        timeoutMs,
        model,
        logger,
      });
      logger.warn(
        { model, code: mapped.code, attempts: call.attempts, duration_ms: Math.round(performance.now() - started) },
        `Claude extraction failed: ${mapped.message}`,
      );
      throw mapped;
    } finally {
      clearTimeout(timer);
    }

    if (!isRecord(message) || !Array.isArray(message.content)) {
      const error = claudeError(
        'extractor-unavailable',
        'Claude answered with something that is not a message.',
        'failure',
        { retryable: true },
      );
      logger.warn({ model, code: error.code, attempts: call.attempts }, `Claude extraction failed: ${error.message}`);
      throw error;
    }
    context.onStage('validating');
    const usage = message.usage ? usageOf(message.usage, price) : null;
    if (usage) reportUsage(usage);
    const log = {
      model: message.model || model,
      stop_reason: message.stop_reason,
      attempts: call.attempts,
      duration_ms: Math.round(performance.now() - started),
      usage,
    };
    try {
      const data = interpretAnswer(message, input, { model, maxTokens, checkShape: requests.checkShape });
      logger.info(log, 'Claude extraction finished');
      return { data, usage };
    } catch (error) {
      logger.warn(
        { ...log, code: (error as ExtractionError).code },
        `Claude extraction failed: ${(error as Error).message}`,
      );
      throw error;
    }
  }

  return {
    name: 'claude',
    model,
    promptVersion: requests.promptVersion,
    breaker,
    supports: (file) => requests.supports(file),
    // While the circuit is open every call would fail at once: let the next extractor take it.
    available: () => breaker.state !== 'open',

    async extract(input, context) {
      if (context.signal.aborted) {
        throw new ExtractionError('timeout', 'The extraction was cancelled.', {
          cause: context.signal.reason,
          retryable: true,
        });
      }
      const content = requests.userContent(input);
      try {
        return await breaker.run(() => callModel(input, content, context), outcomeOf);
      } catch (error) {
        if (error instanceof CircuitOpenError) {
          throw new ExtractionError(
            'extractor-unavailable',
            `Claude is unavailable after repeated failures; the next attempt is allowed at ${error.retryAt.toISOString()}.`,
            { cause: error, retryable: true },
          );
        }
        throw error;
      }
    },

    async estimateInputTokens(input, signal) {
      const params = requests.countParams(requests.userContent(input));
      const timeout = Math.min(requestTimeoutMs, 30_000);
      const call: CallState = { attempts: 0, deadline: performance.now() + timeout * (maxRetries + 1) };
      try {
        return await client.countTokens(params, { ...(signal && { signal }), timeoutMs: timeout, call });
      } catch (error) {
        throw toExtractionError(error, classifyFailure(error), {
          budgetSpent: false,
          cancelled: signal?.aborted ?? false,
          timeoutMs,
          model,
          logger,
        });
      }
    },
  };
}
