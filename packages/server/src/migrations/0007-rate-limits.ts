import type { Knex } from 'knex';
import type { SqlMigration } from './schema-helpers.js';

/**
 * Rate-limit counters for deployments without Redis, so a restart forgets no lock-out. The shape
 * is the one rate-limiter-flexible's SQLite and PostgreSQL stores read and write (`key`, `points`,
 * `expire` in epoch milliseconds); keys are hashes, so no email or address is stored here.
 */
export const rateLimitsMigration: SqlMigration = {
  name: '0007_rate_limits',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('rate_limits', (table) => {
      table.string('key', 255).primary();
      table.integer('points').notNullable().defaultTo(0);
      table.bigInteger('expire').nullable();
      table.index(['expire']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('rate_limits');
  },
};
