import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeSqlDatabase, createSqlDatabase, databaseKind, pingDatabase } from '../src/adapters/sql-database.js';
import { fromDbInt, toDbBool, toDbJson, toDbTime } from '../src/adapters/sql-values.js';
import { migrateDownAll, migrateToLatest, migrationNames, migrationStatus } from '../src/migrations/index.js';
import { forEachDatabase, silentLogger } from './support/databases.js';

const ALL_TABLES = [
  'tenants',
  'tenant_origins',
  'users',
  'user_identities',
  'sessions',
  'oauth_states',
  'cvs',
  'cv_data_versions',
  'extractions',
  'extraction_cache',
  'portfolios',
  'payments',
  'webhook_events',
  'jobs',
  'rate_limits',
];

type Violation = 'unique' | 'foreign key';

// The constraint that fired, by driver error code, so a test cannot pass on some unrelated error.
async function expectViolation(query: PromiseLike<unknown>, violation: Violation): Promise<void> {
  const error = await Promise.resolve(query).then(
    () => undefined,
    (err: unknown) => err as { code?: string },
  );
  expect(error, `expected a ${violation} violation`).toBeDefined();
  const codes =
    violation === 'unique'
      ? ['SQLITE_CONSTRAINT_UNIQUE', 'SQLITE_CONSTRAINT_PRIMARYKEY', '23505']
      : ['SQLITE_CONSTRAINT_FOREIGNKEY', '23503'];
  expect(codes).toContain(error?.code);
}

const now = new Date('2025-01-02T03:04:05.678Z');
const later = new Date(now.getTime() + 7 * 24 * 3600 * 1000);

function user(id: string, email: string | null, extra: Record<string, unknown> = {}) {
  return {
    id,
    email,
    full_name: 'Ada Lovelace',
    is_guest: toDbBool(email === null),
    email_verified: toDbBool(false),
    created_at: toDbTime(now),
    updated_at: toDbTime(now),
    ...extra,
  };
}

function session(tokenHash: string, userId: string) {
  return {
    token_hash: tokenHash,
    user_id: userId,
    created_at: toDbTime(now),
    expires_at: toDbTime(later),
    last_seen_at: toDbTime(now),
  };
}

function cv(id: string, userId: string, extra: Record<string, unknown> = {}) {
  return {
    id,
    user_id: userId,
    original_filename: 'cv.pdf',
    content_type: 'application/pdf',
    size_bytes: 12345,
    sha256: 'a'.repeat(64),
    storage_key: `cvs/${id}/original`,
    created_at: toDbTime(now),
    updated_at: toDbTime(now),
    ...extra,
  };
}

function cvDataVersion(id: string, cvId: string, version: number) {
  return {
    id,
    cv_id: cvId,
    version,
    source: 'user',
    data: toDbJson({ basics: { name: 'Ada' } }),
    created_at: toDbTime(now),
  };
}

async function tablesPresent(knex: Knex): Promise<string[]> {
  const present: string[] = [];
  for (const table of ALL_TABLES) if (await knex.schema.hasTable(table)) present.push(table);
  return present;
}

describe('migration list', () => {
  it('is ordered by name, has unique names, and names carry their version before "_"', () => {
    expect([...migrationNames].sort()).toEqual(migrationNames);
    expect(new Set(migrationNames).size).toBe(migrationNames.length);
    for (const name of migrationNames) expect(name).toMatch(/^\d{4}_[a-z0-9_]+$/);
  });
});

forEachDatabase('migrations', ({ kind, getKnex }) => {
  it('reports the database kind', () => {
    expect(databaseKind(getKnex())).toBe(kind);
  });

  it('latest applies every migration and creates every table', async () => {
    const knex = getKnex();
    expect(await tablesPresent(knex)).toEqual([]);
    expect(await migrateToLatest(knex)).toEqual(migrationNames);
    expect(await tablesPresent(knex)).toEqual(ALL_TABLES);
    expect(await migrationStatus(knex)).toEqual({ applied: migrationNames, pending: [] });
  });

  it('uses jsonb and timestamptz on PostgreSQL, TEXT for JSON on SQLite', async () => {
    const knex = getKnex();
    if (kind === 'postgres') {
      const columns = await knex('information_schema.columns')
        .whereRaw('table_schema = current_schema()')
        .andWhere({ table_name: 'cv_data_versions' })
        .whereIn('column_name', ['data', 'created_at'])
        .orderBy('column_name')
        .select('column_name', 'data_type');
      expect(columns).toEqual([
        { column_name: 'created_at', data_type: 'timestamp with time zone' },
        { column_name: 'data', data_type: 'jsonb' },
      ]);
    } else {
      const columns = (await knex.raw('pragma table_info(cv_data_versions)')) as { name: string; type: string }[];
      expect(columns.find((column) => column.name === 'data')?.type.toLowerCase()).toBe('text');
    }
  });

  it('running latest again is a no-op', async () => {
    const knex = getKnex();
    expect(await migrateToLatest(knex)).toEqual([]);
    const rows = await knex('knex_migrations').select('name').orderBy('id');
    expect(rows.map((row: { name: string }) => row.name)).toEqual(migrationNames);
  });

  it('rejects a second user with the same email but allows many guests without one', async () => {
    const knex = getKnex();
    await knex('users').insert(user('usr_a', 'ada@example.com'));
    await expectViolation(knex('users').insert(user('usr_b', 'ada@example.com')), 'unique');
    await knex('users').insert([user('usr_guest1', null), user('usr_guest2', null)]);
    const [guests] = await knex('users').whereNull('email').count({ n: '*' });
    expect(fromDbInt(guests?.n)).toBe(2);
  });

  it('enforces foreign keys', async () => {
    await expectViolation(getKnex()('sessions').insert(session('h_orphan', 'usr_missing')), 'foreign key');
  });

  it('deleting a user deletes their sessions, identities and CVs', async () => {
    const knex = getKnex();
    await knex('users').insert(user('usr_del', 'del@example.com'));
    await knex('sessions').insert([session('h_1', 'usr_del'), session('h_2', 'usr_del'), session('h_3', 'usr_a')]);
    await knex('user_identities').insert({
      id: 'uid_1',
      user_id: 'usr_del',
      provider: 'google',
      subject: '1234',
      created_at: toDbTime(now),
    });
    await knex('cvs').insert(cv('cv_del', 'usr_del'));

    await knex('users').where({ id: 'usr_del' }).delete();

    expect(await knex('sessions').where({ user_id: 'usr_del' }).select('token_hash')).toEqual([]);
    expect(await knex('sessions').select('token_hash')).toEqual([{ token_hash: 'h_3' }]);
    expect(await knex('user_identities').where({ user_id: 'usr_del' })).toEqual([]);
    expect(await knex('cvs').where({ id: 'cv_del' })).toEqual([]);
  });

  it('deleting a tenant keeps its users and detaches them', async () => {
    const knex = getKnex();
    await knex('tenants').insert({
      id: 'ten_1',
      name: 'Jobs Inc',
      publishable_key: 'pk_1',
      secret_key_hash: 'h'.repeat(64),
      allowed_origins: toDbJson(['https://jobs.example']),
      branding: toDbJson({}),
      created_at: toDbTime(now),
      updated_at: toDbTime(now),
    });
    await knex('users').insert(user('usr_t', 'tenant-user@example.com', { tenant_id: 'ten_1' }));
    await knex('tenants').where({ id: 'ten_1' }).delete();
    expect(await knex('users').where({ id: 'usr_t' }).select('tenant_id')).toEqual([{ tenant_id: null }]);
  });

  it('allows each version of a CV document once', async () => {
    const knex = getKnex();
    await knex('cvs').insert([cv('cv_1', 'usr_a'), cv('cv_2', 'usr_a')]);
    await knex('cv_data_versions').insert([cvDataVersion('cdv_1', 'cv_1', 1), cvDataVersion('cdv_2', 'cv_1', 2)]);
    await expectViolation(knex('cv_data_versions').insert(cvDataVersion('cdv_3', 'cv_1', 2)), 'unique');
    // The same version number on another CV is fine.
    await knex('cv_data_versions').insert(cvDataVersion('cdv_4', 'cv_2', 2));
  });

  it('records a Stripe checkout session and a webhook event only once', async () => {
    const knex = getKnex();
    await knex('portfolios').insert({
      id: 'pf_1',
      cv_id: 'cv_1',
      user_id: 'usr_a',
      theme: 'classic',
      slug: 'ada',
      status: 'draft',
      created_at: toDbTime(now),
      updated_at: toDbTime(now),
    });
    const payment = (id: string) => ({
      id,
      portfolio_id: 'pf_1',
      user_id: 'usr_a',
      stripe_checkout_session_id: 'cs_test_1',
      amount: 900,
      currency: 'eur',
      status: 'paid',
      created_at: toDbTime(now),
      updated_at: toDbTime(now),
    });
    await knex('payments').insert(payment('pay_1'));
    await expectViolation(knex('payments').insert(payment('pay_2')), 'unique');
    const event = {
      id: 'evt_1',
      type: 'checkout.session.completed',
      received_at: toDbTime(now),
      payload: toDbJson({}),
    };
    await knex('webhook_events').insert(event);
    await expectViolation(knex('webhook_events').insert(event), 'unique');
    // Defaults apply on both backends.
    const [row] = await knex('portfolios').where({ id: 'pf_1' }).select('paid', 'checkout_attempts');
    expect({ paid: Boolean(row.paid), checkout_attempts: Number(row.checkout_attempts) }).toEqual({
      paid: false,
      checkout_attempts: 0,
    });
  });

  it('down-all removes every table and leaves knex bookkeeping empty', async () => {
    const knex = getKnex();
    expect(await migrateDownAll(knex)).toEqual([...migrationNames].reverse());
    expect(await tablesPresent(knex)).toEqual([]);
    const [bookkeeping] = await knex('knex_migrations').count({ n: '*' });
    expect(fromDbInt(bookkeeping?.n)).toBe(0);
    expect(await knex('knex_migrations_lock').select('is_locked')).toEqual([{ is_locked: 0 }]);
    expect(await migrationStatus(knex)).toEqual({ applied: [], pending: migrationNames });
  });

  it('migrates up again after down, and down again', async () => {
    const knex = getKnex();
    expect(await migrateToLatest(knex)).toEqual(migrationNames);
    expect(await tablesPresent(knex)).toEqual(ALL_TABLES);
    // The tables are new and empty, not left-overs.
    expect(await knex('users').select('id')).toEqual([]);
    expect(await migrateDownAll(knex)).toEqual([...migrationNames].reverse());
    expect(await migrateToLatest(knex)).toEqual(migrationNames);
    expect(await migrationStatus(knex)).toEqual({ applied: migrationNames, pending: [] });
  });

  it('answers a ping', async () => {
    const latency = await pingDatabase(getKnex(), 2000);
    expect(latency).toBeGreaterThanOrEqual(0);
    expect(latency).toBeLessThan(2000);
  });
});

describe('createSqlDatabase', () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'r2w-factory-'));
  });
  afterAll(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('creates the SQLite file in a new directory and sets the pragmas on the connection', async () => {
    const file = path.join(dir, 'nested', 'deeper', 'db.sqlite');
    const knex = createSqlDatabase({ sqliteFile: file, logger: silentLogger });
    try {
      expect(databaseKind(knex)).toBe('sqlite');
      const pragma = async (name: string) => Object.values((await knex.raw(`pragma ${name}`))[0] as object)[0];
      expect(await pragma('journal_mode')).toBe('wal');
      expect(await pragma('foreign_keys')).toBe(1);
      expect(await pragma('busy_timeout')).toBe(5000);
      expect(await pragma('synchronous')).toBe(1); // NORMAL
      expect(fs.existsSync(file)).toBe(true);
    } finally {
      await closeSqlDatabase(knex);
    }
  });

  it('opens an in-memory SQLite database that keeps its data between queries', async () => {
    const knex = createSqlDatabase({ sqliteFile: ':memory:', logger: silentLogger });
    try {
      await migrateToLatest(knex);
      await knex('users').insert(user('usr_mem', 'mem@example.com'));
      expect(await knex('users').select('id')).toEqual([{ id: 'usr_mem' }]);
    } finally {
      await closeSqlDatabase(knex);
    }
  });

  it('refuses a DATABASE_URL that is not PostgreSQL, without echoing it', () => {
    const create = () =>
      createSqlDatabase({ databaseUrl: 'mysql://root:hunter2@db/app', sqliteFile: ':memory:', logger: silentLogger });
    expect(create).toThrow(/DATABASE_URL must be a postgres:\/\/ or postgresql:\/\/ URL.*"mysql:"/);
    expect(create).not.toThrow(/hunter2/);
  });

  it('treats an empty DATABASE_URL as unset', async () => {
    const knex = createSqlDatabase({ databaseUrl: '', sqliteFile: ':memory:', logger: silentLogger });
    expect(databaseKind(knex)).toBe('sqlite');
    await closeSqlDatabase(knex);
  });

  it('logs which database it uses, never the password', () => {
    const lines: object[] = [];
    const logger = { info: (obj: object) => lines.push(obj), warn() {}, error() {} };
    const knex = createSqlDatabase({
      databaseUrl: 'postgresql://app:s3cret@db.internal:6543/r2w',
      sqliteFile: ':memory:',
      logger,
    });
    void closeSqlDatabase(knex);
    expect(lines).toEqual([
      expect.objectContaining({ database: 'postgres', host: 'db.internal', port: '6543', name: 'r2w' }),
    ]);
    expect(JSON.stringify(lines)).not.toContain('s3cret');
  });

  it('rejects a ping quickly when PostgreSQL is not listening', async () => {
    const knex = createSqlDatabase({
      databaseUrl: 'postgres://postgres@127.0.0.1:1/test',
      sqliteFile: ':memory:',
      logger: silentLogger,
    });
    const started = Date.now();
    try {
      await expect(pingDatabase(knex, 5000)).rejects.toThrow();
      expect(Date.now() - started).toBeLessThan(4000);
    } finally {
      await closeSqlDatabase(knex);
    }
  });

  describe('against a server that accepts connections and never answers', () => {
    let server: net.Server;
    const sockets = new Set<net.Socket>();
    let url: string;
    beforeAll(async () => {
      server = net.createServer((socket) => {
        sockets.add(socket);
        socket.on('close', () => sockets.delete(socket));
      });
      await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
      url = `postgres://postgres@127.0.0.1:${(server.address() as net.AddressInfo).port}/test`;
    });
    afterAll(async () => {
      for (const socket of sockets) socket.destroy();
      await new Promise((resolve) => server.close(resolve));
    });

    it('rejects a ping at the ping deadline', async () => {
      const knex = createSqlDatabase({ databaseUrl: url, sqliteFile: ':memory:', logger: silentLogger });
      const started = Date.now();
      try {
        await expect(pingDatabase(knex, 300)).rejects.toThrow(/did not answer within 300 ms/);
        expect(Date.now() - started).toBeLessThan(1000);
      } finally {
        await closeSqlDatabase(knex);
      }
    });

    it('gives up connecting on its own, so nothing waits forever', async () => {
      const knex = createSqlDatabase({ databaseUrl: url, sqliteFile: ':memory:', logger: silentLogger });
      const started = Date.now();
      try {
        await expect(knex.raw('select 1')).rejects.toThrow();
        expect(Date.now() - started).toBeLessThan(5000);
      } finally {
        await closeSqlDatabase(knex);
      }
    });
  });
});
