import type { Context, Middleware } from 'koa';
import type { AppState } from './app-state.js';
import type { ApiContract, ContractOperation } from './contract.js';
import { ProblemError, type ProblemFieldError } from '../domain/problem.js';

export interface OperationInput {
  params: Record<string, string>;
  query: Record<string, unknown>;
  headers: Record<string, string | string[] | undefined>;
  body: unknown;
}

export type ApiContext = Context & { state: AppState };

/** A route handler: named by the spec's operationId, called only with input the spec accepted. */
export type OperationHandler = (ctx: ApiContext, input: OperationInput) => Promise<void> | void;

export type OperationHandlers = Record<string, OperationHandler>;

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
  const { contract, handlers } = options;
  const unknownIds = Object.keys(handlers).filter((id) => !contract.has(id));
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

    if (operation.sessionRequired && !ctx.state.auth) {
      throw new ProblemError(
        'unauthorized',
        'Sign in first: send the session as `Authorization: Bearer <session_id>` or the session cookie.',
        {
          headers: { 'WWW-Authenticate': 'Bearer' },
        },
      );
    }

    const input = {
      path: { ...params },
      query: { ...ctx.query } as Record<string, unknown>,
      header: { ...ctx.headers } as Record<string, unknown>,
      cookie: {} as Record<string, unknown>,
    };
    const paramErrors = contract.validateParameters(operation.operationId, input);
    if (paramErrors.length) {
      throw new ProblemError('invalid-parameters', `The request parameters are invalid: ${summarise(paramErrors)}.`, {
        errors: paramErrors,
      });
    }
    checkBody(contract, operation, ctx);

    const handler = handlers[operation.operationId];
    if (!handler) {
      throw new ProblemError(
        'not-implemented',
        `${operation.operationId} is part of the API contract but not implemented yet.`,
      );
    }
    await handler(ctx, { params: input.path, query: input.query, headers: ctx.headers, body: ctx.request.body });
  };
}
