import type { components } from './generated/openapi.js';

export type Problem = components['schemas']['Problem'];

const PROBLEM_BASE = 'https://resume2website.com/problems/';

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
