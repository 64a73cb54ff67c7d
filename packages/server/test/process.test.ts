import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { startChildServer } from './support/child-server.js';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'r2w-proc-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  await Promise.all(dirs.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

describe('the server process', () => {
  it('starts on embedded defaults, answers /health, /ready and /docs, and exits cleanly on SIGTERM', async () => {
    const dataDir = await tempDir();
    const server = await startChildServer(fileURLToPath(new URL('../src/main.ts', import.meta.url)), {
      DATA_DIR: dataDir,
      BACKEND_PORT: '0',
      HOST: '127.0.0.1',
      SITE_DIST_DIR: path.join(dataDir, 'no-site-here'),
    });
    expect((await fetch(`${server.url}/health`)).status).toBe(200);
    const ready = await fetch(`${server.url}/ready`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ready', checks: { database: { status: 'up' } } });
    const docs = await fetch(`${server.url}/docs`);
    expect(docs.status).toBe(200);
    expect(await docs.text()).toContain('/docs/assets/swagger-ui-bundle.js');
    // The root is the hosted site now, not a redirect to /docs (no build here: 503 site-not-built).
    const root = await fetch(`${server.url}/`, { redirect: 'manual' });
    expect(root.status).toBe(503);
    expect(await root.json()).toMatchObject({ type: 'https://resume2website.com/problems/site-not-built' });
    // Every log line is structured JSON; request lines carry the request id.
    const requestLine = server.logs.find((l) => l.msg === 'request completed');
    expect(requestLine?.request_id).toEqual(expect.any(String));

    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
  });

  it('drains an in-flight request on SIGTERM: the request completes, new connections are refused', async () => {
    const dataDir = await tempDir();
    const server = await startChildServer(
      fileURLToPath(new URL('./fixtures/slow-request-server.ts', import.meta.url)),
      {
        DATA_DIR: dataDir,
        SLOW_ROUTE_MS: '1500',
        SHUTDOWN_TIMEOUT_MS: '10000',
      },
    );
    const started = Date.now();
    const inFlight = fetch(`${server.url}/health`);
    await new Promise((resolve) => setTimeout(resolve, 300));
    server.child.kill('SIGTERM');
    await new Promise((resolve) => setTimeout(resolve, 200));

    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok' });
    expect(Date.now() - started).toBeGreaterThanOrEqual(1500);
    expect(await server.exited).toBe(0);
    const done = server.logs.find((l) => l.msg === 'shutdown complete');
    expect(done).toMatchObject({ forced: false });
  });

  it('cuts requests that outlive the shutdown timeout, and still exits', async () => {
    const dataDir = await tempDir();
    const server = await startChildServer(
      fileURLToPath(new URL('./fixtures/slow-request-server.ts', import.meta.url)),
      {
        DATA_DIR: dataDir,
        SLOW_ROUTE_MS: '30000',
        SHUTDOWN_TIMEOUT_MS: '500',
      },
    );
    const inFlight = fetch(`${server.url}/health`).then(
      (r) => r.status,
      () => 'cut',
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const killedAt = Date.now();
    server.child.kill('SIGTERM');
    expect(await server.exited).toBe(0);
    expect(Date.now() - killedAt).toBeLessThan(5000);
    expect(await inFlight).toBe('cut');
    expect(server.logs.find((l) => l.msg === 'shutdown complete')).toMatchObject({ forced: true });
  });
});

describe('the worker process', async () => {
  const { requireService, TEST_REDIS_URL } = await import('./support/services.js');
  const redisAvailable = await requireService('redis', 'the worker process');

  it('refuses to start beside the embedded setup, whose API runs the jobs and hears only itself', async () => {
    const started = startChildServer(fileURLToPath(new URL('../src/worker.ts', import.meta.url)), {
      DATA_DIR: await tempDir(),
      WORKER_METRICS_PORT: '0',
    });
    await expect(started).rejects.toThrow(
      /exited with 78 before listening; stderr: .*a separate worker needs REDIS_URL/s,
    );
  });

  it.runIf(redisAvailable)('serves /health and the application metrics, and stops cleanly on SIGTERM', async () => {
    const dataDir = await tempDir();
    const worker = await startChildServer(fileURLToPath(new URL('../src/worker.ts', import.meta.url)), {
      DATA_DIR: dataDir,
      REDIS_URL: TEST_REDIS_URL,
      WORKER_METRICS_PORT: '0',
      HOST: '127.0.0.1',
    });
    const health = await fetch(`${worker.url}/health`);
    expect(health.status).toBe(200);
    expect(await health.json()).toEqual({ status: 'ok' });
    const metrics = await (await fetch(`${worker.url}/metrics`)).text();
    expect(metrics).toContain('process_cpu_user_seconds_total');
    // The application's registry, where the jobs run: queue depths (read from Redis), extractions, publishes.
    expect(metrics).toMatch(/^r2w_queue_depth\{queue="extract",state="waiting"\} \d+$/m);
    expect(metrics).toContain('# TYPE r2w_extraction_duration_seconds histogram');
    expect(metrics).toContain('# TYPE r2w_publish_duration_seconds histogram');
    const head = await fetch(`${worker.url}/metrics`, { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(head.headers.get('content-type')).toContain('text/plain');
    expect(await head.text()).toBe('');
    expect((await fetch(`${worker.url}/api/v1/cvs`)).status).toBe(404); // the API is not served here
    worker.child.kill('SIGTERM');
    expect(await worker.exited).toBe(0);
    expect(worker.logs.some((l) => l.msg === 'worker stopped')).toBe(true);
  });
});
