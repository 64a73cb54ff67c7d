import { afterEach, beforeAll, expect, it } from 'vitest';
import type { InvalidationBus } from '../src/adapters/invalidation-bus.js';
import { createSqlInvalidationBus, publishSqlInvalidation } from '../src/adapters/sql-invalidation-bus.js';
import { FORGET_EVERYTHING } from '../src/domain/invalidation.js';
import { migrateToLatest } from '../src/migrations/index.js';
import { forEachDatabase } from './support/databases.js';
import { within } from './support/within.js';

const silent = { info() {}, warn() {}, error() {}, debug() {} } as unknown as Parameters<
  typeof createSqlInvalidationBus
>[1];

forEachDatabase('invalidations through the database', ({ kind, getKnex }) => {
  const buses: InvalidationBus[] = [];
  beforeAll(() => migrateToLatest(getKnex()));
  afterEach(async () => {
    await Promise.all(buses.splice(0).map((bus) => bus.close()));
  });

  /** A process's bus, polling fast, with what its handlers heard. */
  async function process_(): Promise<{ bus: InvalidationBus; heard: string[] }> {
    const bus = createSqlInvalidationBus(getKnex(), silent, { pollMs: 20 });
    buses.push(bus);
    const heard: string[] = [];
    bus.subscribe((message) => heard.push(message));
    await within(2000, () => Promise.resolve(bus.live));
    return { bus, heard };
  }

  it("delivers a message to the publisher's handlers at once and to another process within a poll", async () => {
    await publishSqlInvalidation(getKnex(), 'user:usr_before'); // before either process started
    const a = await process_();
    const b = await process_();
    await a.bus.publish('user:usr_1');
    expect(a.heard).toContain('user:usr_1');
    await within(2000, () => Promise.resolve(b.heard.includes('user:usr_1')));
    // A process that only publishes (the tenant CLI) reaches them too.
    await publishSqlInvalidation(getKnex(), 'tenant:ten_1');
    await within(2000, () => Promise.resolve(a.heard.includes('tenant:ten_1') && b.heard.includes('tenant:ten_1')));
    expect([...a.heard, ...b.heard]).not.toContain('user:usr_before');
  });

  it.runIf(kind === 'postgres')(
    'delivers a row that commits after a higher-numbered one (PostgreSQL draws numbers before commit)',
    async () => {
      const b = await process_();
      const db = getKnex();
      const trx = await db.transaction();
      await trx('invalidations').insert({ message: 'user:usr_late', published_at: new Date() });
      await publishSqlInvalidation(db, 'user:usr_early');
      await within(2000, () => Promise.resolve(b.heard.includes('user:usr_early')));
      await trx.commit();
      await within(2000, () => Promise.resolve(b.heard.includes('user:usr_late')));
    },
  );

  it('is not live while the table cannot be read, and forgets everything once it hears again', async () => {
    const b = await process_();
    const db = getKnex();
    await db.schema.renameTable('invalidations', 'invalidations_away');
    try {
      await within(3000, () => Promise.resolve(!b.bus.live));
    } finally {
      await db.schema.renameTable('invalidations_away', 'invalidations');
    }
    await within(3000, () => Promise.resolve(b.bus.live));
    expect(b.heard).toContain(FORGET_EVERYTHING);
  });

  it('notices a table whose numbering restarted below what it read, and forgets everything', async () => {
    const db = getKnex();
    await publishSqlInvalidation(db, 'user:usr_old');
    await publishSqlInvalidation(db, 'user:usr_older');
    const b = await process_();
    if (kind === 'postgres') await db.raw('truncate table invalidations restart identity');
    else {
      await db('invalidations').delete();
      await db.raw("delete from sqlite_sequence where name = 'invalidations'");
    }
    const before = b.heard.filter((m) => m === FORGET_EVERYTHING).length;
    await publishSqlInvalidation(db, 'user:usr_after_reset');
    await within(2000, () => Promise.resolve(b.heard.filter((m) => m === FORGET_EVERYTHING).length > before));
    await publishSqlInvalidation(db, 'user:usr_next');
    await within(2000, () => Promise.resolve(b.heard.includes('user:usr_next')));
    expect(b.bus.live).toBe(true);
  });
});
