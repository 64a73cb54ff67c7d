import type { Knex } from 'knex';
import type { SqlMigration } from './schema-helpers.js';

/**
 * Where a portfolio's site is live, apart from the slug it will be published at next: a slug can be
 * changed while published (the live site moves only when it is published again), and until then the
 * old address must stay reserved so no one else takes it. Unique, so one address serves one site.
 */
export const portfolioPublicationMigration: SqlMigration = {
  name: '0006_portfolio_publication',

  async up(knex: Knex): Promise<void> {
    await knex.schema.alterTable('portfolios', (table) => {
      table.text('published_slug').nullable().unique();
      // Why the last publish failed, for the owner (never a stack trace).
      table.text('publish_error').nullable();
      // Which publish request the portfolio is carrying out: a job for an earlier one (a retry, a
      // double click) finds a different value and leaves the site alone.
      table.text('publish_run').nullable();
    });
    // A payment being recorded looks for refunds of it that arrived first: only among refunds.
    await knex.schema.alterTable('webhook_events', (table) => {
      table.index(['type']);
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.alterTable('webhook_events', (table) => {
      table.dropIndex(['type']);
    });
    await knex.schema.alterTable('portfolios', (table) => {
      table.dropUnique(['published_slug']);
      table.dropColumn('published_slug');
      table.dropColumn('publish_error');
      table.dropColumn('publish_run');
    });
  },
};
