import * as oidc from 'openid-client';
import { OpenIdConnectError } from '../domain/errors.js';
import type { AuthorizationAttempt, OpenIdConnectProvider } from './oauth-provider.js';
import type { OAuthProviderName } from '../domain/oauth.js';

/**
 * Sign-in with an OpenID Connect provider (Google, LinkedIn) through openid-client, the only
 * module that imports it. It speaks the protocol: discovery, the authorization URL, the code
 * exchange and the ID token's checks (signature against the issuer's keys, `iss`, `aud`, `exp`,
 * `nonce`, PKCE). What to do with the person it returns is the OAuth service's business.
 */

/**
 * What each provider's authorization-code flow accepts. LinkedIn's OpenID Connect flow for web
 * apps refuses a `code_verifier` at its token endpoint (401 invalid_client) and puts no `nonce`
 * in its ID token, so it relies on the one-time, browser-bound `state` and the client secret.
 * See docs/decisions/0003-social-sign-in.md.
 */
export const PROVIDER_PROFILES: Record<OAuthProviderName, { pkce: boolean; nonce: boolean }> = {
  google: { pkce: true, nonce: true },
  linkedin: { pkce: false, nonce: false },
};

const SCOPES = 'openid email profile';
const TIMEOUT_SECONDS = 10;
const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Plain HTTP is allowed only for a local stand-in issuer (tests, development), never in production. */
export function isLoopbackHttpIssuer(issuerUrl: string): boolean {
  const url = new URL(issuerUrl);
  return url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname);
}

function stringClaim(value: unknown): string | null {
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}

/** LinkedIn sends `email_verified` as the string "true"; Google as a boolean. */
function isTrue(value: unknown): boolean {
  return value === true || value === 'true';
}

function plausibleEmail(value: unknown): string | null {
  const email = stringClaim(value);
  return email && email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
}

function nameFrom(claims: Record<string, unknown>): string | null {
  const name =
    stringClaim(claims.name) ??
    ([stringClaim(claims.given_name), stringClaim(claims.family_name)].filter(Boolean).join(' ') || null);
  return name && name.slice(0, 200);
}

function asProviderError(err: unknown, what: string): OpenIdConnectError {
  if (err instanceof OpenIdConnectError) return err;
  // The token endpoint's own error code (`invalid_grant`, …) when it answered with one.
  const code = err instanceof oidc.ResponseBodyError ? err.error : 'provider_error';
  return new OpenIdConnectError(code, `${what}: ${(err as Error)?.message ?? String(err)}`, { cause: err });
}

export function createOpenIdConnectProvider(options: {
  name: OAuthProviderName;
  issuerUrl: string;
  clientId: string;
  clientSecret: string;
  /** Allow a plain-HTTP loopback issuer; the caller refuses this in production. */
  allowInsecureLoopback: boolean;
}): OpenIdConnectProvider {
  const profile = PROVIDER_PROFILES[options.name];
  const insecure = options.allowInsecureLoopback && isLoopbackHttpIssuer(options.issuerUrl);
  let configuration: Promise<oidc.Configuration> | undefined;

  /** Discovered once and kept; a failed discovery is retried by the next attempt. */
  function discover(): Promise<oidc.Configuration> {
    configuration ??= oidc
      .discovery(new URL(options.issuerUrl), options.clientId, options.clientSecret, undefined, {
        // ID tokens are verified against the issuer's published keys, not only trusted for TLS.
        execute: [oidc.enableNonRepudiationChecks, ...(insecure ? [oidc.allowInsecureRequests] : [])],
        timeout: TIMEOUT_SECONDS,
      })
      .catch((err: unknown) => {
        configuration = undefined;
        throw asProviderError(err, `discovery of ${options.issuerUrl} failed`);
      });
    return configuration;
  }

  return {
    name: options.name,

    async beginAuthorization(redirectUri) {
      const config = await discover();
      const attempt: AuthorizationAttempt = {
        state: oidc.randomState(),
        codeVerifier: oidc.randomPKCECodeVerifier(),
        nonce: profile.nonce ? oidc.randomNonce() : null,
      };
      const parameters: Record<string, string> = {
        redirect_uri: redirectUri,
        scope: SCOPES,
        state: attempt.state,
      };
      if (attempt.nonce) parameters.nonce = attempt.nonce;
      if (profile.pkce) {
        parameters.code_challenge = await oidc.calculatePKCECodeChallenge(attempt.codeVerifier);
        parameters.code_challenge_method = 'S256';
      }
      return { url: oidc.buildAuthorizationUrl(config, parameters).href, attempt };
    },

    async completeAuthorization(callbackUrl, attempt) {
      const config = await discover();
      let claims: Record<string, unknown>;
      let accessToken: string;
      try {
        const tokens = await oidc.authorizationCodeGrant(config, callbackUrl, {
          expectedState: attempt.state,
          idTokenExpected: true,
          ...(profile.pkce && { pkceCodeVerifier: attempt.codeVerifier }),
          ...(attempt.nonce !== null && { expectedNonce: attempt.nonce }),
        });
        claims = { ...tokens.claims()! };
        accessToken = tokens.access_token;
      } catch (err) {
        throw asProviderError(err, `${options.name} code exchange failed`);
      }
      const subject = claims.sub as string; // presence and type checked by openid-client
      let email = plausibleEmail(claims.email);
      let emailVerified = email !== null && isTrue(claims.email_verified);
      let name = nameFrom(claims);
      if (email === null) {
        // Some accounts' ID tokens leave the email out; userinfo is bound to the same subject.
        try {
          const info = (await oidc.fetchUserInfo(config, accessToken, subject)) as Record<string, unknown>;
          email = plausibleEmail(info.email);
          emailVerified = email !== null && isTrue(info.email_verified);
          name ??= nameFrom(info);
        } catch (err) {
          throw asProviderError(err, `${options.name} userinfo request failed`);
        }
      }
      return { subject, email, emailVerified, name };
    },
  };
}
