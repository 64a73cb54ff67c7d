import type { Knex } from 'knex';
import { createdUpdated, jsonColumn, textId, timeColumn, type SqlMigration } from './schema-helpers.js';

/** Portfolios (preview and publication state), Stripe payments, received webhook events. */
export const portfoliosPaymentsMigration: SqlMigration = {
  name: '0003_portfolios_payments',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('portfolios', (table) => {
      textId(table);
      table.text('cv_id').notNullable().references('id').inTable('cvs').onDelete('CASCADE');
      table.text('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
      table.text('tenant_id').nullable().references('id').inTable('tenants').onDelete('SET NULL');
      table.text('theme').notNullable();
      table.text('slug').notNullable().unique();
      table.text('status').notNullable();
      // Unguessable, expiring; NULL once expired or never issued.
      table.text('preview_token').nullable().unique();
      timeColumn(table, 'preview_expires_at').nullable();
      table.text('published_hash').nullable();
      timeColumn(table, 'published_at').nullable();
      table.boolean('paid').notNullable().defaultTo(false);
      table.integer('checkout_attempts').notNullable().defaultTo(0);
      createdUpdated(table);
      table.index(['user_id', 'created_at']);
      table.index(['tenant_id']);
      table.index(['cv_id']);
      // The cleanup job sweeps expired previews.
      table.index(['preview_expires_at']);
    });

    await knex.schema.createTable('payments', (table) => {
      textId(table);
      // CASCADE follows the owner's deletion of the portfolio or account; Stripe keeps the
      // authoritative financial record.
      table.text('portfolio_id').notNullable().references('id').inTable('portfolios').onDelete('CASCADE');
      table.text('user_id').notNullable().references('id').inTable('users').onDelete('CASCADE');
      table.text('tenant_id').nullable().references('id').inTable('tenants').onDelete('SET NULL');
      // Unique: a webhook delivered twice records the payment once.
      table.text('stripe_checkout_session_id').notNullable().unique();
      table.text('stripe_payment_intent_id').nullable();
      // Minor units (cents), as Stripe reports them.
      table.integer('amount').notNullable();
      table.text('currency').notNullable();
      table.text('status').notNullable();
      createdUpdated(table);
      table.index(['portfolio_id']);
      table.index(['user_id']);
      table.index(['tenant_id']);
    });

    await knex.schema.createTable('webhook_events', (table) => {
      // Stripe's event id: the primary key makes recording an event idempotent.
      textId(table);
      table.text('type').notNullable();
      timeColumn(table, 'received_at').notNullable();
      timeColumn(table, 'processed_at').nullable();
      jsonColumn(knex, table, 'payload').notNullable();
    });
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('webhook_events');
    await knex.schema.dropTable('payments');
    await knex.schema.dropTable('portfolios');
  },
};
