import type { FuzzCase } from './fuzz-case.js';
import type { FuzzTarget } from './fuzz-target.js';
import { playExchange, type Exchange } from './raw-exchange.js';
import { readResponses } from './http-response-reader.js';
import { logFindings } from './log-findings.js';
import { judgeExchange } from './verdict.js';

export interface Finding {
  kind: 'answer' | 'crash' | 'log' | 'health' | 'memory' | 'time' | 'state';
  /** The cases that caused it (or were in flight when it happened). */
  cases: FuzzCase[];
  message: string;
  /** What the server sent, for 'answer' findings. */
  exchange?: Exchange;
}

export interface CampaignOptions {
  /** The cases, built with the credentials and ids that currently work; the same ids every call. */
  plan(): FuzzCase[];
  /**
   * Re-creates the shared credentials and resources when a request the server should have refused
   * destroyed them (so that later cases still reach what they aim at); resolves with what broke.
   */
  repair(url: string): Promise<string[]>;
  /** Starts a server process on the suite's data; called again after one dies. */
  start(): Promise<FuzzTarget>;
  batchSize: number;
  concurrency: number;
  slowConcurrency: number;
  /** How far RSS may rise above its level after the first batch. */
  rssGrowthLimitKb: number;
  /** No batch starts after this long; the rest count as a failure (the server became slow). */
  budgetMs: number;
  maxRestarts: number;
  /** Plays the whole plan this many times: a soak run, for memory that grows slowly. */
  repeat?: number;
}

export interface CampaignResult {
  findings: Finding[];
  /** Exchanges actually played (cases re-run after a restart count twice). */
  requests: number;
  durationMs: number;
  rssKb: { baseline: number; max: number; last: number; samples: number[] };
  restarts: number;
  /** How the exchanges ended: the first final status, `closed` (no answer) or `client-reset`. */
  outcomes: Record<string, number>;
}

function outcomeOf(exchange: Exchange): string {
  const status = readResponses(exchange.received).responses[0]?.status;
  return status !== undefined ? String(status) : exchange.clientAborted ? 'client-reset' : 'closed';
}

async function pool<T>(items: T[], concurrency: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) await work(items[next++]!);
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, worker));
}

function batches(cases: FuzzCase[], size: number): FuzzCase[][] {
  const out: FuzzCase[][] = [];
  for (let i = 0; i < cases.length; i += size) out.push(cases.slice(i, i + size));
  return out;
}

async function healthy(url: string): Promise<string | undefined> {
  try {
    const res = await fetch(`${url}/health`, { signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    return res.status === 200 ? undefined : `/health answered ${res.status}`;
  } catch (err) {
    return `/health did not answer: ${err instanceof Error ? err.message : String(err)}`;
  }
}

/**
 * Plays the cases in batches against a real server process. After each batch the process must
 * still be running, have logged nothing at `error` or above, answer /health, and hold its RSS
 * within bounds. A process that died is reported with the cases it was serving, and replaced so
 * the run finds everything else too; the cases the dead process never saw run again.
 */
export async function runCampaign(options: CampaignOptions): Promise<CampaignResult> {
  const started = Date.now();
  const findings: Finding[] = [];
  const cases = options.plan();
  const byRequestId = new Map(cases.map((c) => [c.requestId, c]));
  let target = await options.start();
  let logsSeen = 0;
  let restarts = 0;
  let requests = 0;
  const rss = { baseline: 0, max: 0, last: 0, samples: [] as number[] };
  let memoryReported = false;
  const outcomes: Record<string, number> = {};

  const fast = cases.filter((c) => !c.slow);
  const slow = cases.filter((c) => c.slow);
  const queue: { cases: FuzzCase[]; concurrency: number }[] = Array.from({ length: options.repeat ?? 1 }, () => [
    ...batches(fast, options.batchSize).map((cases) => ({ cases, concurrency: options.concurrency })),
    ...batches(slow, options.batchSize).map((cases) => ({ cases, concurrency: options.slowConcurrency })),
  ]).flat();

  for (let index = 0; index < queue.length; index++) {
    const batch = queue[index]!;
    if (Date.now() - started > options.budgetMs) {
      const left = queue.slice(index).flatMap((b) => b.cases);
      findings.push({
        kind: 'time',
        cases: [],
        message: `the ${options.budgetMs} ms budget ran out with ${left.length} case(s) not run: the server slowed down`,
      });
      break;
    }
    const current = target;
    const unseen: FuzzCase[] = [];
    const answers: Finding[] = [];
    const played: FuzzCase[] = [];
    await pool(batch.cases, batch.concurrency, async (fuzzCase) => {
      if (current.exitCode() !== undefined) {
        unseen.push(fuzzCase);
        return;
      }
      played.push(fuzzCase);
      const exchange = await playExchange(current.url, fuzzCase.steps, fuzzCase.timeoutMs);
      requests++;
      if (!exchange.connected) {
        unseen.push(fuzzCase);
        return;
      }
      outcomes[outcomeOf(exchange)] = (outcomes[outcomeOf(exchange)] ?? 0) + 1;
      const fault = judgeExchange(fuzzCase, exchange);
      if (fault) answers.push({ kind: 'answer', cases: [fuzzCase], message: fault, exchange });
    });

    const unhealthy = await healthy(current.url);
    // A process that stopped answering may be exiting: give the exit (and its last log lines) time to arrive.
    if (unhealthy) await Promise.race([current.exited, new Promise((resolve) => setTimeout(resolve, 3000))]);
    const died = current.exitCode() !== undefined;
    // A dying process closes every connection it holds: those are the crash's suspects, not findings of their own.
    findings.push(...answers.filter((f) => !died || f.exchange!.received.length > 0));
    const cut = answers.filter((f) => died && f.exchange!.received.length === 0).flatMap((f) => f.cases);
    findings.push(
      ...logFindings(current.logs.slice(logsSeen), byRequestId, (c) => answers.some((f) => f.cases.includes(c))),
    );
    logsSeen = current.logs.length;

    if (died) {
      findings.push({
        kind: 'crash',
        cases: cut.length ? cut : played,
        message: `the server process exited with code ${String(current.exitCode())} during this batch; stderr: ${current.stderr().slice(-1500) || '(empty)'}`,
      });
      if (restarts >= options.maxRestarts) break;
      restarts++;
      target = await options.start();
      logsSeen = 0;
      if (unseen.length) queue.splice(index + 1, 0, { cases: unseen, concurrency: batch.concurrency });
      continue;
    }
    if (unseen.length)
      findings.push({ kind: 'health', cases: unseen, message: 'the server refused connections while still running' });
    if (unhealthy) findings.push({ kind: 'health', cases: batch.cases, message: unhealthy });

    const broken = await options.repair(current.url);
    if (broken.length) {
      findings.push({
        kind: 'state',
        cases: [],
        message: `a request in this batch was acted on and broke the fuzz set-up: ${broken.join('; ')}`,
      });
      const replanned = new Map(options.plan().map((c) => [c.id, c]));
      for (const later of queue.slice(index + 1)) later.cases = later.cases.map((c) => replanned.get(c.id) ?? c);
      for (const c of replanned.values()) byRequestId.set(c.requestId, c);
    }

    rss.last = await current.rssKb();
    rss.max = Math.max(rss.max, rss.last);
    rss.samples.push(rss.last);
    // The first batch warms the JIT and the heap up: growth is measured from there.
    if (rss.baseline === 0) rss.baseline = rss.last;
    else if (!memoryReported && rss.last > rss.baseline + options.rssGrowthLimitKb) {
      memoryReported = true;
      findings.push({
        kind: 'memory',
        cases: batch.cases,
        message: `RSS grew from ${rss.baseline} kB to ${rss.last} kB, past the ${options.rssGrowthLimitKb} kB allowance`,
      });
    }
  }
  await target.stop();
  return { findings, requests, durationMs: Date.now() - started, rssKb: rss, restarts, outcomes };
}
