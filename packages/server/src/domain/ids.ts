import { createHash, hash, randomBytes } from 'node:crypto';

/**
 * Resource ids are a type prefix and 26 random characters of [0-9a-z] (~134 bits): unguessable,
 * so an id alone never grants access, and readable in logs (`cv_…`, `pf_…`).
 */
export type IdPrefix = 'usr' | 'cv' | 'ext' | 'pf' | 'pay' | 'ten' | 'job' | 'uid' | 'ver';

const ALPHABET = '0123456789abcdefghijklmnopqrstuvwxyz';
const ID_LENGTH = 26;
// Bytes at or above this would make some characters likelier than others: 252 = 7 × 36.
const UNBIASED_LIMIT = 252;

export function newId(prefix: IdPrefix): string {
  return idFrom(prefix, () => randomBytes(ID_LENGTH * 2));
}

/**
 * The id a create made under an `Idempotency-Key` gives its resource, from the caller-scoped digest
 * of that key (over the caller's session token, or without one its address and publishable key):
 * a run of the same request after its process died finds what the first run stored instead of
 * storing it twice. In the same alphabet and length as a new id; ids grant nothing by themselves.
 */
export function derivedId(prefix: IdPrefix, requestKey: string): string {
  return idFrom(prefix, (round) => createHash('sha512').update(`${round}:${prefix}:${requestKey}`).digest());
}

/** The prefix and ID_LENGTH characters of the alphabet, from `bytes(0)`, `bytes(1)`, … as needed. */
function idFrom(prefix: IdPrefix, bytes: (round: number) => Buffer): string {
  let out = '';
  for (let round = 0; out.length < ID_LENGTH; round++) {
    for (const byte of bytes(round)) {
      if (byte < UNBIASED_LIMIT) out += ALPHABET[byte % 36];
      if (out.length === ID_LENGTH) break;
    }
  }
  return `${prefix}_${out}`;
}

/** A bearer secret (session token, API key body): 256 random bits, base64url. */
export function newSecretToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Secrets are stored only as this digest; a database leak does not leak live credentials. */
export function hashSecret(secret: string): string {
  // One-shot: every authenticated request hashes its token, and this is a third of createHash's cost.
  return hash('sha256', secret, 'hex');
}
