// Benchmark target: the real server, full middleware chain, embedded SQLite, logs off.
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import { buildContainer } from '../../src/composition-root.js';
import { loadConfig } from '../../src/config.js';
import { listen } from '../../src/server-lifecycle.js';

const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-bench-'));
const config = loadConfig({ ENVIRONMENT: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const container = await buildContainer(config, pino({ level: 'silent' }));
const running = await listen(container.app, { host: '127.0.0.1', port: 0 });
process.stdout.write(JSON.stringify({ url: running.url }) + '\n');
