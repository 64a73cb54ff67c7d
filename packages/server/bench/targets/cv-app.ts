// Benchmark target: the real server (embedded defaults: SQLite, local files, in-process jobs) with
// upload limits lifted, so the benchmark measures the pipeline rather than the limiter.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildContainer } from '../../src/composition-root.js';
import { loadConfig } from '../../src/config.js';
import { listen } from '../../src/server-lifecycle.js';

const unlimited = { points: 1_000_000_000, durationSeconds: 1 };
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-bench-cv-'));
const config = loadConfig({ ENVIRONMENT: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent', MAX_CVS_PER_USER: '10000' });
const container = await buildContainer(config, pino({ level: 'silent' }), {
  rateLimitOverrides: { uploadPerUser: unlimited, extractionPerUser: unlimited, guestPerIp: unlimited },
});
const running = await listen(container.app, { host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url: running.url }) + '\n');
