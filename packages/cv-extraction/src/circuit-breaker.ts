/**
 * A consecutive-failure circuit breaker.
 *
 * - **closed**: calls go through. A failure that says the service is unhealthy adds one to a
 *   count; any answer from the service (a success, or a failure that is about the request rather
 *   than the service) resets it. At `failureThreshold` consecutive failures the circuit opens.
 * - **open**: calls fail at once with `CircuitOpenError` (nothing is sent) until `openMs` have
 *   passed since it opened.
 * - **half-open**: the next call is the one trial; calls made while it runs fail at once. The
 *   trial's success closes the circuit; its failure opens it again for another `openMs`.
 *
 * Time comes from an injected clock, so tests move it instead of waiting. Outcomes of calls that
 * started before the last state change are ignored: a slow call that began while the circuit was
 * closed cannot close a circuit that has opened since.
 *
 * Written here rather than taken from a library: opossum 10 needs Node ≥ 22 (this project runs on
 * 20), and opossum 9 trips on a failure *percentage* over a rolling window with a timer-driven reset,
 * neither of which is this rule; the whole rule fits in this file. See
 * docs/decisions/0004-claude-extraction.md.
 */

export type CircuitState = 'closed' | 'open' | 'half-open';

/** How a finished call counts: against the service, for it, or not at all (e.g. the caller cancelled). */
export type CallOutcome = 'failure' | 'success' | 'ignore';

export interface CircuitSnapshot {
  state: CircuitState;
  consecutiveFailures: number;
  failureThreshold: number;
  /** When the circuit last opened; `null` while closed. */
  openedAt: Date | null;
  /** When an open circuit lets a trial call through; `null` unless open. */
  retryAt: Date | null;
  /** Whether the half-open trial call is running. */
  trialInFlight: boolean;
}

export interface CircuitStateChange {
  from: CircuitState;
  to: CircuitState;
  at: Date;
  consecutiveFailures: number;
}

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the circuit (default 5). */
  failureThreshold?: number;
  /** How long the circuit stays open before a trial call (default 60 s). */
  openMs?: number;
  clock?: () => Date;
  onStateChange?: (change: CircuitStateChange) => void;
}

export class CircuitOpenError extends Error {
  constructor(
    readonly circuit: string,
    readonly retryAt: Date,
  ) {
    super(`the ${circuit} circuit is open until ${retryAt.toISOString()}`);
    this.name = 'CircuitOpenError';
  }
}

export class CircuitBreaker {
  readonly failureThreshold: number;
  readonly openMs: number;
  private readonly clock: () => Date;
  private readonly onStateChange: ((change: CircuitStateChange) => void) | undefined;
  private current: 'closed' | 'open' | 'half-open' = 'closed';
  private failures = 0;
  private openedAt: number | null = null;
  private trialInFlight = false;
  /** Bumped on every state change; a call's outcome counts only if the generation is unchanged. */
  private generation = 0;

  constructor(
    readonly name: string,
    options: CircuitBreakerOptions = {},
  ) {
    this.failureThreshold = options.failureThreshold ?? 5;
    this.openMs = options.openMs ?? 60_000;
    if (!Number.isInteger(this.failureThreshold) || this.failureThreshold < 1) {
      throw new RangeError('failureThreshold must be a whole number ≥ 1');
    }
    if (!(this.openMs >= 0)) throw new RangeError('openMs must be ≥ 0');
    this.clock = options.clock ?? (() => new Date());
    this.onStateChange = options.onStateChange;
  }

  /** The state as of now: an open circuit whose time is up reads as half-open. */
  get state(): CircuitState {
    if (this.current === 'open' && this.openedAt !== null && this.now() >= this.openedAt + this.openMs) {
      return 'half-open';
    }
    return this.current;
  }

  snapshot(): CircuitSnapshot {
    const state = this.state;
    return {
      state,
      consecutiveFailures: this.failures,
      failureThreshold: this.failureThreshold,
      openedAt: this.openedAt === null || state === 'closed' ? null : new Date(this.openedAt),
      retryAt: state === 'open' && this.openedAt !== null ? new Date(this.openedAt + this.openMs) : null,
      trialInFlight: this.trialInFlight,
    };
  }

  /**
   * Runs `call` if the circuit lets it through, otherwise throws `CircuitOpenError` without calling
   * it. `classify` says how a rejection counts; a resolved call is a success.
   */
  async run<T>(call: () => Promise<T>, classify: (error: unknown) => CallOutcome): Promise<T> {
    const isTrial = this.admit();
    const generation = this.generation;
    let outcome: CallOutcome;
    try {
      const result = await call();
      outcome = 'success';
      return result;
    } catch (error) {
      outcome = classify(error);
      throw error;
    } finally {
      if (isTrial) this.trialInFlight = false;
      if (generation === this.generation) this.record(outcome!, isTrial);
    }
  }

  /** Decides whether a call may start; returns whether it is the half-open trial. */
  private admit(): boolean {
    const state = this.state;
    if (state === 'closed') return false;
    if (state === 'half-open' && !this.trialInFlight) {
      if (this.current !== 'half-open') this.transition('half-open');
      this.trialInFlight = true;
      return true;
    }
    const retryAt = state === 'open' ? this.openedAt! + this.openMs : this.now();
    throw new CircuitOpenError(this.name, new Date(retryAt));
  }

  private record(outcome: CallOutcome, isTrial: boolean): void {
    if (outcome === 'ignore') return;
    if (outcome === 'success') {
      this.failures = 0;
      if (this.current !== 'closed') {
        this.openedAt = null;
        this.transition('closed');
      }
      return;
    }
    this.failures += 1;
    if (isTrial || (this.current === 'closed' && this.failures >= this.failureThreshold)) {
      this.openedAt = this.now();
      this.transition('open');
    }
  }

  private transition(to: CircuitState): void {
    const from = this.current;
    this.current = to;
    this.generation += 1;
    this.onStateChange?.({ from, to, at: new Date(this.now()), consecutiveFailures: this.failures });
  }

  private now(): number {
    return this.clock().getTime();
  }
}
