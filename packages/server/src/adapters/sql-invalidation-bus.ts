import type { Knex } from 'knex';
import { FORGET_EVERYTHING } from '../domain/invalidation.js';
import type { Logger } from '../logger.js';
import { invalidationHandlers, type InvalidationBus } from './invalidation-bus.js';
import { fromDbInt, toDbTime } from './sql-values.js';

const TABLE = 'invalidations';
/** Rows read per poll; a longer backlog is read by polling again at once. */
const POLL_LIMIT = 500;
/**
 * How long a number skipped in the sequence is looked for again. On PostgreSQL an insert that drew
 * a lower number can commit just after one that drew a higher one; a rolled-back insert leaves a
 * gap that never fills.
 */
const GAP_WAIT_MS = 10_000;
/** More skipped numbers than this (a jump in the sequence, a flood): forget everything instead. */
const MAX_GAPS = 1000;
/** Rows older than this are deleted: every live process has read them long before. */
const RETAIN_MS = 10 * 60_000;
const PRUNE_EVERY_MS = 60_000;

export interface SqlInvalidationBusOptions {
  /** How often this process looks for new rows (default 250 ms). */
  pollMs?: number;
}

/** For a process that only announces changes (the tenant CLI) and keeps no cache of its own. */
export async function publishSqlInvalidation(db: Knex, message: string): Promise<void> {
  await db(TABLE).insert({ message, published_at: toDbTime(new Date()) });
}

/**
 * Invalidations through the database, for deployments without Redis: a message is a row, and
 * every process reads the rows added since its last poll. It is live while its polls succeed; when
 * they start succeeding again after a gap, the handlers are told to forget everything (the rows of
 * the gap are read too, but a cache that stopped answering meanwhile starts from nothing anyway).
 */
export function createSqlInvalidationBus(
  db: Knex,
  logger: Logger,
  options: SqlInvalidationBusOptions = {},
): InvalidationBus {
  const pollMs = options.pollMs ?? 250;
  // Several missed polls (a busy event loop delays them) and the bus no longer counts as hearing.
  const deafAfterMs = pollMs * 4 + 1000;
  const { subscribe, deliver } = invalidationHandlers();
  /** Every row up to this number has been read, except the `gaps`; unset until the first poll. */
  let readUpTo: number | undefined;
  /** Numbers skipped in the sequence, with when they were first missed. */
  const gaps = new Map<number, number>();
  let lastHeard = -Infinity;
  let lastPruned = performance.now();
  let closed = false;
  let timer: NodeJS.Timeout | undefined;
  let polling: Promise<void> | undefined;
  const hearing = () => !closed && performance.now() - lastHeard < deafAfterMs;

  const highest = async (): Promise<number> => {
    const row = (await db(TABLE).max({ seq: 'seq' }).first()) as { seq: unknown } | undefined;
    return row?.seq === null || row?.seq === undefined ? 0 : fromDbInt(row.seq);
  };

  async function poll(): Promise<boolean> {
    // What was announced before this process started concerns nothing it remembers.
    readUpTo ??= await highest();
    const from = readUpTo;
    const waiting = [...gaps.keys()];
    const rows = (await db(TABLE)
      .where('seq', '>', from)
      .modify((query) => {
        if (waiting.length > 0) void query.orWhereIn('seq', waiting);
      })
      .orderBy('seq')
      .limit(POLL_LIMIT)
      .select('seq', 'message')) as { seq: unknown; message: string }[];
    if (!hearing()) deliver(FORGET_EVERYTHING);
    const now = performance.now();
    lastHeard = now;
    if (rows.length === 0) {
      // Numbers below what was read (the table emptied and its numbering restarted, a restore):
      // rows numbered there would never be read, so start from them, forgetting everything.
      const top = await highest();
      if (top < from) {
        readUpTo = top;
        gaps.clear();
        deliver(FORGET_EVERYTHING);
        return true;
      }
    }
    for (const row of rows) {
      const seq = fromDbInt(row.seq);
      if (gaps.delete(seq)) {
        deliver(row.message);
        continue;
      }
      if (seq <= readUpTo) continue;
      if (seq - readUpTo - 1 + gaps.size > MAX_GAPS) {
        gaps.clear();
        deliver(FORGET_EVERYTHING);
      } else {
        for (let skipped = readUpTo + 1; skipped < seq; skipped++) gaps.set(skipped, now);
      }
      readUpTo = seq;
      deliver(row.message);
    }
    for (const [seq, since] of gaps) if (now - since > GAP_WAIT_MS) gaps.delete(seq);
    if (now - lastPruned > PRUNE_EVERY_MS) {
      lastPruned = now;
      await db(TABLE)
        .where('published_at', '<', toDbTime(new Date(Date.now() - RETAIN_MS)))
        .delete();
    }
    return rows.length === POLL_LIMIT;
  }

  const loop = async () => {
    let more = false;
    try {
      more = await poll();
    } catch (err) {
      // Once per outage: the next success after it forgets everything.
      if (lastHeard > -Infinity) logger.warn({ err }, 'could not read invalidations; caches are bypassed meanwhile');
      lastHeard = -Infinity;
    }
    if (!closed) {
      timer = setTimeout(() => void (polling = loop()), more ? 0 : pollMs);
      timer.unref();
    }
  };
  polling = loop();

  return {
    async publish(message) {
      // This process first, at once: its own next request must not see what it just changed.
      deliver(message);
      try {
        await publishSqlInvalidation(db, message);
      } catch (err) {
        // The change is stored: failing the request now would undo nothing.
        logger.error({ err, message }, 'could not announce a change to other processes');
      }
    },
    subscribe,
    get live() {
      return hearing();
    },
    async close() {
      closed = true;
      clearTimeout(timer);
      await polling;
    },
  };
}
