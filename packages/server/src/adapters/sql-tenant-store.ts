import { newestFirst, toStorePage } from './sql-keyset-page.js';
import type { PortfolioStatus } from '../domain/portfolio.js';
import type { Knex } from 'knex';
import type { Branding, Tenant } from '../domain/tenant.js';
import {
  fromDbBool,
  fromDbJson,
  fromDbTime,
  fromDbTimeOrNull,
  toDbBool,
  toDbJson,
  toDbText,
  toDbTime,
} from './sql-values.js';
import type { TenantStore } from './tenant-store.js';
import type { TenantPortfolioRecord } from '../domain/tenant.js';

interface TenantRow {
  id: string;
  name: string;
  publishable_key: string;
  secret_key_hash: string;
  allowed_origins: unknown;
  branding: unknown;
  stripe_price_id: string | null;
  require_email_verification: unknown;
  created_at: unknown;
  updated_at: unknown;
}

interface PortfolioRow {
  id: string;
  cv_id: string;
  user_id: string;
  theme: string;
  slug: string;
  status: string;
  preview_token: string | null;
  preview_expires_at: unknown;
  published_slug: string | null;
  published_at: unknown;
  paid: unknown;
  created_at: unknown;
  updated_at: unknown;
}

/** Branding is stored with the API's member names, so the stored JSON reads like the contract. */
interface StoredBranding {
  display_name?: string | null;
  logo_url?: string | null;
  primary_color?: string | null;
  accent_color?: string | null;
}

const TENANT_COLUMNS = [
  'id',
  'name',
  'publishable_key',
  'allowed_origins',
  'branding',
  'stripe_price_id',
  'require_email_verification',
  'created_at',
  'updated_at',
] as const;

function toStoredBranding(branding: Branding): StoredBranding {
  return {
    display_name: branding.displayName,
    logo_url: branding.logoUrl,
    primary_color: branding.primaryColor,
    accent_color: branding.accentColor,
  };
}

function fromStoredBranding(value: unknown): Branding {
  const stored = fromDbJson<StoredBranding>(value) ?? {};
  return {
    displayName: stored.display_name ?? null,
    logoUrl: stored.logo_url ?? null,
    primaryColor: stored.primary_color ?? null,
    accentColor: stored.accent_color ?? null,
  };
}

function toTenant(row: Omit<TenantRow, 'secret_key_hash'>): Tenant {
  return {
    id: row.id,
    name: row.name,
    publishableKey: row.publishable_key,
    allowedOrigins: fromDbJson<string[]>(row.allowed_origins) ?? [],
    branding: fromStoredBranding(row.branding),
    stripePriceId: row.stripe_price_id,
    requireEmailVerification: fromDbBool(row.require_email_verification),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

function toPortfolio(row: PortfolioRow): TenantPortfolioRecord {
  return {
    id: row.id,
    cvId: row.cv_id,
    userId: row.user_id,
    theme: row.theme,
    slug: row.slug,
    status: row.status as PortfolioStatus,
    previewToken: row.preview_token,
    previewExpiresAt: fromDbTimeOrNull(row.preview_expires_at),
    publishedSlug: row.published_slug ?? null,
    publishedAt: fromDbTimeOrNull(row.published_at),
    paid: fromDbBool(row.paid),
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

/** Newest first, with the id breaking ties between rows created in the same millisecond. */

async function writeOrigins(trx: Knex.Transaction, tenantId: string, origins: string[]): Promise<void> {
  await trx('tenant_origins').where({ tenant_id: tenantId }).delete();
  const unique = [...new Set(origins)];
  if (unique.length > 0) {
    await trx('tenant_origins').insert(unique.map((origin) => ({ tenant_id: tenantId, origin: toDbText(origin) })));
  }
}

export function createSqlTenantStore(db: Knex, options: { clock?: () => Date } = {}): TenantStore {
  const clock = options.clock ?? (() => new Date());

  async function findOne(where: Partial<Record<keyof TenantRow, string>>, trx: Knex = db) {
    const row = (await trx('tenants').select(TENANT_COLUMNS).where(where).first()) as TenantRow | undefined;
    return row && toTenant(row);
  }

  return {
    async create(tenant, secretKeyHash) {
      const now = clock();
      await db.transaction(async (trx) => {
        await trx('tenants').insert({
          id: tenant.id,
          name: toDbText(tenant.name),
          publishable_key: tenant.publishableKey,
          secret_key_hash: secretKeyHash,
          allowed_origins: toDbJson(tenant.allowedOrigins),
          branding: toDbJson(toStoredBranding(tenant.branding)),
          stripe_price_id: tenant.stripePriceId,
          require_email_verification: toDbBool(tenant.requireEmailVerification),
          created_at: toDbTime(now),
          updated_at: toDbTime(now),
        });
        await writeOrigins(trx, tenant.id, tenant.allowedOrigins);
      });
      return { ...tenant, createdAt: now, updatedAt: now };
    },

    findById: (id) => findOne({ id }),
    findByPublishableKey: (publishableKey) => findOne({ publishable_key: publishableKey }),
    findBySecretKeyHash: (secretKeyHash) => findOne({ secret_key_hash: secretKeyHash }),

    async anyTenantAllowsOrigin(origin) {
      const row: unknown = await db('tenant_origins').select('tenant_id').where({ origin }).first();
      return row !== undefined;
    },

    async list(page) {
      const rows = (await newestFirst(db('tenants').select(TENANT_COLUMNS), page)) as TenantRow[];
      return toStorePage(rows, page.limit, toTenant);
    },

    async update(id, changes) {
      return db.transaction(async (trx) => {
        const row: Record<string, unknown> = { updated_at: toDbTime(clock()) };
        if (changes.name !== undefined) row.name = toDbText(changes.name);
        if (changes.allowedOrigins !== undefined) row.allowed_origins = toDbJson(changes.allowedOrigins);
        if (changes.branding !== undefined) row.branding = toDbJson(toStoredBranding(changes.branding));
        if (changes.stripePriceId !== undefined) row.stripe_price_id = changes.stripePriceId;
        if (changes.requireEmailVerification !== undefined) {
          row.require_email_verification = toDbBool(changes.requireEmailVerification);
        }
        const updated = await trx('tenants').where({ id }).update(row);
        if (updated === 0) return undefined;
        if (changes.allowedOrigins !== undefined) await writeOrigins(trx, id, changes.allowedOrigins);
        return findOne({ id }, trx);
      });
    },

    async delete(id) {
      return db.transaction(async (trx) => {
        // The foreign key cascades too; deleting explicitly does not depend on SQLite's pragma.
        await trx('tenant_origins').where({ tenant_id: id }).delete();
        return (await trx('tenants').where({ id }).delete()) > 0;
      });
    },

    async replaceSecretKeyHash(id, secretKeyHash) {
      return db.transaction(async (trx) => {
        const updated = await trx('tenants')
          .where({ id })
          .update({ secret_key_hash: secretKeyHash, updated_at: toDbTime(clock()) });
        return updated === 0 ? undefined : findOne({ id }, trx);
      });
    },

    async listPortfolios(tenantId, page) {
      const query = db('portfolios')
        .select(
          'id',
          'cv_id',
          'user_id',
          'theme',
          'slug',
          'status',
          'preview_token',
          'preview_expires_at',
          'published_slug',
          'published_at',
          'paid',
          'created_at',
          'updated_at',
        )
        .where({ tenant_id: tenantId });
      const rows = (await newestFirst(query, page)) as PortfolioRow[];
      return toStorePage(rows, page.limit, toPortfolio);
    },
  };
}
