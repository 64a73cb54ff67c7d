import type { User } from '../domain/user.js';

export interface UserStore {
  /** Fails with `EmailTakenError` when another account has the address (also for `update`). */
  create(user: User): Promise<void>;
  findById(id: string): Promise<User | undefined>;
  findByEmail(normalisedEmail: string): Promise<User | undefined>;
  update(id: string, changes: Partial<Omit<User, 'id' | 'createdAt'>>): Promise<void>;
  delete(id: string): Promise<void>;
  /** Moves everything a user owns (a guest being claimed) to another user. */
  transferOwnership(fromUserId: string, toUserId: string): Promise<void>;
  /** Guests created before `before`: candidates for cleanup once they have no live session. */
  listGuestsCreatedBefore(before: Date, limit: number): Promise<string[]>;
}
