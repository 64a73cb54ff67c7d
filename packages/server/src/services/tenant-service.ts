import type { InvalidationBus } from '../adapters/invalidation-bus.js';
import { FORGET_EVERYTHING } from '../domain/invalidation.js';
import { readInvalidation, tenantChanged } from '../domain/invalidation-messages.js';
import { expiringCache, type ExpiringCache } from './expiring-cache.js';
import type { NewTenant, TenantChanges, TenantStore } from '../adapters/tenant-store.js';
import { pageQuery, toPage, type Page, type PageRequest } from '../domain/page.js';
import type { TenantPortfolioRecord } from '../domain/tenant.js';
import { hashSecret, newId } from '../domain/ids.js';
import {
  EMPTY_BRANDING,
  newTenantKey,
  PUBLISHABLE_KEY_PATTERN,
  SECRET_KEY_PATTERN,
  type Branding,
  type Tenant,
} from '../domain/tenant.js';
import { ProblemError, type ProblemFieldError } from '../domain/problem.js';

/** Branding as an operator writes it: omitted members are `null` (the server's default). */
export interface BrandingInput {
  displayName?: string | null | undefined;
  logoUrl?: string | null | undefined;
  primaryColor?: string | null | undefined;
  accentColor?: string | null | undefined;
}

export interface CreateTenantInput {
  name: string;
  allowedOrigins: string[];
  branding?: BrandingInput | undefined;
  stripePriceId?: string | null | undefined;
  requireEmailVerification?: boolean | undefined;
}

/** Omitted members stay as they are; `allowedOrigins` and `branding` are replaced as a whole. */
export interface UpdateTenantInput {
  name?: string | undefined;
  allowedOrigins?: string[] | undefined;
  branding?: BrandingInput | undefined;
  stripePriceId?: string | null | undefined;
  requireEmailVerification?: boolean | undefined;
}

export interface TenantWithSecretKey {
  tenant: Tenant;
  /** Shown once: only its hash is stored. */
  secretKey: string;
}

export const MAX_ALLOWED_ORIGINS = 50;
const MAX_ORIGIN_LENGTH = 300;
const MAX_NAME_LENGTH = 200;
const MAX_LOGO_URL_LENGTH = 2000;
const COLOR = /^#[0-9a-fA-F]{6}$/;
const STRIPE_PRICE_ID = /^price_[A-Za-z0-9]+$/;
// A host a browser can put in an `Origin`: a DNS name, an IPv4 address or a bracketed IPv6 address.
const ORIGIN_HOST = /^(?:[a-z0-9-]+(?:\.[a-z0-9-]+)*|\[[0-9a-f:.]+\])$/;

export const DEFAULT_CACHE_TTL_MS = 30_000;
const DEFAULT_CACHE_MAX_ENTRIES = 10_000;

/**
 * `scheme://host[:port]`, lower case, default port dropped: the form a browser sends in `Origin`.
 * Refuses anything else (other schemes, credentials, paths, queries, fragments, wildcards) with a
 * message for the operator; a single trailing slash is forgiven.
 */
export function normaliseOrigin(raw: string): { origin: string } | { error: string } {
  if (raw.length > MAX_ORIGIN_LENGTH) return { error: `must be at most ${MAX_ORIGIN_LENGTH} characters` };
  if (!/^https?:\/\//i.test(raw)) return { error: 'must start with http:// or https://' };
  // \s covers spaces and line breaks; the other C0 controls and DEL are checked by code.
  if (/[\s\\?#]/.test(raw) || [...raw].some((c) => c.charCodeAt(0) < 0x20 || c.charCodeAt(0) === 0x7f)) {
    return { error: 'must be scheme://host[:port] only, without spaces, a query or a fragment' };
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return { error: 'is not a valid origin' };
  }
  if (url.username || url.password) return { error: 'must not contain a user name or password' };
  if (url.pathname !== '/' || /^https?:\/\/[^/]+\/./i.test(raw)) {
    return { error: 'must be scheme://host[:port] only, without a path' };
  }
  if (!ORIGIN_HOST.test(url.hostname)) {
    return { error: 'must name a host (a domain name or an IP address; wildcards are not supported)' };
  }
  return { origin: url.origin };
}

/** Normalises every origin; all failures are reported at once with their JSON pointers. */
export function normaliseOrigins(raw: readonly string[], pointer = '/allowed_origins'): string[] {
  const errors: ProblemFieldError[] = [];
  const out: string[] = [];
  if (raw.length === 0) errors.push({ location: 'body', pointer, message: 'must list at least one origin' });
  if (raw.length > MAX_ALLOWED_ORIGINS) {
    errors.push({ location: 'body', pointer, message: `must list at most ${MAX_ALLOWED_ORIGINS} origins` });
  }
  raw.forEach((value, index) => {
    const result = normaliseOrigin(value);
    if ('error' in result) {
      errors.push({ location: 'body', pointer: `${pointer}/${index}`, message: result.error });
    } else if (out.includes(result.origin)) {
      errors.push({
        location: 'body',
        pointer: `${pointer}/${index}`,
        message: `duplicates ${result.origin} (origins are compared after normalisation)`,
      });
    } else {
      out.push(result.origin);
    }
  });
  if (errors.length > 0) throw invalid(errors);
  return out;
}

function invalid(errors: ProblemFieldError[]): ProblemError {
  const summary = errors
    .slice(0, 3)
    .map((e) => `${e.pointer || 'body'} ${e.message}`)
    .join('; ');
  return new ProblemError('validation-error', `The tenant is not valid: ${summary}.`, { errors });
}

function checkName(name: string, errors: ProblemFieldError[]): string {
  const trimmed = name.trim();
  if (trimmed.length === 0) errors.push({ location: 'body', pointer: '/name', message: 'must not be empty' });
  if (trimmed.length > MAX_NAME_LENGTH) {
    errors.push({ location: 'body', pointer: '/name', message: `must be at most ${MAX_NAME_LENGTH} characters` });
  }
  return trimmed;
}

function checkBranding(input: BrandingInput, errors: ProblemFieldError[]): Branding {
  const at = (member: string, message: string) =>
    errors.push({ location: 'body', pointer: `/branding/${member}`, message });
  const displayName = input.displayName?.trim() || null;
  if (displayName && displayName.length > MAX_NAME_LENGTH) {
    at('display_name', `must be at most ${MAX_NAME_LENGTH} characters`);
  }
  const logoUrl = input.logoUrl ?? null;
  if (logoUrl !== null) {
    let ok = logoUrl.length <= MAX_LOGO_URL_LENGTH && /^https?:\/\//i.test(logoUrl);
    if (ok) {
      try {
        ok = Boolean(new URL(logoUrl).hostname);
      } catch {
        ok = false;
      }
    }
    if (!ok) at('logo_url', 'must be an absolute http(s) URL of at most 2000 characters');
  }
  for (const [member, value] of [
    ['primary_color', input.primaryColor],
    ['accent_color', input.accentColor],
  ] as const) {
    if (value != null && !COLOR.test(value)) at(member, 'must be a colour like #1a4d8f');
  }
  return {
    displayName,
    logoUrl,
    primaryColor: input.primaryColor ?? null,
    accentColor: input.accentColor ?? null,
  };
}

function checkStripePriceId(value: string | null | undefined, errors: ProblemFieldError[]): void {
  if (value != null && !STRIPE_PRICE_ID.test(value)) {
    errors.push({ location: 'body', pointer: '/stripe_price_id', message: 'must be a Stripe Price id (price_…)' });
  }
}

// ------------------------------------------------------------------------------------ service

export interface TenantServiceOptions {
  store: TenantStore;
  /** The hosted site's own origins (FRONTEND_URL's and BACKEND_URL's): always allowed. */
  hostedOrigins: readonly string[];
  clock?: () => Date;
  /**
   * How long publishable-key and origin look-ups are remembered. Changes made in this process
   * clear the cache at once; other processes are told over `invalidations`, and see a change they
   * did not hear about within this time.
   */
  cacheTtlMs?: number;
  cacheMaxEntries?: number;
  /**
   * Where changes are announced and heard: every process forgets its look-ups when any tenant
   * changes, and a deletion (the database clears its users' `tenant_id`, not the user store) makes
   * every cache forget everything. The tenant CLI only announces.
   */
  invalidations?: Pick<InvalidationBus, 'publish'> & Partial<Pick<InvalidationBus, 'subscribe'>>;
}

/**
 * The rules for tenants (career sites): the Admin API's operations, and how the three kinds of
 * tenant credentials are checked: the publishable key with its allowed origins, the secret key,
 * and the origin of a CORS preflight.
 */
export class TenantService {
  private readonly store: TenantStore;
  private readonly hosted: ReadonlySet<string>;
  private readonly byPublishableKey: ExpiringCache<Tenant | null>;
  private readonly originAllowed: ExpiringCache<boolean>;
  private readonly invalidations: TenantServiceOptions['invalidations'];

  constructor(options: TenantServiceOptions) {
    this.store = options.store;
    this.hosted = new Set(options.hostedOrigins);
    this.invalidations = options.invalidations;
    this.invalidations?.subscribe?.((message) => {
      const change = readInvalidation(message);
      if (change.kind === 'tenant' || change.kind === 'everything') this.invalidate();
    });
    const clock = options.clock ?? (() => new Date());
    const now = () => clock().getTime();
    const ttl = options.cacheTtlMs ?? DEFAULT_CACHE_TTL_MS;
    const max = options.cacheMaxEntries ?? DEFAULT_CACHE_MAX_ENTRIES;
    this.byPublishableKey = expiringCache<Tenant | null>({
      ttlMs: ttl,
      maxEntries: max,
      now,
      load: async (key) => (await this.store.findByPublishableKey(key)) ?? null,
    });
    this.originAllowed = expiringCache<boolean>({
      ttlMs: ttl,
      maxEntries: max,
      now,
      load: (origin) => this.store.anyTenantAllowsOrigin(origin),
    });
  }

  // ---------------------------------------------------------------- Admin API

  async create(input: CreateTenantInput): Promise<TenantWithSecretKey> {
    const errors: ProblemFieldError[] = [];
    const name = checkName(input.name, errors);
    const branding = checkBranding(input.branding ?? EMPTY_BRANDING, errors);
    checkStripePriceId(input.stripePriceId, errors);
    let allowedOrigins: string[] = [];
    try {
      allowedOrigins = normaliseOrigins(input.allowedOrigins);
    } catch (err) {
      if (!(err instanceof ProblemError)) throw err;
      errors.push(...(err.errors ?? []));
    }
    if (errors.length > 0) throw invalid(errors);

    const secretKey = newTenantKey('sk');
    const tenant: NewTenant = {
      id: newId('ten'),
      name,
      publishableKey: newTenantKey('pk'),
      allowedOrigins,
      branding,
      stripePriceId: input.stripePriceId ?? null,
      requireEmailVerification: input.requireEmailVerification ?? false,
    };
    const created = await this.store.create(tenant, hashSecret(secretKey));
    // Its origins may have been refused a moment ago, and remembered so.
    await this.changed(created.id);
    return { tenant: created, secretKey };
  }

  async list(request: PageRequest): Promise<Page<Tenant>> {
    return toPage('tenants', await this.store.list(pageQuery('tenants', request)), (tenant) => tenant);
  }

  async get(id: string): Promise<Tenant> {
    return (await this.find(id)) ?? notFound(id);
  }

  /** The tenant, or undefined (deleted meanwhile, say). */
  find(id: string): Promise<Tenant | undefined> {
    return this.store.findById(id);
  }

  async update(id: string, input: UpdateTenantInput): Promise<Tenant> {
    const errors: ProblemFieldError[] = [];
    const changes: TenantChanges = {};
    if (input.name !== undefined) changes.name = checkName(input.name, errors);
    if (input.branding !== undefined) changes.branding = checkBranding(input.branding, errors);
    if (input.stripePriceId !== undefined) {
      checkStripePriceId(input.stripePriceId, errors);
      changes.stripePriceId = input.stripePriceId;
    }
    if (input.requireEmailVerification !== undefined) changes.requireEmailVerification = input.requireEmailVerification;
    if (input.allowedOrigins !== undefined) {
      try {
        changes.allowedOrigins = normaliseOrigins(input.allowedOrigins);
      } catch (err) {
        if (!(err instanceof ProblemError)) throw err;
        errors.push(...(err.errors ?? []));
      }
    }
    if (errors.length > 0) throw invalid(errors);
    const updated = await this.store.update(id, changes);
    if (updated) await this.changed(id);
    return updated ?? notFound(id);
  }

  async delete(id: string): Promise<void> {
    const deleted = await this.store.delete(id);
    if (!deleted) notFound(id);
    this.invalidate();
    await this.invalidations?.publish(FORGET_EVERYTHING);
  }

  /** A new secret key; the old one stops working with the next request, on every replica. */
  async rotateSecretKey(id: string): Promise<TenantWithSecretKey> {
    const secretKey = newTenantKey('sk');
    const tenant = await this.store.replaceSecretKeyHash(id, hashSecret(secretKey));
    // Secret keys are never remembered; the look-ups are forgotten all the same, as for any change.
    if (tenant) await this.changed(id);
    return { tenant: tenant ?? notFound(id), secretKey };
  }

  // ---------------------------------------------------------------- credentials

  /**
   * The tenant of an `X-Publishable-Key`, if the request may use it. `origin` is the request's
   * `Origin` header: a browser always sends it on cross-origin requests, so it must be one of the
   * tenant's (or the hosted site's); a request without one (server to server, curl) is not a
   * browser being abused by another site and is accepted.
   */
  async resolvePublishableKey(publishableKey: string, origin: string | undefined): Promise<Tenant> {
    const tenant = await this.findByPublishableKey(publishableKey);
    if (!tenant) {
      // The same answer for a malformed key and an unknown one: nothing to learn about which exist.
      throw new ProblemError(
        'unauthorized',
        'The X-Publishable-Key is not a valid publishable key. Copy it again from the tenant settings.',
      );
    }
    if (origin !== undefined && !this.tenantAllowsOrigin(tenant, origin)) {
      const shown = origin.length > 100 ? `${origin.slice(0, 100)}…` : origin;
      throw new ProblemError(
        'origin-not-allowed',
        `${JSON.stringify(shown)} is not an allowed origin for this publishable key; add it to the tenant's allowed origins.`,
      );
    }
    return tenant;
  }

  /** Whether a browser request from `origin` may use this publishable key (false for unknown keys). */
  async originAllowedForKey(publishableKey: string, origin: string): Promise<boolean> {
    const tenant = await this.findByPublishableKey(publishableKey);
    return tenant !== null && this.tenantAllowsOrigin(tenant, origin);
  }

  /** The tenant of a secret key `sk_…`. Never cached: a rotated key stops working everywhere at once. */
  async authenticateSecretKey(secretKey: string): Promise<Tenant> {
    const tenant = SECRET_KEY_PATTERN.test(secretKey)
      ? await this.store.findBySecretKeyHash(hashSecret(secretKey))
      : undefined;
    if (!tenant) {
      throw new ProblemError(
        'unauthorized',
        'Authenticate with a valid tenant secret key: `Authorization: Bearer sk_…`. A replaced key no longer works.',
        { headers: { 'WWW-Authenticate': 'Bearer realm="resume2website"' } },
      );
    }
    return tenant;
  }

  isHostedOrigin(origin: string): boolean {
    return this.hosted.has(origin);
  }

  /** Whether `origin` is the hosted site's or any tenant's allowed origin: the CORS preflight's rule. */
  async isAllowedOrigin(origin: string): Promise<boolean> {
    if (this.hosted.has(origin)) return true;
    const result = normaliseOrigin(origin);
    if ('error' in result) return false;
    return this.originAllowed.get(result.origin);
  }

  // ---------------------------------------------------------------- Tenant API

  async listPortfolios(tenant: Tenant, request: PageRequest): Promise<Page<TenantPortfolioRecord>> {
    const page = await this.store.listPortfolios(tenant.id, pageQuery('tenant-portfolios', request));
    return toPage('tenant-portfolios', page, (portfolio) => portfolio);
  }

  // ---------------------------------------------------------------- internals

  private tenantAllowsOrigin(tenant: Tenant, origin: string): boolean {
    if (this.hosted.has(origin)) return true;
    const result = normaliseOrigin(origin);
    return !('error' in result) && tenant.allowedOrigins.includes(result.origin);
  }

  private async findByPublishableKey(publishableKey: string): Promise<Tenant | null> {
    if (!PUBLISHABLE_KEY_PATTERN.test(publishableKey)) return null;
    return this.byPublishableKey.get(publishableKey);
  }

  /** Forgets the look-ups here at once, then tells the other processes. */
  private async changed(tenantId: string): Promise<void> {
    this.invalidate();
    await this.invalidations?.publish(tenantChanged(tenantId));
  }

  /** Any change may affect a key's tenant or an origin's answer: forget everything remembered. */
  private invalidate(): void {
    this.byPublishableKey.clear();
    this.originAllowed.clear();
  }
}

function notFound(id: string): never {
  throw new ProblemError('not-found', `There is no tenant ${id}.`);
}
