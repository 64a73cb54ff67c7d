import type { Knex } from 'knex';
import type { IdempotencyClaim, IdempotencyStore, StoredResponse } from './idempotency-store.js';
import { isUniqueViolation } from './sql-errors.js';
import { fromDbInt, fromDbJson, fromDbTime, toDbJson, toDbTime } from './sql-values.js';

const TABLE = 'idempotency_keys';

interface IdempotencyRow {
  key_hash: string;
  fingerprint: string;
  response_status: unknown;
  response_headers: unknown;
  response_body: string | null;
  expires_at: unknown;
}

/**
 * Idempotency keys in the `idempotency_keys` table. The primary key decides who claims a key:
 * of two concurrent inserts one fails. An in-flight row expires at its lease, a completed one 24 h
 * after it completed; an expired row is replaced on the next claim and removed by the cleanup sweep.
 */
export function createSqlIdempotencyStore(db: Knex): IdempotencyStore {
  const insert = async (keyHash: string, fingerprint: string, now: Date, leaseUntil: Date): Promise<boolean> => {
    try {
      await db(TABLE).insert({
        key_hash: keyHash,
        fingerprint,
        created_at: toDbTime(now),
        expires_at: toDbTime(leaseUntil),
      });
      return true;
    } catch (err) {
      if (isUniqueViolation(err)) return false;
      throw err;
    }
  };
  return {
    async claim(keyHash, fingerprint, now, leaseUntil): Promise<IdempotencyClaim> {
      // Two rounds: the second follows the removal of an expired row.
      for (let attempt = 0; attempt < 2; attempt++) {
        if (await insert(keyHash, fingerprint, now, leaseUntil)) return { kind: 'claimed' };
        const row = await db<IdempotencyRow>(TABLE).where({ key_hash: keyHash }).first();
        if (!row) continue; // released or swept in between
        if (fromDbTime(row.expires_at).getTime() <= now.getTime()) {
          await db(TABLE).where({ key_hash: keyHash }).andWhere('expires_at', '<=', toDbTime(now)).delete();
          continue;
        }
        if (row.response_status === null || row.response_status === undefined) {
          return { kind: 'in-flight', fingerprint: row.fingerprint };
        }
        const response: StoredResponse = {
          status: fromDbInt(row.response_status),
          headers: fromDbJson<StoredResponse['headers']>(row.response_headers) ?? {},
          bodyBase64: row.response_body ?? '',
        };
        return { kind: 'completed', fingerprint: row.fingerprint, response };
      }
      // Still contended after removing an expired row: someone else just claimed it.
      return { kind: 'in-flight', fingerprint: '' };
    },
    async complete(keyHash, fingerprint, response, expiresAt) {
      await db(TABLE)
        .where({ key_hash: keyHash, fingerprint })
        .update({
          response_status: response.status,
          response_headers: toDbJson(response.headers),
          response_body: response.bodyBase64,
          expires_at: toDbTime(expiresAt),
        });
    },
    async release(keyHash) {
      await db(TABLE).where({ key_hash: keyHash }).whereNull('response_status').delete();
    },
    async deleteExpired(now) {
      return db(TABLE).where('expires_at', '<=', toDbTime(now)).delete();
    },
  };
}
