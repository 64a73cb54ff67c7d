import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toDbTime } from '../src/adapters/sql-values.js';
import { cvWithDocument, jsonResumeFile } from './support/cv-uploads.js';
import { databaseKinds } from './support/database-kinds.js';
import { linkTo, startSmtpInbox, type SmtpInbox } from './support/smtp-inbox.js';
import {
  refundedCharge,
  signWebhook,
  startStripeMock,
  stripeEvent,
  type StripeMock,
} from './support/stripe-mock-server.js';
import { startTestApp, type TestApp } from './support/test-app.js';

// Email through a real SMTP server on loopback (smtp-server): what people receive, in their
// language, and what the links in it do. Sending happens in the mail job, never in the request.

const PROBLEM = 'https://resume2website.com/problems/';
const PASSWORD = 'correct horse battery staple';
const ADMIN_TOKEN = 'test-admin-token-0123456789abcdefghijklmnop';
let counter = 0;
const uniqueEmail = (name = 'ada') => `${name}.${Date.now()}.${++counter}@example.com`;
const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

interface SessionBody {
  session_id: string;
  user: { id: string; email_verified: boolean; email_verified_at: string | null; locale: string };
}

const kinds = await databaseKinds('email');

describe.each(kinds)('email [%s]', (database) => {
  let inbox: SmtpInbox;
  let app: TestApp;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    app = await startTestApp({
      database,
      env: { SMTP_URL: inbox.url, MAIL_FROM: 'RESUME2WEBSITE <no-reply@r2w.test>', ADMIN_TOKEN },
      rateLimitOverrides: { passwordResetPerAddress: { points: 4, durationSeconds: 3600 } },
    });
  });

  afterAll(async () => {
    await app?.close();
    await inbox?.close();
  });

  async function register(email = uniqueEmail(), headers: Record<string, string> = {}) {
    const res = await app.request('POST', '/api/v1/auth/register', {
      json: { email, password: PASSWORD, full_name: 'Ada Lovelace' },
      headers,
    });
    expect(res.status, res.text).toBe(200);
    return { email, session: res.json<SessionBody>() };
  }

  it('verifies the address through the link sent at sign-up, in the browser’s language', async () => {
    const { email, session } = await register(uniqueEmail(), { 'accept-language': 'es-ES,es;q=0.9,en;q=0.8' });
    expect(session.user).toMatchObject({ email_verified: false, email_verified_at: null, locale: 'es' });
    const mail = await inbox.waitFor(email);
    expect(mail.from?.text).toContain('no-reply@r2w.test');
    expect(mail.html).toContain('lang="es"');
    const link = linkTo(mail, '/verify-email');
    expect(link.origin).toBe(app.config.frontendUrl);
    const token = link.searchParams.get('token')!;

    // No session needed: the link may be opened anywhere
    const verified = await app.request('POST', '/api/v1/auth/verify-email', { json: { token } });
    expect(verified.status, verified.text).toBe(200);
    expect(verified.json()).toMatchObject({ id: session.user.id, email_verified: true });
    expect(Date.parse(verified.json<{ email_verified_at: string }>().email_verified_at)).toBeGreaterThan(0);
    const again = await app.request('POST', '/api/v1/auth/verify-email', { json: { token } });
    expect(again.status).toBe(400);
    expect(again.json()).toMatchObject({ type: `${PROBLEM}invalid-token` });
    const resend = await app.request('POST', '/api/v1/auth/verify-email/resend', {
      headers: bearer(session.session_id),
    });
    expect(resend.status).toBe(409);
  });

  it('sends a new verification link on request; the older one stops working; guests have none', async () => {
    const { email, session } = await register();
    const first = linkTo(await inbox.waitFor(email), '/verify-email').searchParams.get('token')!;
    const resend = await app.request('POST', '/api/v1/auth/verify-email/resend', {
      headers: bearer(session.session_id),
    });
    expect(resend.status, resend.text).toBe(202);
    const second = linkTo(
      await inbox.waitFor(email, (m) => !m.text?.includes(first)),
      '/verify-email',
    ).searchParams.get('token')!;
    expect(second).not.toBe(first);
    expect((await app.request('POST', '/api/v1/auth/verify-email', { json: { token: first } })).status).toBe(400);
    expect((await app.request('POST', '/api/v1/auth/verify-email', { json: { token: second } })).status).toBe(200);
    const guest = (await app.request('POST', '/api/v1/auth/guest')).json<SessionBody>();
    const guestResend = await app.request('POST', '/api/v1/auth/verify-email/resend', {
      headers: bearer(guest.session_id),
    });
    expect(guestResend.status).toBe(409);
    for (const token of ['', 'x'.repeat(43), 'not a token']) {
      const res = await app.request('POST', '/api/v1/auth/verify-email', { json: { token } });
      expect([400, 422]).toContain(res.status);
    }
  });

  it('resets a forgotten password from the email alone, ending every session', async () => {
    const { email, session } = await register();
    const unknown = uniqueEmail('nobody');
    // The same answer for an address nobody has, and nothing is sent to it
    const none = await app.request('POST', '/api/v1/auth/password-reset', { json: { email: unknown } });
    expect(none.status, none.text).toBe(202);
    expect(none.text).toBe('');
    expect(none.headers.get('content-type')).toBeNull();
    const asked = await app.request('POST', '/api/v1/auth/password-reset', { json: { email: email.toUpperCase() } });
    expect(asked.status).toBe(202);
    const mail = await inbox.waitFor(email, (m) => (m.text ?? '').includes('/reset-password?token='));
    expect(inbox.to(unknown)).toEqual([]);
    const token = linkTo(mail, '/reset-password').searchParams.get('token')!;

    // A password the rules refuse leaves the link working
    const weak = await app.request('POST', '/api/v1/auth/password-reset/confirm', {
      json: { token, password: 'password123' },
    });
    expect(weak.status).toBe(422);
    expect(weak.json()).toMatchObject({ errors: [{ pointer: '/password' }] });

    const reset = await app.request('POST', '/api/v1/auth/password-reset/confirm', {
      json: { token, password: 'a brand new passphrase' },
    });
    expect(reset.status, reset.text).toBe(200);
    const fresh = reset.json<SessionBody>();
    expect(reset.headers.get('set-cookie')).toContain(`r2w_session=${fresh.session_id}`);
    expect(fresh.user.email_verified).toBe(true); // the link proved the address
    expect((await app.request('GET', '/api/v1/auth/me', { headers: bearer(session.session_id) })).status).toBe(401);
    const login = (password: string) => app.request('POST', '/api/v1/auth/login', { json: { email, password } });
    expect((await login(PASSWORD)).status).toBe(401);
    expect((await login('a brand new passphrase')).status).toBe(200);

    // Used once only, and the person is told their password changed
    const reused = await app.request('POST', '/api/v1/auth/password-reset/confirm', {
      json: { token, password: 'yet another passphrase' },
    });
    expect(reused.status).toBe(400);
    expect(reused.json()).toMatchObject({ type: `${PROBLEM}invalid-token` });
    const notice = await inbox.waitFor(email, (m) => (m.text ?? '').includes('/forgot-password'));
    expect(notice.subject).toMatch(/password/i);
  });

  it('refuses an expired link and one replaced by a newer link', async () => {
    const { email } = await register();
    const ask = () => app.request('POST', '/api/v1/auth/password-reset', { json: { email } });
    const tokensSoFar = () =>
      inbox.to(email).flatMap((m) => {
        const match = /reset-password\?token=([A-Za-z0-9_-]+)/.exec(m.text ?? '');
        return match ? [match[1]!] : [];
      });
    expect((await ask()).status).toBe(202);
    await inbox.waitFor(email, (m) => (m.text ?? '').includes('reset-password'));
    const [older] = tokensSoFar();
    expect((await ask()).status).toBe(202);
    await inbox.waitFor(email, () => tokensSoFar().length === 2);
    const newer = tokensSoFar().find((t) => t !== older)!;
    const confirm = (token: string) =>
      app.request('POST', '/api/v1/auth/password-reset/confirm', {
        json: { token, password: 'a brand new passphrase' },
      });
    expect((await confirm(older!)).status).toBe(400);

    // 31 minutes later (moved in the database: the link's clock is the server's)
    await app.container.db('email_tokens').update({ expires_at: toDbTime(new Date(Date.now() - 60_000)) });
    const expired = await confirm(newer);
    expect(expired.status).toBe(400);
    expect(expired.json()).toMatchObject({ type: `${PROBLEM}invalid-token` });
  });

  it('stops sending past the per-address limit, without telling or locking out the owner', async () => {
    const { email } = await register();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      statuses.push((await app.request('POST', '/api/v1/auth/password-reset', { json: { email } })).status);
    }
    expect(statuses).toEqual([202, 202, 202, 202, 202, 202]);
    const resets = () => inbox.to(email).filter((m) => (m.text ?? '').includes('/reset-password?token='));
    await inbox.waitFor(email, () => resets().length === 4);
    await new Promise((r) => setTimeout(r, 500));
    expect(resets()).toHaveLength(4); // the limit is 4 an hour in this suite
  });

  it('tells the person their website is live, unless they turned such messages off', async () => {
    const { email, session } = await register();
    const me = bearer(session.session_id);
    const publish = async (name: string) => {
      const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name } }));
      const created = await app.request('POST', '/api/v1/portfolios', {
        json: { cv_id: cvId, theme: 'classic' },
        headers: me,
      });
      expect(created.status, created.text).toBe(201);
      const id = created.json<{ id: string }>().id;
      expect((await app.request('POST', `/api/v1/portfolios/${id}/publish`, { headers: me })).status).toBe(202);
      for (let i = 0; i < 300; i++) {
        const p = (await app.request('GET', `/api/v1/portfolios/${id}`, { headers: me })).json<{
          status: string;
          published_url: string | null;
        }>();
        if (p.status === 'published') return p.published_url!;
        await new Promise((r) => setTimeout(r, 20));
      }
      throw new Error('never published');
    };
    const url = await publish('Live Person');
    const live = await inbox.waitFor(email, (m) => (m.text ?? '').includes(url));
    expect(live.html).toContain(`href="${url}"`);

    const off = await app.request('PATCH', '/api/v1/auth/me', { json: { email_notifications: false }, headers: me });
    expect(off.status, off.text).toBe(200);
    expect(off.json()).toMatchObject({ user: { email_notifications: false } });
    const quietUrl = await publish('Quiet Person');
    // The first notice came within milliseconds of its publish; give this one more than that
    await new Promise((r) => setTimeout(r, 1000));
    expect(inbox.to(email).filter((m) => (m.text ?? '').includes(quietUrl))).toEqual([]);
    const bad = await app.request('PATCH', '/api/v1/auth/me', { json: { email_notifications: 'no' }, headers: me });
    expect(bad.status).toBe(422);
    const empty = await app.request('PATCH', '/api/v1/auth/me', { json: {}, headers: me });
    expect(empty.status).toBe(422);
  });

  it('keeps retrying when the mail server refuses or hangs up, and delivers once it accepts', async () => {
    inbox.refuseNext(1);
    inbox.dropNext(1);
    const refused = inbox.refused;
    const dropped = inbox.dropped;
    const { email, session } = await register();
    // The request that caused the message did not wait for it, nor fail with it
    expect(session.user.email_verified).toBe(false);
    const mail = await inbox.waitFor(email, undefined, 30_000);
    expect(inbox.dropped).toBe(dropped + 1);
    expect(inbox.refused).toBe(refused + 1);
    expect(linkTo(mail, '/verify-email')).toBeTruthy();
  }, 40_000);

  it('lets a tenant require a verified address before publishing', async () => {
    const tenant = await app.request('POST', '/api/v1/admin/tenants', {
      json: { name: 'Strict Jobs', allowed_origins: ['https://strict.example'], require_email_verification: true },
      headers: { 'x-admin-token': ADMIN_TOKEN },
    });
    expect(tenant.status, tenant.text).toBe(201);
    const { publishable_key: key } = tenant.json<{ publishable_key: string }>();
    expect(tenant.json()).toMatchObject({ require_email_verification: true });
    const { email, session } = await register(uniqueEmail('strict'), {
      'x-publishable-key': key,
      origin: 'https://strict.example',
    });
    const me = bearer(session.session_id);
    const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Strict Person' } }));
    const created = await app.request('POST', '/api/v1/portfolios', {
      json: { cv_id: cvId, theme: 'classic' },
      headers: me,
    });
    const id = created.json<{ id: string }>().id;
    const refused = await app.request('POST', `/api/v1/portfolios/${id}/publish`, { headers: me });
    expect(refused.status, refused.text).toBe(403);
    expect(refused.json()).toMatchObject({ type: `${PROBLEM}email-not-verified` });
    // The branded message names the tenant
    const mail = await inbox.waitFor(email);
    expect(mail.subject).toContain('Strict Jobs');
    const token = linkTo(mail, '/verify-email').searchParams.get('token')!;
    expect((await app.request('POST', '/api/v1/auth/verify-email', { json: { token } })).status).toBe(200);
    expect((await app.request('POST', `/api/v1/portfolios/${id}/publish`, { headers: me })).status).toBe(202);
  });
});

describe('email without an SMTP server', () => {
  it('writes each message as an .eml file under DATA_DIR/mail', async () => {
    const app = await startTestApp();
    try {
      const email = uniqueEmail('eml');
      const res = await app.request('POST', '/api/v1/auth/register', {
        json: { email, password: PASSWORD, full_name: 'File Reader' },
      });
      expect(res.status).toBe(200);
      const dir = path.join(app.config.dataDir, 'mail');
      let files: string[] = [];
      for (let i = 0; i < 200 && files.length === 0; i++) {
        files = await readdir(dir).catch(() => []);
        if (!files.length) await new Promise((r) => setTimeout(r, 25));
      }
      expect(files).toHaveLength(1);
      expect(files[0]).toMatch(/\.eml$/);
      const raw = await readFile(path.join(dir, files[0]!), 'utf8');
      expect(raw).toContain(`To: ${email}`);
      expect(raw).toMatch(/verify-email\?token=/);
    } finally {
      await app.close();
    }
  });
});

describe('messages about payments (local Stripe API)', () => {
  const WEBHOOK_SECRET = 'whsec_email_0123456789abcdefghijklmnopqrstu';
  let inbox: SmtpInbox;
  let stripe: StripeMock;
  let app: TestApp;

  beforeAll(async () => {
    inbox = await startSmtpInbox();
    stripe = await startStripeMock();
    stripe.prices.price_site = { amount: 1200, currency: 'eur' };
    app = await startTestApp({
      env: {
        SMTP_URL: inbox.url,
        STRIPE_SECRET_KEY: 'sk_test_email_0123456789',
        STRIPE_PUBLISHABLE_KEY: 'pk_test_email_0123456789',
        STRIPE_WEBHOOK_SECRET: WEBHOOK_SECRET,
        STRIPE_PRICE_ID: 'price_site',
        STRIPE_API_BASE_URL: stripe.url,
      },
    });
  });

  afterAll(async () => {
    await app?.close();
    await stripe?.close();
    await inbox?.close();
  });

  const deliver = (event: Record<string, unknown>) => {
    const payload = JSON.stringify(event);
    return app.request('POST', '/api/v1/payments/webhook', {
      body: payload,
      headers: { 'content-type': 'application/json', 'stripe-signature': signWebhook(payload, WEBHOOK_SECRET) },
    });
  };

  it('sends a receipt and "your website is live" after paying, and says why it went offline after a refund', async () => {
    const email = uniqueEmail('buyer');
    const registered = await app.request('POST', '/api/v1/auth/register', {
      json: { email, password: PASSWORD, full_name: 'Bea Buyer' },
      headers: { 'accept-language': 'de-DE' },
    });
    const me = bearer(registered.json<SessionBody>().session_id);
    const cvId = await cvWithDocument(app, me, jsonResumeFile({ basics: { name: 'Bea Buyer' } }));
    const created = await app.request('POST', '/api/v1/portfolios', {
      json: { cv_id: cvId, theme: 'classic' },
      headers: me,
    });
    const portfolio = created.json<{ id: string; slug: string }>();
    const started = await app.request('POST', `/api/v1/portfolios/${portfolio.id}/checkout`, { headers: me });
    expect(started.status, started.text).toBe(200);
    const paid = stripe.complete(started.json<{ checkout_session_id: string }>().checkout_session_id);
    expect((await deliver(stripeEvent('checkout.session.completed', paid))).status).toBe(200);

    // A receipt in the account's language (German: 12,00 €), naming the website
    const receipt = await inbox.waitFor(email, (m) => (m.text ?? '').includes('12,00'));
    expect(receipt.text).toContain(portfolio.slug);
    expect(receipt.html).toContain('lang="de"');
    const live = await inbox.waitFor(
      email,
      (m) => (m.text ?? '').includes(`/sites/${portfolio.slug}/`) && m !== receipt,
    );
    expect(live.subject).not.toBe(receipt.subject);

    const refund = stripeEvent('charge.refunded', refundedCharge(paid.payment_intent!, 1200, 'eur'));
    expect((await deliver(refund)).status).toBe(200);
    const down = await inbox.waitFor(
      email,
      (m) => m !== receipt && m !== live && (m.text ?? '').includes(portfolio.slug),
    );
    expect(down.subject).not.toBe(receipt.subject);
    expect(down.subject).not.toBe(live.subject);
  });
});
