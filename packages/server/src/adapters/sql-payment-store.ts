import type { Knex } from 'knex';
import { ADVANCES_FROM, type Payment, type PaymentStatus } from '../domain/payment.js';
import { databaseKind } from './sql-database.js';
import { fromDbBool, fromDbInt, fromDbJson, fromDbTime, toDbBool, toDbJson, toDbTime } from './sql-values.js';
import type { PayablePortfolio, PaymentStore, PaymentTransaction } from './payment-store.js';

interface PaymentRow {
  id: string;
  portfolio_id: string;
  user_id: string;
  tenant_id: string | null;
  stripe_checkout_session_id: string;
  stripe_payment_intent_id: string | null;
  amount: unknown;
  currency: string;
  status: string;
  created_at: unknown;
  updated_at: unknown;
}

function toPayment(row: PaymentRow): Payment {
  return {
    id: row.id,
    portfolioId: row.portfolio_id,
    userId: row.user_id,
    tenantId: row.tenant_id ?? null,
    stripeCheckoutSessionId: row.stripe_checkout_session_id,
    stripePaymentIntentId: row.stripe_payment_intent_id ?? null,
    amount: fromDbInt(row.amount),
    currency: row.currency,
    status: row.status as PaymentStatus,
    createdAt: fromDbTime(row.created_at),
    updatedAt: fromDbTime(row.updated_at),
  };
}

function paymentRow(payment: Payment): PaymentRow {
  return {
    id: payment.id,
    portfolio_id: payment.portfolioId,
    user_id: payment.userId,
    tenant_id: payment.tenantId,
    stripe_checkout_session_id: payment.stripeCheckoutSessionId,
    stripe_payment_intent_id: payment.stripePaymentIntentId,
    amount: payment.amount,
    currency: payment.currency,
    status: payment.status,
    created_at: toDbTime(payment.createdAt),
    updated_at: toDbTime(payment.updatedAt),
  };
}

async function findPortfolio(q: Knex, portfolioId: string): Promise<PayablePortfolio | undefined> {
  const row = (await q('portfolios')
    .join('users', 'users.id', 'portfolios.user_id')
    .where('portfolios.id', portfolioId)
    .first('portfolios.id', 'portfolios.user_id', 'portfolios.paid', 'users.tenant_id as owner_tenant_id')) as
    { id: string; user_id: string; paid: unknown; owner_tenant_id: string | null } | undefined;
  return (
    row && { id: row.id, userId: row.user_id, ownerTenantId: row.owner_tenant_id ?? null, paid: fromDbBool(row.paid) }
  );
}

async function insertPayment(q: Knex, payment: Payment): Promise<void> {
  await q('payments').insert(paymentRow(payment)).onConflict('stripe_checkout_session_id').ignore();
}

async function findPaymentBy(q: Knex, where: Partial<PaymentRow>): Promise<Payment | undefined> {
  const row = (await q('payments').where(where).orderBy('created_at', 'desc').first()) as PaymentRow | undefined;
  return row && toPayment(row);
}

async function markEventProcessed(q: Knex, eventId: string, now: Date): Promise<void> {
  await q('webhook_events')
    .where({ id: eventId })
    .whereNull('processed_at')
    .update({ processed_at: toDbTime(now) });
}

// The first key of our PaymentIntent advisory locks ('STRI'), the second being the id's hash.
const PAYMENT_INTENT_LOCK = 0x53545249;

function transactionStore(trx: Knex.Transaction, lockRows: boolean): PaymentTransaction {
  return {
    async recordEvent(event, now) {
      const inserted = await trx('webhook_events')
        .insert({
          id: event.id,
          type: event.type,
          received_at: toDbTime(now),
          processed_at: null,
          payload: toDbJson(event.payload),
        })
        .onConflict('id')
        .ignore()
        .returning('id');
      if (inserted.length > 0) return 'new';
      // Another pod may be handling the same delivery: wait for it, then see what it left.
      const query = trx('webhook_events').where({ id: event.id }).first('processed_at');
      const row = (await (lockRows ? query.forUpdate() : query)) as { processed_at: unknown } | undefined;
      return row?.processed_at === null || row?.processed_at === undefined ? 'unprocessed' : 'processed';
    },
    markEventProcessed: (eventId, now) => markEventProcessed(trx, eventId, now),
    findPortfolio: (portfolioId) => findPortfolio(trx, portfolioId),
    findBySession: (sessionId) => findPaymentBy(trx, { stripe_checkout_session_id: sessionId }),
    findByPaymentIntent: (paymentIntentId) => findPaymentBy(trx, { stripe_payment_intent_id: paymentIntentId }),
    async refundEventsFor(paymentIntentId) {
      // The charge's `payment_intent`, as Stripe sends it in a webhook (an id, never expanded), from
      // the payload: jsonb on PostgreSQL, JSON text on SQLite.
      const intentOfPayload = lockRows
        ? `payload #>> '{data,object,payment_intent}'`
        : `json_extract(payload, '$.data.object.payment_intent')`;
      const rows = (await trx('webhook_events')
        .where({ type: 'charge.refunded' })
        .andWhereRaw(`${intentOfPayload} = ?`, [paymentIntentId])
        .orderBy('received_at', 'asc')
        .select('id', 'type', 'payload')) as { id: string; type: string; payload: unknown }[];
      return rows.map((row) => ({ id: row.id, type: row.type, payload: fromDbJson(row.payload) }));
    },
    async lockPortfolio(portfolioId) {
      if (lockRows) await trx('portfolios').where({ id: portfolioId }).forUpdate().first('id');
    },
    async lockPaymentIntent(paymentIntentId) {
      if (lockRows)
        await trx.raw('select pg_advisory_xact_lock(?, hashtext(?))', [PAYMENT_INTENT_LOCK, paymentIntentId]);
    },
    insertPayment: (payment) => insertPayment(trx, payment),
    async advance(sessionId, status, details, now) {
      const from = ADVANCES_FROM[status];
      if (from.length === 0) return false;
      const changes: Record<string, unknown> = { status, updated_at: toDbTime(now) };
      if (details.paymentIntentId) changes.stripe_payment_intent_id = details.paymentIntentId;
      if (details.amount !== undefined && details.amount !== null) changes.amount = details.amount;
      if (details.currency) changes.currency = details.currency;
      const moved = await trx('payments')
        .where({ stripe_checkout_session_id: sessionId })
        .whereIn('status', from)
        .update(changes);
      return moved > 0;
    },
    async setPortfolioPaid(portfolioId, paid, now) {
      await trx('portfolios')
        .where({ id: portfolioId })
        .whereNot({ paid: toDbBool(paid) })
        .update({ paid: toDbBool(paid), updated_at: toDbTime(now) });
    },
    async hasPaidPayment(portfolioId) {
      return (await trx('payments').where({ portfolio_id: portfolioId, status: 'paid' }).first('id')) !== undefined;
    },
  };
}

export function createSqlPaymentStore(db: Knex): PaymentStore {
  // SQLite runs one transaction at a time anyway and has no row locks.
  const lockRows = databaseKind(db) === 'postgres';
  return {
    findPortfolio: (portfolioId) => findPortfolio(db, portfolioId),
    async claimCheckoutAttempt(portfolioId) {
      const rows = (await db('portfolios')
        .where({ id: portfolioId })
        .increment('checkout_attempts', 1)
        .returning('checkout_attempts')) as { checkout_attempts: unknown }[];
      if (rows.length === 0) throw new Error(`portfolio ${portfolioId} does not exist`);
      return fromDbInt(rows[0]!.checkout_attempts);
    },
    insertPayment: (payment) => insertPayment(db, payment),
    findBySession: (sessionId) => findPaymentBy(db, { stripe_checkout_session_id: sessionId }),
    async listForPortfolio(portfolioId) {
      const rows = (await db('payments')
        .where({ portfolio_id: portfolioId })
        .orderBy([
          { column: 'created_at', order: 'desc' },
          { column: 'id', order: 'desc' },
        ])) as PaymentRow[];
      return rows.map(toPayment);
    },
    async pendingSince(since, limit) {
      const rows = (await db('payments')
        .where({ status: 'pending' })
        .andWhere('created_at', '>=', toDbTime(since))
        .orderBy('created_at', 'asc')
        .limit(limit)) as PaymentRow[];
      return rows.map(toPayment);
    },
    async unprocessedEvents(before, limit) {
      const rows = (await db('webhook_events')
        .whereNull('processed_at')
        .andWhere('received_at', '<', toDbTime(before))
        .orderBy('received_at', 'asc')
        .limit(limit)
        .select('id', 'type', 'payload')) as { id: string; type: string; payload: unknown }[];
      return rows.map((row) => ({ id: row.id, type: row.type, payload: fromDbJson(row.payload) }));
    },
    async completeFollowUp(eventId, run, clock) {
      if (!lockRows) {
        // SQLite: one connection, so no transaction may stay open while `run` queries elsewhere;
        // the embedded mode is one process, whose caller serialises deliveries of an event.
        await run();
        await markEventProcessed(db, eventId, clock());
        return;
      }
      await db.transaction(async (trx) => {
        const row = (await trx('webhook_events').where({ id: eventId }).forUpdate().first('processed_at')) as
          { processed_at: unknown } | undefined;
        if (row && row.processed_at !== null) return;
        await run();
        await markEventProcessed(trx, eventId, clock());
      });
    },
    transaction: (work) => db.transaction((trx) => work(transactionStore(trx, lockRows))),
  };
}
