import { createResume2WebsiteClient, type Resume2WebsiteClient } from './client.js';
import { Resume2WebsiteError } from './errors.js';
import type { components } from './generated/openapi.js';
import { paginate, type Paginated } from './paginate.js';
import { parseSse } from './sse.js';
import { createTransport, sleep, type FetchLike } from './transport.js';
import { toUploadFile, type FileOpener, type UploadFileOptions, type UploadInput } from './upload.js';

type Schemas = components['schemas'];
type Extraction = Schemas['Extraction'];
type Portfolio = Schemas['Portfolio'];

export interface Resume2WebsiteOptions {
  /** The API's origin, e.g. `http://localhost:2000`. */
  baseUrl: string;
  /** A session id or tenant secret key to start with; `auth.register/login/guest` set it too. */
  token?: string;
  /** A tenant's publishable key (`pk_…`), sent as `X-Publishable-Key`. */
  publishableKey?: string;
  /** A custom `fetch` (tests, instrumentation, edge runtimes). */
  fetch?: FetchLike;
  /** Retries of network errors, timeouts, 429, 502, 503, 504 (default 2). */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (none by default). */
  timeoutMs?: number;
  /** Extra headers for every request. */
  headers?: Record<string, string>;
}

export interface CallOptions {
  signal?: AbortSignal;
}

export interface PostOptions extends CallOptions {
  /** Reuse a key of your own to make a retry of this call (even from another process) safe. */
  idempotencyKey?: string;
}

export interface WaitOptions extends CallOptions {
  /** Give up after this long with a `timeout` error (default: no limit). */
  timeoutMs?: number;
  /** How often to poll, in milliseconds (default 1000). */
  pollIntervalMs?: number;
}

export interface EventsOptions extends CallOptions {
  /** `auto` (default) streams and falls back to polling where streaming is missing. */
  mode?: 'auto' | 'stream' | 'poll';
  /** Reconnects in a row without an event before giving up (default 5). */
  maxReconnects?: number;
  /** Polling interval, and the reconnect delay until the server sends `retry:` (default 1000 ms). */
  pollIntervalMs?: number;
}

/** What `extractions.events()` yields: the extraction as of this event. */
export interface ExtractionEvent {
  type: 'status' | 'succeeded' | 'failed';
  extraction: Extraction;
}

export interface PublishOptions extends PostOptions, WaitOptions {
  /** Resolve only once the portfolio has settled (`published`, or `draft` for unpublish). */
  wait?: boolean;
}

export interface DataWriteOptions extends CallOptions {
  /** The `version` you edited: a newer one on the server makes the write fail with `409 conflict`. */
  baseVersion?: number;
}

/** An RFC 7396 merge patch of `T`: members to change, `null` to remove one, arrays replaced whole. */
export type MergePatch<T> = T extends readonly unknown[]
  ? T
  : T extends object
    ? { [K in keyof T]?: MergePatch<T[K]> | null }
    : T;

type Result<T> = { data?: T; error?: unknown; response: Response };

/** Throws the problem of a non-2xx answer, else returns its body. */
function unwrap<T>(result: Result<T>): T {
  if (!result.response.ok) throw Resume2WebsiteError.fromResponse(result.response, result.error);
  return result.data as T;
}

const TERMINAL = ['succeeded', 'failed'];

function withTimeout(signal: AbortSignal | undefined, timeoutMs: number | undefined) {
  if (!timeoutMs) return { signal, timedOut: () => false, done() {} };
  const controller = new AbortController();
  let fired = false;
  const timer = setTimeout(() => {
    fired = true;
    controller.abort(
      new Resume2WebsiteError({
        status: 0,
        code: 'timeout',
        title: 'Timed out',
        detail: `Gave up after ${timeoutMs} ms.`,
      }),
    );
  }, timeoutMs);
  const forward = () => controller.abort(signal!.reason);
  if (signal?.aborted) forward();
  signal?.addEventListener('abort', forward, { once: true });
  return {
    signal: controller.signal,
    timedOut: () => fired,
    done() {
      clearTimeout(timer);
      signal?.removeEventListener('abort', forward);
    },
  };
}

/** Runs `fn` under a deadline; a deadline that runs out throws a `timeout` Resume2WebsiteError. */
async function deadline<T>(options: WaitOptions, fn: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> {
  const t = withTimeout(options.signal, options.timeoutMs);
  try {
    return await fn(t.signal);
  } catch (error) {
    if (t.timedOut()) throw t.signal!.reason;
    throw error;
  } finally {
    t.done();
  }
}

/** A CV just uploaded: its extraction has started, so `extraction` is always there. */
export type UploadedCv = Schemas['Cv'] & { extraction: NonNullable<Schemas['Cv']['extraction']> };

/**
 * The RESUME2WEBSITE client: sessions, CV upload and extraction, the CV document, themes,
 * portfolios, publishing and checkout, with retries, timeouts and one error type. Every operation
 * of the contract is also reachable, typed, through `raw`.
 */
export class Resume2Website {
  /** The typed low-level client (openapi-fetch) for every operation, sharing session and retries. */
  readonly raw: Resume2WebsiteClient;
  #token: string | undefined;

  constructor(options: Resume2WebsiteOptions) {
    this.#token = options.token;
    const transport = createTransport({
      fetch: options.fetch,
      maxRetries: options.maxRetries ?? 2,
      timeoutMs: options.timeoutMs,
    });
    this.raw = createResume2WebsiteClient({
      baseUrl: options.baseUrl,
      token: () => this.#token,
      ...(options.publishableKey && { publishableKey: options.publishableKey }),
      ...(options.headers && { headers: options.headers }),
      fetch: transport,
    });
  }

  /** The session (or secret key) sent as `Authorization: Bearer`, if any. */
  get token(): string | undefined {
    return this.#token;
  }

  set token(token: string | undefined) {
    this.#token = token;
  }

  /** How a file path becomes bytes; only the Node entry point can. */
  protected openFile: FileOpener | undefined = undefined;

  readonly auth = {
    /** Creates an account and signs the client in with it. */
    register: async (body: Schemas['RegisterRequest'], options: PostOptions = {}): Promise<Schemas['Session']> =>
      this.#signIn(await this.raw.POST('/api/v1/auth/register', { body, ...this.#post(options) })),
    /** Signs in with email and password and keeps the session on the client. */
    login: async (body: Schemas['LoginRequest'], options: PostOptions = {}): Promise<Schemas['Session']> =>
      this.#signIn(await this.raw.POST('/api/v1/auth/login', { body, ...this.#post(options) })),
    /** Starts (or resumes) a guest session and keeps it on the client. */
    guest: async (options: PostOptions = {}): Promise<Schemas['Session']> =>
      this.#signIn(await this.raw.POST('/api/v1/auth/guest', this.#post(options))),
    /** Deletes the session on the server and forgets it here. */
    logout: async (options: PostOptions = {}): Promise<void> => {
      try {
        unwrap(await this.raw.POST('/api/v1/auth/logout', this.#post(options)));
      } finally {
        this.#token = undefined;
      }
    },
    /** Sets a new password after checking the current one; every other session ends and this client keeps a new one. */
    changePassword: async (
      body: Schemas['ChangePasswordRequest'],
      options: CallOptions = {},
    ): Promise<Schemas['Session']> =>
      this.#signIn(await this.raw.POST('/api/v1/auth/password', { body, ...this.#post(options) })),
    /**
     * Asks for a password reset link for `email`. Resolves the same whether or not an account has
     * the address (the API never tells); the link arrives by email if one does.
     */
    requestPasswordReset: async (email: string, options: PostOptions = {}): Promise<void> => {
      unwrap(await this.raw.POST('/api/v1/auth/password-reset', { body: { email }, ...this.#post(options) }));
    },
    /** Sets a new password with a reset link's token; every other session ends and this client is signed in. */
    confirmPasswordReset: async (
      body: Schemas['PasswordResetConfirmRequest'],
      options: PostOptions = {},
    ): Promise<Schemas['Session']> =>
      this.#signIn(await this.raw.POST('/api/v1/auth/password-reset/confirm', { body, ...this.#post(options) })),
    /** Verifies the address with a verification link's token (no session needed); the user as it is now. */
    verifyEmail: async (token: string, options: PostOptions = {}): Promise<Schemas['User']> =>
      unwrap(await this.raw.POST('/api/v1/auth/verify-email', { body: { token }, ...this.#post(options) })),
    /** Mails a new verification link to the signed-in account's address. */
    resendVerificationEmail: async (options: PostOptions = {}): Promise<void> => {
      unwrap(await this.raw.POST('/api/v1/auth/verify-email/resend', this.#post(options)));
    },
    /** Changes the account's name, message language or product-message setting. */
    updateMe: async (
      body: Schemas['UpdateCurrentUserRequest'],
      options: CallOptions = {},
    ): Promise<Schemas['CurrentUser']> => unwrap(await this.raw.PATCH('/api/v1/auth/me', { body, ...options })),
    /** Ends every session of the user (this one included) and forgets it here. */
    signOutEverywhere: async (options: CallOptions = {}): Promise<void> => {
      unwrap(await this.raw.DELETE('/api/v1/auth/sessions', { ...options }));
      this.#token = undefined;
    },
    /** The signed-in user, or `null` when no valid session is presented (no error answer either way). */
    current: async (options: CallOptions = {}): Promise<Schemas['CurrentUser'] | null> =>
      unwrap(await this.raw.GET('/api/v1/auth/session', { ...options })).current,
    /** The signed-in user; throws `unauthorized` (401) without a valid session. */
    me: async (options: CallOptions = {}): Promise<Schemas['CurrentUser']> =>
      unwrap(await this.raw.GET('/api/v1/auth/me', { ...options })),
    /** Deletes the account with all its CVs, portfolios, sites and sessions, and forgets the session here. */
    deleteAccount: async (options: CallOptions = {}): Promise<void> => {
      unwrap(await this.raw.DELETE('/api/v1/auth/me', { ...options }));
      this.#token = undefined;
    },
  };

  readonly cvs = {
    /** Uploads a CV file; the answer carries the extraction that was started (`cv.extraction`, never null). */
    upload: async (input: UploadInput, options: UploadFileOptions & PostOptions = {}): Promise<UploadedCv> => {
      const { blob, filename } = await toUploadFile(input, options, this.openFile);
      const form = new FormData();
      form.append('file', blob, filename);
      const cv = unwrap(
        await this.raw.POST('/api/v1/cvs', {
          body: form as never,
          bodySerializer: (b: unknown) => b as FormData,
          ...this.#post(options),
        }),
      );
      const { extraction } = cv;
      // An upload always starts an extraction; a server that says otherwise is not one we speak to.
      if (!extraction) {
        throw new Resume2WebsiteError({
          status: 0,
          code: 'http-error',
          title: 'The upload started no extraction',
          body: cv,
        });
      }
      return { ...cv, extraction };
    },
    get: async (cvId: string, options: CallOptions = {}): Promise<Schemas['Cv']> =>
      unwrap(await this.raw.GET('/api/v1/cvs/{cv_id}', { params: { path: { cv_id: cvId } }, ...options })),
    /** Every CV of the signed-in user, newest first, fetching pages as you iterate. */
    list: (options: CallOptions & { limit?: number } = {}): Paginated<Schemas['Cv']> =>
      paginate(async (cursor) =>
        unwrap(
          await this.raw.GET('/api/v1/cvs', {
            params: { query: { ...(options.limit && { limit: options.limit }), ...(cursor && { cursor }) } },
            ...(options.signal && { signal: options.signal }),
          }),
        ),
      ),
    delete: async (cvId: string, options: CallOptions = {}): Promise<void> => {
      unwrap(await this.raw.DELETE('/api/v1/cvs/{cv_id}', { params: { path: { cv_id: cvId } }, ...options }));
    },
    /** The current document (`CvDocument`), or with `format: 'jsonresume'` a JSON Resume. */
    getData: (async (
      cvId: string,
      options: CallOptions & { format?: 'cvdata' | 'jsonresume' } = {},
    ): Promise<Schemas['CvDocument'] | Schemas['JsonResume']> =>
      unwrap(
        await this.raw.GET('/api/v1/cvs/{cv_id}/data', {
          params: { path: { cv_id: cvId }, query: options.format ? { format: options.format } : {} },
          ...(options.signal && { signal: options.signal }),
        }),
      )) as {
      (cvId: string, options?: CallOptions & { format?: 'cvdata' }): Promise<Schemas['CvDocument']>;
      (cvId: string, options: CallOptions & { format: 'jsonresume' }): Promise<Schemas['JsonResume']>;
    },
    /** Replaces the whole document (PUT); stores a new version. */
    updateData: async (
      cvId: string,
      data: Schemas['CvData'],
      options: DataWriteOptions = {},
    ): Promise<Schemas['CvDocument']> =>
      unwrap(
        await this.raw.PUT('/api/v1/cvs/{cv_id}/data', {
          params: { path: { cv_id: cvId } },
          body: { data, ...(options.baseVersion !== undefined && { base_version: options.baseVersion }) },
          ...(options.signal && { signal: options.signal }),
        }),
      ),
    /** Changes part of the document with an RFC 7396 merge patch (PATCH); stores a new version. */
    patchData: async (
      cvId: string,
      patch: MergePatch<Schemas['CvData']>,
      options: DataWriteOptions = {},
    ): Promise<Schemas['CvDocument']> =>
      unwrap(
        await this.raw.PATCH('/api/v1/cvs/{cv_id}/data', {
          params: { path: { cv_id: cvId } },
          headers: { 'Content-Type': 'application/merge-patch+json' },
          body: {
            // The contract types a merge patch as a bare object; MergePatch<CvData> is the useful shape.
            data: patch as never,
            ...(options.baseVersion !== undefined && { base_version: options.baseVersion }),
          },
          ...(options.signal && { signal: options.signal }),
        }),
      ),
    /** Extracts the CV again (`force` bypasses the cache); the extraction replaces hand edits. */
    extract: async (cvId: string, options: PostOptions & { force?: boolean } = {}): Promise<Extraction> =>
      unwrap(
        await this.raw.POST('/api/v1/cvs/{cv_id}/extractions', {
          params: { path: { cv_id: cvId } },
          ...(options.force !== undefined && { body: { force: options.force } }),
          ...this.#post(options),
        }),
      ),
  };

  readonly extractions = {
    get: async (extractionId: string, options: CallOptions = {}): Promise<Extraction> =>
      unwrap(
        await this.raw.GET('/api/v1/extractions/{extraction_id}', {
          params: { path: { extraction_id: extractionId } },
          ...options,
        }),
      ),
    /**
     * The extraction's progress as it happens: Server-Sent Events read with `fetch`, reconnecting
     * with `Last-Event-ID` when the stream drops, polling where streaming is unavailable. Ends after
     * the terminal `succeeded` or `failed` event.
     */
    events: (extractionId: string, options: EventsOptions = {}): AsyncGenerator<ExtractionEvent> =>
      this.#events(extractionId, options),
    /** Resolves with the finished extraction; throws `Resume2WebsiteError` (its `error.code`) when it fails. */
    wait: (extractionId: string, options: WaitOptions & Omit<EventsOptions, 'signal'> = {}): Promise<Extraction> =>
      deadline(options, async (signal) => {
        for await (const event of this.#events(extractionId, { ...options, ...(signal && { signal }) })) {
          if (event.type === 'succeeded') return event.extraction;
          if (event.type === 'failed') {
            const failure = event.extraction.error;
            throw new Resume2WebsiteError({
              status: 0,
              code: failure?.code ?? 'extraction-failed',
              title: 'Extraction failed',
              detail: failure?.message,
              body: event.extraction,
            });
          }
        }
        throw new Resume2WebsiteError({ status: 0, code: 'network-error', title: 'The event stream ended early' });
      }),
  };

  readonly themes = {
    /** Every theme, in display order. */
    list: async (options: CallOptions = {}): Promise<Schemas['Theme'][]> =>
      unwrap(await this.raw.GET('/api/v1/themes', { ...options })).items,
  };

  readonly portfolios = {
    /** Creates a draft portfolio (with its preview URL) from a CV and a theme. */
    create: async (body: Schemas['CreatePortfolioRequest'], options: PostOptions = {}): Promise<Portfolio> =>
      unwrap(await this.raw.POST('/api/v1/portfolios', { body, ...this.#post(options) })),
    get: async (portfolioId: string, options: CallOptions = {}): Promise<Portfolio> =>
      unwrap(
        await this.raw.GET('/api/v1/portfolios/{portfolio_id}', {
          params: { path: { portfolio_id: portfolioId } },
          ...options,
        }),
      ),
    list: (options: CallOptions & { limit?: number } = {}): Paginated<Portfolio> =>
      paginate(async (cursor) =>
        unwrap(
          await this.raw.GET('/api/v1/portfolios', {
            params: { query: { ...(options.limit && { limit: options.limit }), ...(cursor && { cursor }) } },
            ...(options.signal && { signal: options.signal }),
          }),
        ),
      ),
    /** Changes the theme and/or slug. */
    update: async (
      portfolioId: string,
      body: Schemas['UpdatePortfolioRequest'],
      options: CallOptions = {},
    ): Promise<Portfolio> =>
      unwrap(
        await this.raw.PATCH('/api/v1/portfolios/{portfolio_id}', {
          params: { path: { portfolio_id: portfolioId } },
          body,
          ...options,
        }),
      ),
    delete: async (portfolioId: string, options: CallOptions = {}): Promise<void> => {
      unwrap(
        await this.raw.DELETE('/api/v1/portfolios/{portfolio_id}', {
          params: { path: { portfolio_id: portfolioId } },
          ...options,
        }),
      );
    },
    /** Starts publishing; with `wait: true`, resolves once `published` and throws when it `failed`. */
    publish: async (portfolioId: string, options: PublishOptions = {}): Promise<Portfolio> => {
      const started = unwrap(
        await this.raw.POST('/api/v1/portfolios/{portfolio_id}/publish', {
          params: { path: { portfolio_id: portfolioId } },
          ...this.#post(options),
        }),
      );
      return options.wait ? this.#settle(started, 'published', options) : started;
    },
    /** Takes the site offline; with `wait: true`, resolves once the portfolio is back to `draft`. */
    unpublish: async (portfolioId: string, options: PublishOptions = {}): Promise<Portfolio> => {
      const started = unwrap(
        await this.raw.POST('/api/v1/portfolios/{portfolio_id}/unpublish', {
          params: { path: { portfolio_id: portfolioId } },
          ...this.#post(options),
        }),
      );
      return options.wait ? this.#settle(started, 'draft', options) : started;
    },
    /** Starts a Stripe Embedded Checkout for the portfolio. */
    checkout: async (portfolioId: string, options: PostOptions = {}): Promise<Schemas['CheckoutSessionCreated']> =>
      unwrap(
        await this.raw.POST('/api/v1/portfolios/{portfolio_id}/checkout', {
          params: { path: { portfolio_id: portfolioId } },
          ...this.#post(options),
        }),
      ),
    /** A checkout session's state, for the return page. */
    getCheckout: async (
      portfolioId: string,
      checkoutSessionId: string,
      options: CallOptions = {},
    ): Promise<Schemas['CheckoutSessionState']> =>
      unwrap(
        await this.raw.GET('/api/v1/portfolios/{portfolio_id}/checkout/{session_id}', {
          params: { path: { portfolio_id: portfolioId, session_id: checkoutSessionId } },
          ...options,
        }),
      ),
  };

  #post(options: PostOptions): { signal?: AbortSignal; headers?: Record<string, string> } {
    return {
      ...(options.signal && { signal: options.signal }),
      ...(options.idempotencyKey && { headers: { 'Idempotency-Key': options.idempotencyKey } }),
    };
  }

  #signIn(result: Result<Schemas['Session']>): Schemas['Session'] {
    const session = unwrap(result);
    this.#token = session.session_id;
    return session;
  }

  async #settle(portfolio: Portfolio, target: 'published' | 'draft', options: PublishOptions): Promise<Portfolio> {
    return deadline(options, async (signal) => {
      let current = portfolio;
      for (;;) {
        if (current.status === target) return current;
        if (current.status === 'failed') {
          throw new Resume2WebsiteError({
            status: 0,
            code: target === 'published' ? 'publish-failed' : 'unpublish-failed',
            title: target === 'published' ? 'Publishing failed' : 'Unpublishing failed',
            detail: `Portfolio ${current.id} ended in status "failed".`,
            body: current,
          });
        }
        if (current.status !== 'publishing' && current.status !== 'unpublishing') {
          throw new Resume2WebsiteError({
            status: 0,
            code: 'conflict',
            title: 'Unexpected portfolio status',
            detail: `Portfolio ${current.id} is "${current.status}", not "${target}".`,
            body: current,
          });
        }
        await sleep(options.pollIntervalMs ?? 500, signal);
        current = await this.portfolios.get(portfolio.id, signal ? { signal } : {});
      }
    });
  }

  async *#events(extractionId: string, options: EventsOptions): AsyncGenerator<ExtractionEvent> {
    const { signal } = options;
    const interval = options.pollIntervalMs ?? 1000;
    const maxReconnects = options.maxReconnects ?? 5;
    let retryMs = interval;
    let lastEventId: string | undefined;
    let last = '';
    let failures = 0;
    let poll = options.mode === 'poll' || typeof ReadableStream === 'undefined';
    while (!poll) {
      let body: ReadableStream<Uint8Array> | null | undefined;
      try {
        const result = await this.raw.GET('/api/v1/extractions/{extraction_id}/events', {
          params: { path: { extraction_id: extractionId } },
          headers: { Accept: 'text/event-stream', ...(lastEventId && { 'Last-Event-ID': lastEventId }) },
          parseAs: 'stream',
          ...(signal && { signal }),
        });
        unwrap(result);
        const type = result.response.headers.get('content-type') ?? '';
        if (!result.data || !type.startsWith('text/event-stream')) {
          await result.response.body?.cancel().catch(() => undefined);
          if (options.mode === 'stream') {
            throw new Resume2WebsiteError({
              status: 0,
              code: 'stream-unavailable',
              title: 'No event stream',
              detail: 'The answer could not be read as a stream of events (mode: "stream").',
            });
          }
          poll = true;
          break;
        }
        body = result.data;
      } catch (error) {
        if (signal?.aborted || !(error instanceof Resume2WebsiteError) || error.status !== 0) throw error;
        if (++failures > maxReconnects) throw error;
        await sleep(retryMs, signal);
        continue;
      }
      try {
        for await (const message of parseSse(body)) {
          if (message.retry !== undefined) retryMs = message.retry;
          if (message.id !== undefined) lastEventId = message.id;
          if (!message.data) continue;
          const type = message.event as ExtractionEvent['type'];
          if (type !== 'status' && !TERMINAL.includes(type)) continue;
          // After a reconnect the server repeats the current state: yield only what is new.
          if (type === 'status' && message.data === last) continue;
          if (type === 'status') last = message.data;
          failures = 0;
          yield { type, extraction: JSON.parse(message.data) as Extraction };
          if (TERMINAL.includes(type)) return;
        }
      } catch (error) {
        if (signal?.aborted) throw signal.reason;
        if (!(error instanceof TypeError) && !(error instanceof Error && error.name === 'AbortError')) throw error;
      }
      // The stream ended or broke before a terminal event: reconnect after `retry`.
      if (++failures > maxReconnects) {
        throw new Resume2WebsiteError({
          status: 0,
          code: 'network-error',
          title: 'Event stream lost',
          detail: `The event stream broke ${failures} times in a row.`,
        });
      }
      await sleep(retryMs, signal);
    }
    for (;;) {
      const extraction = await this.extractions.get(extractionId, signal ? { signal } : {});
      const data = JSON.stringify(extraction);
      if (data !== last) {
        last = data;
        yield { type: 'status', extraction };
      }
      if (TERMINAL.includes(extraction.status)) {
        yield { type: extraction.status as 'succeeded' | 'failed', extraction };
        return;
      }
      await sleep(interval, signal);
    }
  }
}
