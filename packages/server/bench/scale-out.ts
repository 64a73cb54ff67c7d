// Whole user flows per minute with the production topology on this machine: API and worker
// processes on PostgreSQL, Redis (BullMQ) and s3rver, the offline extractor, real CVs from the
// corpus. One API + one worker, then two of each, under the same closed-loop load (no kills: the
// scale-out test does those). The numbers say how far one pair goes here and what a second buys.
import { createBalancer } from '../test/support/scale-out-balancer.js';
import { startScaleOutCluster, type ClusterProcess, type ScaleOutCluster } from '../test/support/scale-out-cluster.js';
import { runLoad } from '../test/support/scale-out-load.js';
import { formatStats, summarize, type ScaleOutStats } from '../test/support/scale-out-stats.js';
import { serviceAvailable } from '../test/support/services.js';

export interface ScaleOutRun {
  apis: number;
  workers: number;
  users: number;
  concurrency: number;
  /** Flows that did not reach the end (they are left out of the numbers). */
  failed: number;
  stats: ScaleOutStats;
  /** CPU time the API processes and the workers spent per completed flow, in milliseconds. */
  cpuMsPerFlow: { api: number; worker: number } | undefined;
}

export type ScaleOutReport = { runs: ScaleOutRun[] } | { skipped: string };

export async function measureScaleOut(users = 100, concurrency = 20): Promise<ScaleOutReport> {
  const missing = [];
  if (!(await serviceAvailable('postgres'))) missing.push('PostgreSQL');
  if (!(await serviceAvailable('redis'))) missing.push('Redis');
  if (missing.length > 0) return { skipped: `${missing.join(' and ')} not reachable` };
  const runs: ScaleOutRun[] = [];
  for (const size of [1, 2]) {
    const cluster = await startScaleOutCluster({ apis: size, workers: size });
    try {
      const balancer = createBalancer(cluster.apis.map((api) => api.url));
      const before = cpuOf(cluster);
      const result = await runLoad({ balancer, users, concurrency, tag: `bench${size}-${Date.now().toString(36)}` });
      const after = cpuOf(cluster);
      const flows = result.completed.length;
      runs.push({
        apis: size,
        workers: size,
        users,
        concurrency,
        failed: result.failed.length,
        stats: summarize(result.completed, result.elapsedMs),
        cpuMsPerFlow:
          before && after && flows > 0
            ? {
                api: Math.round(((after.api - before.api) * 1000) / flows),
                worker: Math.round(((after.worker - before.worker) * 1000) / flows),
              }
            : undefined,
      });
    } finally {
      await cluster.close();
    }
  }
  return { runs };
}

/** CPU seconds used so far by the API processes and by the workers; undefined without /proc. */
function cpuOf(cluster: ScaleOutCluster): { api: number; worker: number } | undefined {
  const total = (processes: readonly ClusterProcess[]) => {
    const used = processes.map((p) => p.server.cpuSeconds());
    return used.every((u) => u !== undefined) ? used.reduce((a, b) => a + b, 0) : undefined;
  };
  const api = total(cluster.apis);
  const worker = total(cluster.workers);
  return api === undefined || worker === undefined ? undefined : { api, worker };
}

export function describeScaleOut(report: ScaleOutReport): string[] {
  if ('skipped' in report) return [`scale-out: skipped (${report.skipped})`];
  const [single, double] = report.runs;
  const lines = [
    `scale-out: register → upload a corpus CV → SSE until extracted → portfolio → publish → read the site`,
    ...report.runs.flatMap((run) =>
      formatStats(
        `  ${run.apis} API + ${run.workers} worker, ${run.users} users, ${run.concurrency} at a time` +
          (run.failed > 0 ? ` (${run.failed} flows FAILED)` : ''),
        run.stats,
      )
        .concat(
          run.cpuMsPerFlow
            ? [`  CPU per flow: API ${run.cpuMsPerFlow.api} ms, worker ${run.cpuMsPerFlow.worker} ms`]
            : [],
        )
        .map((line) => `  ${line}`),
    ),
  ];
  if (single && double) {
    const ratio = Math.round((double.stats.flowsPerMinute / single.stats.flowsPerMinute) * 100) / 100;
    lines.push(`  2+2 vs 1+1: ×${ratio} flows/min`);
  }
  return lines;
}
