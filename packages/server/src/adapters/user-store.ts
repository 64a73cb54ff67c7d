import type { User } from '../domain/user.js';

/**
 * A registration's request: the caller-scoped digest of its `Idempotency-Key`, kept with the account
 * in the same write that makes it one (see `AuthService.register`).
 */
export interface RegisteredUnder {
  /** Null forgets it (the account's first sign-in: a rerun is no longer how it gets a session). */
  registeredUnder?: string | null;
}

export interface UserStore {
  /** Fails with `EmailTakenError` when another account has the address (also for `update`). */
  create(user: User & RegisteredUnder): Promise<void>;
  findById(id: string): Promise<User | undefined>;
  findByEmail(normalisedEmail: string): Promise<User | undefined>;
  /** The request that registered this account, when it was made under an `Idempotency-Key`. */
  registeredUnder(userId: string): Promise<string | undefined>;
  update(id: string, changes: Partial<Omit<User, 'id' | 'createdAt'>> & RegisteredUnder): Promise<void>;
  delete(id: string): Promise<void>;
  /** Moves everything a user owns (a guest being claimed) to another user. */
  transferOwnership(fromUserId: string, toUserId: string): Promise<void>;
  /** Guests created before `before`: candidates for cleanup once they have no live session. */
  listGuestsCreatedBefore(before: Date, limit: number): Promise<string[]>;
}
