import { createHash } from 'node:crypto';
import { Stream } from 'node:stream';
import type { IdempotencyService, ReplayableResponse } from '../services/idempotency-service.js';
import { presentedSessionToken } from './authentication.js';
import type { ApiContract } from './contract.js';
import { problemFor } from './error-handler.js';
import type { ApiContext, OperationHandler, OperationHandlers } from './openapi-dispatcher.js';
import { PROBLEM_CONTENT_TYPE } from '../domain/problem.js';
import { PUBLISHABLE_KEY_HEADER } from './tenant-context.js';

export const IDEMPOTENCY_KEY_HEADER = 'idempotency-key';
export const IDEMPOTENT_REPLAYED_HEADER = 'Idempotent-Replayed';

/** What a replay repeats besides status and body; the rest (request id, security headers) is this request's own. */
const REPLAYED_HEADERS = ['content-type', 'location', 'set-cookie', 'retry-after', 'www-authenticate', 'cache-control'];

const sha256 = (data: string | Buffer) => createHash('sha256').update(data).digest('hex');

/**
 * Whose keys these are. A session token (valid or not: a guest's `registerUser` deletes the guest
 * session it presented, and its retry presents the same dead token) scopes the key to whoever holds
 * that token; without one, to the client address and the publishable key, where an unguessable
 * key is what keeps one anonymous caller from another's answer.
 */
function callerOf(ctx: ApiContext): string {
  const presented = presentedSessionToken(ctx);
  if (presented) return `session:${sha256(presented.token)}`;
  return `anonymous:${ctx.ip}\n${ctx.get(PUBLISHABLE_KEY_HEADER)}`;
}

/**
 * What the request asks for: method, path and query, media type, and a hash of the JSON body's
 * bytes. A multipart upload (`uploadCv`) is streamed by its route, not buffered, so its body is not
 * part of it: there the key alone names the upload, and a repeat replays the first CV.
 */
function fingerprintOf(ctx: ApiContext): string {
  const mediaType = (ctx.get('content-type').split(';')[0] ?? '').trim().toLowerCase();
  const raw = ctx.state.rawBody;
  const body = raw ? sha256(raw) : '';
  return `${ctx.method} ${ctx.url}\n${mediaType}\n${body}`;
}

function headersOf(ctx: ApiContext, extra: Record<string, string> = {}): ReplayableResponse['headers'] {
  const headers: ReplayableResponse['headers'] = {};
  for (const name of REPLAYED_HEADERS) {
    const value = ctx.response.headers[name];
    if (typeof value === 'string' || Array.isArray(value)) headers[name] = value;
    else if (typeof value === 'number') headers[name] = String(value);
  }
  for (const [name, value] of Object.entries(extra)) headers[name.toLowerCase()] = value;
  return headers;
}

/** The handler's answer as bytes, or undefined when it cannot be kept (a stream, a 5xx). */
function capture(ctx: ApiContext): ReplayableResponse | undefined {
  if (ctx.status >= 500) return undefined;
  const body: unknown = ctx.body;
  let bytes: Buffer;
  if (body === null || body === undefined) bytes = Buffer.alloc(0);
  else if (Buffer.isBuffer(body)) bytes = body;
  else if (typeof body === 'string') bytes = Buffer.from(body);
  else if (body instanceof Stream) return undefined;
  else bytes = Buffer.from(JSON.stringify(body)); // what Koa sends for an object
  return { status: ctx.status, headers: headersOf(ctx), bodyBase64: bytes.toString('base64') };
}

function replay(ctx: ApiContext, response: ReplayableResponse): void {
  ctx.status = response.status;
  for (const [name, value] of Object.entries(response.headers)) ctx.set(name, value);
  ctx.set(IDEMPOTENT_REPLAYED_HEADER, 'true');
  const bytes = Buffer.from(response.bodyBase64, 'base64');
  if (bytes.length > 0) ctx.body = bytes;
}

function idempotent(handler: OperationHandler, idempotency: IdempotencyService): OperationHandler {
  return async (ctx, input) => {
    const key = ctx.get(IDEMPOTENCY_KEY_HEADER);
    if (!key) return handler(ctx, input);
    const outcome = await idempotency.begin({ caller: callerOf(ctx), key, fingerprint: fingerprintOf(ctx) });
    if (outcome.kind === 'replay') return replay(ctx, outcome.response);
    ctx.state.requestKey = outcome.requestKey;

    let response: ReplayableResponse | undefined;
    try {
      await handler(ctx, input);
      response = capture(ctx);
    } catch (err) {
      // A refusal is the request's final answer and is kept as the error handler will write it;
      // a 5xx is not, so a retry runs again.
      const { problem } = problemFor(err);
      if (problem.status < 500) {
        const body = problem.toProblem({ instance: ctx.path, requestId: ctx.state.requestId });
        response = {
          status: problem.status,
          headers: { ...headersOf(ctx, problem.headers), 'content-type': PROBLEM_CONTENT_TYPE },
          bodyBase64: Buffer.from(JSON.stringify(body)).toString('base64'),
        };
      }
      await settle(ctx, outcome, response);
      throw err;
    }
    await settle(ctx, outcome, response);
  };
}

/** Keeps the answer, or gives the key up; a failure here must not change the answer already made. */
async function settle(
  ctx: ApiContext,
  outcome: { complete(response: ReplayableResponse): Promise<void>; release(): Promise<void> },
  response: ReplayableResponse | undefined,
): Promise<void> {
  try {
    if (response) await outcome.complete(response);
    else await outcome.release();
  } catch (err) {
    ctx.state.log.warn({ err }, 'could not record the idempotency key; releasing it');
    await outcome.release().catch((releaseErr: unknown) => {
      ctx.state.log.error({ err: releaseErr }, 'could not release the idempotency key; it lapses with its lease');
    });
  }
}

/**
 * `Idempotency-Key` for every operation whose contract declares the header: its handler is wrapped
 * so that it runs after the dispatcher has validated the request (a bad key is `400
 * invalid-parameters`, a request the spec refuses is never kept) and its answer is kept for replay
 * (see IdempotencyService).
 */
export function withIdempotency(
  handlers: OperationHandlers,
  deps: { contract: ApiContract; idempotency: IdempotencyService },
): OperationHandlers {
  const wrapped: Record<string, OperationHandler> = {};
  for (const [operationId, handler] of Object.entries(handlers) as [string, OperationHandler | undefined][]) {
    if (!handler) continue;
    const declares = deps.contract.operation(operationId)?.headerParameters.includes(IDEMPOTENCY_KEY_HEADER);
    wrapped[operationId] = declares ? idempotent(handler, deps.idempotency) : handler;
  }
  return wrapped as OperationHandlers;
}
