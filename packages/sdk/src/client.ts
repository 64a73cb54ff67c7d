import createClient, { type Client, type ClientOptions, type Middleware } from 'openapi-fetch';
import type { paths } from './generated/openapi.js';
import { createTransport } from './transport.js';

export interface Resume2WebsiteClientOptions {
  /** The API's origin, e.g. `https://api.example.com` or `http://localhost:2000`. */
  baseUrl: string;
  /** A session id from register/login/guest, or a tenant secret key (`sk_…`) on a server. */
  token?: string | (() => string | undefined);
  /** A tenant's publishable key (`pk_…`), for career-site integrations in a browser. */
  publishableKey?: string;
  /** A custom fetch (tests, edge runtimes, instrumentation). */
  fetch?: ClientOptions['fetch'];
  headers?: Record<string, string>;
  /**
   * Retry network errors, timeouts, 429, 502, 503 and 504 this many times (POSTs carry an
   * `Idempotency-Key` so that is safe). Default 0 here; `new Resume2Website()` defaults to 2.
   */
  maxRetries?: number;
  /** Per-attempt timeout in milliseconds (a `timeout` error when it runs out). */
  timeoutMs?: number;
}

export type Resume2WebsiteClient = Client<paths>;

/**
 * A typed client for every endpoint in the contract: paths, parameters, bodies and responses are
 * checked at compile time. Errors come back as `{ error }` holding the RFC 9457 problem document;
 * network failures and timeouts are thrown as `Resume2WebsiteError`.
 */
export function createResume2WebsiteClient(options: Resume2WebsiteClientOptions): Resume2WebsiteClient {
  const retrying = options.maxRetries !== undefined || options.timeoutMs !== undefined;
  const fetch = retrying
    ? createTransport({ fetch: options.fetch, maxRetries: options.maxRetries ?? 0, timeoutMs: options.timeoutMs })
    : options.fetch;
  const client = createClient<paths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    ...(fetch && { fetch }),
    headers: options.headers ?? {},
  });
  const auth: Middleware = {
    onRequest({ request }) {
      const token = typeof options.token === 'function' ? options.token() : options.token;
      if (token && !request.headers.has('authorization')) request.headers.set('Authorization', `Bearer ${token}`);
      if (options.publishableKey && !request.headers.has('x-publishable-key')) {
        request.headers.set('X-Publishable-Key', options.publishableKey);
      }
      return request;
    },
  };
  client.use(auth);
  return client;
}
