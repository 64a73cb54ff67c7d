import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { closeSqlDatabase, createSqlDatabase } from '../../src/adapters/sql-database.js';
import { createApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import { createHttpMetrics } from '../../src/http/metrics.js';
import { migrateToLatest } from '../../src/migrations/index.js';
import { listen, type RunningServer } from '../../src/server-lifecycle.js';
import { ReadinessService } from '../../src/services/readiness-service.js';
import { loadApiSpec } from '../../src/spec.js';
import { createTenantModule, type TenantModule } from '../../src/tenant-module.js';
import { createPostgresSchema } from './postgres-schema.js';
import { assertMatchesSpec } from './spec-response-validator.js';
import type { RequestOptions, TestResponse } from './test-app.js';

export interface TenantTestApp {
  url: string;
  config: Config;
  /** Shaped like TestApp's so a test can move to `startTestApp` once the module is wired there. */
  container: { db: Knex };
  tenants: TenantModule;
  request(method: string, pathAndQuery: string, options?: RequestOptions): Promise<TestResponse>;
  close(): Promise<void>;
}

/**
 * A real server on a loopback port with the tenant module mounted through the REAL `createApp`
 * (so the middleware order is app.ts's own): CORS in `edgeMiddleware`, the tenant context in
 * `callerMiddleware`, the handlers in `handlers`, exactly where tenant-module.ts says they go.
 * Every response is checked against openapi.yaml unless a test opts out.
 *
 * Until the composition root mounts the module this is the only way to reach it over HTTP; once
 * it does, these tests can switch to `startTestApp` unchanged (same `request`, `config`, `container.db`).
 */
export async function startTenantTestApp(
  options: { database?: 'sqlite' | 'postgres'; env?: Record<string, string>; clock?: () => Date } = {},
): Promise<TenantTestApp> {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-tenant-test-'));
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
  const db = createSqlDatabase({ databaseUrl: config.databaseUrl, sqliteFile: config.sqliteFile, logger });
  await migrateToLatest(db);
  const tenants = createTenantModule({ db, config, logger, ...(options.clock && { clock: options.clock }) });
  const app = await createApp({
    config,
    logger,
    spec: loadApiSpec(),
    metrics: createHttpMetrics(),
    readiness: new ReadinessService([], 2000),
    handlers: tenants.handlers,
    edgeMiddleware: [tenants.corsMiddleware],
    callerMiddleware: [tenants.tenantContextMiddleware],
  });
  const running: RunningServer = await listen(app, { host: '127.0.0.1', port: 0 });

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
    container: { db },
    tenants,
    request,
    async close() {
      await running.drain(1000);
      await closeSqlDatabase(db);
      await schema?.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
