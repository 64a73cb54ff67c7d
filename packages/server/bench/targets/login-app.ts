// Benchmark target: the real server with one registered account, hashing with argon2id (OWASP
// parameters) or, for the baseline, a single SHA-256 (BENCH_HASHER=sha256). Rate limits are lifted
// so the benchmark measures hashing, not the limiter.
import { createHash, timingSafeEqual } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pino } from 'pino';
import type { PasswordHasher } from '../../src/adapters/password-hasher.js';
import { buildContainer } from '../../src/composition-root.js';
import { loadConfig } from '../../src/config.js';
import { listen } from '../../src/server-lifecycle.js';

const sha256Hasher: PasswordHasher = {
  hash: async (password) => createHash('sha256').update(password).digest('hex'),
  verify: async (hash, password) => ({
    ok: timingSafeEqual(Buffer.from(hash), Buffer.from(createHash('sha256').update(password).digest('hex'))),
    needsRehash: false,
  }),
  verifyDummy: async () => undefined,
};

const unlimited = { points: 1_000_000_000, durationSeconds: 1 };
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-bench-login-'));
const config = loadConfig({ ENVIRONMENT: 'test', DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
const container = await buildContainer(config, pino({ level: 'silent' }), {
  ...(process.env.BENCH_HASHER === 'sha256' && { passwordHasher: sha256Hasher }),
  rateLimitOverrides: { loginPerIp: unlimited, registrationPerIp: unlimited, loginFailuresPerAccount: unlimited },
});
const running = await listen(container.app, { host: '127.0.0.1', port: 0 });
const account = { email: 'bench@example.com', password: 'correct horse battery staple' };
const res = await fetch(`${running.url}/api/v1/auth/register`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ ...account, full_name: 'Bench' }),
});
if (res.status !== 200) throw new Error(`register failed: ${res.status} ${await res.text()}`);
process.stdout.write(JSON.stringify({ url: running.url }) + '\n');
