import { randomUUID } from 'node:crypto';
import type { CdnInvalidator } from '../../src/adapters/cdn-invalidator.js';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { RateLimitOverrides } from '../../src/adapters/rate-limiters.js';
import { buildContainer, type Container } from '../../src/composition-root.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { OperationHandlers } from '../../src/http/openapi-dispatcher.js';
import { listen, type RunningServer } from '../../src/server-lifecycle.js';
import type { PortfolioPublishing } from '../../src/services/portfolio-publishing.js';
import { createPostgresSchema } from './postgres-schema.js';
import { assertMatchesSpec } from './spec-response-validator.js';

const RUN_NAMESPACE = `test-${randomUUID()}`;

export interface TestResponse {
  status: number;
  headers: Headers;
  text: string;
  json<T = Record<string, unknown>>(): T;
}

export interface RequestOptions {
  json?: unknown;
  body?: string | Buffer;
  headers?: Record<string, string>;
  /** Skip the spec check, for responses that are deliberately outside it. */
  unchecked?: boolean;
}

export interface TestApp {
  url: string;
  config: Config;
  container: Container;
  running: RunningServer;
  request(method: string, pathAndQuery: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

/**
 * A real server on a loopback port, over a real database: SQLite in a temp folder, or a fresh
 * PostgreSQL schema. Every response is checked against openapi.yaml unless a test opts out.
 */
export async function startTestApp(
  options: {
    database?: 'sqlite' | 'postgres';
    env?: Record<string, string>;
    extraHandlers?: OperationHandlers;
    rateLimitOverrides?: RateLimitOverrides;
    /** With REDIS_URL, also consume jobs in this process (as `npm run worker` would). */
    runJobs?: boolean;
    /** Records CDN invalidations instead of calling CloudFront. */
    cdn?: CdnInvalidator;
    /** What payments ask of the portfolio side (a recording fake in the payment tests). */
    publishing?: PortfolioPublishing;
  } = {},
): Promise<TestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-test-'));
  const schema = options.database === 'postgres' ? await createPostgresSchema() : undefined;
  const config = loadConfig(
    {
      ENVIRONMENT: 'test',
      LOG_LEVEL: 'silent',
      DATA_DIR: dataDir,
      BACKEND_PORT: '0',
      ...(schema && { DATABASE_URL: schema.url }),
      ...options.env,
    },
    dataDir,
  );
  const logger = pino({ level: 'silent' });
  const container = await buildContainer(config, logger, {
    ...(options.extraHandlers && { extraHandlers: options.extraHandlers }),
    ...(options.rateLimitOverrides && { rateLimitOverrides: options.rateLimitOverrides }),
    // Every run (and other runs on the same machine) shares one Redis: counters from earlier runs
    // must not throttle this one. Apps of one test file share it, so limits survive a restart.
    rateLimitNamespace: RUN_NAMESPACE,
    ...(options.runJobs && { runJobs: true }),
    ...(options.cdn && { cdn: options.cdn }),
    ...(options.publishing && { publishing: options.publishing }),
  });
  const running = await listen(container.app, {
    host: '127.0.0.1',
    port: 0,
    requestTimeoutMs: config.requestTimeoutMs,
  });

  const request = async (method: string, pathAndQuery: string, opts: RequestOptions = {}): Promise<TestResponse> => {
    const headers: Record<string, string> = { ...opts.headers };
    let body: string | Buffer | undefined = opts.body;
    if (opts.json !== undefined) {
      body = JSON.stringify(opts.json);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(running.url + pathAndQuery, { method, headers, body, redirect: 'manual' });
    const text = await res.text();
    if (!opts.unchecked) {
      assertMatchesSpec({ method, path: pathAndQuery, status: res.status, headers: res.headers, bodyText: text });
    }
    return { status: res.status, headers: res.headers, text, json: <T>() => JSON.parse(text) as T };
  };

  return {
    url: running.url,
    config,
    container,
    running,
    request,
    async close() {
      await running.drain(1000);
      await container.close();
      await schema?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
