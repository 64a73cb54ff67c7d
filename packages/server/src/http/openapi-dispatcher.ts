import type { Context, Middleware } from 'koa';
import addFormats from 'ajv-formats';
import { OpenAPIBackend, type Context as OperationContext, type Document } from 'openapi-backend';
import type { AppState } from './app-state.js';
import { ProblemError, type ProblemFieldError } from './problem.js';

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

const LOCATIONS: Record<string, ProblemFieldError['location']> = {
  requestBody: 'body',
  query: 'query',
  path: 'path',
  header: 'header',
  cookie: 'cookie',
};

interface AjvError {
  instancePath: string;
  message?: string;
  keyword: string;
  params?: Record<string, unknown>;
}

/** Turns ajv's errors into the problem's field list: where, which JSON pointer, what is wrong. */
export function validationProblem(errors: AjvError[]): ProblemError {
  const fieldErrors: ProblemFieldError[] = errors.map((e) => {
    const [, first = '', ...rest] = e.instancePath.split('/');
    let location = LOCATIONS[first] ?? 'body';
    let pointer = rest.length ? `/${rest.join('/')}` : '';
    if (e.keyword === 'required' && typeof e.params?.missingProperty === 'string') {
      // A missing top-level member is reported at its container; point at the member itself.
      if (first === '' && e.params.missingProperty === 'requestBody') location = 'body';
      else pointer = `${pointer}/${e.params.missingProperty}`;
    }
    if (e.keyword === 'parse') location = 'body';
    let message = e.message ?? 'is invalid';
    if (e.keyword === 'additionalProperties' && typeof e.params?.additionalProperty === 'string') {
      pointer = `${pointer}/${e.params.additionalProperty}`;
      message = 'is not a known member';
    } else if (e.keyword === 'enum' && Array.isArray(e.params?.allowedValues)) {
      message = `must be one of: ${e.params.allowedValues.join(', ')}`;
    }
    return { location, pointer, message };
  });
  const onlyBody = fieldErrors.every((f) => f.location === 'body');
  const summary = fieldErrors
    .slice(0, 3)
    .map((f) => `${f.location}${f.pointer ? ` ${f.pointer}` : ''} ${f.message}`)
    .join('; ');
  return onlyBody
    ? new ProblemError('validation-error', `The request body does not match the schema: ${summary}.`, {
        errors: fieldErrors,
      })
    : new ProblemError('invalid-parameters', `The request parameters are invalid: ${summary}.`, {
        errors: fieldErrors,
      });
}

/**
 * Routes every request under the spec to the handler named by its operationId, after validating
 * path, query, headers and body against the spec. A request the spec rejects never reaches a handler.
 */
export async function createOpenApiDispatcher(options: {
  document: Document;
  handlers: OperationHandlers;
}): Promise<Middleware<AppState>> {
  const api = new ContractBackend({
    definition: structuredClone(options.document),
    validate: true,
    coerceTypes: true,
    strict: true,
    // Validators compile on an operation's first request, not all at start-up: compiling every
    // operation's dereferenced schemas up front takes seconds and most are never hit by one pod.
    quick: true,
    ajvOpts: { allErrors: true, strict: false, logger: false },
    customizeAjv: (ajv) => {
      addFormats.default(ajv, ['email', 'uri', 'uri-reference', 'date-time', 'date', 'uuid']);
      return ajv;
    },
  });

  const unknownIds = Object.keys(options.handlers).filter(
    (id) => !options.document.paths || !findOperation(options.document, id),
  );
  if (unknownIds.length)
    throw new Error(`handlers registered for operations not in the spec: ${unknownIds.join(', ')}`);

  const wrapped: Record<string, (c: OperationContext, ctx: ApiContext) => Promise<void>> = {};
  for (const [operationId, handler] of Object.entries(options.handlers)) {
    wrapped[operationId] = async (c, ctx) => {
      tagRoute(c, ctx);
      await handler(ctx, {
        params: (c.request.params ?? {}) as Record<string, string>,
        query: (c.request.query ?? {}) as Record<string, unknown>,
        headers: ctx.headers,
        body: ctx.request.body,
      });
    };
  }

  api.register({
    ...wrapped,
    validationFail: (c: OperationContext, ctx: ApiContext) => {
      tagRoute(c, ctx);
      throw validationProblem((c.validation.errors ?? []) as AjvError[]);
    },
    notFound: (_c: OperationContext, ctx: ApiContext) => {
      throw new ProblemError(
        'route-not-found',
        `There is no endpoint at ${ctx.method} ${ctx.path}. The API reference is at /docs.`,
      );
    },
    methodNotAllowed: (_c: OperationContext, ctx: ApiContext) => {
      throw new ProblemError('method-not-allowed', `${ctx.method} is not allowed on ${ctx.path}.`);
    },
    notImplemented: (c: OperationContext, ctx: ApiContext) => {
      tagRoute(c, ctx);
      throw new ProblemError(
        'not-implemented',
        `${c.operation.operationId} is part of the API contract but not implemented yet.`,
      );
    },
  });
  await api.init();

  return async (ctx) => {
    await api.handleRequest(
      {
        method: ctx.method,
        path: ctx.path,
        query: ctx.querystring,
        headers: ctx.headers as Record<string, string>,
        body: ctx.request.body as object,
      },
      ctx,
    );
  };
}

/**
 * openapi-backend checks the definition against an OpenAPI 3.0 meta-schema, which rejects valid
 * 3.1 documents. The contract is checked by `redocly lint` in CI instead, so skip that step here
 * and keep strict mode for everything else (a broken $ref still fails the start).
 */
class ContractBackend extends OpenAPIBackend {
  override validateDefinition(): Document {
    return this.document;
  }
}

function tagRoute(c: OperationContext, ctx: ApiContext): void {
  if (c.operation) {
    ctx.state.operationId = c.operation.operationId;
    ctx.state.routeTemplate = c.operation.path;
  }
}

function findOperation(document: Document, operationId: string): boolean {
  for (const item of Object.values(document.paths ?? {})) {
    for (const op of Object.values(item ?? {})) {
      if (op && typeof op === 'object' && 'operationId' in op && op.operationId === operationId) return true;
    }
  }
  return false;
}
