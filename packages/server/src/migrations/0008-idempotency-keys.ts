import type { Knex } from 'knex';
import { jsonColumn, timeColumn, type SqlMigration } from './schema-helpers.js';

/**
 * Idempotency keys for deployments without Redis: one row per (caller, `Idempotency-Key`), keyed by
 * a SHA-256 of both, so neither the caller nor the raw key is stored. A row without a response is a
 * request in flight (its `expires_at` is the claim's lease); with one, the stored answer, kept 24 h.
 */
export const idempotencyKeysMigration: SqlMigration = {
  name: '0008_idempotency_keys',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('idempotency_keys', (table) => {
      table.string('key_hash', 64).primary();
      table.string('fingerprint', 64).notNullable();
      table.integer('response_status').nullable();
      jsonColumn(knex, table, 'response_headers').nullable();
      table.text('response_body').nullable();
      timeColumn(table, 'created_at').notNullable();
      timeColumn(table, 'expires_at').notNullable();
      table.index(['expires_at']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('idempotency_keys');
  },
};
