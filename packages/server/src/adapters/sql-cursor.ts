import type { Knex } from 'knex';
import { toDbTime } from './sql-values.js';

/**
 * Keyset pagination over (created_at, id), newest first: the cursor names the last row shown, so
 * pages stay stable while rows are added. Opaque to clients (base64url), checked when read back.
 */
export interface KeysetPosition {
  at: Date;
  id: string;
}

export function encodeKeysetCursor(row: { createdAt: Date; id: string }): string {
  return Buffer.from(`${row.createdAt.getTime()}:${row.id}`).toString('base64url');
}

/** undefined for a cursor this server did not issue; callers answer it as the first page. */
export function decodeKeysetCursor(cursor: string): KeysetPosition | undefined {
  const [at, id] = Buffer.from(cursor, 'base64url').toString('utf8').split(':');
  if (!at || !id || !/^\d+$/.test(at)) return undefined;
  return { at: new Date(Number(at)), id };
}

/**
 * Narrows `query` to the page after `cursor`, newest first (the id breaks ties in one millisecond),
 * and asks for one row more than `limit`, so the caller knows whether another page follows.
 */
export function newestFirstPage<Q extends Knex.QueryBuilder>(query: Q, cursor: string | undefined, limit: number): Q {
  const after = cursor ? decodeKeysetCursor(cursor) : undefined;
  if (after) {
    query.andWhere((q) =>
      q
        .where('created_at', '<', toDbTime(after.at) as never)
        .orWhere((q2) => q2.where('created_at', '=', toDbTime(after.at) as never).andWhere('id', '<', after.id)),
    );
  }
  return query
    .orderBy([
      { column: 'created_at', order: 'desc' },
      { column: 'id', order: 'desc' },
    ])
    .limit(limit + 1) as Q;
}
