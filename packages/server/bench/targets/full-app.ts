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
// A guest session for the authenticated scenarios.
const guest = (await (await fetch(`${running.url}/api/v1/auth/guest`, { method: 'POST' })).json()) as {
  session_id: string;
};
process.stdout.write(JSON.stringify({ url: running.url, token: guest.session_id }) + '\n');
