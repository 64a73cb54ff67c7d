import type { FuzzCase } from './fuzz-case.js';
import { readResponses, type ParsedResponse } from './http-response-reader.js';
import type { Exchange } from './raw-exchange.js';

/**
 * What an answer to a hostile request must be: a 4xx RFC 9457 document whose `status` is the
 * HTTP status. A 2xx or 3xx means the server acted on a request it should have refused.
 */
export function problemFault(response: ParsedResponse, maySucceed = false): string | undefined {
  const { status } = response;
  if (status >= 500) return `answered ${status}`;
  if (status < 400) return maySucceed ? undefined : `answered ${status} to a request that should have been refused`;
  const type = response.headers['content-type'] ?? '';
  if (!/^application\/problem\+json\s*(;|$)/i.test(type))
    return `answered ${status} with Content-Type "${type}" instead of application/problem+json`;
  let problem: unknown;
  try {
    problem = JSON.parse(response.body.toString('utf8'));
  } catch {
    return `answered ${status} with a body that is not JSON`;
  }
  if (typeof problem !== 'object' || problem === null) return `answered ${status} with a problem that is not an object`;
  const fields = problem as Record<string, unknown>;
  if (typeof fields.type !== 'string' || fields.type === '') return `answered ${status} with a problem without "type"`;
  if (typeof fields.title !== 'string' || fields.title === '')
    return `answered ${status} with a problem without "title"`;
  if (fields.status !== status) return `answered ${status} with a problem whose "status" is ${String(fields.status)}`;
  return undefined;
}

/** Why the exchange is a failure, or undefined when the server behaved. */
export function judgeExchange(fuzzCase: FuzzCase, exchange: Exchange): string | undefined {
  if (exchange.timedOut) return `neither answered nor closed the connection within ${fuzzCase.timeoutMs} ms`;
  const { responses, leftover } = readResponses(exchange.received);
  for (const response of responses) {
    const fault = problemFault(response, fuzzCase.maySucceed);
    if (fault) return fault;
  }
  // A response cut short is what a server sends when it dies mid-write; a client that reset the
  // connection may see one legitimately.
  if (leftover.length > 0 && !exchange.clientAborted)
    return `sent ${leftover.length} bytes that are not a whole HTTP response after ${responses.length} answer(s)`;
  if (responses.length === 0 && fuzzCase.expectAnswer && exchange.wroteAll && !exchange.clientAborted)
    return 'closed the connection without an answer, though the request was complete and well framed';
  return undefined;
}
