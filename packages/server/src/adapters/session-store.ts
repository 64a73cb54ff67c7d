import type { Session } from '../domain/session.js';

/** Where sessions live: the SQL table (embedded) or Redis (production), same contract. */
export interface SessionStore {
  create(session: Session): Promise<void>;
  /** The live session for this token hash, or undefined when unknown or expired. */
  get(tokenHash: string): Promise<Session | undefined>;
  extend(tokenHash: string, expiresAt: Date, lastSeenAt: Date): Promise<void>;
  delete(tokenHash: string): Promise<void>;
  deleteAllForUser(userId: string): Promise<void>;
  hasLiveSession(userId: string): Promise<boolean>;
  /** Removes expired sessions; returns how many (Redis expires keys by itself and returns 0). */
  deleteExpired(): Promise<number>;
}
