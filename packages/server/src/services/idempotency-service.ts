import { createHash } from 'node:crypto';
import type { IdempotencyStore, StoredResponse } from '../adapters/idempotency-store.js';
import { ProblemError } from '../domain/problem.js';

/** A response as kept for replay: status, the headers worth repeating, the body bytes (base64). */
export type ReplayableResponse = StoredResponse;

export interface IdempotentRequest {
  /** Who is asking; keys of different callers never meet (see http/idempotency.ts). */
  caller: string;
  /** The `Idempotency-Key` header as sent (already validated by the contract). */
  key: string;
  /** What the request asks for (method, path, body); a reused key must ask for the same. */
  fingerprint: string;
}

export type IdempotencyOutcome =
  /** First time: run the request, then `complete` with its response or `release` on a 5xx. */
  | {
      kind: 'run';
      /** The caller-scoped digest of the key (what creates derive their ids from). */
      requestKey: string;
      complete(response: ReplayableResponse): Promise<void>;
      release(): Promise<void>;
    }
  /** Seen before: answer this again without running anything. */
  | { kind: 'replay'; response: ReplayableResponse };

export interface IdempotencyServiceDeps {
  store: IdempotencyStore;
  /** How long a finished request's response is replayed: 24 h. */
  retentionMs?: number;
  /** How long a claim holds when its process dies before finishing it. */
  leaseMs: number;
  clock?: () => Date;
}

const DAY_MS = 24 * 3600_000;

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/**
 * The rules of `Idempotency-Key` (issue 11, Stripe's semantics): the first request under a key
 * runs and its answer is kept for 24 h per caller; a repeat gets that answer again; the same key
 * for a different request is `422 idempotency-key-reused`; a repeat while the first still runs is
 * `409 idempotency-key-in-flight`; a 5xx is not kept, so a retry runs again.
 *
 * Only hashes reach the store: of (caller, key), and of the request's fingerprint.
 */
export class IdempotencyService {
  private readonly retentionMs: number;
  private readonly clock: () => Date;

  constructor(private readonly deps: IdempotencyServiceDeps) {
    this.retentionMs = deps.retentionMs ?? DAY_MS;
    this.clock = deps.clock ?? (() => new Date());
  }

  async begin(request: IdempotentRequest): Promise<IdempotencyOutcome> {
    const keyHash = sha256(`${request.caller}\n${request.key}`);
    const fingerprint = sha256(request.fingerprint);
    const now = this.clock();
    const { store } = this.deps;
    const claim = await store.claim(keyHash, fingerprint, now, new Date(now.getTime() + this.deps.leaseMs));
    if (claim.kind === 'claimed') {
      return {
        kind: 'run',
        requestKey: keyHash,
        complete: (response) =>
          store.complete(keyHash, fingerprint, response, new Date(this.clock().getTime() + this.retentionMs)),
        release: () => store.release(keyHash),
      };
    }
    if (claim.fingerprint !== '' && claim.fingerprint !== fingerprint) {
      throw new ProblemError(
        'idempotency-key-reused',
        'This Idempotency-Key was already used for a different request (another operation, path or body). Send a new key for a new request.',
      );
    }
    if (claim.kind === 'in-flight') {
      throw new ProblemError(
        'idempotency-key-in-flight',
        'A request with this Idempotency-Key is still being processed. Retry after it has finished.',
        { headers: { 'Retry-After': '1' } },
      );
    }
    return { kind: 'replay', response: claim.response };
  }
}
