import type { Knex } from 'knex';
import { timeColumn, type SqlMigration } from './schema-helpers.js';

/**
 * Invalidations for deployments without Redis: each process reads the rows added since its last
 * look, so a change made by another process (the tenant CLI, a second API on PostgreSQL) reaches
 * its caches within a poll. Rows are kept for minutes only.
 */
export const invalidationsMigration: SqlMigration = {
  name: '0011_invalidations',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('invalidations', (table) => {
      table.bigIncrements('seq').primary();
      table.text('message').notNullable();
      timeColumn(table, 'published_at').notNullable();
      table.index(['published_at']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('invalidations');
  },
};
