import { FORGET_EVERYTHING } from './invalidation.js';

/**
 * What the caches hear: a session ended, all of a user's sessions ended, a user changed (or went),
 * something a user owns changed (a CV, its documents or extractions, a portfolio), a tenant changed
 * (its origins, branding, keys), or forget everything.
 */
export type Invalidation =
  | { kind: 'session'; tokenHash: string }
  | { kind: 'sessions-of'; userId: string }
  | { kind: 'user'; userId: string }
  | { kind: 'data-of'; userId: string }
  | { kind: 'tenant'; tenantId: string }
  | { kind: 'everything' };

export const sessionEnded = (tokenHash: string): string => `session:${tokenHash}`;
export const userChanged = (userId: string): string => `user:${userId}`;
export const sessionsOfUserEnded = (userId: string): string => `sessions-of:${userId}`;
export const dataOfUserChanged = (userId: string): string => `data-of:${userId}`;
export const tenantChanged = (tenantId: string): string => `tenant:${tenantId}`;

/** Anything not understood is treated as "forget everything": wrong is worse than slow. */
export function readInvalidation(message: string): Invalidation {
  if (message !== FORGET_EVERYTHING) {
    const colon = message.indexOf(':');
    const [kind, id] = [message.slice(0, colon), message.slice(colon + 1)];
    if (colon > 0 && id) {
      if (kind === 'session') return { kind: 'session', tokenHash: id };
      if (kind === 'user') return { kind: 'user', userId: id };
      if (kind === 'sessions-of') return { kind: 'sessions-of', userId: id };
      if (kind === 'data-of') return { kind: 'data-of', userId: id };
      if (kind === 'tenant') return { kind: 'tenant', tenantId: id };
    }
  }
  return { kind: 'everything' };
}
