import { createHash } from 'node:crypto';
import Anthropic, {
  APIConnectionError,
  APIConnectionTimeoutError,
  APIError,
  APIUserAbortError,
} from '@anthropic-ai/sdk';
import type { Middleware } from '@anthropic-ai/sdk';
import type {
  ContentBlockParam,
  Message,
  MessageCountTokensParams,
  MessageCreateParamsNonStreaming,
  Model,
  TextBlockParam,
  Tool,
  ToolChoiceAny,
  Usage,
} from '@anthropic-ai/sdk/resources/messages';
import { loadApiSpec } from '../spec.js';
import { CircuitBreaker, CircuitOpenError, type CallOutcome } from '../services/circuit-breaker.js';
import { buildCvJsonSchema, createSchemaChecker, type JsonSchema } from '../services/cv-json-schema.js';
import {
  DOCUMENT_CLOSING,
  EXTRACTION_PROMPT_VERSION,
  EXTRACTION_REQUEST,
  EXTRACTION_SYSTEM_PROMPT,
  NOT_A_CV_DESCRIPTION,
  NOT_A_CV_INPUT_SCHEMA,
  NOT_A_CV_TOOL,
  RECORD_CV_DESCRIPTION,
  RECORD_CV_TOOL,
  documentOpening,
  frameCvText,
} from '../services/extraction-prompt.js';
import {
  ExtractionError,
  type ExtractionErrorCode,
  type ExtractionInput,
  type ExtractionUsage,
  type Extractor,
  type ExtractorContext,
  type ExtractorResult,
  type InspectedFile,
} from '../services/extraction-types.js';

/**
 * The Claude extractor: a CV file in, a CvData candidate out, through the Messages API.
 *
 * - PDFs go as a native `document` block and images as an `image` block (the model reads the
 *   layout, and scans need no separate OCR); DOCX, DOC, TXT and Markdown go as the text intake
 *   extracted. The CV is always framed as data (`<cv_document>…</cv_document>`).
 * - The answer is a forced tool call (`tool_choice: any` over `record_cv` and `report_not_a_cv`);
 *   `record_cv`'s input schema is CvData, generated from openapi.yaml. The schema is far past the
 *   complexity limits of strict tools / structured outputs (see ADR 0004), so the call is not
 *   `strict` and the input is checked here against the schema's shape.
 * - Time: one budget (`timeoutMs`) for the whole call including the SDK's retries; the caller's
 *   signal aborts it too. The SDK retries 408/409/429/5xx/529 and connection errors and honours
 *   `retry-after`; a per-request middleware stops it from retrying spend-limit errors and waits
 *   that would outlast the budget.
 * - A circuit breaker (5 consecutive unhealthy failures → open 60 s → one trial call) makes calls
 *   fail fast while the service is down, so the pipeline can fall back to the heuristic extractor.
 *
 * This is the only module that imports `@anthropic-ai/sdk`.
 */

/** What this module needs from a logger; a pino logger fits. */
export interface ClaudeExtractorLogger {
  debug(obj: object, msg: string): void;
  info(obj: object, msg: string): void;
  warn(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

export interface ClaudeExtractorOptions {
  apiKey: string;
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
  /** The parsed openapi.yaml the CvData schema is generated from (default: the repository's). */
  contract?: Record<string, unknown>;
}

export interface ClaudeExtractor extends Extractor {
  readonly name: 'claude';
  readonly model: string;
  /** For readiness and metrics: `breaker.state`, `breaker.snapshot()`. */
  readonly breaker: CircuitBreaker;
  /** Input tokens the request for this file would use, counted by the API's token-counting endpoint. */
  estimateInputTokens(input: ExtractionInput, signal?: AbortSignal): Promise<number>;
}

/** The model ids the installed SDK knows by name (its `Model` type, without the open `string`). */
type KnownModel = Model extends infer M ? (M extends string ? (string extends M ? never : M) : never) : never;

/** The newest Claude Opus 4.x model the installed SDK lists (checked at compile time). */
export const DEFAULT_CLAUDE_MODEL: KnownModel = 'claude-opus-4-8';

/**
 * Models that accept `temperature`. The original product ran Claude Opus 4 at temperature 0.0 for
 * repeatable extractions; from Claude Opus 4.7 on the API refuses sampling parameters with a 400,
 * so they are sent only to the models listed here (an unknown, newer model gets none).
 */
const TEMPERATURE_MODEL_PREFIXES = [
  'claude-opus-4-0',
  'claude-opus-4-1',
  'claude-opus-4-2025',
  'claude-opus-4-5',
  'claude-opus-4-6',
  'claude-sonnet-4-0',
  'claude-sonnet-4-2025',
  'claude-sonnet-4-5',
  'claude-sonnet-4-6',
  'claude-haiku-4-5',
  'claude-3-',
] as const;

export function modelAcceptsTemperature(model: string): boolean {
  return TEMPERATURE_MODEL_PREFIXES.some((prefix) => model.startsWith(prefix));
}

/** US dollars per million tokens. */
export interface ModelPrice {
  input: number;
  output: number;
  /** 5-minute cache writes: 1.25 × input. */
  cacheWrite: number;
  /** Cache hits: 0.1 × input. */
  cacheRead: number;
}

/**
 * List prices per model family, checked on 2026-11-27 (standard tier, no batch discount, 5-minute
 * cache writes at 1.25 × input, cache reads at 0.1 × input). First matching prefix wins. A model not
 * listed costs 0, with a warning. Re-check when the model changes (ADR 0004 has the table).
 */
export const MODEL_PRICES: readonly { prefix: string; price: ModelPrice }[] = [
  ...['claude-opus-4-8', 'claude-opus-4-7', 'claude-opus-4-6', 'claude-opus-4-5'].map((prefix) => ({
    prefix,
    price: { input: 5, output: 25, cacheWrite: 6.25, cacheRead: 0.5 },
  })),
  ...['claude-opus-4-1', 'claude-opus-4-0', 'claude-opus-4-2025'].map((prefix) => ({
    prefix,
    price: { input: 15, output: 75, cacheWrite: 18.75, cacheRead: 1.5 },
  })),
  { prefix: 'claude-sonnet-4', price: { input: 3, output: 15, cacheWrite: 3.75, cacheRead: 0.3 } },
  { prefix: 'claude-haiku-4-5', price: { input: 1, output: 5, cacheWrite: 1.25, cacheRead: 0.1 } },
];

export function priceOf(model: string): ModelPrice | undefined {
  return MODEL_PRICES.find((entry) => model.startsWith(entry.prefix))?.price;
}

/** `usage.input_tokens` excludes the cached part; cache writes and reads are priced separately. */
export function costUsd(price: ModelPrice, usage: Omit<ExtractionUsage, 'cost_usd'>): number {
  const micro =
    usage.input_tokens * price.input +
    usage.output_tokens * price.output +
    usage.cache_creation_input_tokens * price.cacheWrite +
    usage.cache_read_input_tokens * price.cacheRead;
  return Math.round(micro) / 1_000_000;
}

const IMAGE_MEDIA_TYPES = new Set(['image/png', 'image/jpeg', 'image/webp'] as const);
type ImageMediaType = 'image/png' | 'image/jpeg' | 'image/webp';
const TEXT_KINDS = new Set(['docx', 'doc', 'text', 'markdown']);
/** The API's limits for one image and for a PDF. */
const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
const MAX_PDF_PAGES = 100;
/** Far beyond any CV (≈ 100 k tokens); keeps a hostile text file from filling the context. */
const MAX_TEXT_CHARS = 300_000;

/** Error codes (`error.details.error_code`) that mean the account may not spend more. */
const SPEND_LIMIT_CODES = new Set([
  'enforced_spend_limit_reached',
  'contract_spend_limit_reached',
  'linked_organization_spend_limit_reached',
  'linked_organization_billing_unavailable',
]);
/** The older shape: a 400 `invalid_request_error` whose message speaks of credit or usage limits. */
const SPEND_LIMIT_MESSAGE = /credit balance|spend(ing)? limit|usage limits?|purchase credits|billing/i;

export interface ApiFailure {
  status: number | undefined;
  type: string | null;
  errorCode: string | null;
  message: string | null;
}

function failureFromBody(status: number, body: unknown): ApiFailure {
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

function isTimeoutReason(reason: unknown): boolean {
  return reason instanceof Error && reason.name === 'TimeoutError';
}

function sha256Hex(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function clip(text: string, max = 300): string {
  return text.length > max ? `${text.slice(0, max)}…` : text;
}

/** Per call: how many HTTP attempts were made, and when the budget runs out. */
interface CallState {
  attempts: number;
  deadline: number;
}

export function createClaudeExtractor(options: ClaudeExtractorOptions): ClaudeExtractor {
  const model = options.model ?? DEFAULT_CLAUDE_MODEL;
  const { logger, timeoutMs } = options;
  const maxRetries = options.maxRetries ?? 2;
  const maxTokens = options.maxTokens ?? 16_384;
  const requestTimeoutMs = Math.min(options.requestTimeoutMs ?? timeoutMs, timeoutMs);
  const sendTemperature = modelAcceptsTemperature(model);
  const price = priceOf(model);
  if (!price) logger.warn({ model }, 'no price is known for this Claude model: extraction cost is recorded as 0');

  const client = new Anthropic({
    apiKey: options.apiKey,
    // Explicit, so the SDK does not read ANTHROPIC_BASE_URL: configuration comes from config.ts only.
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

  // The stable prefix: identical bytes on every call, so the prompt cache can serve it. Tools come
  // before the system prompt in the cache's order, so one breakpoint on the system prompt covers both.
  const contract = options.contract ?? loadApiSpec().document;
  const { schema } = buildCvJsonSchema(contract, { metaMembers: ['language'] });
  const checkShape = createSchemaChecker(schema);
  const tools: Tool[] = [
    {
      name: RECORD_CV_TOOL,
      description: RECORD_CV_DESCRIPTION,
      input_schema: { ...schema, type: 'object' } as Tool.InputSchema,
    },
    {
      name: NOT_A_CV_TOOL,
      description: NOT_A_CV_DESCRIPTION,
      input_schema: structuredClone(NOT_A_CV_INPUT_SCHEMA) as unknown as Tool.InputSchema,
    },
  ];
  const system: TextBlockParam[] = [
    { type: 'text', text: EXTRACTION_SYSTEM_PROMPT, cache_control: { type: 'ephemeral' } },
  ];
  const toolChoice: ToolChoiceAny = { type: 'any', disable_parallel_tool_use: true };
  const promptVersion = `${EXTRACTION_PROMPT_VERSION}+${sha256Hex(JSON.stringify({ system, tools, toolChoice })).slice(0, 12)}`;

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

  /** How each error thrown from a call counts for the circuit breaker. */
  const outcomes = new WeakMap<object, CallOutcome>();
  const fail = (
    code: ExtractionErrorCode,
    message: string,
    outcome: CallOutcome,
    extra: { cause?: unknown; retryable?: boolean } = {},
  ): ExtractionError => {
    const error = new ExtractionError(code, message, extra);
    outcomes.set(error, outcome);
    return error;
  };

  function supports(file: InspectedFile): boolean {
    if (file.kind === 'pdf') return file.mediaType === 'application/pdf';
    if (file.kind === 'image') return IMAGE_MEDIA_TYPES.has(file.mediaType as ImageMediaType);
    if (TEXT_KINDS.has(file.kind)) return typeof file.text === 'string' && file.text.trim() !== '';
    return false;
  }

  function userContent(input: ExtractionInput): ContentBlockParam[] {
    const { file, bytes } = input;
    if (file.kind === 'pdf' && file.mediaType === 'application/pdf') {
      if (file.pageCount !== undefined && file.pageCount > MAX_PDF_PAGES) {
        throw fail(
          'unprocessable-file',
          `The PDF has ${file.pageCount} pages; at most ${MAX_PDF_PAGES} can be read.`,
          'ignore',
        );
      }
      return [
        { type: 'text', text: documentOpening(file.mediaType) },
        { type: 'document', source: { type: 'base64', media_type: 'application/pdf', data: bytes.toString('base64') } },
        { type: 'text', text: `${DOCUMENT_CLOSING}\n\n${EXTRACTION_REQUEST}` },
      ];
    }
    if (file.kind === 'image' && IMAGE_MEDIA_TYPES.has(file.mediaType as ImageMediaType)) {
      if (bytes.length > MAX_IMAGE_BYTES) {
        throw fail('unprocessable-file', 'The image is larger than the 5 MB the model accepts.', 'ignore');
      }
      return [
        { type: 'text', text: documentOpening(file.mediaType) },
        {
          type: 'image',
          source: { type: 'base64', media_type: file.mediaType as ImageMediaType, data: bytes.toString('base64') },
        },
        { type: 'text', text: `${DOCUMENT_CLOSING}\n\n${EXTRACTION_REQUEST}` },
      ];
    }
    if (TEXT_KINDS.has(file.kind)) {
      const text = file.text ?? '';
      if (text.trim() === '') throw fail('unprocessable-file', 'The file has no text to extract.', 'ignore');
      if (text.length > MAX_TEXT_CHARS) {
        throw fail(
          'unprocessable-file',
          'The file has far more text than a CV; it was not sent to the model.',
          'ignore',
        );
      }
      return [{ type: 'text', text: `${frameCvText(text, file.mediaType)}\n\n${EXTRACTION_REQUEST}` }];
    }
    throw fail('unprocessable-file', `The Claude extractor does not read ${file.kind} files.`, 'ignore');
  }

  function createParams(content: ContentBlockParam[]): MessageCreateParamsNonStreaming {
    return {
      model,
      max_tokens: maxTokens,
      system,
      tools,
      tool_choice: toolChoice,
      messages: [{ role: 'user', content }],
      ...(sendTemperature ? { temperature: 0 } : {}),
    };
  }

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

  /** An SDK (or abort) error as an ExtractionError with its meaning for the circuit breaker. */
  function mapError(error: unknown, state: { budgetSpent: boolean; cancelled: boolean }): ExtractionError {
    if (error instanceof ExtractionError) return error;
    if (state.cancelled) {
      return fail('timeout', 'The extraction was cancelled.', 'ignore', { cause: error, retryable: true });
    }
    if (state.budgetSpent || error instanceof APIConnectionTimeoutError) {
      return fail('timeout', `Claude did not answer within the ${Math.round(timeoutMs / 1000)} s budget.`, 'failure', {
        cause: error,
        retryable: true,
      });
    }
    if (error instanceof APIUserAbortError) {
      return fail('timeout', 'The extraction was cancelled.', 'ignore', { cause: error, retryable: true });
    }
    if (error instanceof APIConnectionError) {
      return fail('extractor-unavailable', 'Claude could not be reached.', 'failure', {
        cause: error,
        retryable: true,
      });
    }
    if (error instanceof APIError) {
      const failure: ApiFailure = {
        status: error.status,
        type: error.type,
        errorCode: error.errorCode,
        message: error.apiMessage,
      };
      const status = error.status ?? 0;
      const detail = `${status}${error.type ? ` ${error.type}` : ''}${error.requestID ? `, request ${error.requestID}` : ''}`;
      if (isSpendLimitFailure(failure)) {
        return fail('spend-limit', `The Claude account has reached its spending limit (${detail}).`, 'success', {
          cause: error,
        });
      }
      if (status === 401 || status === 403) {
        return fail(
          'extractor-unavailable',
          `Claude refused the API key (${detail}); check CLAUDE_API_KEY.`,
          'success',
          {
            cause: error,
          },
        );
      }
      if (status === 429) {
        return fail('extractor-unavailable', `Claude is rate-limiting requests (${detail}).`, 'failure', {
          cause: error,
          retryable: true,
        });
      }
      if (status >= 500) {
        return fail('extractor-unavailable', `Claude is unavailable (${detail}).`, 'failure', {
          cause: error,
          retryable: true,
        });
      }
      const aboutTheFile =
        status === 413 ||
        error.errorCode === 'image_dimensions_too_large' ||
        /\b(pdf|image|document|page)s?\b/i.test(error.apiMessage ?? '');
      if (aboutTheFile) {
        return fail(
          'unprocessable-file',
          `Claude could not read the file: ${clip(error.apiMessage ?? detail)}`,
          'success',
          {
            cause: error,
          },
        );
      }
      logger.error({ err: error, model, status, error_type: error.type }, 'Claude refused the extraction request');
      return fail('internal-error', `Claude refused the request (${detail}).`, 'success', { cause: error });
    }
    if (error instanceof SyntaxError) {
      return fail('extractor-unavailable', 'Claude answered with a body that is not JSON.', 'failure', {
        cause: error,
        retryable: true,
      });
    }
    return fail('internal-error', 'The Claude extraction failed unexpectedly.', 'ignore', { cause: error });
  }

  function usageOf(usage: Usage): ExtractionUsage {
    const counts = {
      input_tokens: usage.input_tokens ?? 0,
      output_tokens: usage.output_tokens ?? 0,
      cache_read_input_tokens: usage.cache_read_input_tokens ?? 0,
      cache_creation_input_tokens: usage.cache_creation_input_tokens ?? 0,
    };
    return { ...counts, cost_usd: price ? costUsd(price, counts) : 0 };
  }

  /** The answer as a CvData candidate, or the failure it stands for. Every failure here is the model's answer. */
  function interpret(message: Message, input: ExtractionInput): unknown {
    switch (message.stop_reason) {
      case 'max_tokens':
        throw fail(
          'invalid-output',
          `The CV is too long to extract in one response (the answer reached the ${maxTokens}-token limit).`,
          'success',
        );
      case 'refusal': {
        const details = message.stop_details;
        const why = [details?.category, details?.explanation].filter(Boolean).join(': ');
        throw fail(
          'extractor-unavailable',
          `Claude declined to process this document${why ? ` (${why})` : ''}.`,
          'success',
        );
      }
      case 'model_context_window_exceeded':
        throw fail('unprocessable-file', "The document does not fit in the model's context window.", 'success');
      default:
        break;
    }
    const calls = message.content.filter((block) => block.type === 'tool_use');
    const notACv = calls.find((block) => block.name === NOT_A_CV_TOOL);
    const recorded = calls.find((block) => block.name === RECORD_CV_TOOL);
    if (notACv && !recorded) {
      const reason = isPlainObject(notACv.input) && typeof notACv.input.reason === 'string' ? notACv.input.reason : '';
      throw fail(
        'not-a-cv',
        `The document does not look like a CV${reason ? `: ${clip(reason, 200)}` : '.'}`,
        'success',
      );
    }
    if (!recorded || notACv) {
      throw fail(
        'invalid-output',
        recorded
          ? 'Claude both recorded the CV and reported it as not a CV.'
          : `Claude answered without calling ${RECORD_CV_TOOL}.`,
        'success',
      );
    }
    let data: unknown = recorded.input;
    if (typeof data === 'string') {
      // Not what the API sends, but a proxy or a future change might pass the arguments as text.
      try {
        data = JSON.parse(data);
      } catch (cause) {
        throw fail('invalid-output', `The ${RECORD_CV_TOOL} arguments are not valid JSON.`, 'success', { cause });
      }
    }
    if (!isPlainObject(data)) {
      throw fail('invalid-output', `The ${RECORD_CV_TOOL} arguments are not a JSON object.`, 'success');
    }
    const problems = checkShape(data);
    if (problems.length > 0) {
      throw fail(
        'invalid-output',
        `The extracted document does not match the CvData schema: ${clip(problems.join('; '), 500)}`,
        'success',
      );
    }
    // The facts the server knows itself; the model states only the language.
    const meta = isPlainObject(data.meta) ? data.meta : {};
    return {
      ...data,
      meta: {
        ...meta,
        extractor: 'claude',
        model: message.model || model,
        ...(/^[0-9a-f]{64}$/.test(input.sha256) ? { sourceSha256: input.sha256 } : {}),
      },
    };
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
      message = await client.messages.create(createParams(content), {
        signal,
        timeout: requestTimeoutMs,
        maxRetries,
        middleware: [attemptGuard(call)],
      });
    } catch (error) {
      // The caller's own time budget (an `AbortSignal.timeout`) is a timeout like ours; any other abort is a cancellation.
      const callerTimedOut = context.signal.aborted && isTimeoutReason(context.signal.reason);
      const mapped = mapError(error, {
        budgetSpent: budget.signal.aborted || callerTimedOut,
        cancelled: context.signal.aborted && !callerTimedOut,
      });
      logger.warn(
        { model, code: mapped.code, attempts: call.attempts, duration_ms: Math.round(performance.now() - started) },
        `Claude extraction failed: ${mapped.message}`,
      );
      throw mapped;
    } finally {
      clearTimeout(timer);
    }

    if (!isPlainObject(message) || !Array.isArray(message.content)) {
      const error = fail('extractor-unavailable', 'Claude answered with something that is not a message.', 'failure', {
        retryable: true,
      });
      logger.warn({ model, code: error.code, attempts: call.attempts }, `Claude extraction failed: ${error.message}`);
      throw error;
    }
    context.onStage('validating');
    const usage = message.usage ? usageOf(message.usage) : null;
    const log = {
      model: message.model || model,
      stop_reason: message.stop_reason,
      attempts: call.attempts,
      duration_ms: Math.round(performance.now() - started),
      usage,
    };
    try {
      const data = interpret(message, input);
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
    promptVersion,
    breaker,
    supports,
    // While the circuit is open every call would fail at once: let the next extractor take it.
    available: () => breaker.state !== 'open',

    async extract(input, context) {
      if (context.signal.aborted) {
        throw new ExtractionError('timeout', 'The extraction was cancelled.', {
          cause: context.signal.reason,
          retryable: true,
        });
      }
      const content = userContent(input);
      try {
        return await breaker.run(
          () => callModel(input, content, context),
          (error) => outcomes.get(error as object) ?? 'ignore',
        );
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
      const params = createParams(userContent(input));
      const count: MessageCountTokensParams = {
        model: params.model,
        system: params.system,
        tools: params.tools,
        tool_choice: params.tool_choice,
        messages: params.messages,
      };
      const timeout = Math.min(requestTimeoutMs, 30_000);
      const call: CallState = { attempts: 0, deadline: performance.now() + timeout * (maxRetries + 1) };
      try {
        const result = await client.messages.countTokens(count, { signal, timeout, middleware: [attemptGuard(call)] });
        return result.input_tokens;
      } catch (error) {
        throw mapError(error, { budgetSpent: false, cancelled: signal?.aborted ?? false });
      }
    },
  };
}

/** The schema `record_cv` carries, for documentation and tests. */
export function claudeToolSchema(contract: Record<string, unknown> = loadApiSpec().document): JsonSchema {
  return buildCvJsonSchema(contract, { metaMembers: ['language'] }).schema;
}
