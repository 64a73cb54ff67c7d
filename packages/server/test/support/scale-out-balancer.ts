import type { FetchLike } from '@resume2website/sdk';

/**
 * The load balancer in front of the API processes, as a `fetch` for the SDK: each request goes to
 * the next API in turn (round robin), under the public address's path. Every attempt is recorded
 * with the API it went to and how it ended, so a test can tell which requests failed, where, and
 * whether they were in flight when that API died.
 */

export interface Attempt {
  api: string;
  method: string;
  path: string;
  /** `performance.now()` when it was sent and when its answer (its headers) or failure arrived; 0 until then. */
  startedAt: number;
  endedAt: number;
  /** The HTTP status, or 0 when no answer arrived (connection refused or reset). */
  status: number;
  /** For status 0: the error's code or message. */
  error?: string;
  /** `Idempotency-Key`, so a failed attempt can be matched with its retry. */
  idempotencyKey?: string;
  /** Sent by `hold`: its body stops halfway. */
  held?: boolean;
}

export type RequestMatch = (method: string, path: string) => boolean;

export interface Balancer {
  /** Route requests to this API from now on. */
  add(apiUrl: string): void;
  /** Take an API out of rotation (a dead pod leaving the Service's endpoints). */
  remove(apiUrl: string): void;
  readonly apis: readonly string[];
  /** A fetch for one simulated user: their requests carry `X-Forwarded-For: ip`. */
  fetchFor(ip: string): FetchLike;
  readonly attempts: readonly Attempt[];
  /** Attempts sent to this API that have no answer yet. */
  inFlight(apiUrl: string): Attempt[];
  /**
   * Sends the next request that matches to `apiUrl` and stops its body halfway, so it stays in
   * flight, certainly not yet acted on, until that API dies. Resolves once the first half is out.
   */
  hold(apiUrl: string, match: RequestMatch): Promise<Attempt>;
}

/** Where the SDK clients send requests; the balancer swaps this origin for an API's. */
export const BALANCED_ORIGIN = 'http://balancer.invalid';

interface Trap {
  api: string;
  match: RequestMatch;
  taken: boolean;
  sent(attempt: Attempt): void;
}

export function createBalancer(initial: readonly string[]): Balancer {
  const apis = [...initial];
  const attempts: Attempt[] = [];
  const traps: Trap[] = [];
  let next = 0;

  const pick = (): string => {
    if (apis.length === 0) throw new Error('no API in rotation');
    return apis[next++ % apis.length]!;
  };

  return {
    add(apiUrl) {
      if (!apis.includes(apiUrl)) apis.push(apiUrl);
    },
    remove(apiUrl) {
      const index = apis.indexOf(apiUrl);
      if (index >= 0) apis.splice(index, 1);
    },
    get apis() {
      return apis;
    },
    get attempts() {
      return attempts;
    },
    inFlight(apiUrl) {
      return attempts.filter((a) => a.api === apiUrl && a.endedAt === 0);
    },
    hold(apiUrl, match) {
      return new Promise<Attempt>((sent) => traps.push({ api: apiUrl, match, taken: false, sent }));
    },
    fetchFor(ip) {
      return async (input, init) => {
        const request = new Request(input, init);
        const { pathname, search } = new URL(request.url);
        const body = request.body === null ? null : new Uint8Array(await request.arrayBuffer());
        const trap = body ? traps.find((t) => !t.taken && t.match(request.method, pathname)) : undefined;
        if (trap) trap.taken = true;
        const api = trap?.api ?? pick();
        const headers = new Headers(request.headers);
        headers.set('x-forwarded-for', ip);
        const attempt: Attempt = {
          api,
          method: request.method,
          path: pathname,
          startedAt: performance.now(),
          endedAt: 0,
          status: 0,
          ...(headers.has('idempotency-key') && { idempotencyKey: headers.get('idempotency-key')! }),
          ...(trap && { held: true }),
        };
        attempts.push(attempt);
        try {
          const response = await fetch(api + pathname + search, {
            method: request.method,
            headers,
            body: trap && body ? halfThenStall(body, () => trap.sent(attempt)) : body,
            ...(trap && { duplex: 'half' as const }),
            signal: request.signal,
            redirect: 'manual',
          });
          attempt.status = response.status;
          return response;
        } catch (err) {
          attempt.error = errorCode(err);
          throw err;
        } finally {
          attempt.endedAt = performance.now();
        }
      };
    },
  };
}

/** A body that delivers its first half, says so once that half has been taken, and never ends. */
function halfThenStall(bytes: Uint8Array, onHalfSent: () => void): ReadableStream<Uint8Array> {
  let pulls = 0;
  return new ReadableStream<Uint8Array>({
    pull(controller) {
      if (pulls++ === 0) {
        controller.enqueue(bytes.subarray(0, Math.max(1, bytes.length >> 1)));
        return;
      }
      // Asked for more: the first half is on its way. Nothing more comes.
      onHalfSent();
      return new Promise<void>(() => undefined);
    },
  });
}

function errorCode(err: unknown): string {
  const cause = err instanceof Error ? (err.cause as { code?: unknown } | undefined) : undefined;
  if (typeof cause?.code === 'string') return cause.code;
  return err instanceof Error ? err.message : String(err);
}
