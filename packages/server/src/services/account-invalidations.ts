import { FORGET_EVERYTHING } from '../domain/invalidation.js';

/**
 * What the account caches hear: a session ended, all of a user's sessions ended, a user changed (or
 * went), or forget everything.
 */
export type AccountInvalidation =
  | { kind: 'session'; tokenHash: string }
  | { kind: 'sessions-of'; userId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'everything' };

export const sessionEnded = (tokenHash: string): string => `session:${tokenHash}`;
export const userChanged = (userId: string): string => `user:${userId}`;
export const sessionsOfUserEnded = (userId: string): string => `sessions-of:${userId}`;

/** Anything not understood is treated as "forget everything": wrong is worse than slow. */
export function readAccountInvalidation(message: string): AccountInvalidation {
  if (message !== FORGET_EVERYTHING) {
    const [kind, id] = [message.slice(0, message.indexOf(':')), message.slice(message.indexOf(':') + 1)];
    if (kind === 'session' && id) return { kind: 'session', tokenHash: id };
    if (kind === 'user' && id) return { kind: 'user', userId: id };
    if (kind === 'sessions-of' && id) return { kind: 'sessions-of', userId: id };
  }
  return { kind: 'everything' };
}
