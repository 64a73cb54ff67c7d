import type { Knex } from 'knex';
import type { PageQuery, StorePage } from '../domain/page.js';
import { toDbTime } from './sql-values.js';

/**
 * Narrows `query` to the page after `page.after`, newest first on (created_at, id) (the id breaks
 * ties within one millisecond), and asks for one row more than the limit so the store can tell
 * whether another page follows. `prefix` qualifies the columns in a join (`p.`).
 */
export function newestFirst<Q extends Knex.QueryBuilder>(query: Q, page: PageQuery, prefix = ''): Q {
  const createdAt = `${prefix}created_at`;
  const id = `${prefix}id`;
  query.orderBy([
    { column: createdAt, order: 'desc' },
    { column: id, order: 'desc' },
  ]);
  query.limit(page.limit + 1);
  const after = page.after;
  if (after) {
    const at = toDbTime(after.createdAt);
    query.where((outer) => {
      void outer.where(createdAt, '<', at).orWhere((tie) => {
        void tie.where(createdAt, '=', at).andWhere(id, '<', after.id);
      });
    });
  }
  return query;
}

/** The rows of a `newestFirst` query as one page (the extra row only says that more follow). */
export function toStorePage<R, T>(rows: R[], limit: number, map: (row: R) => T): StorePage<T> {
  return { items: rows.slice(0, limit).map(map), hasMore: rows.length > limit };
}
