import type { Knex } from 'knex';
import { toDbText, toDbTime } from './sql-values.js';
import type { IdentityStore } from './identity-store.js';

export function createSqlIdentityStore(db: Knex): IdentityStore {
  return {
    async findUserId(provider, subject) {
      const row = await db('user_identities').select('user_id').where({ provider, subject }).first();
      return row?.user_id as string | undefined;
    },
    async link(identity) {
      await db('user_identities').insert({
        id: identity.id,
        user_id: identity.userId,
        provider: identity.provider,
        subject: identity.subject,
        email: identity.email && toDbText(identity.email),
        created_at: toDbTime(identity.createdAt),
      });
    },
  };
}
