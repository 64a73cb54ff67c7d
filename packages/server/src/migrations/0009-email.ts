import type { Knex } from 'knex';
import { textId, timeColumn, type SqlMigration } from './schema-helpers.js';

/**
 * Email: when an address was verified, whether the account wants product messages and in which
 * language, the tenant setting that requires verification, and the single-use tokens of reset and
 * verification links (only their SHA-256 is stored).
 */
export const emailMigration: SqlMigration = {
  name: '0009_email',

  async up(knex: Knex): Promise<void> {
    await knex.schema.alterTable('users', (table) => {
      // timeColumn's emission, on an existing table.
      table.timestamp('email_verified_at', { useTz: true }).nullable();
      table.boolean('email_notifications').notNullable().defaultTo(true);
      table.text('locale').notNullable().defaultTo('en');
    });
    // Verified before the time was kept: the last change is the best date there is.
    await knex('users')
      .where({ email_verified: true })
      .update({ email_verified_at: knex.ref('updated_at') });
    await knex.schema.alterTable('tenants', (table) => {
      table.boolean('require_email_verification').notNullable().defaultTo(false);
    });
    await knex.schema.createTable('email_tokens', (table) => {
      textId(table, 'token_hash');
      table.text('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
      // `password-reset` or `verify-email`.
      table.text('purpose').notNullable();
      // The address the link went to: a verification is void once the account's address changes.
      table.text('email').notNullable();
      timeColumn(table, 'created_at').notNullable();
      timeColumn(table, 'expires_at').notNullable();
      // One live link per account and purpose: two reset jobs racing cannot leave two.
      table.unique(['user_id', 'purpose']);
      table.index(['expires_at']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('email_tokens');
    await knex.schema.alterTable('tenants', (table) => table.dropColumn('require_email_verification'));
    await knex.schema.alterTable('users', (table) => {
      table.dropColumn('locale');
      table.dropColumn('email_notifications');
      table.dropColumn('email_verified_at');
    });
  },
};
