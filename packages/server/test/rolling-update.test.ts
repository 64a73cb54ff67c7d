import http from 'node:http';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  startAnthropicMock,
  toolUseReply,
  type AnthropicMock,
} from '../../cv-extraction/test/support/anthropic-mock-server.js';
import { closeSqlDatabase, createSqlDatabase } from '../src/adapters/sql-database.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { startChildServer, type ChildServer } from './support/child-server.js';
import { multipart } from './support/cv-uploads.js';
import { httpRequest, type HttpRequestOptions, type HttpResult } from './support/keep-alive-client.js';
import { createPostgresSchema } from './support/postgres-schema.js';
import { parseMetrics, sampleValue } from './support/prometheus-text.js';
import { claimRedisDatabase } from './support/scale-out-redis.js';
import { s3ProcessEnv, startS3TestServer, type S3TestServer } from './support/s3-test-server.js';
import { requireService } from './support/services.js';

/**
 * What a rolling update (or a scale-down) does to a pod, done to real processes on the production
 * backends (PostgreSQL, Redis + BullMQ, S3): SIGTERM under load. The API must stop being ready
 * before it stops listening and finish what it accepted; a worker must finish its running jobs and
 * leave the waiting ones to the next worker. Nothing may be lost or done twice.
 */

const MAIN = fileURLToPath(new URL('../src/main.ts', import.meta.url));
const WORKER = fileURLToPath(new URL('../src/worker.ts', import.meta.url));
const CORPUS = new URL('../../cv-extraction/corpus/public/', import.meta.url);
const CV_FILES = [
  'Amsterdam-Modern-Resume-Template.pdf',
  'Berlin-Simple-Resume-Template.pdf',
  'London-Resume-Template-Professional.pdf',
  'Madrid-Resume-Template-Modern.pdf',
  'Paris-Resume-Template-Modern.pdf',
  'Stockholm-Resume-Template-Simple.pdf',
];

// The API's shutdown budget, as in the Kubernetes manifests but shorter: not ready and still
// serving for SHUTDOWN_DELAY_MS, then in-flight requests get SHUTDOWN_TIMEOUT_MS; the grace period
// (when Kubernetes would SIGKILL) leaves a few seconds for closing connections.
const DELAY_MS = 2000;
const API_SHUTDOWN_TIMEOUT_MS = 8000;
const API_GRACE_MS = DELAY_MS + API_SHUTDOWN_TIMEOUT_MS + 3000;
/** How often the stand-in load balancer probes /ready: well inside DELAY_MS, as 5 s probes fit 5 s in Kubernetes. */
const PROBE_INTERVAL_MS = 100;
/** How long the mocked Claude takes to answer: long enough to SIGTERM a worker mid-extraction. */
const CLAUDE_MS = 2000;

const postgresUp = await requireService('postgres', 'rolling updates');
const redisUp = await requireService('redis', 'rolling updates');

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function loggedAt(server: ChildServer, msg: string): number {
  const line = server.logs.find((l) => l.msg === msg);
  if (!line) throw new Error(`no "${msg}" log line; logs: ${JSON.stringify(server.logs.slice(-20))}`);
  return Date.parse(String(line.time));
}

function kill(server: ChildServer | undefined): void {
  if (server && server.child.exitCode === null && server.child.signalCode === null) server.child.kill('SIGKILL');
}

describe.runIf(postgresUp && redisUp)('rolling updates: SIGTERM under load', () => {
  let s3: S3TestServer;
  let claude: AnthropicMock;
  const cleanups: (() => Promise<unknown>)[] = [];

  beforeAll(async () => {
    [s3, claude] = await Promise.all([startS3TestServer('rolling-update'), startAnthropicMock()]);
  });
  afterAll(async () => {
    await Promise.allSettled(cleanups.splice(0).map((cleanup) => cleanup()));
    await Promise.allSettled([s3?.close(), claude?.close()]);
  });

  /**
   * A fresh PostgreSQL schema (migrated, as the migration Job does before a rollout), Redis
   * database and data folder, and the environment of a pod using them.
   */
  async function productionStack(): Promise<Record<string, string>> {
    const [schema, redis, dataDir] = await Promise.all([
      createPostgresSchema(),
      claimRedisDatabase(),
      mkdtemp(path.join(os.tmpdir(), 'r2w-rolling-')),
    ]);
    cleanups.push(
      () => schema.drop(),
      () => redis.release(),
      () => rm(dataDir, { recursive: true, force: true }),
    );
    const db = createSqlDatabase({
      databaseUrl: schema.url,
      sqliteFile: ':memory:',
      logger: { info() {}, warn() {}, error() {} },
    });
    try {
      await migrateToLatest(db);
    } finally {
      await closeSqlDatabase(db);
    }
    return {
      MIGRATE_ON_START: 'false',
      ENVIRONMENT: 'test',
      LOG_LEVEL: 'info',
      HOST: '127.0.0.1',
      BACKEND_PORT: '0',
      WORKER_METRICS_PORT: '0',
      DATA_DIR: dataDir,
      DATABASE_URL: schema.url,
      REDIS_URL: redis.url,
      ...s3ProcessEnv(s3),
      CLAUDE_API_KEY: 'test-key',
      CLAUDE_BASE_URL: claude.url,
      MAX_CVS_PER_USER: '1000',
    };
  }

  async function guest(base: string): Promise<Record<string, string>> {
    const res = await httpRequest(`${base}/api/v1/auth/guest`, { method: 'POST' });
    expect(res.status, res.body).toBe(200);
    return { authorization: `Bearer ${(JSON.parse(res.body) as { session_id: string }).session_id}` };
  }

  function upload(
    base: string,
    auth: Record<string, string>,
    file: Buffer,
    options: Pick<HttpRequestOptions, 'agent' | 'trickle'> = {},
  ): Promise<HttpResult> {
    const form = multipart(file, 'cv.pdf', 'application/pdf');
    return httpRequest(`${base}/api/v1/cvs`, {
      ...options,
      method: 'POST',
      headers: { ...auth, 'content-type': form.contentType },
      body: form.body,
    });
  }

  it('API: /ready turns 503 before the listener closes, everything accepted completes, and no request sent while ready fails', async () => {
    const env = await productionStack();
    const api = await startChildServer(MAIN, {
      ...env,
      SHUTDOWN_DELAY_MS: String(DELAY_MS),
      SHUTDOWN_TIMEOUT_MS: String(API_SHUTDOWN_TIMEOUT_MS),
    });
    // Whether the stand-in load balancer (the prober below) still sends requests here.
    let routing = true;
    try {
      const base = api.url;
      const pdf = await readFile(new URL('Berlin-Simple-Resume-Template.pdf', CORPUS));
      // Readers each own a CV to read back; uploaders and the slow upload get their own guests
      // (uploads are rate-limited per user).
      const readers = await Promise.all(
        Array.from({ length: 6 }, async () => {
          const auth = await guest(base);
          const res = await upload(base, auth, pdf);
          expect(res.status, res.body).toBe(202);
          return { auth, cvId: (JSON.parse(res.body) as { id: string }).id };
        }),
      );
      const uploaders = await Promise.all([guest(base), guest(base)]);
      const slowUploader = await guest(base);

      interface Outcome {
        kind: string;
        expected: number;
        sentAt: number;
        doneAt: number;
        status?: number;
        connection?: string;
        error?: string;
      }
      const outcomes: Outcome[] = [];
      const timed = async (kind: string, expected: number, send: () => Promise<HttpResult>): Promise<Outcome> => {
        const outcome: Outcome = { kind, expected, sentAt: Date.now(), doneAt: 0 };
        try {
          const res = await send();
          outcome.status = res.status;
          if (res.headers.connection) outcome.connection = res.headers.connection;
        } catch (err) {
          outcome.error = (err as Error).message;
        }
        outcome.doneAt = Date.now();
        outcomes.push(outcome);
        return outcome;
      };

      // The load balancer: sends here while the last readiness probe passed (each probe on a
      // fresh connection, as the kubelet's are), and stops at the first that does not.
      let notReadyAt: number | undefined;
      let probeError: string | undefined;
      const prober = (async () => {
        while (routing) {
          try {
            const res = await httpRequest(`${base}/ready`);
            if (res.status !== 200) {
              notReadyAt = Date.now();
              routing = false;
            }
          } catch (err) {
            probeError = (err as Error).message;
            routing = false;
          }
          await sleep(PROBE_INTERVAL_MS);
        }
      })();
      // Clients on keep-alive connections, each sending its next request as soon as the last
      // answered, for as long as the balancer routes here.
      const client = async (kind: string, expected: number, send: (agent: http.Agent) => Promise<HttpResult>) => {
        const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
        try {
          // Uploads are rate-limited per user (30 an hour): each uploader stays under it.
          const limit = kind === 'upload' ? 25 : Infinity;
          for (let sent = 0; routing && sent < limit; sent++) await timed(kind, expected, () => send(agent));
        } finally {
          agent.destroy();
        }
      };
      const load = [
        ...readers.map(({ auth, cvId }) =>
          client('getCv', 200, (agent) => httpRequest(`${base}/api/v1/cvs/${cvId}`, { agent, headers: auth })),
        ),
        ...readers
          .slice(0, 2)
          .map(({ auth }) =>
            client('listCvs', 200, (agent) => httpRequest(`${base}/api/v1/cvs`, { agent, headers: auth })),
          ),
        ...uploaders.map((auth) => client('upload', 202, (agent) => upload(base, auth, pdf, { agent }))),
      ];

      await sleep(1500);
      // Sent while ready, and still arriving when the listener closes.
      const slow = timed('slow upload', 202, () =>
        upload(base, slowUploader, pdf, { trickle: { chunks: 40, overMs: DELAY_MS + 1500 } }),
      );
      await sleep(100);
      const sigtermAt = Date.now();
      api.child.kill('SIGTERM');
      const exitCode = await api.exited;
      const exitedAt = Date.now();
      await Promise.all([prober, ...load]);
      const straddling = await slow;

      const closedAt = loggedAt(api, 'shutting down: draining in-flight requests');
      expect(probeError, 'a readiness probe found the listener closed before /ready said 503').toBeUndefined();
      expect(notReadyAt).toBeGreaterThan(sigtermAt);
      expect(notReadyAt).toBeLessThan(closedAt);
      expect(closedAt - sigtermAt).toBeGreaterThanOrEqual(DELAY_MS - 50);

      // failures = 0: every request the balancer sent here got its normal answer.
      const failures = outcomes.filter((o) => o.status !== o.expected);
      expect(failures).toEqual([]);
      expect(outcomes.length).toBeGreaterThan(50);
      expect(outcomes.filter((o) => o.kind === 'upload').length).toBeGreaterThan(2);
      // Served after the server began shutting down (the balancer had not caught up yet), each
      // closing its keep-alive connection so that the client's next request goes elsewhere.
      const shuttingDownAt = loggedAt(api, 'shutting down: not ready, still serving');
      const servedWhileNotReady = outcomes.filter((o) => o.sentAt > shuttingDownAt && o !== straddling);
      expect(servedWhileNotReady.length).toBeGreaterThan(0);
      expect(servedWhileNotReady.every((o) => o.connection === 'close')).toBe(true);
      // In flight across the listener's close, and still completed.
      expect(straddling).toMatchObject({ status: 202 });
      expect(straddling.doneAt).toBeGreaterThan(closedAt);

      expect(exitCode).toBe(0);
      expect(exitedAt - sigtermAt).toBeLessThan(API_GRACE_MS);
      expect(api.logs.find((l) => l.msg === 'shutdown complete')).toMatchObject({ forced: false });
    } finally {
      routing = false;
      kill(api);
    }
  }, 60_000);

  it('worker: running extractions finish once, none is started after SIGTERM, and the next worker takes the waiting ones', async () => {
    const env = await productionStack();
    const document = JSON.parse(
      await readFile(new URL('./fixtures/cv/full-en.json', import.meta.url), 'utf8'),
    ) as Record<string, unknown>;
    claude.reset();
    claude.enqueue(
      ...CV_FILES.map(() => ({
        ...toolUseReply('record_cv', { ...document, meta: { language: 'en' } }),
        delayMs: CLAUDE_MS,
      })),
    );
    const workerEnv = { ...env, EXTRACTION_CONCURRENCY: '2', SHUTDOWN_TIMEOUT_MS: '20000' };
    const [api, first] = await Promise.all([startChildServer(MAIN, env), startChildServer(WORKER, workerEnv)]);
    let second: ChildServer | undefined;
    try {
      const base = api.url;
      const auth = await guest(base);
      const cvs: { id: string; extraction: { id: string } }[] = [];
      for (const name of CV_FILES) {
        const res = await upload(base, auth, await readFile(new URL(name, CORPUS)));
        expect(res.status, res.body).toBe(202);
        cvs.push(JSON.parse(res.body) as (typeof cvs)[number]);
      }
      const extractions = async () =>
        Promise.all(
          cvs.map(async (cv) => {
            const res = await httpRequest(`${base}/api/v1/extractions/${cv.extraction.id}`, { headers: auth });
            return JSON.parse(res.body) as { status: string; started_at: string | null; finished_at: string | null };
          }),
        );
      const extractQueue = async () => {
        const samples = parseMetrics((await httpRequest(`${base}/metrics`)).body);
        const depth = (state: string) => sampleValue(samples, 'r2w_queue_depth', { queue: 'extract', state });
        return { waiting: depth('waiting'), active: depth('active') };
      };
      const extractedBy = (worker: ChildServer) =>
        worker.logs.filter((l) => l.msg === 'Claude extraction finished').length;

      // Both of the first worker's slots are busy: two files are with Claude, seconds from an answer.
      await vi.waitFor(() => expect(claude.messageRequests()).toHaveLength(2), { timeout: 20_000, interval: 20 });
      expect(await extractQueue()).toEqual({ waiting: CV_FILES.length - 2, active: 2 });

      // A rolling update: the replacement starts as the old worker is told to stop.
      const sigtermAt = Date.now();
      first.child.kill('SIGTERM');
      second = await startChildServer(WORKER, workerEnv);
      expect(await first.exited).toBe(0);
      expect(Date.now() - sigtermAt).toBeLessThan(20_000);
      expect(first.logs.some((l) => l.msg === 'worker stopped')).toBe(true);

      await vi.waitFor(async () => expect((await extractions()).every((e) => e.status === 'succeeded')).toBe(true), {
        timeout: 30_000,
        interval: 100,
      });
      // The old worker finished the two it was running, after the signal, and started no other;
      // the new one did the rest.
      expect(extractedBy(first)).toBe(2);
      expect(extractedBy(second)).toBe(CV_FILES.length - 2);
      const finishedAfterSignal = (await extractions()).filter(
        (e) => Date.parse(e.started_at!) < sigtermAt && Date.parse(e.finished_at!) > sigtermAt,
      );
      expect(finishedAfterSignal).toHaveLength(2);
      // Each file went to Claude once and has one document version: nothing ran twice.
      expect(claude.messageRequests()).toHaveLength(CV_FILES.length);
      for (const cv of cvs) {
        const res = await httpRequest(`${base}/api/v1/cvs/${cv.id}/data`, { headers: auth });
        expect(res.status, res.body).toBe(200);
        expect(JSON.parse(res.body)).toMatchObject({ version: 1, source: 'extraction' });
      }
      expect(await extractQueue()).toEqual({ waiting: 0, active: 0 });
      second.child.kill('SIGTERM');
      expect(await second.exited).toBe(0);
    } finally {
      kill(first);
      kill(second);
      api.child.kill('SIGTERM');
      await api.exited;
    }
  }, 60_000);
});
