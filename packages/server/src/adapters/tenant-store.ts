import type { PageQuery, StorePage } from '../domain/page.js';
import type { Tenant } from '../domain/tenant.js';
import type { TenantPortfolioRecord } from '../domain/tenant.js';

export type NewTenant = Omit<Tenant, 'createdAt' | 'updatedAt'>;
export type TenantChanges = Partial<
  Pick<Tenant, 'name' | 'allowedOrigins' | 'branding' | 'stripePriceId' | 'requireEmailVerification'>
>;

export interface TenantStore {
  /** Stores a new tenant with the hash of its secret key; times come from the store's clock. */
  create(tenant: NewTenant, secretKeyHash: string): Promise<Tenant>;
  findById(id: string): Promise<Tenant | undefined>;
  findByPublishableKey(publishableKey: string): Promise<Tenant | undefined>;
  findBySecretKeyHash(secretKeyHash: string): Promise<Tenant | undefined>;
  /** Whether any tenant lists this (normalised) origin: the CORS preflight's question. */
  anyTenantAllowsOrigin(origin: string): Promise<boolean>;
  /** Newest first (created_at, then id, descending). */
  list(page: PageQuery): Promise<StorePage<Tenant>>;
  /** The updated tenant, or undefined when there is no such tenant. */
  update(id: string, changes: TenantChanges): Promise<Tenant | undefined>;
  /** Whether a tenant was deleted. */
  delete(id: string): Promise<boolean>;
  /** Replaces the secret key's hash; the old key stops matching at once. */
  replaceSecretKeyHash(id: string, secretKeyHash: string): Promise<Tenant | undefined>;
  /** The portfolios created through the tenant, newest first. */
  listPortfolios(tenantId: string, page: PageQuery): Promise<StorePage<TenantPortfolioRecord>>;
}
