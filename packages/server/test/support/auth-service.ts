import os from 'node:os';
import path from 'node:path';
import type { Knex } from 'knex';
import { pino } from 'pino';
import { createArgon2PasswordHasher } from '../../src/adapters/argon2-password-hasher.js';
import { createEmlFileMailer } from '../../src/adapters/nodemailer-mailer.js';
import type { PasswordHasher } from '../../src/adapters/password-hasher.js';
import { createRateLimiters } from '../../src/adapters/rate-limiters.js';
import { createSqlEmailTokenStore } from '../../src/adapters/sql-email-token-store.js';
import { createSqlIdentityStore } from '../../src/adapters/sql-identity-store.js';
import { createSqlJobQueue } from '../../src/adapters/sql-job-queue.js';
import { createSqlSessionStore } from '../../src/adapters/sql-session-store.js';
import { createSqlTenantStore } from '../../src/adapters/sql-tenant-store.js';
import { createSqlUserStore } from '../../src/adapters/sql-user-store.js';
import { AccountMail } from '../../src/services/account-mail.js';
import { AuthService } from '../../src/services/auth-service.js';
import { SessionService } from '../../src/services/session-service.js';

/**
 * An AuthService over a migrated database with real stores, for suites that drive the service
 * directly. Its messages are queued in the database's job table (nothing consumes them here).
 */
export function authServiceOver(
  db: Knex,
  options: { hasher?: PasswordHasher; clock?: () => Date; sessionTtlSeconds?: number } = {},
): AuthService {
  const logger = pino({ level: 'silent' });
  const users = createSqlUserStore(db);
  const tokens = createSqlEmailTokenStore(db);
  const mail = new AccountMail({
    queue: createSqlJobQueue(db, { logger }),
    mailer: createEmlFileMailer({ dir: path.join(os.tmpdir(), 'r2w-test-mail'), from: 'test <t@example.com>' }),
    tokens,
    users,
    tenants: createSqlTenantStore(db),
    siteUrl: 'http://localhost:2000',
    logger,
  });
  return new AuthService({
    users,
    tokens,
    mail,
    identities: createSqlIdentityStore(db),
    sessions: new SessionService(
      createSqlSessionStore(db, ...(options.clock ? [options.clock] : [])),
      options.sessionTtlSeconds ?? 3600,
      ...(options.clock ? [options.clock] : []),
    ),
    hasher: options.hasher ?? createArgon2PasswordHasher(),
    limits: createRateLimiters({ db }),
    logger,
    ...(options.clock && { clock: options.clock }),
  });
}

/** Who the tests sign in as. */
export const TEST_CLIENT = { ip: '127.0.0.1', userAgent: null, locale: 'en' } as const;
