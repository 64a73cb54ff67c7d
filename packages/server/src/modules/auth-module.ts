import { createArgon2PasswordHasher } from '../adapters/argon2-password-hasher.js';
import type { PasswordHasher } from '../adapters/password-hasher.js';
import { withSessionCache } from '../services/cached-session-store.js';
import { withUserCache } from '../services/cached-user-store.js';
import { createRedisSessionStore } from '../adapters/redis-session-store.js';
import { createSqlIdentityStore } from '../adapters/sql-identity-store.js';
import { createSqlSessionStore } from '../adapters/sql-session-store.js';
import { createSqlUserStore } from '../adapters/sql-user-store.js';
import type { OperationHandlers } from '../http/openapi-dispatcher.js';
import { sessionCookieOptions } from '../http/session-cookie.js';
import { authRoutes } from '../routes/auth-routes.js';
import { AuthService } from '../services/auth-service.js';
import { CallerService } from '../services/caller-service.js';
import { SessionService } from '../services/session-service.js';
import type { Infrastructure } from './infrastructure.js';
import type { MailModule } from './mail-module.js';

/** Sessions (and their users) one process remembers: a few MiB at most. */
const SESSION_CACHE_ENTRIES = 20_000;

export interface AuthModule {
  auth: AuthService;
  sessions: SessionService;
  /** Who is calling, for the authentication middleware. */
  callers: CallerService;
  /** register, login, logout, guest sessions, me, account deletion. */
  routes(): OperationHandlers;
}

/** Accounts and sessions: sessions in Redis when configured, else in the database. */
export function createAuthModule(
  infra: Infrastructure,
  email: MailModule,
  options: { passwordHasher?: PasswordHasher } = {},
): AuthModule {
  const { config, db, redis } = infra;
  const cache = { ttlMs: config.sessionCacheTtlSeconds * 1000, maxEntries: SESSION_CACHE_ENTRIES };
  const users = withUserCache(createSqlUserStore(db), infra.invalidations, cache);
  const sessions = new SessionService(
    withSessionCache(redis ? createRedisSessionStore(redis) : createSqlSessionStore(db), infra.invalidations, cache),
    config.sessionTtlSeconds,
  );
  const auth = new AuthService({
    users,
    tokens: email.tokens,
    mail: email.mail,
    identities: createSqlIdentityStore(db),
    sessions,
    hasher: options.passwordHasher ?? createArgon2PasswordHasher(),
    limits: infra.limits,
    logger: infra.logger,
    beforeUserDeleted: (userId) => infra.hooks.run('user-deleting', { userId }),
  });
  return {
    auth,
    sessions,
    callers: new CallerService({ sessions, users }),
    routes: () =>
      authRoutes({ auth, cookie: sessionCookieOptions(config), paymentsEnabled: config.stripe !== undefined }),
  };
}
