import { beforeAll, expect, it } from 'vitest';
import { authServiceOver, TEST_CLIENT } from './support/auth-service.js';
import { ARGON2_OWASP, createArgon2PasswordHasher } from '../src/adapters/argon2-password-hasher.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { forEachDatabase } from './support/databases.js';

forEachDatabase('password rehash on login', ({ getKnex }) => {
  beforeAll(async () => {
    await migrateToLatest(getKnex());
  });

  it('replaces a hash made with weaker parameters at the next successful login', async () => {
    const db = getKnex();
    const build = (hasher: ReturnType<typeof createArgon2PasswordHasher>) => authServiceOver(db, { hasher });
    const client = TEST_CLIENT;
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
