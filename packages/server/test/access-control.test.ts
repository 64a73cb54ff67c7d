import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadApiSpec } from '../src/spec.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Every operation whose contract requires a session, called with each kind of credential that is
// not a user session: all must answer 401 before anything else happens (no validation detail, no
// hint whether the resource exists).
const { contract, document } = loadApiSpec();
const sessionOperations: { operationId: string; method: string; path: string }[] = [];
for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { operationId?: string }>>)) {
  for (const [method, op] of Object.entries(item)) {
    if (!op?.operationId) continue;
    const concrete = path
      .replace('{cv_id}', 'cv_0123456789abcdefghijklmnop')
      .replace('{extraction_id}', 'ext_0123456789abcdefghijklmnop')
      .replace('{portfolio_id}', 'pf_0123456789abcdefghijklmnop')
      .replace('{session_id}', 'cs_test_123')
      .replace(/\{[^}]+\}/g, 'x');
    const match = contract.match(method.toUpperCase(), concrete);
    if (match.kind === 'matched' && match.match.operation.sessionRequired) {
      sessionOperations.push({ operationId: op.operationId, method: method.toUpperCase(), path: concrete });
    }
  }
}

describe('operations that need a session', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('covers the user-owned resources of the contract', () => {
    const ids = sessionOperations.map((o) => o.operationId);
    for (const id of [
      'getCurrentUser',
      'uploadCv',
      'getCv',
      'getCvData',
      'getExtraction',
      'createPortfolio',
      'publishPortfolio',
      'createCheckoutSession',
      'listPortfolioPayments',
    ]) {
      expect(ids).toContain(id);
    }
    for (const id of [
      'registerUser',
      'loginUser',
      'createGuestSession',
      'getHealth',
      'handleStripeWebhook',
      'listTenantPortfolios',
      'createTenant',
    ]) {
      expect(ids).not.toContain(id);
    }
  });

  const credentials: [string, Record<string, string>][] = [
    ['no credentials', {}],
    ['a forged session token', { authorization: 'Bearer ' + 'A'.repeat(43) }],
    ['a tenant secret key', { authorization: 'Bearer sk_' + 'a'.repeat(40) }],
    ['a publishable key only', { 'x-publishable-key': 'pk_' + 'a'.repeat(24) }],
    ['an unknown session cookie', { cookie: 'r2w_session=' + 'B'.repeat(43) }],
  ];

  it.each(credentials)('answers every one with 401 for %s', async (_name, headers) => {
    for (const op of sessionOperations) {
      const res = await app.request(op.method, op.path, {
        headers: { ...headers, 'content-type': 'application/json' },
        body: op.method === 'GET' || op.method === 'DELETE' ? undefined : '{"not":"valid for any of them"}',
        unchecked: headers['x-publishable-key'] !== undefined, // a bad key may answer 401 from the tenant check first
      });
      expect({ op: op.operationId, status: res.status }).toEqual({ op: op.operationId, status: 401 });
      expect(res.json().type).toBe('https://resume2website.com/problems/unauthorized');
    }
  });
});
