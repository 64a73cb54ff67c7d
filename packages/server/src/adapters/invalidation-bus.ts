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

/** This process's subscribers, and delivery of a message to them: what every bus shares. */
export function invalidationHandlers(): Pick<InvalidationBus, 'subscribe'> & { deliver(message: string): void } {
  const handlers: ((message: string) => void)[] = [];
  return {
    subscribe: (handler) => void handlers.push(handler),
    deliver(message) {
      for (const handler of handlers) handler(message);
    },
  };
}

/** The bus of a single process (tests of one cache): every change is made here, so it is always live. */
export function createLocalInvalidationBus(): InvalidationBus {
  const { subscribe, deliver } = invalidationHandlers();
  return {
    publish(message) {
      deliver(message);
      return Promise.resolve();
    },
    subscribe,
    live: true,
    close: () => Promise.resolve(),
  };
}
