import type { RateLimiters } from '../adapters/rate-limiters.js';

/** Failures an (account, address) pair may make before each further try must wait. */
const FREE_FAILURES = 3;
const MAX_BACKOFF_SECONDS = 60;

export type LoginRefusal = { waitSeconds: number; reason: string };

/**
 * Brute-force defence for password sign-in that punishes the attacker, not the owner:
 * - an (account, address) pair is slowed after 3 failures (1, 2, 4 … 60 s between tries) and
 *   blocked at 10;
 * - an address is blocked after 30 failures across accounts, and 100 attempts of any kind;
 * - an account under attack from many addresses is only throttled: addresses that never signed in
 *   to it share one attempt every 5 s, and addresses that did sign in skip the throttle, so the
 *   owner's right password from another address is never refused for good.
 * Counters persist in Redis or the database, so a restart forgets none of them.
 */
export class LoginThrottle {
  constructor(private readonly limits: RateLimiters) {}

  /** Whether this attempt may go ahead; the refusal says how long to wait and why. */
  async admit(email: string, ip: string): Promise<LoginRefusal | undefined> {
    const pair = pairKey(email, ip);
    const ipWait = await this.limits.consume('loginPerIp', ip);
    if (ipWait) return { waitSeconds: ipWait, reason: 'sign-in attempts from this network' };
    const ipFailures = await this.limits.blockedFor('loginFailuresPerIp', ip);
    if (ipFailures) return { waitSeconds: ipFailures, reason: 'failed sign-ins from this network' };
    const pairBlocked =
      (await this.limits.blockedFor('loginFailuresPerAccountAndIp', pair)) ??
      (await this.limits.blockedFor('loginBackoff', pair));
    if (pairBlocked) return { waitSeconds: pairBlocked, reason: 'failed sign-ins to this account from this network' };
    if (await this.limits.blockedFor('loginFailuresPerAccount', email)) {
      if (await this.limits.count('loginKnownAddress', pair)) return undefined;
      const wait = await this.limits.consume('loginThrottledAccount', email);
      if (wait) return { waitSeconds: wait, reason: 'failed sign-ins to this account' };
    }
    return undefined;
  }

  async failed(email: string, ip: string): Promise<void> {
    const pair = pairKey(email, ip);
    await Promise.all([
      this.limits.consume('loginFailuresPerIp', ip),
      this.limits.consume('loginFailuresPerAccount', email),
      this.limits.consume('loginFailuresPerAccountAndIp', pair),
    ]);
    const failures = await this.limits.count('loginFailuresPerAccountAndIp', pair);
    if (failures >= FREE_FAILURES) {
      const backoff = Math.min(MAX_BACKOFF_SECONDS, 2 ** (failures - FREE_FAILURES));
      await this.limits.block('loginBackoff', pair, backoff);
    }
  }

  /** The account's throttle stays: a success from one address says nothing about the others. */
  async succeeded(email: string, ip: string): Promise<void> {
    const pair = pairKey(email, ip);
    await Promise.all([
      this.limits.reset('loginFailuresPerAccountAndIp', pair),
      this.limits.reset('loginBackoff', pair),
      this.limits.mark('loginKnownAddress', pair),
    ]);
  }
}

// A NUL cannot occur in a normalised email, so no two (email, ip) pairs share a key.
function pairKey(email: string, ip: string): string {
  return `${email}\u0000${ip}`;
}
