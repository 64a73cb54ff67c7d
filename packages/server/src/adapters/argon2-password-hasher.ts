import argon2 from 'argon2';
import type { PasswordHasher } from './password-hasher.js';

/** OWASP's argon2id minimum: 19 MiB, 2 iterations, 1 lane. */
export const ARGON2_OWASP = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export function createArgon2PasswordHasher(
  params: { memoryCost: number; timeCost: number; parallelism: number } = ARGON2_OWASP,
): PasswordHasher {
  const options = { type: argon2.argon2id as 2, ...params };
  // Made once, lazily: verifying against it costs what a real verification costs.
  let dummy: Promise<string> | undefined;
  return {
    hash: (password) => argon2.hash(password, options),
    async verify(hash, password) {
      const ok = await argon2.verify(hash, password);
      return { ok, needsRehash: ok && argon2.needsRehash(hash, options) };
    },
    async verifyDummy(password) {
      dummy ??= argon2.hash('dummy password that never matches', options);
      await argon2.verify(await dummy, password);
    },
  };
}
