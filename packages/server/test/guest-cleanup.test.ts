import { afterAll, beforeAll, expect, it } from 'vitest';
import { authServiceOver, TEST_CLIENT } from './support/auth-service.js';
import type { PasswordHasher } from '../src/adapters/password-hasher.js';
import { migrateToLatest } from '../src/migrations/index.js';
import type { AuthService } from '../src/services/auth-service.js';
import { insertCvRow } from './support/cv-rows.js';
import { forEachDatabase } from './support/databases.js';

const DAY = 24 * 3600 * 1000;
// Hashing is not what this suite is about.
const plainHasher: PasswordHasher = {
  hash: async (p) => `plain:${p}`,
  verify: async (h, p) => ({ ok: h === `plain:${p}`, needsRehash: false }),
  verifyDummy: async () => undefined,
};

forEachDatabase('guest and session cleanup', ({ getKnex }) => {
  let now = new Date('2026-03-01T00:00:00Z');
  let auth: AuthService;
  const client = TEST_CLIENT;

  beforeAll(async () => {
    const db = getKnex();
    await migrateToLatest(db);
    const clock = () => now;
    auth = authServiceOver(db, { hasher: plainHasher, clock, sessionTtlSeconds: 7 * 24 * 3600 });
  });
  afterAll(() => {
    now = new Date('2026-03-01T00:00:00Z');
  });

  it('removes guests whose sessions ended, with their CVs; keeps live guests and every account', async () => {
    const db = getKnex();
    const abandoned = await auth.createGuest({ tenantId: null, current: undefined, client });
    const cvId = await insertCvRow(db, abandoned.user.id);
    const account = await auth.register(
      { email: `kept-${Date.now()}@example.com`, password: 'long enough password', fullName: 'Kept' },
      { tenantId: null, current: undefined, client },
    );

    now = new Date(now.getTime() + 6 * DAY);
    const live = await auth.createGuest({ tenantId: null, current: undefined, client });
    now = new Date(now.getTime() + 2 * DAY); // the first guest's session (7 days) has ended

    const first = await auth.cleanupExpired();
    expect(first).toEqual({ sessions: 2, guests: 1 }); // the abandoned guest's and the account's first session
    expect(await db('users').where({ id: abandoned.user.id }).first()).toBeUndefined();
    expect(await db('cvs').where({ id: cvId }).first()).toBeUndefined();
    expect(await db('users').where({ id: live.user.id }).first()).toBeDefined();
    expect(await db('users').where({ id: account.user.id }).first()).toBeDefined();

    expect(await auth.cleanupExpired()).toEqual({ sessions: 0, guests: 0 });
  });
});
