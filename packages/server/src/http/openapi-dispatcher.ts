import type { IncomingHttpHeaders } from 'node:http';
import type { operations } from '@resume2website/sdk';
import type { Context, Middleware } from 'koa';
import type { AppState } from './app-state.js';
import type { ApiContract, ContractOperation, ParameterInput } from './contract.js';
import type { AuthContext } from '../domain/caller.js';
import { ProblemError, type ProblemFieldError } from '../domain/problem.js';

/** Every operationId in openapi.yaml (the SDK's generated `operations`). */
export type OperationId = keyof operations;

/** A kind of parameter the operation declares none of (`path?: never`) reads as an empty object. */
type Declared<T> = [NonNullable<T>] extends [never] ? Record<never, never> : NonNullable<T>;

/** The JSON media types of a request body's `content` (`application/json`, `…+json`). */
type JsonContent<C> = {
  [M in keyof C]: M extends 'application/json' | `${string}+json` ? C[M] : never;
}[keyof C];

/**
 * Request-body members with a `default` in openapi.yaml. openapi-typescript types them as required
 * (its `defaultNonNullable`, right for responses), but a client may leave them out and bodies are
 * validated, not defaulted: the handler sees them optional. Generating the SDK with
 * `defaultNonNullable: false` would make this list unnecessary.
 */
interface DefaultedBodyMembers {
  createExtraction: 'force';
}

type AsSent<K extends OperationId, B> = K extends keyof DefaultedBodyMembers
  ? Omit<B, DefaultedBodyMembers[K]> & Partial<Pick<B, Extract<keyof B, DefaultedBodyMembers[K]>>>
  : B;

type DeclaredBody<K extends OperationId> =
  NonNullable<operations[K]['requestBody']> extends { content: infer C }
    ? [JsonContent<C>] extends [never]
      ? undefined
      : AsSent<K, JsonContent<C>>
    : undefined;

/**
 * What the handler of `K` finds in `input.body`: the JSON body the contract declares (already
 * validated), `| undefined` where the body is optional, and `undefined` where the operation takes no
 * body or one its route streams itself (`uploadCv`'s multipart).
 */
export type RequestBody<K extends OperationId> = undefined extends operations[K]['requestBody']
  ? DeclaredBody<K> | undefined
  : DeclaredBody<K>;

/**
 * A handler's input, typed from the contract. The dispatcher has validated every part against
 * openapi.yaml before the handler runs, so the types hold at run time:
 * - `params`: path parameters, strings as matched (their patterns and enums checked);
 * - `query`: query parameters after coercion to the declared types (`limit` is a number). A scalar
 *   parameter given twice is refused, so no value is an array; defaults are **not** filled in (the
 *   schemas' defaults sit behind `$ref`s, which ajv does not apply), so an optional one may be absent;
 * - `headers`: the raw request headers (read them with `ctx.get`);
 * - `body`: see {@link RequestBody}.
 */
export interface OperationInput<K extends OperationId> {
  params: Declared<operations[K]['parameters']['path']>;
  query: Declared<operations[K]['parameters']['query']>;
  headers: IncomingHttpHeaders;
  body: RequestBody<K>;
}

export type ApiContext = Context & { state: AppState };

/**
 * Any operation's handler, as code that wraps handlers without knowing which one sees it (e.g.
 * `adminOnly`). Method syntax keeps `input` bivariant, so every `OperationHandler<K>` is one; only
 * generic wrappers should name it: a route names its operation and gets its exact input.
 */
interface AnyOperationHandler {
  handle(ctx: ApiContext, input: { [K in OperationId]: OperationInput<K> }[OperationId]): Promise<void> | void;
}

/**
 * The handler of operation `K`: named by the spec's operationId, called only with input the spec
 * accepted, typed from the generated contract. Without `K`, any operation's handler (see above).
 */
export type OperationHandler<K extends OperationId = OperationId> = [OperationId] extends [K]
  ? AnyOperationHandler['handle']
  : (ctx: ApiContext, input: OperationInput<K>) => Promise<void> | void;

/** Handlers by operationId; an operation of the contract without one answers 501. */
export type OperationHandlers = { [K in OperationId]?: OperationHandler<K> };

/**
 * The session the contract required of this operation. Operations whose security asks for a
 * session never reach their handler without one (the dispatcher answers 401 first), so for them this
 * never throws; it throws the same 401 anywhere else.
 */
export function requireAuth(ctx: ApiContext): AuthContext {
  if (!ctx.state.auth) throw sessionRequired();
  return ctx.state.auth;
}

function sessionRequired(): ProblemError {
  return new ProblemError(
    'unauthorized',
    'Sign in first: send the session as `Authorization: Bearer <session_id>` or the session cookie.',
    {
      headers: { 'WWW-Authenticate': 'Bearer' },
    },
  );
}

/**
 * The handlers as the dispatcher calls them, knowing an operationId only at run time. The static
 * types end here: each handler gets the input validated against the same openapi.yaml its
 * `OperationInput<K>` was generated from.
 */
type ValidatedInputHandler = (
  ctx: ApiContext,
  input: {
    params: Record<string, string>;
    query: Record<string, unknown>;
    headers: IncomingHttpHeaders;
    body: unknown;
  },
) => Promise<void> | void;

function summarise(errors: ProblemFieldError[]): string {
  return errors
    .slice(0, 3)
    .map((f) => `${f.location}${f.pointer ? ` ${f.pointer}` : ''} ${f.message}`)
    .join('; ');
}

function mediaTypeOf(ctx: ApiContext): string | undefined {
  const header = ctx.get('content-type');
  return header ? header.split(';')[0]!.trim().toLowerCase() : undefined;
}

function hasBody(ctx: ApiContext): boolean {
  return Boolean(ctx.request.length) || Boolean(ctx.get('transfer-encoding'));
}

/** Checks the body's presence and media type against the operation, then its JSON schema. */
function checkBody(contract: ApiContract, operation: ContractOperation, ctx: ApiContext): void {
  if (operation.bodyMediaTypes.length === 0) return;
  const type = mediaTypeOf(ctx);
  if (!hasBody(ctx)) {
    if (operation.bodyRequired) {
      throw new ProblemError(
        'validation-error',
        `${operation.operationId} needs a request body (${operation.bodyMediaTypes.join(' or ')}).`,
        {
          errors: [{ location: 'body', pointer: '', message: 'is required' }],
        },
      );
    }
    return;
  }
  if (!type || !operation.bodyMediaTypes.includes(type)) {
    throw new ProblemError(
      'unsupported-media-type',
      `${ctx.method} ${operation.path} accepts ${operation.bodyMediaTypes.join(' or ')}, not ${type ?? 'a body without a Content-Type'}.`,
    );
  }
  if (ctx.request.body === undefined) return; // streamed by its route (multipart)
  const errors = contract.validateBody(operation.operationId, ctx.request.body);
  if (errors.length) {
    throw new ProblemError('validation-error', `The request body does not match the schema: ${summarise(errors)}.`, {
      errors,
    });
  }
}

/**
 * Routes every request under the contract to the handler named by its operationId, after
 * validating parameters and body against openapi.yaml. A request the spec rejects never reaches a
 * handler; an operation in the contract without a handler yet answers 501. HEAD matches the GET
 * operation (see `ApiContract.match`) and runs its handler; Koa then sends the headers without the body.
 */
export function createOpenApiDispatcher(options: {
  contract: ApiContract;
  handlers: OperationHandlers;
}): Middleware<AppState> {
  const { contract } = options;
  // See ValidatedInputHandler: this is where the handlers' static input types are let go.
  const handlers = new Map(Object.entries(options.handlers) as [string, ValidatedInputHandler | undefined][]);
  const unknownIds = [...handlers.keys()].filter((id) => !contract.has(id));
  if (unknownIds.length)
    throw new Error(`handlers registered for operations not in the spec: ${unknownIds.join(', ')}`);

  return async (ctx) => {
    const result = contract.match(ctx.method, ctx.path);
    if (result.kind === 'not-found') {
      throw new ProblemError(
        'route-not-found',
        `There is no endpoint at ${ctx.method} ${ctx.path}. The API reference is at /docs.`,
      );
    }
    if (result.kind === 'method-not-allowed') {
      throw new ProblemError(
        'method-not-allowed',
        `${ctx.method} is not allowed on ${ctx.path}; use ${result.allowed.join(', ')}.`,
        {
          headers: { Allow: result.allowed.join(', ') },
        },
      );
    }
    const { operation, params } = result.match;
    ctx.state.operationId = operation.operationId;

    if (operation.sessionRequired && !ctx.state.auth) throw sessionRequired();

    const input: ParameterInput = {
      path: { ...params },
      query: { ...ctx.query },
      header: { ...ctx.headers },
      cookie: {},
    };
    const paramErrors = contract.validateParameters(operation.operationId, input);
    if (paramErrors.length) {
      throw new ProblemError('invalid-parameters', `The request parameters are invalid: ${summarise(paramErrors)}.`, {
        errors: paramErrors,
      });
    }
    checkBody(contract, operation, ctx);

    const handler = handlers.get(operation.operationId);
    if (!handler) {
      throw new ProblemError(
        'not-implemented',
        `${operation.operationId} is part of the API contract but not implemented yet.`,
      );
    }
    await handler(ctx, {
      params: input.path,
      query: input.query,
      headers: ctx.headers,
      // Only what the contract declares: a body sent to an operation that takes none is not its input.
      body: operation.bodyMediaTypes.length ? ctx.request.body : undefined,
    });
  };
}
