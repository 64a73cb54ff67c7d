import { toApiPortfolio } from './portfolio-representation.js';
import type { components } from '@resume2website/sdk';
import type { TenantPortfolioRecord } from '../domain/tenant.js';
import type { Config } from '../config.js';
import type { Branding, Tenant } from '../domain/tenant.js';
import { adminOnly } from '../http/admin-auth.js';
import type { ApiContext, OperationHandlers } from '../http/openapi-dispatcher.js';
import { ProblemError } from '../domain/problem.js';
import type { BrandingInput, TenantService, TenantWithSecretKey } from '../services/tenant-service.js';
import { DEFAULT_PAGE_SIZE } from './paging.js';

type Schemas = components['schemas'];

export interface TenantRoutesDeps {
  service: TenantService;
  config: Pick<Config, 'adminToken' | 'backendUrl' | 'sitesBaseUrl' | 'stripe' | 'oauth' | 'limits'>;
  clock?: () => Date;
  /** What a price id costs (the tenant's price, else STRIPE_PRICE_ID); null when unknown. */
  priceFor?: (priceId: string | undefined) => Promise<{ amount: number; currency: string } | null>;
}

/**
 * What `uploadCv` accepts (the spec's CvUpload: PDF, DOCX, DOC, TXT, Markdown, PNG, JPEG, WEBP and
 * JSON Resume), as MIME types and extensions for an `<input accept>` attribute. Keep it in step
 * with the upload route's type detection when that lands.
 */
export const ACCEPTED_FILE_TYPES: readonly string[] = [
  'application/pdf',
  '.pdf',
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.docx',
  'application/msword',
  '.doc',
  'text/plain',
  '.txt',
  'text/markdown',
  '.md',
  'image/png',
  '.png',
  'image/jpeg',
  '.jpg',
  '.jpeg',
  'image/webp',
  '.webp',
  'application/json',
  '.json',
];

export function toApiBranding(branding: Branding): Schemas['Branding'] {
  return {
    display_name: branding.displayName,
    logo_url: branding.logoUrl,
    primary_color: branding.primaryColor,
    accent_color: branding.accentColor,
  };
}

export function toApiTenant(tenant: Tenant): Schemas['Tenant'] {
  return {
    id: tenant.id,
    name: tenant.name,
    publishable_key: tenant.publishableKey,
    allowed_origins: tenant.allowedOrigins,
    branding: toApiBranding(tenant.branding),
    stripe_price_id: tenant.stripePriceId,
    require_email_verification: tenant.requireEmailVerification,
    created_at: tenant.createdAt.toISOString(),
    updated_at: tenant.updatedAt.toISOString(),
  };
}

function toApiTenantWithSecret({ tenant, secretKey }: TenantWithSecretKey): Schemas['TenantWithSecret'] {
  return { ...toApiTenant(tenant), secret_key: secretKey };
}

function fromApiBranding(input: Schemas['BrandingInput'] | undefined): BrandingInput | undefined {
  return (
    input && {
      displayName: input.display_name,
      logoUrl: input.logo_url,
      primaryColor: input.primary_color,
      accentColor: input.accent_color,
    }
  );
}

function pageRequest(query: { limit?: number; cursor?: string }): { limit: number; cursor: string | undefined } {
  // The dispatcher has validated both; it leaves the default limit to us.
  return { limit: query.limit ?? DEFAULT_PAGE_SIZE, cursor: query.cursor };
}

function tenantLocation(id: string): string {
  return `/api/v1/admin/tenants/${id}`;
}

/** The secret key from `Authorization: Bearer sk_…`; anything else (a session id) is refused. */
function bearerSecretKey(ctx: ApiContext): string {
  const secretKey = /^Bearer\s+(sk_\S+)$/i.exec(ctx.get('authorization'))?.[1];
  if (!secretKey) {
    throw new ProblemError(
      'unauthorized',
      'The Tenant API takes the tenant secret key: `Authorization: Bearer sk_…`. Session ids are not accepted here.',
      { headers: { 'WWW-Authenticate': 'Bearer realm="resume2website"' } },
    );
  }
  return secretKey;
}

export function tenantRoutes(deps: TenantRoutesDeps): OperationHandlers {
  const { service, config } = deps;
  const clock = deps.clock ?? (() => new Date());

  function toApiTenantPortfolio(portfolio: TenantPortfolioRecord): Schemas['TenantPortfolio'] {
    return { ...toApiPortfolio(portfolio, config, clock()), user_id: portfolio.userId };
  }

  // `satisfies` types each handler's input from its operation; adminOnly wraps them unchanged.
  const admin = adminOnly(config.adminToken, {
    async createTenant(ctx, { body }) {
      const created = await service.create({
        name: body.name,
        allowedOrigins: body.allowed_origins,
        branding: fromApiBranding(body.branding),
        stripePriceId: body.stripe_price_id,
        requireEmailVerification: body.require_email_verification,
      });
      ctx.status = 201;
      ctx.set('Location', tenantLocation(created.tenant.id));
      ctx.set('Cache-Control', 'no-store'); // carries the secret key
      ctx.body = toApiTenantWithSecret(created);
    },

    async listTenants(ctx, { query }) {
      const page = await service.list(pageRequest(query));
      ctx.set('Cache-Control', 'no-store');
      const body: Schemas['TenantList'] = { items: page.items.map(toApiTenant), next_cursor: page.nextCursor };
      ctx.body = body;
    },

    async getTenant(ctx, { params }) {
      const tenant = await service.get(params.tenant_id);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = toApiTenant(tenant);
    },

    async updateTenant(ctx, { params, body }) {
      const tenant = await service.update(params.tenant_id, {
        name: body.name,
        allowedOrigins: body.allowed_origins,
        branding: fromApiBranding(body.branding),
        stripePriceId: body.stripe_price_id,
        requireEmailVerification: body.require_email_verification,
      });
      ctx.set('Cache-Control', 'no-store');
      ctx.body = toApiTenant(tenant);
    },

    async deleteTenant(ctx, { params }) {
      await service.delete(params.tenant_id);
      ctx.status = 204;
    },

    async rotateTenantSecretKey(ctx, { params }) {
      const rotated = await service.rotateSecretKey(params.tenant_id);
      ctx.set('Cache-Control', 'no-store'); // carries the secret key
      ctx.body = toApiTenantWithSecret(rotated);
    },
  } satisfies OperationHandlers);

  return {
    ...admin,

    async listTenantPortfolios(ctx, { query }) {
      const tenant = await service.authenticateSecretKey(bearerSecretKey(ctx));
      // Nothing writes `portfolios` yet (the portfolio endpoints are still to come), so today this
      // answers an empty list; the query and the mapping are those of the contract already.
      const page = await service.listPortfolios(tenant, pageRequest(query));
      ctx.set('Cache-Control', 'no-store');
      const body: Schemas['TenantPortfolioList'] = {
        items: page.items.map(toApiTenantPortfolio),
        next_cursor: page.nextCursor,
      };
      ctx.body = body;
    },

    async getClientConfig(ctx) {
      // Set by the tenant-context middleware once the key and its origin have passed.
      const tenant = ctx.state.tenant ? await service.find(ctx.state.tenant.id) : undefined;
      const stripe = config.stripe;
      const body: Schemas['ClientConfig'] = {
        tenant: tenant ? { id: tenant.id, name: tenant.name, branding: toApiBranding(tenant.branding) } : null,
        payments_enabled: stripe !== undefined,
        stripe_publishable_key: stripe?.publishableKey ?? null,
        // What publishing costs this caller: the tenant's price, else the server's.
        price: stripe && deps.priceFor ? await deps.priceFor(tenant?.stripePriceId ?? stripe.priceId) : null,
        oauth_providers: (['google', 'linkedin'] as const).filter((provider) => config.oauth[provider] !== undefined),
        max_upload_bytes: config.limits.maxUploadBytes,
        accepted_file_types: [...ACCEPTED_FILE_TYPES],
      };
      // The answer depends on the key; shared caches must not hand one tenant's branding to another.
      ctx.vary('X-Publishable-Key');
      ctx.set('Cache-Control', 'no-cache');
      ctx.body = body;
    },
  };
}
