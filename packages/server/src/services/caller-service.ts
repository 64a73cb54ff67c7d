import type { UserStore } from '../adapters/user-store.js';
import type { AuthContext } from '../domain/caller.js';
import type { SessionService } from './session-service.js';

/** Turns a presented session token into who is calling; the middleware only finds the token. */
export class CallerService {
  constructor(private readonly deps: { sessions: SessionService; users: UserStore }) {}

  /** The caller behind `token`, or undefined for an unknown or expired session (or a deleted user). */
  async identify(token: string, via: AuthContext['via']): Promise<AuthContext | undefined> {
    const session = await this.deps.sessions.authenticate(token);
    const user = session && (await this.deps.users.findById(session.userId));
    if (!session || !user) return undefined;
    return {
      token,
      userId: user.id,
      isGuest: user.isGuest,
      tenantId: user.tenantId,
      sessionTokenHash: session.tokenHash,
      sessionExpiresAt: session.expiresAt,
      via,
    };
  }
}
