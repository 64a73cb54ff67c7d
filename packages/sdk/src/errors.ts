import type { components } from './generated/openapi.js';

type Problem = components['schemas']['Problem'];
type ProblemFieldError = components['schemas']['ProblemFieldError'];

/** Every problem type the API sends is `PROBLEM_BASE + slug`. */
export const PROBLEM_BASE = 'https://resume2website.com/problems/';

export interface Resume2WebsiteErrorInit {
  status: number;
  code: string;
  title: string;
  type?: string | undefined;
  detail?: string | undefined;
  errors?: ProblemFieldError[] | undefined;
  requestId?: string | undefined;
  body?: unknown;
  cause?: unknown;
}

/**
 * The one error the high-level client throws. HTTP failures carry the RFC 9457 problem's members;
 * failures that never got an answer have `status: 0` and `code` `network-error` or `timeout`; a
 * failed extraction or publish carries the failure's own code and the resource in `body`.
 */
export class Resume2WebsiteError extends Error {
  /** The HTTP status, or 0 when no response was received (network error, timeout) or none applies. */
  readonly status: number;
  /** The problem type URI (`https://resume2website.com/problems/<code>`). */
  readonly type: string;
  /** The stable slug to branch on: `validation-error`, `rate-limited`, `network-error`, `timeout`, … */
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** Every field failure of a `validation-error` or `invalid-parameters` problem (else empty). */
  readonly errors: ProblemFieldError[];
  /** The request's id: quote it when reporting a problem. */
  readonly requestId: string | undefined;
  /** The parsed response body (the problem document), or the failed resource. */
  readonly body: unknown;

  constructor(init: Resume2WebsiteErrorInit) {
    super(init.detail ?? init.title, init.cause === undefined ? undefined : { cause: init.cause });
    this.name = 'Resume2WebsiteError';
    this.status = init.status;
    this.code = init.code;
    this.type = init.type ?? PROBLEM_BASE + init.code;
    this.title = init.title;
    this.detail = init.detail;
    this.errors = init.errors ?? [];
    this.requestId = init.requestId;
    this.body = init.body;
  }

  /** An error for a non-2xx answer; `body` is the parsed body (a problem document, usually). */
  static fromResponse(response: Response, body: unknown): Resume2WebsiteError {
    const requestId = response.headers.get('x-request-id') ?? undefined;
    if (isProblem(body)) {
      return new Resume2WebsiteError({
        status: response.status,
        type: body.type,
        code: problemSlug(body),
        title: body.title,
        detail: body.detail,
        errors: body.errors,
        requestId: body.request_id ?? requestId,
        body,
      });
    }
    return new Resume2WebsiteError({
      status: response.status,
      code: 'http-error',
      type: 'about:blank',
      title: response.statusText || `HTTP ${response.status}`,
      detail: typeof body === 'string' && body ? body.slice(0, 500) : undefined,
      requestId,
      body,
    });
  }
}

/** True when `value` is an RFC 9457 problem document as the API sends them. */
export function isProblem(value: unknown): value is Problem {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { type?: unknown }).type === 'string' &&
    typeof (value as { status?: unknown }).status === 'number'
  );
}

/** The stable slug of a problem's type (`validation-error`, `rate-limited`, …), for branching. */
export function problemSlug(problem: Problem): string {
  return problem.type.startsWith(PROBLEM_BASE) ? problem.type.slice(PROBLEM_BASE.length) : problem.type;
}
