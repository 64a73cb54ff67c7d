import { EmailTakenError } from '../domain/errors.js';
import { isUniqueViolation } from './sql-errors.js';
import type { Knex } from 'knex';
import { USER_LOCALES, type User, type UserLocale } from '../domain/user.js';
import {
  fromDbBool,
  fromDbTime,
  fromDbTimeOrNull,
  toDbBool,
  toDbText,
  toDbTime,
  toDbTimeOrNull,
} from './sql-values.js';
import type { RegisteredUnder, UserStore } from './user-store.js';

interface UserRow {
  id: string;
  tenant_id: string | null;
  email: string | null;
  full_name: string | null;
  password_hash: string | null;
  is_guest: unknown;
  email_verified: unknown;
  email_verified_at: unknown;
  email_notifications: unknown;
  locale: string;
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
    emailVerifiedAt: fromDbTimeOrNull(row.email_verified_at),
    emailNotifications: fromDbBool(row.email_notifications),
    locale: (USER_LOCALES as readonly string[]).includes(row.locale) ? (row.locale as UserLocale) : 'en',
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
    lastLoginAt: fromDbTimeOrNull(row.last_login_at),
  };
}

const COLUMNS: Record<keyof Omit<User, 'id'> | 'registeredUnder', string> = {
  registeredUnder: 'registration_request',
  tenantId: 'tenant_id',
  email: 'email',
  fullName: 'full_name',
  passwordHash: 'password_hash',
  isGuest: 'is_guest',
  emailVerified: 'email_verified',
  emailVerifiedAt: 'email_verified_at',
  emailNotifications: 'email_notifications',
  locale: 'locale',
  createdAt: 'created_at',
  updatedAt: 'updated_at',
  lastLoginAt: 'last_login_at',
};

function toRow(changes: Partial<User> & RegisteredUnder): Record<string, unknown> {
  const row: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(changes)) {
    const column = COLUMNS[key as keyof typeof COLUMNS] ?? (key === 'id' ? 'id' : undefined);
    if (!column) continue;
    if (value instanceof Date) row[column] = toDbTime(value);
    else if (typeof value === 'boolean') row[column] = toDbBool(value);
    else if (typeof value === 'string' && (key === 'fullName' || key === 'email')) row[column] = toDbText(value);
    else if (key === 'lastLoginAt' || key === 'emailVerifiedAt') row[column] = toDbTimeOrNull(value as Date | null);
    else row[column] = value;
  }
  return row;
}

/** Tables whose rows belong to a user through `user_id` and move with a claimed guest. */
const OWNED_TABLES = ['cvs', 'portfolios', 'payments'] as const;

/** The only unique column a user write can clash on is the email address. */
function refuseTakenEmail(err: unknown): never {
  throw isUniqueViolation(err) ? new EmailTakenError() : err;
}

export function createSqlUserStore(db: Knex): UserStore {
  return {
    async create(user) {
      await db('users').insert(toRow(user)).catch(refuseTakenEmail);
    },
    async findById(id) {
      const row = await db<UserRow>('users').where({ id }).first();
      return row && toUser(row);
    },
    async findByEmail(email) {
      const row = await db<UserRow>('users').where({ email }).first();
      return row && toUser(row);
    },
    async registeredUnder(userId) {
      const row = (await db('users').where({ id: userId }).first('registration_request')) as
        { registration_request: string | null } | undefined;
      return row?.registration_request ?? undefined;
    },
    async update(id, changes) {
      await db('users').where({ id }).update(toRow(changes)).catch(refuseTakenEmail);
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
