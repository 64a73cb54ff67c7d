import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';

function configErrorOf(env: Record<string, string>): ConfigError {
  try {
    loadConfig(env, '/srv/app');
  } catch (err) {
    if (err instanceof ConfigError) return err;
    throw err;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('resolves a relative DATA_DIR from where npm was invoked (INIT_CWD), so workspace scripts share ./data', () => {
    // `npm run tenant` at the root runs in packages/server; the server (`npm start`) runs at the root.
    expect(loadConfig({ INIT_CWD: '/repo' }).sqliteFile).toBe('/repo/data/resume2website.sqlite');
    expect(loadConfig({ INIT_CWD: '/repo', DATA_DIR: 'var/r2w' }).sqliteFile).toBe(
      '/repo/var/r2w/resume2website.sqlite',
    );
    expect(loadConfig({ INIT_CWD: '/repo', DATA_DIR: '/abs' }).sqliteFile).toBe('/abs/resume2website.sqlite');
    expect(loadConfig({}).sqliteFile).toBe(`${process.cwd()}/data/resume2website.sqlite`);
  });

  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/app');
    expect(config.port).toBe(2000);
    expect(config.backendUrl).toBe('http://localhost:2000');
    expect(config.frontendUrl).toBe('http://localhost:2000');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.sqliteFile).toBe('/srv/app/data/resume2website.sqlite');
    expect(config.redisUrl).toBeUndefined();
    expect(config.sessionTtlSeconds).toBe(604_800);
    expect(config.limits.maxUploadBytes).toBe(10 * 1024 * 1024);
    expect(config.portfolioCleanupHours).toBe(24);
    expect(config.sitesBaseUrl).toBe('http://localhost:2000/sites/');
    expect(config.storage.s3).toBeUndefined();
    expect(config.stripe).toBeUndefined();
    expect(config.extraction.claude).toBeUndefined();
    expect(config.oauth).toEqual({ google: undefined, linkedin: undefined });
  });

  it('treats an empty assignment as "use the default"', () => {
    expect(loadConfig({ LOG_LEVEL: '', BACKEND_PORT: ' ', DATABASE_URL: '' }, '/srv/app')).toMatchObject({
      logLevel: 'info',
      port: 2000,
      databaseUrl: undefined,
    });
  });

  it('switches each part to its production backend by configuration alone', () => {
    const config = loadConfig(
      {
        DATABASE_URL: 'postgres://u@db:5432/app',
        REDIS_URL: 'redis://cache:6379',
        S3_BUCKET_NAME: 'sites',
        AWS_REGION: 'eu-west-1',
        CLAUDE_API_KEY: 'test-key',
        STRIPE_SECRET_KEY: 'sk_test_x',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_x',
        STRIPE_WEBHOOK_SECRET: 'whsec_x',
        GOOGLE_CLIENT_ID: 'id',
        GOOGLE_CLIENT_SECRET: 'secret',
        BACKEND_URL: 'https://api.example.com/',
      },
      '/srv/app',
    );
    expect(config.databaseUrl).toBe('postgres://u@db:5432/app');
    expect(config.redisUrl).toBe('redis://cache:6379');
    expect(config.storage.s3).toMatchObject({ bucket: 'sites', region: 'eu-west-1' });
    expect(config.extraction.claude?.apiKey).toBe('test-key');
    expect(config.stripe?.publishableKey).toBe('pk_test_x');
    expect(config.oauth.google?.issuerUrl).toBe('https://accounts.google.com');
    expect(config.backendUrl).toBe('https://api.example.com');
  });

  it.each([
    ['BACKEND_PORT', 'abc'],
    ['BACKEND_PORT', '70000'],
    ['DATABASE_URL', 'mysql://db/app'],
    ['REDIS_URL', 'http://cache'],
    ['LOG_LEVEL', 'verbose'],
    ['ENVIRONMENT', 'prod'],
    ['SESSION_TTL', '-5'],
    ['MAX_UPLOAD_BYTES', '10MB'],
    ['BACKEND_URL', 'not a url'],
    ['TRUST_PROXY', 'maybe'],
    ['ADMIN_TOKEN', 'short'],
  ])('refuses %s=%s with a message naming the variable', (name, value) => {
    const err = configErrorOf({ [name]: value });
    expect(err.issues).toHaveLength(1);
    expect(err.issues[0]).toMatch(new RegExp(`^${name}: `));
    expect(err.message).toContain(name);
  });

  it('never echoes a secret value in the error', () => {
    const err = configErrorOf({ ADMIN_TOKEN: 'short-secret' });
    expect(err.message).not.toContain('short-secret');
  });

  it('lists every bad variable at once, not one per restart', () => {
    const err = configErrorOf({ BACKEND_PORT: 'x', LOG_LEVEL: 'loud' });
    expect(err.issues.map((i) => i.split(':')[0]).sort()).toEqual(['BACKEND_PORT', 'LOG_LEVEL']);
  });

  it('refuses half-configured payments and sign-in providers', () => {
    expect(configErrorOf({ STRIPE_SECRET_KEY: 'sk_test_x' }).message).toContain('STRIPE_WEBHOOK_SECRET');
    expect(configErrorOf({ GOOGLE_CLIENT_ID: 'id' }).issues[0]).toMatch(/^GOOGLE_CLIENT_SECRET: /);
  });

  it('requires PostgreSQL and a mail server in production', () => {
    const issues = configErrorOf({ ENVIRONMENT: 'production' }).issues;
    expect(issues.some((i) => /^DATABASE_URL: /.test(i))).toBe(true);
    expect(issues.some((i) => /^SMTP_URL: required when ENVIRONMENT=production/.test(i))).toBe(true);
    const withBoth = configErrorOf({
      ENVIRONMENT: 'production',
      DATABASE_URL: 'postgres://db/app',
      SMTP_URL: 'smtp://mail:587',
      STRIPE_SECRET_KEY: 'sk_test_x',
    }).issues;
    expect(withBoth.some((i) => /^(DATABASE_URL|SMTP_URL): /.test(i))).toBe(false);
  });
});

describe('starting with a bad variable', () => {
  it('stops before listening, exit code 78, naming the variable on stderr', async () => {
    const main = fileURLToPath(new URL('../src/main.ts', import.meta.url));
    const child = spawn(process.execPath, ['--import', 'tsx', main], {
      env: { PATH: process.env.PATH, BACKEND_PORT: 'not-a-port', LOG_LEVEL: 'silent' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
    expect(code).toBe(78);
    expect(stderr).toContain('BACKEND_PORT');
    expect(stderr).toContain('not-a-port');
    expect(stderr).toContain('.env.example');
  });
});

describe('.env.example', () => {
  it('documents exactly the variables the server reads, and its values are the defaults', async () => {
    const { readFile } = await import('node:fs/promises');
    const { CONFIG_VARIABLES } = await import('../src/config.js');
    const text = await readFile(new URL('../../../.env.example', import.meta.url), 'utf8');
    const entries = text
      .split('\n')
      .filter((line) => /^[A-Z0-9_]+=/.test(line))
      .map((line) => line.split('=', 2) as [string, string]);
    expect(entries.map(([name]) => name).sort()).toEqual([...CONFIG_VARIABLES].sort());
    expect(loadConfig(Object.fromEntries(entries), '/srv/app')).toEqual(loadConfig({}, '/srv/app'));
  });
});
