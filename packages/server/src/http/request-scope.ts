import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Which request the running code serves, for the one place that has no `ctx` at hand: the
 * process-level fatal error handler. It also tracks the requests in flight, because an error
 * emitted by a socket or stream callback runs outside the request's async context.
 */
export interface RequestScope {
  run<T>(requestId: string, fn: () => Promise<T>): Promise<T>;
  /** The request whose async context is running now, when there is one. */
  current(): string | undefined;
  /** Requests that have started and not finished, oldest first (at most `limit`). */
  inFlight(limit?: number): string[];
}

export function createRequestScope(): RequestScope {
  const storage = new AsyncLocalStorage<string>();
  // Entries, not ids: a caller may send the same X-Request-Id twice at once.
  const active = new Set<{ id: string }>();
  return {
    async run(requestId, fn) {
      const entry = { id: requestId };
      active.add(entry);
      try {
        return await storage.run(requestId, fn);
      } finally {
        active.delete(entry);
      }
    },
    current: () => storage.getStore(),
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
