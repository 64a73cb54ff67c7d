/** A response kept for replay: what the first request under an idempotency key answered. */
export interface StoredResponse {
  status: number;
  /** The headers worth replaying (Content-Type, Location, Set-Cookie, …), lowercase names. */
  headers: Record<string, string | string[]>;
  /** The body bytes, base64; empty for a response without a body. */
  bodyBase64: string;
}

export type IdempotencyClaim =
  /** Nobody holds the key: the caller runs the request and then completes or releases it. */
  | { kind: 'claimed' }
  /** Another request under the key is still running. */
  | { kind: 'in-flight'; fingerprint: string }
  /** The key's request finished: its stored response. */
  | { kind: 'completed'; fingerprint: string; response: StoredResponse };

/**
 * Where idempotency keys live: the SQL table (embedded) or Redis (production), same contract.
 * Keys are hashes of (caller, Idempotency-Key), never the raw header.
 */
export interface IdempotencyStore {
  /**
   * Claims `keyHash` for a request with this fingerprint until `leaseUntil` (a crashed process's
   * claim lapses then), or reports who holds it. An expired entry counts as absent.
   */
  claim(keyHash: string, fingerprint: string, now: Date, leaseUntil: Date): Promise<IdempotencyClaim>;
  /** Stores the claimed request's response, kept until `expiresAt`. */
  complete(keyHash: string, fingerprint: string, response: StoredResponse, expiresAt: Date): Promise<void>;
  /** Gives a claim up (the request failed with a 5xx): the next request under the key runs again. */
  release(keyHash: string): Promise<void>;
  /** Removes expired entries; returns how many (Redis expires keys by itself and returns 0). */
  deleteExpired(now: Date): Promise<number>;
}
