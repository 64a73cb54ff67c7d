import type { Knex } from 'knex';
import { fromDbJson } from '../adapters/sql-values.js';
import type { SqlMigration } from './schema-helpers.js';

/**
 * An index of every tenant's allowed origins. A CORS preflight carries an `Origin` but no key, so
 * it must ask "does any tenant allow this origin?": one indexed look-up here instead of scanning
 * (and JSON-decoding) every tenant's `allowed_origins`, in the same SQL on SQLite and PostgreSQL.
 * `tenants.allowed_origins` stays the ordered list shown by the API; the tenant store writes both
 * in one transaction.
 */
export const tenantOriginsMigration: SqlMigration = {
  name: '0005_tenant_origins',

  async up(knex: Knex): Promise<void> {
    await knex.schema.createTable('tenant_origins', (table) => {
      table.text('tenant_id').notNullable().references('id').inTable('tenants').onDelete('CASCADE');
      // Normalised by the application (scheme://host[:port], lower case) before it gets here.
      table.text('origin').notNullable();
      table.primary(['tenant_id', 'origin']);
      table.index(['origin']);
    });
    // Tenants created before this migration.
    const tenants = (await knex('tenants').select('id', 'allowed_origins')) as {
      id: string;
      allowed_origins: unknown;
    }[];
    for (const tenant of tenants) {
      const origins = [...new Set(fromDbJson<string[]>(tenant.allowed_origins) ?? [])];
      if (origins.length > 0) {
        await knex('tenant_origins').insert(origins.map((origin) => ({ tenant_id: tenant.id, origin })));
      }
    }
  },

  async down(knex: Knex): Promise<void> {
    await knex.schema.dropTable('tenant_origins');
  },
};
