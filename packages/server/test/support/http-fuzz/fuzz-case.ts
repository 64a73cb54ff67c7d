import type { FuzzIdentities } from './fuzz-identities.js';
import type { WireStep } from './raw-exchange.js';

/** Who a case claims to be. Each is chosen only for operations whose security names it. */
export type AuthVariant =
  | 'anonymous'
  | 'bogus-bearer'
  | 'guest-bearer'
  | 'user-bearer'
  | 'guest-cookie'
  | 'tenant-secret'
  | 'admin-token'
  | 'publishable-key';

export interface FuzzCase {
  /** `<operationId>/<family>.<shape>/<instance>/<auth>`: what FUZZ_CASE selects. */
  id: string;
  /** Sent as X-Request-Id, so a server log line (a fatal one included) names the case. */
  requestId: string;
  operationId: string;
  family: string;
  shape: string;
  auth: AuthVariant;
  steps: WireStep[];
  /** The client kept to HTTP/1.1 framing and waited: a close without an answer is a failure. */
  expectAnswer: boolean;
  /** A valid request (the client misbehaves only while the answer comes): a 2xx is right. */
  maySucceed: boolean;
  /** Trickles or stalls on purpose: run apart from the fast cases, with a longer time limit. */
  slow: boolean;
  timeoutMs: number;
}

export function authHeaders(variant: AuthVariant, identities: FuzzIdentities): [string, string][] {
  switch (variant) {
    case 'anonymous':
      return [];
    case 'bogus-bearer':
      return [['Authorization', 'Bearer \u00ff\u00fe not-a-session \t']];
    case 'guest-bearer':
      return [['Authorization', `Bearer ${identities.guestSession}`]];
    case 'user-bearer':
      return [['Authorization', `Bearer ${identities.userSession}`]];
    // No Origin and no Sec-Fetch-Site: unsafe methods must be refused as cross-site.
    case 'guest-cookie':
      return [['Cookie', `r2w_session=${identities.guestSession}`]];
    case 'tenant-secret':
      return [['Authorization', `Bearer ${identities.tenantSecret}`]];
    case 'admin-token':
      return [['X-Admin-Token', identities.adminToken]];
    // Without the tenant's Origin.
    case 'publishable-key':
      return [['X-Publishable-Key', identities.publishableKey]];
  }
}

/** The request line and headers, byte for byte as given (latin1, so any byte can be sent). */
export function encodeHead(method: string, target: string, headers: [string, string][]): Buffer {
  const lines = [`${method} ${target} HTTP/1.1`, ...headers.map(([name, value]) => `${name}: ${value}`), '', ''];
  return Buffer.from(lines.join('\r\n'), 'latin1');
}
