// `npm run bench` (packages/sdk): what the SDK adds per call. A real server (the embedded defaults:
// SQLite in a temp folder) runs in its own process; this one calls `GET /api/v1/auth/me` with plain
// `fetch` and with `r2w.auth.me()`, interleaved, and reports each one's median and their ratio.
// Then the bundle sizes. Numbers are for comparison on one machine, not absolutes.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { Resume2Website } from '../src/index.node.js';

const CALLS = Number(process.env.BENCH_CALLS ?? 2000);
const WARMUP = 200;

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const { port } = server.address() as { port: number };
  await new Promise((r) => server.close(r));
  return port;
}

async function startServer() {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-sdk-bench-'));
  const port = await freePort();
  const entry = fileURLToPath(new URL('../../server/src/main.ts', import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', entry], {
    env: { PATH: process.env.PATH ?? '', DATA_DIR: dataDir, BACKEND_PORT: String(port), LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 30 s')), 30_000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"url"')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
  });
  return {
    url: `http://127.0.0.1:${port}`,
    stop() {
      child.kill('SIGKILL');
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
};

const server = await startServer();
try {
  const r2w = new Resume2Website({ baseUrl: server.url, maxRetries: 0 });
  await r2w.auth.register({ email: 'bench@example.com', password: 'correct horse battery staple', full_name: 'Bench' });
  const headers = { authorization: `Bearer ${r2w.token}` };
  const plain = async () => {
    const res = await fetch(`${server.url}/api/v1/auth/me`, { headers });
    if (!res.ok) throw new Error(`plain fetch answered ${res.status}`);
    return res.json();
  };
  const sdk = () => r2w.auth.me();
  for (let i = 0; i < WARMUP; i++) await Promise.all([plain(), sdk()].map((p) => p.catch(() => undefined)));
  const times = { fetch: [] as number[], sdk: [] as number[] };
  for (let i = 0; i < CALLS; i++) {
    // Alternate which goes first, so neither always meets a warmer connection.
    for (const [name, call] of i % 2
      ? ([
          ['fetch', plain],
          ['sdk', sdk],
        ] as const)
      : ([
          ['sdk', sdk],
          ['fetch', plain],
        ] as const)) {
      const t = performance.now();
      await call();
      times[name].push(performance.now() - t);
    }
  }
  const mf = median(times.fetch);
  const ms = median(times.sdk);
  console.log(`GET /api/v1/auth/me, ${CALLS} calls each, sequential, keep-alive, over loopback`);
  console.log(`  plain fetch + json(): median ${(mf * 1000).toFixed(0)} µs`);
  console.log(`  r2w.auth.me():        median ${(ms * 1000).toFixed(0)} µs`);
  console.log(`  ratio sdk/fetch: ${(ms / mf).toFixed(3)} (overhead ${((ms - mf) * 1000).toFixed(0)} µs per call)`);
} finally {
  server.stop();
}

console.log('\nbundle sizes (npm run build first):');
try {
  execFileSync(process.execPath, [fileURLToPath(new URL('../scripts/check-size.mjs', import.meta.url))], {
    stdio: 'inherit',
  });
} catch {
  console.log('  (no build in dist/: run `npm run build` in packages/sdk)');
}
