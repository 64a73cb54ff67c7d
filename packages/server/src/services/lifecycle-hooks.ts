/**
 * Where one area reacts to another's lifecycle without either building the other: the CV area
 * announces that a CV is about to go, and the portfolio area (built later) takes its sites down.
 * Handlers run one after another, in the order they were added, and a failure stops the deletion.
 */
export interface LifecycleEvents {
  /** Before a CV and its files are deleted: what was made from it must go first. */
  'cv-deleting': { cvId: string };
  /** Before an account is deleted (by its owner, or a guest by the cleanup sweep). */
  'user-deleting': { userId: string };
}

type Handler<E extends keyof LifecycleEvents> = (event: LifecycleEvents[E]) => Promise<void>;

export class LifecycleHooks {
  private readonly handlers: { [E in keyof LifecycleEvents]: Handler<E>[] } = {
    'cv-deleting': [],
    'user-deleting': [],
  };

  on<E extends keyof LifecycleEvents>(event: E, handler: Handler<E>): void {
    this.handlers[event].push(handler);
  }

  async run<E extends keyof LifecycleEvents>(event: E, payload: LifecycleEvents[E]): Promise<void> {
    for (const handler of this.handlers[event]) await handler(payload);
  }
}
