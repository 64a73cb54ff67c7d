import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { closeSqlDatabase, createSqlDatabase } from '../src/adapters/sql-database.js';
import { silentLogger } from './support/databases.js';
import { startTestApp, type TestApp } from './support/test-app.js';
import { within } from './support/within.js';

const serverDir = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../../../node_modules/.bin/tsx', import.meta.url));
const cli = path.join(serverDir, 'src', 'tenant-cli.ts');
const sha256 = (s: string) => createHash('sha256').update(s).digest('hex');

interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

// A clean environment: only what the CLI needs, never the developer's DATABASE_URL.
const runCli = (dataDir: string, args: string[]): Promise<Run> =>
  new Promise((resolve) => {
    execFile(
      tsx,
      [cli, ...args],
      {
        cwd: serverDir,
        env: { PATH: process.env.PATH, HOME: os.tmpdir(), ENVIRONMENT: 'test', DATA_DIR: dataDir },
        timeout: 30_000,
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });

describe('tenant CLI (npm run tenant) against a temporary SQLite database', () => {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'r2w-tenant-cli-'));
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  const run = (...args: string[]): Promise<Run> => runCli(dataDir, args);

  async function tenantRow(id: string): Promise<Record<string, unknown> | undefined> {
    const db = createSqlDatabase({ sqliteFile: path.join(dataDir, 'resume2website.sqlite'), logger: silentLogger });
    try {
      return (await db('tenants').where({ id }).first()) as Record<string, unknown> | undefined;
    } finally {
      await closeSqlDatabase(db);
    }
  }

  let created: { id: string; publishable_key: string; secret_key: string; allowed_origins: string[] };

  it('create prints the tenant with its secret key once, with a warning, and stores only its hash', async () => {
    const res = await run(
      'create',
      '--name',
      'Acme Careers',
      '--origin',
      'https://Careers.Acme.example',
      '--origin',
      'http://localhost:5173',
      '--logo-url',
      'https://cdn.acme.example/logo.svg',
      '--primary-color',
      '#112233',
    );
    expect(res.code, res.stderr).toBe(0);
    created = JSON.parse(res.stdout) as typeof created;
    expect(created).toMatchObject({
      id: expect.stringMatching(/^ten_[0-9a-z]{26}$/),
      name: 'Acme Careers',
      publishable_key: expect.stringMatching(/^pk_[0-9a-zA-Z]{32}$/),
      secret_key: expect.stringMatching(/^sk_[0-9a-zA-Z]{32}$/),
      allowed_origins: ['https://careers.acme.example', 'http://localhost:5173'],
      branding: {
        display_name: null,
        logo_url: 'https://cdn.acme.example/logo.svg',
        primary_color: '#112233',
        accent_color: null,
      },
      stripe_price_id: null,
    });
    expect(res.stderr).toMatch(/WARNING: store the secret key now/);
    expect(res.stderr).not.toContain(created.secret_key);
    const row = await tenantRow(created.id);
    expect(JSON.stringify(row)).not.toContain(created.secret_key);
    expect(row?.secret_key_hash).toBe(sha256(created.secret_key));
  });

  it('list prints every tenant without secret keys', async () => {
    const res = await run('list');
    expect(res.code, res.stderr).toBe(0);
    const tenants = JSON.parse(res.stdout) as { id: string }[];
    expect(tenants.map((t) => t.id)).toEqual([created.id]);
    expect(res.stdout).not.toContain('secret_key');
    expect(res.stdout).not.toContain(created.secret_key);
  });

  it('rotate-secret prints a new secret key and replaces the stored hash', async () => {
    const res = await run('rotate-secret', created.id);
    expect(res.code, res.stderr).toBe(0);
    const rotated = JSON.parse(res.stdout) as typeof created;
    expect(rotated.secret_key).toMatch(/^sk_[0-9a-zA-Z]{32}$/);
    expect(rotated.secret_key).not.toBe(created.secret_key);
    expect(rotated.publishable_key).toBe(created.publishable_key);
    expect((await tenantRow(created.id))?.secret_key_hash).toBe(sha256(rotated.secret_key));
  });

  it('delete removes the tenant; a second delete says there is no such tenant', async () => {
    const res = await run('delete', created.id);
    expect(res.code, res.stderr).toBe(0);
    expect(res.stderr).toContain(`Deleted ${created.id}`);
    expect(await tenantRow(created.id)).toBeUndefined();
    const again = await run('delete', created.id);
    expect(again.code).toBe(65);
    expect(again.stderr).toContain(`There is no tenant ${created.id}`);
    expect(JSON.parse((await run('list')).stdout)).toEqual([]);
  });

  it('refuses invalid input with every failing member named, and creates nothing', async () => {
    const res = await run(
      'create',
      '--name',
      'Bad',
      '--origin',
      'javascript:alert(1)',
      '--origin',
      'https://acme.example/path',
      '--primary-color',
      'red',
    );
    expect(res.code).toBe(65);
    expect(res.stderr).toContain('/allowed_origins/0: must start with http:// or https://');
    expect(res.stderr).toContain('/allowed_origins/1: must be scheme://host[:port] only, without a path');
    expect(res.stderr).toContain('/branding/primary_color');
    expect(res.stdout).toBe('');
    expect(JSON.parse((await run('list')).stdout)).toEqual([]);
  });

  it('explains its usage for a wrong command line', async () => {
    for (const args of [['frobnicate'], ['create', '--name', 'x'], ['list', '--origin', 'x']]) {
      const res = await run(...args);
      expect(res.code, args.join(' ')).toBe(64);
      expect(res.stderr).toContain('Usage: npm run tenant -- <command>');
    }
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stderr).toContain('rotate-secret <id>');
  });
});

describe('tenant CLI beside a running embedded server', () => {
  let app: TestApp | undefined;
  afterAll(() => app?.close());

  it("sees the tenants the CLI creates, re-keys and deletes within a moment, not the cache's 30 s", async () => {
    app = await startTestApp();
    const dataDir = path.dirname(app.config.sqliteFile);
    const origin = `https://cli-${Date.now().toString(36)}.example`;
    const preflight = () =>
      app!.request('OPTIONS', '/api/v1/config', {
        headers: { origin, 'access-control-request-method': 'GET' },
        unchecked: true, // preflights are outside the contract
      });
    // The server refuses the origin before any tenant has it, and remembers that.
    expect((await preflight()).status).toBe(403);

    const made = await runCli(dataDir, ['create', '--name', 'CLI Careers', '--origin', origin]);
    expect(made.code, made.stderr).toBe(0);
    const tenant = JSON.parse(made.stdout) as { id: string; secret_key: string };
    await within(2000, async () => (await preflight()).status === 204);

    // The server remembers the secret key once used; a rotation by the CLI retires it at once.
    const tenantApi = (key: string) =>
      app!.request('GET', '/api/v1/tenant/portfolios', { headers: { authorization: `Bearer ${key}` } });
    expect((await tenantApi(tenant.secret_key)).status).toBe(200);
    const rotated = await runCli(dataDir, ['rotate-secret', tenant.id]);
    expect(rotated.code, rotated.stderr).toBe(0);
    await within(2000, async () => (await tenantApi(tenant.secret_key)).status === 401);
    expect((await tenantApi((JSON.parse(rotated.stdout) as { secret_key: string }).secret_key)).status).toBe(200);

    expect((await runCli(dataDir, ['delete', tenant.id])).code).toBe(0);
    await within(2000, async () => (await preflight()).status === 403);
  });
});
