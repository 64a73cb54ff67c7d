import { randomBytes } from 'node:crypto';

/** The credentials a fuzz case may present, and real ids to put in path parameters. */
export interface FuzzIdentities {
  guestSession: string;
  userSession: string;
  adminToken: string;
  tenantSecret: string;
  publishableKey: string;
  /** Path parameter name → an id that exists (owned by the guest), where setting one up is cheap. */
  ids: Record<string, string>;
}

// A JSON Resume is imported without a model, so the CV has a document within milliseconds.
const RESUME = {
  basics: { name: 'Fuzz Target', label: 'Engineer', email: 'fuzz@example.com', summary: 'Ten years of systems.' },
  work: [{ name: 'Acme', position: 'Engineer', startDate: '2019-03', highlights: ['Built things'] }],
};

/**
 * Creates, through the public API and with well-formed requests, one of everything the hostile
 * requests then aim at: a guest with a CV, its extraction and a portfolio, a registered user, a
 * tenant. A hostile request with real ids and credentials gets past routing and authentication
 * to the code that parses and stores.
 */
export async function createFuzzIdentities(url: string, adminToken: string): Promise<FuzzIdentities> {
  const call = async <T>(
    method: string,
    path: string,
    init: { headers?: Record<string, string>; body?: RequestInit['body'] },
  ) => {
    const res = await fetch(url + path, { method, headers: init.headers, body: init.body ?? null });
    const text = await res.text();
    if (res.status >= 300) throw new Error(`fuzz set-up: ${method} ${path} answered ${res.status}: ${text}`);
    return JSON.parse(text) as T;
  };
  const json = (body: unknown) => ({ 'content-type': 'application/json', body: JSON.stringify(body) });

  const guest = await call<{ session_id: string }>('POST', '/api/v1/auth/guest', {});
  const bearer = { authorization: `Bearer ${guest.session_id}` };
  const { body: registerBody, ...registerHeaders } = json({
    email: `fuzz-${randomBytes(6).toString('hex')}@example.com`,
    password: `pw-${randomBytes(12).toString('hex')}`,
    full_name: 'Fuzz User',
  });
  const user = await call<{ session_id: string }>('POST', '/api/v1/auth/register', {
    headers: registerHeaders,
    body: registerBody,
  });

  const form = new FormData();
  form.append('file', new Blob([JSON.stringify(RESUME)], { type: 'application/json' }), 'resume.json');
  const cv = await call<{ id: string; extraction: { id: string } }>('POST', '/api/v1/cvs', {
    headers: bearer,
    body: form,
  });
  for (let i = 0; ; i++) {
    const extraction = await call<{ status: string }>('GET', `/api/v1/extractions/${cv.extraction.id}`, {
      headers: bearer,
    });
    if (extraction.status === 'succeeded') break;
    if (extraction.status === 'failed' || i > 250)
      throw new Error(`fuzz set-up: extraction ended ${extraction.status}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const themes = await call<{ items: { id: string }[] }>('GET', '/api/v1/themes', {});
  const { body: portfolioBody, ...portfolioHeaders } = json({ cv_id: cv.id, theme: themes.items[0]!.id });
  const portfolio = await call<{ id: string; slug: string; preview_url: string | null }>('POST', '/api/v1/portfolios', {
    headers: { ...bearer, ...portfolioHeaders },
    body: portfolioBody,
  });

  const { body: tenantBody, ...tenantHeaders } = json({ name: 'Fuzz Jobs', allowed_origins: ['https://fuzz.example'] });
  const tenant = await call<{ id: string; publishable_key: string; secret_key: string }>(
    'POST',
    '/api/v1/admin/tenants',
    {
      headers: { 'x-admin-token': adminToken, ...tenantHeaders },
      body: tenantBody,
    },
  );

  const previewToken = portfolio.preview_url ? /\/previews\/([^/]+)\//.exec(portfolio.preview_url)?.[1] : undefined;
  return {
    guestSession: guest.session_id,
    userSession: user.session_id,
    adminToken,
    tenantSecret: tenant.secret_key,
    publishableKey: tenant.publishable_key,
    ids: {
      cv_id: cv.id,
      extraction_id: cv.extraction.id,
      portfolio_id: portfolio.id,
      tenant_id: tenant.id,
      slug: portfolio.slug,
      ...(previewToken && { preview_token: previewToken }),
    },
  };
}

/**
 * Which of the shared credentials and resources no longer work. A hostile request the server
 * wrongly acted on (a logout, a delete, a guest claimed by a sign-in) would otherwise turn every
 * later case into a plain 401 or 404 and hide what they were meant to reach.
 */
export async function brokenIdentities(url: string, identities: FuzzIdentities): Promise<string[]> {
  const checks: [string, string, Record<string, string>][] = [
    ['the guest session', '/api/v1/auth/me', { authorization: `Bearer ${identities.guestSession}` }],
    ['the user session', '/api/v1/auth/me', { authorization: `Bearer ${identities.userSession}` }],
    ["the guest's CV", `/api/v1/cvs/${identities.ids.cv_id}`, { authorization: `Bearer ${identities.guestSession}` }],
    [
      "the guest's portfolio",
      `/api/v1/portfolios/${identities.ids.portfolio_id}`,
      { authorization: `Bearer ${identities.guestSession}` },
    ],
    ['the tenant', `/api/v1/admin/tenants/${identities.ids.tenant_id}`, { 'x-admin-token': identities.adminToken }],
    ["the tenant's secret key", '/api/v1/tenant/portfolios', { authorization: `Bearer ${identities.tenantSecret}` }],
  ];
  const broken: string[] = [];
  for (const [name, path, headers] of checks) {
    const res = await fetch(url + path, { headers, signal: AbortSignal.timeout(3000) });
    await res.arrayBuffer();
    if (res.status !== 200) broken.push(`${name} (GET ${path} answered ${res.status})`);
  }
  return broken;
}
