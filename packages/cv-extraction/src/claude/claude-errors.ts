import type { CallOutcome } from '../circuit-breaker.js';
import { ExtractionError, type ExtractionErrorCode } from '../extractor.js';
import type { ClaudeExtractorLogger } from './anthropic-client.js';

/**
 * Claude's failures as extraction errors: what an API error, a timeout or a cancellation means for
 * the CV (`ExtractionError.code`), and for the circuit breaker (each error's `CallOutcome`: only
 * the service's own faults count against it).
 */

/** An error response as the API describes it. */
export interface ApiFailure {
  status: number | undefined;
  type: string | null;
  errorCode: string | null;
  message: string | null;
}

/** An error from a call to the API, without the SDK's classes (see `classifyFailure`). */
export type ClaudeFailure =
  | { kind: 'connection-timeout' }
  | { kind: 'aborted' }
  | { kind: 'connection' }
  | { kind: 'api'; failure: ApiFailure; requestId: string | null }
  | { kind: 'not-json' }
  | { kind: 'other' };

/** Error codes (`error.details.error_code`) that mean the account may not spend more. */
const SPEND_LIMIT_CODES = new Set([
  'enforced_spend_limit_reached',
  'contract_spend_limit_reached',
  'linked_organization_spend_limit_reached',
  'linked_organization_billing_unavailable',
]);
/** The older shape: a 400 `invalid_request_error` whose message speaks of credit or usage limits. */
const SPEND_LIMIT_MESSAGE = /credit balance|spend(ing)? limit|usage limits?|purchase credits|billing/i;

export function failureFromBody(status: number, body: unknown): ApiFailure {
  const error = (body as { error?: { type?: unknown; message?: unknown; details?: { error_code?: unknown } } } | null)
    ?.error;
  return {
    status,
    type: typeof error?.type === 'string' ? error.type : null,
    errorCode: typeof error?.details?.error_code === 'string' ? error.details.error_code : null,
    message: typeof error?.message === 'string' ? error.message : null,
  };
}

/** Spend-limit and billing errors: retrying cannot help, and each retry is another refused call. */
export function isSpendLimitFailure(failure: ApiFailure): boolean {
  if (failure.errorCode !== null && SPEND_LIMIT_CODES.has(failure.errorCode)) return true;
  if (failure.type === 'billing_error' || failure.status === 402) return true;
  const status = failure.status ?? 0;
  return [400, 403].includes(status) && failure.message !== null && SPEND_LIMIT_MESSAGE.test(failure.message);
}

export function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** How each error made by `claudeError` counts for the circuit breaker. */
const outcomes = new WeakMap<object, CallOutcome>();

/** An extraction error that also says how it counts for the circuit breaker. */
export function claudeError(
  code: ExtractionErrorCode,
  message: string,
  outcome: CallOutcome,
  extra: { cause?: unknown; retryable?: boolean } = {},
): ExtractionError {
  const error = new ExtractionError(code, message, extra);
  outcomes.set(error, outcome);
  return error;
}

/** Errors not made by `claudeError` do not count. */
export function outcomeOf(error: unknown): CallOutcome {
  return (typeof error === 'object' && error !== null && outcomes.get(error)) || 'ignore';
}

export interface FailureContext {
  /** The call's own time budget ran out, or the caller's timed out. */
  budgetSpent: boolean;
  /** The caller aborted for another reason than time. */
  cancelled: boolean;
  timeoutMs: number;
  model: string;
  logger: ClaudeExtractorLogger;
}

/** An error from a call (with what `classifyFailure` made of it) as an ExtractionError. */
export function toExtractionError(error: unknown, failure: ClaudeFailure, context: FailureContext): ExtractionError {
  if (error instanceof ExtractionError) return error;
  if (context.cancelled) {
    return claudeError('timeout', 'The extraction was cancelled.', 'ignore', { cause: error, retryable: true });
  }
  if (context.budgetSpent || failure.kind === 'connection-timeout') {
    return claudeError(
      'timeout',
      `Claude did not answer within the ${Math.round(context.timeoutMs / 1000)} s budget.`,
      'failure',
      { cause: error, retryable: true },
    );
  }
  switch (failure.kind) {
    case 'aborted':
      return claudeError('timeout', 'The extraction was cancelled.', 'ignore', { cause: error, retryable: true });
    case 'connection':
      return claudeError('extractor-unavailable', 'Claude could not be reached.', 'failure', {
        cause: error,
        retryable: true,
      });
    case 'api':
      return fromApiFailure(error, failure.failure, failure.requestId, context);
    case 'not-json':
      return claudeError('extractor-unavailable', 'Claude answered with a body that is not JSON.', 'failure', {
        cause: error,
        retryable: true,
      });
    default:
      return claudeError('internal-error', 'The Claude extraction failed unexpectedly.', 'ignore', { cause: error });
  }
}

function fromApiFailure(
  error: unknown,
  failure: ApiFailure,
  requestId: string | null,
  context: FailureContext,
): ExtractionError {
  const status = failure.status ?? 0;
  const detail = `${status}${failure.type ? ` ${failure.type}` : ''}${requestId ? `, request ${requestId}` : ''}`;
  if (isSpendLimitFailure(failure)) {
    return claudeError('spend-limit', `The Claude account has reached its spending limit (${detail}).`, 'success', {
      cause: error,
    });
  }
  if (status === 401 || status === 403) {
    return claudeError(
      'extractor-unavailable',
      `Claude refused the API key (${detail}); check CLAUDE_API_KEY.`,
      'success',
      {
        cause: error,
      },
    );
  }
  if (status === 429) {
    return claudeError('extractor-unavailable', `Claude is rate-limiting requests (${detail}).`, 'failure', {
      cause: error,
      retryable: true,
    });
  }
  if (status >= 500) {
    return claudeError('extractor-unavailable', `Claude is unavailable (${detail}).`, 'failure', {
      cause: error,
      retryable: true,
    });
  }
  const aboutTheFile =
    status === 413 ||
    failure.errorCode === 'image_dimensions_too_large' ||
    /\b(pdf|image|document|page)s?\b/i.test(failure.message ?? '');
  if (aboutTheFile) {
    return claudeError(
      'unprocessable-file',
      `Claude could not read the file: ${clip(failure.message ?? detail)}`,
      'success',
      {
        cause: error,
      },
    );
  }
  context.logger.error(
    { err: error, model: context.model, status, error_type: failure.type },
    'Claude refused the extraction request',
  );
  return claudeError('internal-error', `Claude refused the request (${detail}).`, 'success', { cause: error });
}
