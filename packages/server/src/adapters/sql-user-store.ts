import type { Knex } from 'knex';
import type { User } from '../domain/user.js';
import {
  fromDbBool,
  fromDbTime,
  fromDbTimeOrNull,
  toDbBool,
  toDbText,
  toDbTime,
  toDbTimeOrNull,
} from './sql-values.js';

export interface UserStore {
  create(user: User): Promise<void>;
  findById(id: string): Promise<User | undefined>;
  findByEmail(normalisedEmail: string): Promise<User | undefined>;
  update(id: string, changes: Partial<Omit<User, 'id' | 'createdAt'>>): Promise<void>;
  delete(id: string): Promise<void>;
  /** Moves everything a user owns (a guest being claimed) to another user. */
  transferOwnership(fromUserId: string, toUserId: string): Promise<void>;
  /** Guests created before `before`: candidates for cleanup once they have no live session. */
  listGuestsCreatedBefore(before: Date, limit: number): Promise<string[]>;
}

interface UserRow {
  id: string;
  tenant_id: string | null;
  email: string | null;
  full_name: string | null;
  password_hash: string | null;
  is_guest: unknown;
  email_verified: unknown;
  created_at: unknown;
  updated_at: unknown;
  last_login_at: unknown;
}

function toUser(row: UserRow): User {
  return {
    id: row.id,
    tenantId: row.tenant_id,
    email: row.email,
    fullName: row.full_name,
    passwordHash: row.password_hash,
    isGuest: fromDbBool(row.is_guest),
    emailVerified: fromDbBool(row.email_verified),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
    lastLoginAt: fromDbTimeOrNull(row.last_login_at),
  };
}

const COLUMNS: Record<keyof Omit<User, 'id'>, keyof UserRow> = {
  tenantId: 'tenant_id',
  email: 'email',
  fullName: 'full_name',
  passwordHash: 'password_hash',
  isGuest: 'is_guest',
  emailVerified: 'email_verified',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastLoginAt: 'last_login_at',
};

function toRow(changes: Partial<User>): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const column = COLUMNS[key as keyof typeof COLUMNS] ?? (key === 'id' ? 'id' : undefined);
    if (!column) continue;
    if (value instanceof Date) row[column] = toDbTime(value);
    else if (typeof value === 'boolean') row[column] = toDbBool(value);
    else if (typeof value === 'string' && (key === 'fullName' || key === 'email')) row[column] = toDbText(value);
    else if (key === 'lastLoginAt') row[column] = toDbTimeOrNull(value as Date | null);
    else row[column] = value;
  }
  return row;
}

/** Tables whose rows belong to a user through `user_id` and move with a claimed guest. */
const OWNED_TABLES = ['cvs', 'portfolios', 'payments'] as const;

export function createSqlUserStore(db: Knex): UserStore {
  return {
    async create(user) {
      await db('users').insert(toRow(user));
    },
    async findById(id) {
      const row = await db<UserRow>('users').where({ id }).first();
      return row && toUser(row);
    },
    async findByEmail(email) {
      const row = await db<UserRow>('users').where({ email }).first();
      return row && toUser(row);
    },
    async update(id, changes) {
      await db('users').where({ id }).update(toRow(changes));
    },
    async delete(id) {
      await db('users').where({ id }).delete();
    },
    async transferOwnership(fromUserId, toUserId) {
      await db.transaction(async (trx) => {
        for (const table of OWNED_TABLES) await trx(table).where({ user_id: fromUserId }).update({ user_id: toUserId });
      });
    },
    async listGuestsCreatedBefore(before, limit) {
      const rows = await db('users')
        .select('id')
        .where('is_guest', toDbBool(true))
        .andWhere('created_at', '<', toDbTime(before) as never)
        .orderBy('created_at')
        .limit(limit);
      return rows.map((r: { id: string }) => r.id);
    },
  };
}
