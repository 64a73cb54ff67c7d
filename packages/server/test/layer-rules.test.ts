import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules of docs/architecture.md, checked by linting small fixtures as if they lived in each
// folder: each breaking import must be reported, and each allowed one must not be.
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url));
const src = (path: string) =>
  path.startsWith('cv-extraction:')
    ? `${repoRoot}packages/cv-extraction/src/${path.slice('cv-extraction:'.length)}`
    : `${repoRoot}packages/server/src/${path}`;

let eslint: ESLint;
beforeAll(() => {
  eslint = new ESLint({ cwd: repoRoot });
});

async function layerErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(`${code}\nexport const used = [];\n`, { filePath: src(file) });
  return (result?.messages ?? [])
    .filter((m) => m.ruleId === '@typescript-eslint/no-restricted-imports')
    .map((m) => m.message);
}

describe('layer rules (ESLint)', () => {
  const refused: [string, string, RegExp][] = [
    ['services/fixture.ts', "import { ProblemError } from '../http/error-handler.js';", /Services hold the rules/],
    ['services/fixture.ts', "import { createSqlCvStore } from '../adapters/sql-cv-store.js';", /import type/],
    ['services/fixture.ts', "import { cvRoutes } from '../routes/cv-routes.js';", /Services hold the rules/],
    ['adapters/fixture.ts', "import type { CvService } from '../services/cv-service.js';", /Adapters do I\/O/],
    ['routes/fixture.ts', "import type { BlobStore } from '../adapters/blob-store.js';", /Routes call services/],
    ['http/fixture.ts', "import { createSqlUserStore } from '../adapters/sql-user-store.js';", /middleware chain/],
    ['http/fixture.ts', "import { AuthService } from '../services/auth-service.js';", /import type/],
    ['domain/fixture.ts', "import type { CvStore } from '../adapters/cv-store.js';", /depends on nothing/],
    ['services/nested/fixture.ts', "import { x } from '../../http/app-state.js';", /Services hold the rules/],
    ['services/fixture.ts', "import Stripe from 'stripe';", /Vendor SDKs/],
    ['jobs/fixture.ts', "import { requireAuth } from '../http/openapi-dispatcher.js';", /Job handlers call services/],
    ['jobs/fixture.ts', "import { createSqlJobQueue } from '../adapters/sql-job-queue.js';", /import type/],
    ['services/fixture.ts', "import { createCvModule } from '../modules/cv-module.js';", /Services hold the rules/],
    ['modules/fixture.ts', "import { createApp } from '../app.js';", /never the HTTP app/],
    ['service-root.ts', "import Koa from 'koa';", /never the HTTP app/],
    ['jobs/fixture.ts', "import { createApp } from '../app.js';", /never the HTTP app/],
    ['cv-extraction:offline/fixture.ts', "import type { Context } from 'koa';", /knows nothing of HTTP, SQL/],
    ['cv-extraction:fixture.ts', "import knex from 'knex';", /knows nothing of HTTP, SQL/],
    ['cv-extraction:fixture.ts', "import Anthropic from '@anthropic-ai/sdk';", /Vendor SDKs/],
    ['worker.ts', "import { buildContainer } from './composition-root.js';", /never the HTTP app/],
  ];
  it.each(refused)('%s: refuses %s', async (file, code, message) => {
    const errors = await layerErrors(file, code);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(message);
  });

  const allowed: [string, string][] = [
    ['services/fixture.ts', "import type { CvStore } from '../adapters/cv-store.js';"],
    ['services/fixture.ts', "import { ProblemError } from '../domain/problem.js';"],
    ['routes/fixture.ts', "import type { CvService } from '../services/cv-service.js';"],
    ['http/fixture.ts', "import type { TenantService } from '../services/tenant-service.js';"],
    ['adapters/fixture.ts', "import { Stripe } from 'stripe';"],
    ['adapters/fixture.ts', "import { SlugTakenError } from '../domain/errors.js';"],
    ['jobs/fixture.ts', "import type { JobQueue } from '../adapters/job-queue.js';"],
    ['modules/fixture.ts', "import { createSqlCvStore } from '../adapters/sql-cv-store.js';"],
  ];
  it.each(allowed)('%s: allows %s', async (file, code) => {
    expect(await layerErrors(file, code)).toEqual([]);
  });
});
