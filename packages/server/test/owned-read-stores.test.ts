import { describe, expect, it } from 'vitest';
import { createSqlCvStore } from '../src/adapters/sql-cv-store.js';
import { createSqlPortfolioStore } from '../src/adapters/sql-portfolio-store.js';
import { createSqlUserStore } from '../src/adapters/sql-user-store.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { authServiceOver, TEST_CLIENT } from './support/auth-service.js';
import { insertCvRow } from './support/cv-rows.js';
import { forEachDatabase } from './support/databases.js';
import type { CvStore } from '../src/adapters/cv-store.js';
import type { PaymentStore, PaymentTransaction } from '../src/adapters/payment-store.js';
import type { PortfolioStore } from '../src/adapters/portfolio-store.js';
import type { Cv, Extraction } from '../src/domain/cv.js';
import type { Portfolio } from '../src/domain/portfolio.js';
import { withCvReadCache } from '../src/services/cached-cv-store.js';
import { withPortfolioReadCache } from '../src/services/cached-portfolio-store.js';
import { createLocalInvalidationBus } from '../src/adapters/invalidation-bus.js';
import { createOwnedReadCache, type OwnedReadCache } from '../src/services/owned-read-cache.js';
import { withPaidChangeNotices } from '../src/services/paid-change-notices.js';

// Every write of what a user owns must say whose data changed, after the write is stored, or the
// other processes keep answering the old reads until READ_CACHE_TTL. These check each write of the
// three stores that write such rows, against stores that record the order of events.

const OWNER = 'usr_owner';

function recorder() {
  const events: string[] = [];
  const reads: OwnedReadCache = {
    get: (_owner, _what, load) => load(),
    changed: (owner) => {
      events.push(`changed ${owner ?? '(nobody)'}`);
      return Promise.resolve();
    },
    changedOwnerOf: async (ownerOf) => void events.push(`changed ${(await ownerOf()) ?? '(nobody)'}`),
  };
  /** A store whose every method records its call and answers what `answers` says (or nothing). */
  const store = <S extends object>(answers: Record<string, unknown> = {}) =>
    new Proxy({} as S, {
      get:
        (_target, name: string) =>
        (...args: unknown[]) => {
          events.push(name);
          const answer = answers[name];
          return Promise.resolve(
            typeof answer === 'function' ? (answer as (...a: unknown[]) => unknown)(...args) : answer,
          );
        },
    });
  return { events, reads, store };
}

const cv = { id: 'cv_1', userId: OWNER } as Cv;
const extraction = { id: 'ext_1', cvId: 'cv_1' } as Extraction;
const portfolio = { id: 'pf_1', userId: OWNER } as Portfolio;

describe('the stores of what users own announce every write', () => {
  const cvWrites: [string, (s: CvStore) => Promise<unknown>, string[]][] = [
    ['createWithExtraction', (s) => s.createWithExtraction(cv, extraction), ['createWithExtraction']],
    ['delete (its owner read by the delete itself)', (s) => s.delete('cv_1'), ['delete']],
    ['createExtraction', (s) => s.createExtraction(extraction), ['createExtraction', 'findById']],
    [
      'updateExtraction (owner asked after)',
      (s) => s.updateExtraction('ext_1', { status: 'running' }),
      ['updateExtraction', 'ownerOfExtraction'],
    ],
    [
      'appendData',
      (s) => s.appendData('cv_1', { source: 'user', extractionId: null, data: {} }, null, new Date()),
      ['appendData', 'findById'],
    ],
  ];
  it.each(cvWrites)('CV store: %s', async (_name, write, calls) => {
    const { events, reads, store } = recorder();
    const inner = store<CvStore>({ findById: cv, ownerOfExtraction: OWNER, appendData: { version: 1 }, delete: OWNER });
    await write(withCvReadCache(inner, reads));
    expect(events).toEqual([...calls, `changed ${OWNER}`]);
  });

  it('CV store: a refused version (stale base) changes nothing and says nothing', async () => {
    const { events, reads, store } = recorder();
    await withCvReadCache(store<CvStore>({ appendData: undefined }), reads).appendData(
      'cv_1',
      { source: 'user', extractionId: null, data: {} },
      3,
      new Date(),
    );
    expect(events).toEqual(['appendData']);
  });

  const portfolioWrites: [string, (s: PortfolioStore) => Promise<unknown>, string[]][] = [
    ['create', (s) => s.create(portfolio), ['create']],
    ['update', (s) => s.update('pf_1', { theme: 'modern' }, new Date()), ['update']],
    ['delete (its owner read by the delete itself)', (s) => s.delete('pf_1'), ['delete']],
  ];
  it.each(portfolioWrites)('portfolio store: %s', async (_name, write, calls) => {
    const { events, reads, store } = recorder();
    await write(
      withPortfolioReadCache(store<PortfolioStore>({ update: portfolio, findById: portfolio, delete: OWNER }), reads),
    );
    expect(events).toEqual([...calls, `changed ${OWNER}`]);
  });

  it('portfolio store: an update refused by its state check says nothing', async () => {
    const { events, reads, store } = recorder();
    await withPortfolioReadCache(store<PortfolioStore>({ update: undefined }), reads).update(
      'pf_1',
      { status: 'publishing' },
      new Date(),
      ['draft'],
    );
    expect(events).toEqual(['update']);
  });

  it('payments: a portfolio paid (or no longer) is announced once its transaction is stored, not if it is rolled back', async () => {
    const { events, reads, store } = recorder();
    // A plain object, as the SQL store's transaction is: the wrapper passes on what it does not change.
    const calls = store<PaymentTransaction>();
    const tx = {
      recordEvent: (event, now) => calls.recordEvent(event, now),
      setPortfolioPaid: (id, paid, now) => calls.setPortfolioPaid(id, paid, now),
    } as Pick<PaymentTransaction, 'recordEvent' | 'setPortfolioPaid'> as PaymentTransaction;
    const inner = store<PaymentStore>({
      findPortfolio: { id: 'pf_1', userId: OWNER, ownerTenantId: null, paid: true },
      transaction: (work: (t: PaymentTransaction) => Promise<unknown>) =>
        work(tx).then((result) => (events.push('commit'), result)),
    });
    const payments = withPaidChangeNotices(inner, reads);
    await payments.transaction(async (t) => {
      await t.recordEvent({ id: 'evt_1', type: 'checkout.session.completed', payload: {} }, new Date());
      await t.setPortfolioPaid('pf_1', true, new Date());
    });
    expect(events).toEqual([
      'transaction',
      'recordEvent',
      'setPortfolioPaid',
      'commit',
      'findPortfolio',
      `changed ${OWNER}`,
    ]);

    events.length = 0;
    await expect(
      payments.transaction(async (t) => {
        await t.setPortfolioPaid('pf_1', false, new Date());
        throw new Error('rolled back');
      }),
    ).rejects.toThrow('rolled back');
    expect(events).toEqual(['transaction', 'setPortfolioPaid']);
  });
});

describe('the owned-read cache', () => {
  const make = () => {
    const bus = createLocalInvalidationBus();
    const heard: string[] = [];
    bus.subscribe((message) => heard.push(message));
    return { bus, heard, cache: createOwnedReadCache(bus, { ttlMs: 60_000, maxSize: 1000 }) };
  };
  const counter = () => {
    let loads = 0;
    return { load: () => Promise.resolve({ items: [{ n: ++loads }] }), count: () => loads };
  };

  it("shares one frozen copy of a read until the owner's data changes, and announces the change", async () => {
    const { heard, cache } = make();
    const { load, count } = counter();
    const first = await cache.get(OWNER, 'cvs', load);
    expect(await cache.get(OWNER, 'cvs', load)).toBe(first);
    expect(() => (first.items[0]!.n = 99)).toThrow(TypeError);
    await cache.changed(OWNER);
    expect(heard).toEqual([`data-of:${OWNER}`]);
    expect(await cache.get(OWNER, 'cvs', load)).toEqual({ items: [{ n: 2 }] });
    expect(count()).toBe(2);
  });

  it('remembers first pages of lists only: made-up cursors cannot fill it', async () => {
    const { cache } = make();
    let loads = 0;
    const inner = {
      listForUser: () => Promise.resolve((loads++, { items: [], hasMore: false })),
    } as unknown as CvStore;
    const store = withCvReadCache(inner, cache);
    for (let i = 0; i < 3; i++) await store.listForUser(OWNER, { limit: 20 });
    expect(loads).toBe(1);
    for (let i = 0; i < 3; i++)
      await store.listForUser(OWNER, { limit: 20, after: { createdAt: new Date(i), id: `cv_${i}` } });
    expect(loads).toBe(4);
  });

  it('forgets everything, everywhere, when the owner of a stored write cannot be found out', async () => {
    const { heard, cache } = make();
    const { load, count } = counter();
    await cache.get(OWNER, 'cvs', load);
    await cache.changedOwnerOf(() => Promise.reject(new Error('the database went away')));
    expect(heard).toEqual(['*']);
    await cache.get(OWNER, 'cvs', load);
    expect(count()).toBe(2);
  });

  it("forgets only the owner named; a user's change or deletion counts, a session's does not; '*' forgets all", async () => {
    const { bus, cache } = make();
    const mine = counter();
    const theirs = counter();
    const read = () => Promise.all([cache.get(OWNER, 'cvs', mine.load), cache.get('usr_other', 'cvs', theirs.load)]);
    await read();
    await bus.publish('data-of:usr_other');
    await bus.publish(`session:abc`);
    await bus.publish(`sessions-of:${OWNER}`);
    await read();
    expect([mine.count(), theirs.count()]).toEqual([1, 2]);
    await bus.publish(`user:${OWNER}`);
    await read();
    expect([mine.count(), theirs.count()]).toEqual([2, 2]);
    await bus.publish('*');
    await read();
    expect([mine.count(), theirs.count()]).toEqual([3, 3]);
    await bus.publish('something:new'); // not understood: wrong is worse than slow
    await read();
    expect([mine.count(), theirs.count()]).toEqual([4, 4]);
  });
});

forEachDatabase('a deletion announces whoever owned the row when it went', ({ getKnex }) => {
  it("a guest's CV and portfolio that moved to an account are announced under the account", async () => {
    const db = getKnex();
    await migrateToLatest(db);
    const auth = authServiceOver(db);
    const guest = await auth.createGuest({ tenantId: null, current: undefined, client: TEST_CLIENT });
    const account = await auth.register(
      { email: `owner-${Date.now()}@example.com`, password: 'a long enough password', fullName: 'Owner' },
      { tenantId: null, current: undefined, client: TEST_CLIENT },
    );
    const cvId = await insertCvRow(db, guest.user.id);
    const now = new Date();
    await db('portfolios').insert({
      id: 'pf_moved',
      cv_id: cvId,
      user_id: guest.user.id,
      theme: 'classic',
      slug: `moved-${Date.now()}`,
      status: 'draft',
      created_at: now,
      updated_at: now,
    });
    // The guest signs in to the account just before the rows go (after the request checked them).
    const users = createSqlUserStore(db);
    const signingInFirst = <S extends { delete(id: string): Promise<string | undefined> }>(store: S): S => ({
      ...store,
      delete: async (id: string) => {
        await users.transferOwnership(guest.user.id, account.user.id);
        return store.delete(id);
      },
    });

    const { events, reads } = recorder();
    const portfolios = withPortfolioReadCache(signingInFirst(createSqlPortfolioStore(db)), reads);
    expect(await portfolios.delete('pf_moved')).toBe(account.user.id);
    const cvs = withCvReadCache(signingInFirst(createSqlCvStore(db)), reads);
    expect(await cvs.delete(cvId)).toBe(account.user.id);
    expect(events).toEqual([`changed ${account.user.id}`, `changed ${account.user.id}`]);

    // Nothing left to delete: nobody's data changed, nothing is announced.
    expect(await cvs.delete(cvId)).toBeUndefined();
    expect(events).toHaveLength(2);
  });
});
