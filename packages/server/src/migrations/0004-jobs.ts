import type { Knex } from 'knex';
import { createdUpdated, jsonColumn, textId, timeColumn, type SqlMigration } from './schema-helpers.js';

/** The durable job queue of the embedded mode (production uses BullMQ on Redis instead). */
export const jobsMigration: SqlMigration = {
  name: '0004_jobs',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('jobs', (table) => {
      textId(table);
      table.text('queue').notNullable();
      table.text('name').notNullable();
      jsonColumn(knex, table, 'payload').notNullable();
      // queued | running | succeeded | failed
      table.text('status').notNullable();
      table.integer('attempts').notNullable().defaultTo(0);
      table.integer('max_attempts').notNullable();
      timeColumn(table, 'run_at').notNullable();
      table.text('locked_by').nullable();
      timeColumn(table, 'locked_until').nullable();
      table.text('last_error').nullable();
      // Unique across all rows, finished ones included: the queue clears it (or deletes the row)
      // when a job finishes if the same key may be enqueued again.
      table.text('dedupe_key').nullable().unique();
      createdUpdated(table);
      // The claim query: next due job of a queue.
      table.index(['queue', 'status', 'run_at']);
      // The reaper: running jobs whose lock has expired.
      table.index(['status', 'locked_until']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('jobs');
  },
};
