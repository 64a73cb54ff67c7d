import type { Knex } from 'knex';
import type { EmailTokenPurpose, EmailTokenStore } from './email-token-store.js';
import { fromDbTime, toDbTime } from './sql-values.js';

interface EmailTokenRow {
  token_hash: string;
  user_id: string;
  purpose: string;
  email: string;
  created_at: unknown;
  expires_at: unknown;
}

export function createSqlEmailTokenStore(db: Knex): EmailTokenStore {
  const table = () => db<EmailTokenRow>('email_tokens');
  return {
    async replace(token) {
      await db.transaction(async (trx) => {
        await trx('email_tokens').where({ user_id: token.userId, purpose: token.purpose }).delete();
        await trx('email_tokens').insert({
          token_hash: token.tokenHash,
          user_id: token.userId,
          purpose: token.purpose,
          email: token.email,
          created_at: toDbTime(token.createdAt),
          expires_at: toDbTime(token.expiresAt),
        });
      });
    },
    async find(tokenHash, purpose) {
      const row = await table().where({ token_hash: tokenHash, purpose }).first();
      return row
        ? {
            tokenHash: row.token_hash,
            userId: row.user_id,
            purpose: row.purpose as EmailTokenPurpose,
            email: row.email,
            createdAt: fromDbTime(row.created_at),
            expiresAt: fromDbTime(row.expires_at),
          }
        : undefined;
    },
    async consume(tokenHash) {
      return (await table().where({ token_hash: tokenHash }).delete()) === 1;
    },
    async deleteFor(userId, purpose) {
      await table().where({ user_id: userId, purpose }).delete();
    },
    async deleteExpired(now) {
      return table().where('expires_at', '<', toDbTime(now)).delete();
    },
  };
}
