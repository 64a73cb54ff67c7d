/**
 * The requests in flight, for the one place that has no `ctx` at hand: the process-level fatal
 * error handler. Not an AsyncLocalStorage: on Node 20 it turns on promise hooks for every promise in
 * the process, which cost a quarter of the server's throughput; and errors emitted by socket or
 * stream callbacks run outside the request's async context anyway.
 */
export interface RequestScope {
  run<T>(requestId: string, fn: () => Promise<T>): Promise<T>;
  /** Requests that have started and not finished, oldest first (at most `limit`). */
  inFlight(limit?: number): string[];
}

export function createRequestScope(): RequestScope {
  // Entries, not ids: a caller may send the same X-Request-Id twice at once.
  const active = new Set<{ id: string }>();
  return {
    async run(requestId, fn) {
      const entry = { id: requestId };
      active.add(entry);
      try {
        return await fn();
      } finally {
        active.delete(entry);
      }
    },
    inFlight(limit = 20) {
      const ids: string[] = [];
      for (const entry of active) {
        if (ids.length >= limit) break;
        ids.push(entry.id);
      }
      return ids;
    },
  };
}

/** One per process, like the process's own error events that read it. */
export const processRequestScope: RequestScope = createRequestScope();
