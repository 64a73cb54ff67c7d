import type { Knex } from 'knex';
import { fromDbTime, toDbText, toDbTime } from './sql-values.js';
import type { OAuthStateStore } from './oauth-state-store.js';

interface OAuthStateRow {
  state_hash: string;
  provider: string;
  code_verifier: string;
  nonce: string | null;
  return_to: string | null;
  guest_user_id: string | null;
  tenant_id: string | null;
  created_at: unknown;
  expires_at: unknown;
}

export function createSqlOAuthStateStore(db: Knex): OAuthStateStore {
  return {
    async save(record) {
      await db('oauth_states').insert({
        state_hash: record.stateHash,
        provider: record.provider,
        code_verifier: record.codeVerifier,
        nonce: record.nonce,
        return_to: toDbText(record.returnTo),
        guest_user_id: record.guestUserId,
        tenant_id: record.tenantId,
        created_at: toDbTime(record.createdAt),
        expires_at: toDbTime(record.expiresAt),
      });
    },
    async take(stateHash) {
      const row = await db<OAuthStateRow>('oauth_states').where({ state_hash: stateHash }).first();
      if (!row) return undefined;
      // The delete decides who used it: of two concurrent callbacks only one removes the row.
      const removed = await db('oauth_states').where({ state_hash: stateHash }).delete();
      if (removed !== 1) return undefined;
      return {
        stateHash: row.state_hash,
        provider: row.provider,
        codeVerifier: row.code_verifier,
        nonce: row.nonce,
        returnTo: row.return_to ?? '/',
        guestUserId: row.guest_user_id,
        tenantId: row.tenant_id,
        createdAt: fromDbTime(row.created_at),
        expiresAt: fromDbTime(row.expires_at),
      };
    },
    async deleteExpired(now) {
      return db('oauth_states').where('expires_at', '<', toDbTime(now)).delete();
    },
  };
}
