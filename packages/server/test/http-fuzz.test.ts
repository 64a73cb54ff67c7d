import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiSpec } from '../src/spec.js';
import { databaseKinds } from './support/database-kinds.js';
import { runCampaign } from './support/http-fuzz/campaign.js';
import { generateCases } from './support/http-fuzz/case-generator.js';
import { warmUpDocumentReaders } from './support/http-fuzz/document-bodies.js';
import { formatReport, summarise } from './support/http-fuzz/failure-report.js';
import { brokenIdentities, createFuzzIdentities } from './support/http-fuzz/fuzz-identities.js';
import { startFuzzTarget, type FuzzTarget } from './support/http-fuzz/fuzz-target.js';
import { parseSeed } from './support/http-fuzz/prng.js';
import { contractAccepts, readOperations } from './support/http-fuzz/spec-operations.js';
import { createPostgresSchema } from './support/postgres-schema.js';

// Issue 18: no request may take the server down. docs/security-testing.md says how to replay.
const SEED = parseSeed(process.env.FUZZ_SEED, 0x18f022);
const ONLY = (process.env.FUZZ_CASE ?? '').split(',').filter(Boolean);
// A soak run plays the plan several times (and needs a longer budget: FUZZ_REPEAT=5 takes about a minute).
const REPEAT = Number(process.env.FUZZ_REPEAT ?? 1);
if (!Number.isInteger(REPEAT) || REPEAT < 1)
  throw new Error(`FUZZ_REPEAT must be a whole number ≥ 1, not "${process.env.FUZZ_REPEAT}"`);
// Low limits, so "past the limit" costs kilobytes, not megabytes; the code paths are the same.
const LIMITS = { maxJsonBodyBytes: 64 * 1024, maxUploadBytes: 256 * 1024 };
// Short, so the stalled-body cases learn the server's answer within seconds.
const REQUEST_TIMEOUT_MS = 2000;

const kinds = await databaseKinds('http fuzz');

describe.each(kinds)('HTTP fuzz against a real server process [%s]', (database) => {
  let dataDir: string;
  let schema: { url: string; drop(): Promise<void> } | undefined;
  const targets: FuzzTarget[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(path.join(os.tmpdir(), 'r2w-fuzz-'));
    if (database === 'postgres') schema = await createPostgresSchema();
  });
  afterAll(async () => {
    await Promise.all(targets.map((t) => t.stop()));
    await schema?.drop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it(
    'answers hostile requests to every operation with a 4xx problem or a clean close, and stays up',
    async () => {
      const adminToken = randomBytes(24).toString('hex');
      const start = async () => {
        const target = await startFuzzTarget({
          dataDir,
          ...(schema && { databaseUrl: schema.url }),
          adminToken,
          requestTimeoutMs: REQUEST_TIMEOUT_MS,
          ...LIMITS,
        });
        targets.push(target);
        return target;
      };
      const first = await start();
      let identities = await createFuzzIdentities(first.url, adminToken);
      await warmUpDocumentReaders(first.url, identities.userSession);

      const spec = loadApiSpec();
      const operations = readOperations(spec);
      const plan = () => {
        const all = generateCases({
          seed: SEED,
          operations,
          identities,
          limits: LIMITS,
          requestTimeoutMs: REQUEST_TIMEOUT_MS,
          accepts: contractAccepts(spec),
        });
        return ONLY.length ? all.filter((c) => ONLY.includes(c.id)) : all;
      };
      const planned = plan();
      if (ONLY.length)
        expect(planned.map((c) => c.id).sort(), 'FUZZ_CASE names cases this seed generates').toEqual([...ONLY].sort());
      // Every operation in the contract is under fire: a new one is covered without editing this file.
      else expect(new Set(planned.map((c) => c.operationId))).toEqual(new Set(operations.map((o) => o.operationId)));

      let started = false;
      const result = await runCampaign({
        plan,
        repair: async (url) => {
          const broken = await brokenIdentities(url, identities);
          if (broken.length) identities = await createFuzzIdentities(url, adminToken);
          return broken;
        },
        start: async () => {
          if (started) return start();
          started = true;
          return first;
        },
        batchSize: 150,
        concurrency: 8,
        slowConcurrency: 48,
        rssGrowthLimitKb: 128 * 1024,
        budgetMs: 100_000 * REPEAT,
        maxRestarts: 5,
        repeat: REPEAT,
      });
      console.info(
        `http fuzz [${database}] seed ${SEED}: ${result.requests} requests to ${operations.length} operations in ` +
          `${result.durationMs} ms, RSS ${result.rssKb.baseline}→${result.rssKb.max} kB, ${result.findings.length} finding(s); ` +
          `outcomes ${JSON.stringify(result.outcomes)}; RSS after each batch (kB) ${result.rssKb.samples.join(' ')}`,
      );
      // One line per kind of fault in the diff; the message has requests, answers and replay commands.
      const summary = summarise(result.findings);
      expect(summary, formatReport(SEED, result)).toEqual([]);
    },
    170_000 * REPEAT,
  );
});
