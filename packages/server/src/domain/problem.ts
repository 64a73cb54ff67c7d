import type { components } from '@resume2website/sdk';

/**
 * RFC 9457 problem details. Every error the API sends is one of these, with a stable `type` per
 * kind of error so clients can branch on it without parsing prose.
 */

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';
const PROBLEM_BASE = 'https://resume2website.com/problems/';

export const problemTypes = {
  'malformed-request': { status: 400, title: 'Malformed request' },
  'invalid-parameters': { status: 400, title: 'Invalid parameters' },
  'invalid-token': { status: 400, title: 'Invalid or expired link' },
  'validation-error': { status: 422, title: 'Validation failed' },
  unauthorized: { status: 401, title: 'Authentication required' },
  'payment-required': { status: 402, title: 'Payment required' },
  'csrf-rejected': { status: 403, title: 'Cross-site request refused' },
  'origin-not-allowed': { status: 403, title: 'Origin not allowed' },
  'no-password': { status: 403, title: 'No password to change' },
  'email-not-verified': { status: 403, title: 'Email address not verified' },
  'not-found': { status: 404, title: 'Not found' },
  'route-not-found': { status: 404, title: 'No such endpoint' },
  'provider-not-configured': { status: 404, title: 'Sign-in provider not configured' },
  'method-not-allowed': { status: 405, title: 'Method not allowed' },
  'request-timeout': { status: 408, title: 'Request timeout' },
  'not-acceptable': { status: 406, title: 'Not acceptable' },
  conflict: { status: 409, title: 'Conflict' },
  'email-taken': { status: 409, title: 'Email already registered' },
  'already-paid': { status: 409, title: 'Already paid' },
  'cv-limit-reached': { status: 409, title: 'CV limit reached' },
  'idempotency-key-in-flight': { status: 409, title: 'Idempotency key in use' },
  'idempotency-key-reused': { status: 422, title: 'Idempotency key reused' },
  'payload-too-large': { status: 413, title: 'Payload too large' },
  'unsupported-media-type': { status: 415, title: 'Unsupported media type' },
  'expectation-failed': { status: 417, title: 'Expectation failed' },
  'request-header-fields-too-large': { status: 431, title: 'Request header fields too large' },
  'unprocessable-file': { status: 422, title: 'File cannot be processed' },
  'not-a-cv': { status: 422, title: 'Not a CV' },
  'oauth-state-invalid': { status: 400, title: 'Invalid sign-in state' },
  'webhook-signature-invalid': { status: 400, title: 'Invalid webhook signature' },
  'rate-limited': { status: 429, title: 'Too many requests' },
  'internal-error': { status: 500, title: 'Internal server error' },
  'not-implemented': { status: 501, title: 'Not implemented yet' },
  'not-ready': { status: 503, title: 'Service not ready' },
  'widget-not-built': { status: 503, title: 'Widget not built' },
  'site-not-built': { status: 503, title: 'Site not built' },
} as const satisfies Record<string, { status: number; title: string }>;

export type ProblemSlug = keyof typeof problemTypes;

export type ProblemFieldError = components['schemas']['ProblemFieldError'];
export type Problem = components['schemas']['Problem'];

export function problemTypeUri(slug: ProblemSlug): string {
  return PROBLEM_BASE + slug;
}

/** Thrown anywhere below the routes; the error middleware turns it into the response. */
export class ProblemError extends Error {
  readonly slug: ProblemSlug;
  readonly status: number;
  readonly detail: string;
  readonly errors: ProblemFieldError[] | undefined;
  readonly headers: Record<string, string>;
  readonly extensions: Record<string, unknown>;

  constructor(
    slug: ProblemSlug,
    detail: string,
    options: {
      errors?: ProblemFieldError[];
      headers?: Record<string, string>;
      extensions?: Record<string, unknown>;
      cause?: unknown;
    } = {},
  ) {
    // A problem is an answer to the caller, not a fault in the code: capturing a stack trace for
    // each one was the largest cost of a rejected request under load.
    const stackTraceLimit = Error.stackTraceLimit;
    Error.stackTraceLimit = 0;
    super(detail, { cause: options.cause });
    Error.stackTraceLimit = stackTraceLimit;
    this.name = 'ProblemError';
    this.slug = slug;
    this.status = problemTypes[slug].status;
    this.detail = detail;
    this.errors = options.errors;
    this.headers = options.headers ?? {};
    this.extensions = options.extensions ?? {};
  }

  toProblem(context: { instance?: string; requestId?: string }): Problem {
    return {
      ...this.extensions,
      type: problemTypeUri(this.slug),
      title: problemTypes[this.slug].title,
      status: this.status,
      detail: this.detail,
      ...(context.instance !== undefined && { instance: context.instance }),
      ...(context.requestId !== undefined && { request_id: context.requestId }),
      ...(this.errors && { errors: this.errors }),
    };
  }
}
