import type { Knex } from 'knex';
import { toDbText, toDbTime } from './sql-values.js';

export interface IdentityStore {
  /** The user linked to this provider account, if any. */
  findUserId(provider: string, subject: string): Promise<string | undefined>;
  link(identity: {
    id: string;
    userId: string;
    provider: string;
    subject: string;
    email: string | null;
    createdAt: Date;
  }): Promise<void>;
}

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
