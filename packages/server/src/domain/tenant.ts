import { randomBytes } from 'node:crypto';
import type { Portfolio, PortfolioView } from './portfolio.js';

/** How a tenant's pages and widget look; `null` means the server's default. */
export interface Branding {
  displayName: string | null;
  logoUrl: string | null;
  primaryColor: string | null;
  accentColor: string | null;
}

export const EMPTY_BRANDING: Branding = { displayName: null, logoUrl: null, primaryColor: null, accentColor: null };

/** A career site that embeds the widget. Its secret key is never part of it: only its hash is stored. */
export interface Tenant {
  id: string;
  name: string;
  publishableKey: string;
  /** Normalised origins (`scheme://host[:port]`, lower case), in the order the operator gave them. */
  allowedOrigins: string[];
  branding: Branding;
  stripePriceId: string | null;
  /** Its users must verify their address before publishing or paying. */
  requireEmailVerification: boolean;
  createdAt: Date;
  updatedAt: Date;
}

export type TenantKeyKind = 'pk' | 'sk';

const BASE62 = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
// 32 characters of [0-9A-Za-z] carry ~190 bits; the spec asks for at least 24 characters.
const KEY_LENGTH = 32;
// Bytes at or above this would make some characters likelier than others: 248 = 4 × 62.
const UNBIASED_LIMIT = 248;

/**
 * A tenant key: `pk_` (publishable) or `sk_` (secret) and 32 random characters of [0-9A-Za-z],
 * matching the spec's `^pk_[0-9a-zA-Z]{24,}$` / `^sk_[0-9a-zA-Z]{24,}$`. (base64url secrets from
 * `newSecretToken` would contain `-` and `_`, which the spec's patterns exclude.)
 */
export function newTenantKey(kind: TenantKeyKind): string {
  let out = '';
  while (out.length < KEY_LENGTH) {
    for (const byte of randomBytes(KEY_LENGTH * 2)) {
      if (byte < UNBIASED_LIMIT) out += BASE62[byte % 62];
      if (out.length === KEY_LENGTH) break;
    }
  }
  return `${kind}_${out}`;
}

export const PUBLISHABLE_KEY_PATTERN = /^pk_[0-9a-zA-Z]{24,128}$/;
export const SECRET_KEY_PATTERN = /^sk_[0-9a-zA-Z]{24,128}$/;

/** A portfolio as the Tenant API sees it (with its owner); URLs are derived by the caller. */
export type TenantPortfolioRecord = PortfolioView & Pick<Portfolio, 'userId'>;
