import { pino } from 'pino';
import { beforeAll, expect, it } from 'vitest';
import { ARGON2_OWASP, createArgon2PasswordHasher } from '../src/adapters/argon2-password-hasher.js';
import { createRateLimiters } from '../src/adapters/rate-limiters.js';
import { createSqlIdentityStore } from '../src/adapters/sql-identity-store.js';
import { createSqlSessionStore } from '../src/adapters/sql-session-store.js';
import { createSqlUserStore } from '../src/adapters/sql-user-store.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { AuthService } from '../src/services/auth-service.js';
import { SessionService } from '../src/services/session-service.js';
import { forEachDatabase } from './support/databases.js';

forEachDatabase('password rehash on login', ({ getKnex }) => {
  beforeAll(async () => {
    await migrateToLatest(getKnex());
  });

  it('replaces a hash made with weaker parameters at the next successful login', async () => {
    const db = getKnex();
    const build = (hasher: ReturnType<typeof createArgon2PasswordHasher>) =>
      new AuthService({
        users: createSqlUserStore(db),
        identities: createSqlIdentityStore(db),
        sessions: new SessionService(createSqlSessionStore(db), 3600),
        hasher,
        limits: createRateLimiters({ db }),
        logger: pino({ level: 'silent' }),
      });
    const client = { ip: '127.0.0.1', userAgent: null };
    const email = `rehash-${Date.now()}@example.com`;
    const password = 'a perfectly fine password';

    const old = build(createArgon2PasswordHasher({ memoryCost: 8192, timeCost: 1, parallelism: 1 }));
    const { user } = await old.register(
      { email, password, fullName: 'Old Hash' },
      { tenantId: null, current: undefined, client },
    );
    const before = (await db('users').where({ id: user.id }).first()).password_hash as string;
    expect(before).toContain('m=8192,p=1,t=1');

    const current = build(createArgon2PasswordHasher(ARGON2_OWASP));
    await current.login({ email, password }, { current: undefined, client });
    const after = (await db('users').where({ id: user.id }).first()).password_hash as string;
    expect(after).toContain('m=19456,p=1,t=2');
    // And the new hash still verifies.
    await expect(current.login({ email, password }, { current: undefined, client })).resolves.toMatchObject({
      user: { id: user.id },
    });
  });
});
