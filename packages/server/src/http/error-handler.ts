import type { Context, Middleware } from 'koa';
import type { AppState } from './app-state.js';
import { PROBLEM_CONTENT_TYPE, ProblemError, type ProblemSlug } from '../domain/problem.js';
import { problemFromPipelineError } from './pipeline-problems.js';

/** Maps errors thrown by libraries (raw-body, koa's ctx.throw) to our problem types. */
function fromLibraryError(err: {
  status?: number;
  type?: string;
  message?: string;
  expose?: boolean;
}): ProblemError | undefined {
  if (err.type === 'entity.too.large')
    return new ProblemError('payload-too-large', 'The request body is larger than this endpoint accepts.');
  if (err.type === 'encoding.unsupported' || err.type === 'charset.unsupported')
    return new ProblemError('unsupported-media-type', 'The request body uses an unsupported encoding or charset.');
  if (err.type === 'request.aborted')
    return new ProblemError('malformed-request', 'The client closed the request before its body arrived.');
  if (err.type === 'request.size.invalid')
    return new ProblemError('malformed-request', 'The request body does not match its Content-Length.');
  const status = err.status;
  if (typeof status !== 'number' || status < 400 || status >= 500) return undefined;
  const bySlug: Partial<Record<number, ProblemSlug>> = {
    400: 'malformed-request',
    401: 'unauthorized',
    404: 'not-found',
    405: 'method-not-allowed',
    406: 'not-acceptable',
    413: 'payload-too-large',
    415: 'unsupported-media-type',
  };
  const slug = bySlug[status];
  return slug
    ? new ProblemError(slug, err.expose && err.message ? err.message : 'The request was refused.')
    : undefined;
}

export function writeProblem(ctx: Context & { state: AppState }, problem: ProblemError): void {
  ctx.status = problem.status;
  for (const [name, value] of Object.entries(problem.headers)) ctx.set(name, value);
  ctx.type = PROBLEM_CONTENT_TYPE;
  ctx.body = problem.toProblem({ instance: ctx.path, requestId: ctx.state.requestId });
}

/**
 * The problem any thrown value answers as: itself, a CV pipeline refusal, a library's HTTP error,
 * or `500 internal-error`. `mapped` says whether it came from a library's error.
 */
export function problemFor(err: unknown): { problem: ProblemError; mapped: boolean } {
  if (err instanceof ProblemError) return { problem: err, mapped: false };
  // The CV pipeline's refusals (a file intake will not take, an inconsistent document edit).
  const fromPipeline = problemFromPipelineError(err);
  if (fromPipeline) return { problem: fromPipeline, mapped: false };
  const fromLibrary = fromLibraryError(err as Record<string, never>);
  return {
    problem:
      fromLibrary ??
      new ProblemError(
        'internal-error',
        'Something went wrong on our side. Quote the request id if you contact support.',
      ),
    mapped: fromLibrary !== undefined,
  };
}

/** The one place an error becomes a response: RFC 9457 body, no internals for 5xx. */
export function errorHandler(): Middleware<AppState> {
  return async (ctx, next) => {
    try {
      await next();
    } catch (err) {
      const { problem, mapped } = problemFor(err);
      if (problem.status >= 500) ctx.state.log.error({ err }, 'unhandled error');
      else if (mapped) ctx.state.log.debug({ err }, 'library error mapped to a problem');
      // A stream that already started cannot be turned into a problem document.
      if (ctx.headerSent) return;
      writeProblem(ctx, problem);
    }
  };
}
