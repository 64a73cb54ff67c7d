import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import type { Middleware } from '@anthropic-ai/sdk';
import type {
  Message,
  MessageCountTokensParams,
  MessageCreateParamsNonStreaming,
  Model,
} from '@anthropic-ai/sdk/resources/messages';
import { failureFromBody, isSpendLimitFailure, type ClaudeFailure } from './claude-errors.js';

/**
 * The Anthropic Messages API through `@anthropic-ai/sdk`: the only module that imports the SDK.
 * The other Claude modules use the SDK's types through the re-exports below, and see its errors
 * only as a `ClaudeFailure` (`classifyFailure`).
 *
 * The SDK retries 408/409/429/5xx/529 and connection errors and honours `retry-after`; a
 * per-request middleware (`attemptGuard`) counts the attempts and stops it from retrying
 * spend-limit errors and waits that would outlast the call's time budget.
 */

export type {
  ContentBlockParam,
  Message,
  MessageCountTokensParams,
  MessageCreateParamsNonStreaming,
  TextBlockParam,
  Tool,
  ToolChoiceAny,
  Usage,
} from '@anthropic-ai/sdk/resources/messages';

/** The model ids the installed SDK knows by name (its `Model` type, without the open `string`). */
type KnownModel = Model extends infer M ? (M extends string ? (string extends M ? never : M) : never) : never;

/** The newest Claude Opus 4.x model the installed SDK lists (checked at compile time). */
export const DEFAULT_CLAUDE_MODEL: KnownModel = 'claude-opus-4-8';

/** What the Claude modules need from a logger; a pino logger fits. */
export interface ClaudeExtractorLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

/** Per call: how many HTTP attempts were made, and when the budget runs out. */
export interface CallState {
  attempts: number;
  deadline: number;
}

export interface AnthropicClientOptions {
  apiKey: string;
  /** Default: the public API. */
  baseUrl?: string;
  model: string;
  maxRetries: number;
  /** A cap on one HTTP attempt. */
  requestTimeoutMs: number;
  logger: ClaudeExtractorLogger;
}

export interface AnthropicClient {
  createMessage(
    params: MessageCreateParamsNonStreaming,
    options: { signal: AbortSignal; call: CallState },
  ): Promise<Message>;
  /** Input tokens the request would use, by the API's token-counting endpoint. */
  countTokens(
    params: MessageCountTokensParams,
    options: { signal?: AbortSignal; timeoutMs: number; call: CallState },
  ): Promise<number>;
}

/** An error thrown by the SDK (or the abort of its call), as the rest of the extractor sees it. */
export function classifyFailure(error: unknown): ClaudeFailure {
  if (error instanceof APIConnectionTimeoutError) return { kind: 'connection-timeout' };
  if (error instanceof APIUserAbortError) return { kind: 'aborted' };
  if (error instanceof APIConnectionError) return { kind: 'connection' };
  if (error instanceof APIError) {
    return {
      kind: 'api',
      failure: { status: error.status, type: error.type, errorCode: error.errorCode, message: error.apiMessage },
      requestId: error.requestID ?? null,
    };
  }
  if (error instanceof SyntaxError) return { kind: 'not-json' };
  return { kind: 'other' };
}

function retryAfterMs(headers: Headers): number | null {
  const ms = Number.parseFloat(headers.get('retry-after-ms') ?? '');
  if (Number.isFinite(ms) && ms > 0) return ms;
  const raw = headers.get('retry-after');
  if (!raw) return null;
  const seconds = Number.parseFloat(raw);
  if (Number.isFinite(seconds)) return seconds > 0 ? seconds * 1000 : null;
  const at = Date.parse(raw);
  return Number.isNaN(at) ? null : Math.max(0, at - Date.now());
}

export function createAnthropicClient(options: AnthropicClientOptions): AnthropicClient {
  const { logger, model, maxRetries, requestTimeoutMs } = options;
  const client = new Anthropic({
    apiKey: options.apiKey,
    // Explicit, so the SDK does not read ANTHROPIC_BASE_URL: configuration comes from the caller only.
    baseURL: options.baseUrl ?? 'https://api.anthropic.com',
    maxRetries,
    timeout: requestTimeoutMs,
    logLevel: 'warn',
    logger: {
      debug: (message, ...rest) => logger.debug({ component: 'anthropic-sdk', detail: rest }, message),
      info: (message, ...rest) => logger.info({ component: 'anthropic-sdk', detail: rest }, message),
      warn: (message, ...rest) => logger.warn({ component: 'anthropic-sdk', detail: rest }, message),
      error: (message, ...rest) => logger.error({ component: 'anthropic-sdk', detail: rest }, message),
    },
    openTelemetry: false,
  });

  /**
   * Runs inside the SDK's retry loop, once per HTTP attempt. It counts attempts, and on an error
   * response it marks as final (`x-should-retry: false`, which the SDK obeys) a spend-limit error
   * and a `retry-after` the budget cannot wait out.
   */
  function attemptGuard(call: CallState): Middleware {
    return async (request, next, ctx) => {
      call.attempts += 1;
      if (call.attempts > 1) logger.info({ model, attempt: call.attempts }, 'retrying the Claude request');
      const response = await next(request);
      if (response.ok) return response;
      const failure = failureFromBody(response.status, await ctx.parse(response).catch(() => null));
      let final: string | null = null;
      if (isSpendLimitFailure(failure)) {
        final = 'spend limit';
      } else {
        const wait = retryAfterMs(response.headers);
        if (wait !== null && performance.now() + wait >= call.deadline) final = 'retry-after beyond the time budget';
      }
      if (final === null) return response;
      logger.warn(
        { model, status: response.status, error_type: failure.type, error_code: failure.errorCode, final },
        'not retrying the Claude request',
      );
      const headers = new Headers(response.headers);
      headers.set('x-should-retry', 'false');
      return new Response(response.body, { status: response.status, statusText: response.statusText, headers });
    };
  }

  return {
    createMessage: (params, { signal, call }) =>
      client.messages.create(params, {
        signal,
        timeout: requestTimeoutMs,
        maxRetries,
        middleware: [attemptGuard(call)],
      }),

    async countTokens(params, { signal, timeoutMs, call }) {
      const result = await client.messages.countTokens(params, {
        signal,
        timeout: timeoutMs,
        middleware: [attemptGuard(call)],
      });
      return result.input_tokens;
    },
  };
}
