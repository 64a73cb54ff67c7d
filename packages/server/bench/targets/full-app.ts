// Benchmark target: the real server, full middleware chain, logs off. Embedded SQLite by default;
// with DATABASE_URL and REDIS_URL in its environment, PostgreSQL and Redis (sessions, queues) as in
// production. It prints its URL, a guest session, and that guest's CV and portfolio.
import { mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildContainer } from '../../src/composition-root.js';
import { loadConfig } from '../../src/config.js';
import { listen } from '../../src/server-lifecycle.js';
import { buildServices } from '../../src/service-root.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-bench-'));
const config = loadConfig({
  ENVIRONMENT: 'test',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'silent',
  ...(process.env.DATABASE_URL && { DATABASE_URL: process.env.DATABASE_URL }),
  ...(process.env.REDIS_URL && { REDIS_URL: process.env.REDIS_URL }),
});
const logger = pino({ level: 'silent' });
const container = await buildContainer(config, logger);
const running = await listen(container.app, { host: '127.0.0.1', port: 0 });

async function call<T>(method: string, url: string, init: RequestInit & { token?: string } = {}): Promise<T> {
  const res = await fetch(running.url + url, {
    ...init,
    method,
    headers: { ...(init.token && { authorization: `Bearer ${init.token}` }), ...init.headers },
  });
  if (!res.ok) throw new Error(`${method} ${url} answered ${res.status}: ${await res.text()}`);
  return (await res.json()) as T;
}

// With Redis the API only queues the import: a worker in this process runs it, then stops, so
// nothing but the API competes for the CPU while the load runs.
const worker = config.redisUrl ? await buildServices(config, logger, { migrate: false }) : undefined;
worker?.startJobs();

const token = (await call<{ session_id: string }>('POST', '/api/v1/auth/guest')).session_id;
const resume = readFileSync(createRequire(import.meta.url).resolve('@jsonresume/schema/sample.resume.json'));
const form = new FormData();
form.append('file', new Blob([resume], { type: 'application/json' }), 'resume.json');
const cv = await call<{ id: string; extraction: { id: string } }>('POST', '/api/v1/cvs', { token, body: form });
for (let i = 0; ; i++) {
  const { status } = await call<{ status: string }>('GET', `/api/v1/extractions/${cv.extraction.id}`, { token });
  if (status === 'succeeded') break;
  if (status === 'failed' || i > 500) throw new Error(`the benchmark CV's import ended ${status}`);
  await new Promise((resolve) => setTimeout(resolve, 20));
}
const portfolio = await call<{ id: string }>('POST', '/api/v1/portfolios', {
  token,
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ cv_id: cv.id, theme: 'classic' }),
});
await worker?.close();
process.stdout.write(JSON.stringify({ url: running.url, token, cvId: cv.id, portfolioId: portfolio.id }) + '\n');
