import { hashSecret, newSecretToken } from '../domain/ids.js';
import type { SessionStore } from '../adapters/session-store.js';

export interface IssuedSession {
  token: string;
  tokenHash: string;
  expiresAt: Date;
}

export interface ActiveSession {
  tokenHash: string;
  userId: string;
  expiresAt: Date;
}

/**
 * Sessions are 256-bit random tokens of which only a hash is stored. Expiry slides: each use pushes
 * it to now + TTL, written at most once per `extendAfterMs` so a busy client does not turn every
 * request into a write.
 */
export class SessionService {
  private readonly extendAfterMs: number;

  constructor(
    private readonly store: SessionStore,
    private readonly ttlSeconds: number,
    private readonly clock: () => Date = () => new Date(),
  ) {
    this.extendAfterMs = Math.min(10 * 60_000, (ttlSeconds * 1000) / 10);
  }

  async issue(userId: string, client: { userAgent: string | null; ip: string | null }): Promise<IssuedSession> {
    const token = newSecretToken();
    const now = this.clock();
    const expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
    const tokenHash = hashSecret(token);
    await this.store.create({ tokenHash, userId, createdAt: now, expiresAt, lastSeenAt: now, ...client });
    return { token, tokenHash, expiresAt };
  }

  async authenticate(token: string): Promise<ActiveSession | undefined> {
    // Anything that is not a token we issued is refused before touching the store.
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return undefined;
    const tokenHash = hashSecret(token);
    const session = await this.store.get(tokenHash);
    if (!session) return undefined;
    const now = this.clock();
    let expiresAt = session.expiresAt;
    if (now.getTime() - session.lastSeenAt.getTime() >= this.extendAfterMs) {
      expiresAt = new Date(now.getTime() + this.ttlSeconds * 1000);
      await this.store.extend(tokenHash, expiresAt, now);
    }
    return { tokenHash, userId: session.userId, expiresAt };
  }

  revoke(tokenHash: string): Promise<void> {
    return this.store.delete(tokenHash);
  }

  revokeAll(userId: string): Promise<void> {
    return this.store.deleteAllForUser(userId);
  }

  hasLiveSession(userId: string): Promise<boolean> {
    return this.store.hasLiveSession(userId);
  }

  /** Sessions live at least this long, so a guest younger than it cannot be abandoned yet. */
  get ttlMs(): number {
    return this.ttlSeconds * 1000;
  }

  deleteExpired(): Promise<number> {
    return this.store.deleteExpired();
  }
}
