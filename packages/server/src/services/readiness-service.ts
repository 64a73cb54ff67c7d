/**
 * Readiness: can this instance serve traffic right now? Every dependency is probed in parallel,
 * each with its own timeout, so one hung dependency cannot make the probe itself hang.
 */

export interface DependencyProbe {
  name: string;
  /** Resolves when the dependency answered; rejects (or times out) otherwise. */
  check(): Promise<void>;
}

export interface CheckResult {
  status: 'up' | 'down';
  latency_ms: number;
  error: string | null;
}

export interface ReadinessReport {
  status: 'ready' | 'not_ready';
  checks: Record<string, CheckResult>;
}

export class ReadinessService {
  private shuttingDown = false;

  constructor(
    private readonly probes: DependencyProbe[],
    private readonly timeoutMs: number,
  ) {}

  /** Called on SIGTERM: from then on the instance reports not ready so load balancers drain it. */
  markShuttingDown(): void {
    this.shuttingDown = true;
  }

  async report(): Promise<ReadinessReport> {
    const entries = await Promise.all(this.probes.map(async (probe) => [probe.name, await this.run(probe)] as const));
    const checks: Record<string, CheckResult> = Object.fromEntries(entries);
    if (this.shuttingDown) checks.shutdown = { status: 'down', latency_ms: 0, error: 'the server is shutting down' };
    const ready = Object.values(checks).every((c) => c.status === 'up');
    return { status: ready ? 'ready' : 'not_ready', checks };
  }

  private async run(probe: DependencyProbe): Promise<CheckResult> {
    const started = performance.now();
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([
        probe.check(),
        new Promise<never>((_, reject) => {
          timer = setTimeout(() => reject(new Error(`no answer within ${this.timeoutMs} ms`)), this.timeoutMs);
        }),
      ]);
      return { status: 'up', latency_ms: elapsed(started), error: null };
    } catch (err) {
      return { status: 'down', latency_ms: elapsed(started), error: err instanceof Error ? err.message : String(err) };
    } finally {
      clearTimeout(timer);
    }
  }
}

function elapsed(started: number): number {
  return Math.round((performance.now() - started) * 100) / 100;
}
