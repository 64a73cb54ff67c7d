import type { Knex } from 'knex';
import { createdUpdated, jsonColumn, textId, timeColumn, type SqlMigration } from './schema-helpers.js';

/** Tenants (career sites), users (including guests), social identities, sessions, OAuth states. */
export const accountsMigration: SqlMigration = {
  name: '0001_accounts',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('tenants', (table) => {
      textId(table);
      table.text('name').notNullable();
      table.text('publishable_key').notNullable().unique();
      // Unique so that authenticating by secret key is one indexed look-up of its hash.
      table.text('secret_key_hash').notNullable().unique();
      jsonColumn(knex, table, 'allowed_origins').notNullable();
      jsonColumn(knex, table, 'branding').notNullable();
      table.text('stripe_price_id').nullable();
      createdUpdated(table);
    });

    await knex.schema.createTable('users', (table) => {
      textId(table);
      // SET NULL, not CASCADE: a tenant is the channel a person arrived through, not the owner of
      // their CVs and paid sites; offboarding a career site must not delete its users' work.
      table.text('tenant_id').nullable().references('id').inTable('tenants').onDelete('SET NULL');
      // Lower-cased by the application before it gets here (JS and SQL lower() disagree outside
      // ASCII, so the rule lives in one place). NULL for guests; NULLs never collide.
      table.text('email').nullable().unique();
      table.text('full_name').nullable();
      // NULL for guests and for accounts that only sign in through a provider.
      table.text('password_hash').nullable();
      table.boolean('is_guest').notNullable().defaultTo(false);
      table.boolean('email_verified').notNullable().defaultTo(false);
      createdUpdated(table);
      timeColumn(table, 'last_login_at').nullable();
      table.index(['tenant_id']);
    });

    await knex.schema.createTable('user_identities', (table) => {
      textId(table);
      table.text('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
      table.text('provider').notNullable();
      table.text('subject').notNullable();
      table.text('email').nullable();
      timeColumn(table, 'created_at').notNullable();
      table.unique(['provider', 'subject']);
      table.index(['user_id']);
    });

    await knex.schema.createTable('sessions', (table) => {
      // SHA-256 hex of the token: a leaked table does not yield usable sessions.
      textId(table, 'token_hash');
      table.text('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
      timeColumn(table, 'created_at').notNullable();
      timeColumn(table, 'expires_at').notNullable();
      timeColumn(table, 'last_seen_at').notNullable();
      table.text('user_agent').nullable();
      table.text('ip').nullable();
      table.index(['user_id']);
      table.index(['expires_at']);
    });

    await knex.schema.createTable('oauth_states', (table) => {
      textId(table, 'state_hash');
      table.text('provider').notNullable();
      table.text('code_verifier').notNullable();
      table.text('nonce').nullable();
      table.text('return_to').nullable();
      // SET NULL: if the guest was cleaned up meanwhile, sign-in still succeeds, with nothing to claim.
      table.text('guest_user_id').nullable().references('id').inTable('users').onDelete('SET NULL');
      table.text('tenant_id').nullable().references('id').inTable('tenants').onDelete('SET NULL');
      timeColumn(table, 'created_at').notNullable();
      timeColumn(table, 'expires_at').notNullable();
      table.index(['expires_at']);
      table.index(['guest_user_id']);
      table.index(['tenant_id']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('oauth_states');
    await knex.schema.dropTable('sessions');
    await knex.schema.dropTable('user_identities');
    await knex.schema.dropTable('users');
    await knex.schema.dropTable('tenants');
  },
};
