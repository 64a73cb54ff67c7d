/** Who is calling: the signed-in account and its session, as the authentication middleware found them. */
export interface AuthContext {
  /** The token as presented; needed to hand an existing guest session back unchanged. */
  token: string;
  userId: string;
  isGuest: boolean;
  tenantId: string | null;
  sessionTokenHash: string;
  sessionExpiresAt: Date;
  /** How the session arrived: cookies are subject to the CSRF check, bearer tokens are not. */
  via: 'bearer' | 'cookie';
}

/** The career site identified by `X-Publishable-Key`, after its origin check passed. */
export interface TenantContext {
  id: string;
  name: string;
}
