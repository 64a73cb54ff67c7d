/**
 * Tells every process that something it may have remembered changed: a session ended, a user was
 * changed or deleted. Caches subscribe; writers publish after their write is stored.
 */
export interface InvalidationBus {
  /** Delivers `message` to every subscriber in every process sharing the bus, this one included. */
  publish(message: string): Promise<void>;
  /** Registers a handler; `'*'` means "forget everything" (messages may have been missed). */
  subscribe(handler: (message: string) => void): void;
  /**
   * Whether messages from other processes are known to arrive right now. While false a cache must
   * not answer from memory: a change made elsewhere would go unnoticed.
   */
  readonly live: boolean;
  close(): Promise<void>;
}

/** The bus of a single process (tests of one cache): every change is made here, so it is always live. */
export function createLocalInvalidationBus(): InvalidationBus {
  const handlers: ((message: string) => void)[] = [];
  return {
    publish(message) {
      for (const handler of handlers) handler(message);
      return Promise.resolve();
    },
    subscribe: (handler) => void handlers.push(handler),
    live: true,
    close: () => Promise.resolve(),
  };
}
