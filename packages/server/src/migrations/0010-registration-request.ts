import type { Knex } from 'knex';
import type { SqlMigration } from './schema-helpers.js';

/**
 * The request an account was registered by: the caller-scoped digest of its `Idempotency-Key`, so
 * that the same request run again after its answer was lost (the process died) recognises the
 * account it made, even a guest's claimed in place whose guest session it ended.
 */
export const registrationRequestMigration: SqlMigration = {
  name: '0010_registration_request',

  async up(knex: Knex): Promise<void> {
    await knex.schema.alterTable('users', (table) => {
      table.text('registration_request').nullable();
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.alterTable('users', (table) => {
      table.dropColumn('registration_request');
    });
  },
};
