import { FLOW_STEPS, type CompletedFlow, type FlowStep } from './scale-out-client.js';

/** Throughput and latency of a load run, as the bench and the docs report them. */
export interface ScaleOutStats {
  flows: number;
  elapsedS: number;
  flowsPerMinute: number;
  /** Milliseconds, nearest-rank percentiles over the completed flows. */
  steps: Record<FlowStep, { p50: number; p99: number }>;
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}

export function summarize(completed: readonly CompletedFlow[], elapsedMs: number): ScaleOutStats {
  const steps = {} as ScaleOutStats['steps'];
  for (const step of FLOW_STEPS) {
    const durations = completed.map((flow) => flow.steps[step]);
    steps[step] = { p50: Math.round(percentile(durations, 50)), p99: Math.round(percentile(durations, 99)) };
  }
  return {
    flows: completed.length,
    elapsedS: Math.round(elapsedMs / 100) / 10,
    flowsPerMinute: Math.round((completed.length / (elapsedMs / 60_000)) * 10) / 10,
    steps,
  };
}

export function formatStats(label: string, stats: ScaleOutStats): string[] {
  return [
    `${label}: ${stats.flows} flows in ${stats.elapsedS} s = ${stats.flowsPerMinute} flows/min`,
    ...FLOW_STEPS.map(
      (step) => `  ${step.padEnd(10)} p50 ${stats.steps[step].p50} ms, p99 ${stats.steps[step].p99} ms`,
    ),
  ];
}
