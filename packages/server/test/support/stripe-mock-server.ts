import { randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { Stripe } from 'stripe';
import { STRIPE_API_VERSION } from '../../src/adapters/stripe-gateway.js';

/**
 * A stand-in for the few Stripe endpoints payments use, on a loopback port, for driving the real
 * `stripe` SDK through STRIPE_API_BASE_URL: `POST /v1/checkout/sessions` (form-encoded, as the SDK
 * sends it; replays a repeated Idempotency-Key like Stripe) `GET /v1/checkout/sessions/:id` and `GET /v1/prices/:id`.
 * Every request is recorded as sent. Tests move sessions along (`complete`, `expire`) the way a
 * customer and Stripe would, and sign webhook deliveries with the SDK's own test helper.
 */

export interface RecordedStripeRequest {
  method: string;
  path: string;
  /** Lower-case header names. */
  headers: Record<string, string>;
  /** The form body, flattened as sent (`line_items[0][price]` → value). */
  form: Record<string, string>;
}

export type MockSession = Record<string, unknown> & {
  id: string;
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid' | 'no_payment_required';
  payment_intent: string | null;
};

export interface StripeMock {
  url: string;
  requests: RecordedStripeRequest[];
  /** The `POST /v1/checkout/sessions` requests. */
  createRequests(): RecordedStripeRequest[];
  sessions: Map<string, MockSession>;
  /** Prices the mock knows: id → amount (minor units) and currency. */
  prices: Record<string, { amount: number; currency: string }>;
  /** The customer paid (or, for a delayed method, submitted) the session. */
  complete(sessionId: string, paymentStatus?: 'paid' | 'unpaid'): MockSession;
  /** A delayed payment settled. */
  settle(sessionId: string): MockSession;
  expire(sessionId: string): MockSession;
  /** The next `count` requests answer this HTTP status (a Stripe outage). */
  failNext(status: number, count?: number): void;
  close(): Promise<void>;
}

const rand = (n = 14) => randomBytes(n).toString('hex').slice(0, n);

function stripeError(status: number, type: string, message: string, extra: Record<string, unknown> = {}) {
  return { status, body: { error: { type, message, ...extra } } };
}

export async function startStripeMock(): Promise<StripeMock> {
  const sessions = new Map<string, MockSession>();
  /** Idempotency-Key → what it was answered (errors too, as Stripe keeps them) and with which parameters. */
  const replays = new Map<string, { status: number; body: unknown; form: string }>();
  const failures: number[] = [];
  const requests: RecordedStripeRequest[] = [];
  const prices: StripeMock['prices'] = {};

  function createSession(form: Record<string, string>): { status: number; body: unknown } {
    const priceId = form['line_items[0][price]'];
    const price = priceId ? prices[priceId] : undefined;
    if (!price) {
      return stripeError(400, 'invalid_request_error', `No such price: '${priceId}'`, {
        code: 'resource_missing',
        param: 'line_items[0][price]',
      });
    }
    const quantity = Number(form['line_items[0][quantity]'] ?? '1');
    const metadata: Record<string, string> = {};
    for (const [key, value] of Object.entries(form)) {
      const m = /^metadata\[(.+)\]$/.exec(key);
      if (m) metadata[m[1]!] = value;
    }
    const id = `cs_test_${rand(24)}`;
    const created = Math.floor(Date.now() / 1000);
    const session: MockSession = {
      id,
      object: 'checkout.session',
      amount_subtotal: price.amount * quantity,
      amount_total: price.amount * quantity,
      client_reference_id: form.client_reference_id ?? null,
      client_secret: `${id}_secret_${rand(20)}`,
      created,
      currency: price.currency,
      customer: null,
      expires_at: created + 24 * 3600,
      livemode: false,
      metadata,
      mode: form.mode ?? 'payment',
      payment_intent: null,
      payment_status: 'unpaid',
      redirect_on_completion: form.redirect_on_completion ?? 'always',
      return_url: form.return_url ?? null,
      status: 'open',
      ui_mode: form.ui_mode ?? 'hosted_page',
      url: null,
    };
    sessions.set(id, session);
    return { status: 200, body: session };
  }

  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const url = new URL(req.url ?? '/', 'http://localhost');
      const headers = Object.fromEntries(
        Object.entries(req.headers).map(([k, v]) => [k.toLowerCase(), Array.isArray(v) ? v.join(', ') : (v ?? '')]),
      );
      const form = Object.fromEntries(new URLSearchParams(Buffer.concat(chunks).toString('utf8')));
      requests.push({ method: req.method ?? '', path: url.pathname, headers, form });

      const send = (status: number, body: unknown, extraHeaders: Record<string, string> = {}) => {
        res.writeHead(status, { 'content-type': 'application/json', 'request-id': `req_${rand()}`, ...extraHeaders });
        res.end(JSON.stringify(body));
      };
      const isCreate = req.method === 'POST' && url.pathname === '/v1/checkout/sessions';
      const key = headers['idempotency-key'];
      const replayed = isCreate && key ? replays.get(key) : undefined;
      const failure = replayed ? undefined : failures.shift();
      if (failure !== undefined) {
        const { body } = stripeError(failure, 'api_error', 'scripted outage');
        // Stripe keeps a 500 it answered under the request's key, and answers it again for that key.
        if (isCreate && key && failure >= 500) replays.set(key, { status: failure, body, form: JSON.stringify(form) });
        // stripe-should-retry: false keeps the SDK from retrying, so one scripted failure is one answer.
        send(failure, body, { 'stripe-should-retry': 'false' });
        return;
      }
      if (isCreate) {
        if (replayed && replayed.form !== JSON.stringify(form)) {
          // Stripe's answer (and error type) for a key reused with other parameters.
          const { status, body } = stripeError(
            400,
            'idempotency_error',
            `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
          );
          return send(status, body);
        }
        if (replayed) {
          const replayedBody =
            replayed.status === 200 ? sessions.get((replayed.body as MockSession).id) : replayed.body;
          return send(replayed.status, replayedBody, {
            'idempotent-replayed': 'true',
            ...(replayed.status !== 200 && { 'stripe-should-retry': 'false' }),
          });
        }
        const { status, body } = createSession(form);
        if (key && status === 200) replays.set(key, { status, body, form: JSON.stringify(form) });
        return send(status, body);
      }
      const priceMatch = /^\/v1\/prices\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && priceMatch) {
        const id = decodeURIComponent(priceMatch[1]!);
        const price = prices[id];
        if (!price) {
          const { status, body } = stripeError(404, 'invalid_request_error', `No such price: '${id}'`, {
            code: 'resource_missing',
          });
          return send(status, body);
        }
        return send(200, { id, object: 'price', active: true, unit_amount: price.amount, currency: price.currency });
      }
      const m = /^\/v1\/checkout\/sessions\/([^/]+)$/.exec(url.pathname);
      if (req.method === 'GET' && m) {
        const session = sessions.get(decodeURIComponent(m[1]!));
        if (!session) {
          const { status, body } = stripeError(404, 'invalid_request_error', `No such checkout.session: '${m[1]}'`, {
            code: 'resource_missing',
          });
          return send(status, body);
        }
        return send(200, session);
      }
      const { status, body } = stripeError(
        404,
        'invalid_request_error',
        `Unrecognized request URL (${req.method}: ${url.pathname}).`,
      );
      send(status, body);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  const session = (id: string) => {
    const found = sessions.get(id);
    if (!found) throw new Error(`the Stripe mock has no session ${id}`);
    return found;
  };

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    createRequests: () => requests.filter((r) => r.method === 'POST' && r.path === '/v1/checkout/sessions'),
    sessions,
    prices,
    complete(id, paymentStatus = 'paid') {
      const s = session(id);
      Object.assign(s, { status: 'complete', payment_status: paymentStatus, payment_intent: `pi_${rand(24)}` });
      return s;
    },
    settle(id) {
      return Object.assign(session(id), { payment_status: 'paid' as const });
    },
    expire(id) {
      return Object.assign(session(id), { status: 'expired' as const });
    },
    failNext(status, count = 1) {
      for (let i = 0; i < count; i++) failures.push(status);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** A Stripe event envelope around `object`, shaped like a real delivery. */
export function stripeEvent(type: string, object: unknown, id = `evt_${rand(24)}`): Record<string, unknown> {
  return {
    id,
    object: 'event',
    api_version: STRIPE_API_VERSION,
    created: Math.floor(Date.now() / 1000),
    data: { object: structuredClone(object) },
    livemode: false,
    pending_webhooks: 1,
    request: { id: null, idempotency_key: null },
    type,
  };
}

/** A `Stripe-Signature` header for `payload`, made by the SDK's test helper. */
export function signWebhook(payload: string, secret: string, timestamp?: number): string {
  return Stripe.webhooks.generateTestHeaderString({
    payload,
    secret,
    ...(timestamp !== undefined && { timestamp }),
  });
}

/** A refunded charge, as `charge.refunded` carries it. */
export function refundedCharge(paymentIntentId: string, amount: number, currency: string, fully = true) {
  return {
    id: `ch_${rand(24)}`,
    object: 'charge',
    amount,
    amount_refunded: fully ? amount : Math.floor(amount / 2),
    currency,
    payment_intent: paymentIntentId,
    refunded: fully,
    status: 'succeeded',
  };
}
