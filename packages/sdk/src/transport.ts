import { Resume2WebsiteError } from './errors.js';

export type FetchLike = (input: Request, init?: RequestInit) => Promise<Response>;

export interface TransportOptions {
  fetch?: FetchLike | undefined;
  /** Retries after the first attempt (default 2). */
  maxRetries?: number | undefined;
  /** Per attempt: until the whole answer has arrived (for event streams: until its headers). */
  timeoutMs?: number | undefined;
  /** A `Retry-After` longer than this is not waited for: the 429/503 is thrown (default 60 s). */
  maxRetryAfterMs?: number | undefined;
}

const RETRY_STATUS = [429, 502, 503, 504];
const BASE_DELAY_MS = 500;
const MAX_DELAY_MS = 8000;

/** Resolves after `ms`, or rejects with the signal's reason when it aborts first. */
export function sleep(ms: number, signal?: AbortSignal | null): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal!.reason);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

/** `Retry-After` as milliseconds: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, now = Date.now()): number | undefined {
  if (!value) return undefined;
  if (/^\s*\d+(\.\d+)?\s*$/.test(value)) return Math.ceil(Number(value) * 1000);
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Exponential backoff with jitter: 0.5–1× of 500 ms · 2^attempt, at most 8 s. */
export function backoff(attempt: number): number {
  const ceiling = Math.min(MAX_DELAY_MS, BASE_DELAY_MS * 2 ** attempt);
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

/** A random id for `Idempotency-Key`. */
export function newIdempotencyKey(): string {
  return globalThis.crypto.randomUUID();
}

/**
 * A `fetch` that retries what is safe to retry: network errors, timeouts, 429 (after `Retry-After`),
 * 502, 503 and 504, and a 409 `idempotency-key-in-flight`; never any other 4xx. GET, HEAD, PUT,
 * PATCH and DELETE are retried as they are; every POST gets one `Idempotency-Key` (unless it carries
 * one) that all of its attempts share, so the server runs it once.
 */
export function createTransport(options: TransportOptions = {}): FetchLike {
  const baseFetch: FetchLike = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const maxRetries = options.maxRetries ?? 2;
  const maxRetryAfterMs = options.maxRetryAfterMs ?? 60_000;
  const timeoutMs = options.timeoutMs;

  async function attempt(request: Request, streaming: boolean): Promise<Response> {
    if (!timeoutMs) return baseFetch(request);
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const outer = request.signal;
    const forward = () => controller.abort(outer.reason);
    outer.addEventListener('abort', forward, { once: true });
    try {
      const response = await baseFetch(new Request(request, { signal: controller.signal }));
      if (streaming || response.body === null) return response;
      // Read the whole answer inside the attempt, so the timeout covers it and a cut body is retried.
      const body = await response.arrayBuffer();
      return new Response(body, {
        status: response.status,
        statusText: response.statusText,
        headers: response.headers,
      });
    } catch (error) {
      throw timedOut
        ? new Resume2WebsiteError({
            status: 0,
            code: 'timeout',
            title: 'Request timed out',
            detail: `No complete answer within ${timeoutMs} ms.`,
            cause: error,
          })
        : error;
    } finally {
      clearTimeout(timer);
      outer.removeEventListener('abort', forward);
    }
  }

  return async function send(request: Request): Promise<Response> {
    if (request.method === 'POST' && !request.headers.has('idempotency-key')) {
      request.headers.set('Idempotency-Key', newIdempotencyKey());
    }
    const streaming = request.headers.get('accept')?.includes('text/event-stream') ?? false;
    for (let n = 0; ; n++) {
      const canRetry = n < maxRetries;
      // Only a body is used up by sending; a request without one is sent again as it is.
      const current = canRetry && request.body !== null ? request.clone() : request;
      let response: Response;
      try {
        response = await attempt(current, streaming);
      } catch (error) {
        if (request.signal.aborted) throw request.signal.reason;
        const failure =
          error instanceof Resume2WebsiteError
            ? error
            : new Resume2WebsiteError({
                status: 0,
                code: 'network-error',
                title: 'Network error',
                detail: error instanceof Error ? error.message : String(error),
                cause: error,
              });
        if (!canRetry) throw failure;
        await sleep(backoff(n), request.signal);
        continue;
      }
      if (!canRetry) return response;
      const delay = await retryDelay(response, n, maxRetryAfterMs);
      if (delay === undefined) return response;
      await response.body?.cancel().catch(() => undefined);
      await sleep(delay, request.signal);
    }
  };
}

async function retryDelay(response: Response, n: number, maxRetryAfterMs: number): Promise<number | undefined> {
  if (response.status === 409) {
    // Only our own earlier attempt still running on the server is worth waiting for.
    const type = await response
      .clone()
      .json()
      .then((b: { type?: unknown }) => b.type)
      .catch(() => undefined);
    return typeof type === 'string' && type.endsWith('/idempotency-key-in-flight') ? backoff(n) : undefined;
  }
  if (!RETRY_STATUS.includes(response.status)) return undefined;
  const retryAfter = parseRetryAfter(response.headers.get('retry-after'));
  if (retryAfter === undefined) return backoff(n);
  return retryAfter > maxRetryAfterMs ? undefined : retryAfter;
}
