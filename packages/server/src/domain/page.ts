import { ProblemError } from './problem.js';

/**
 * One way to page through a list, for every list in the API: newest first, keyed on
 * (created_at, id) so pages stay stable while rows are added, with an opaque cursor that names the
 * list it belongs to. A cursor this server did not issue for this list is refused (400), never read
 * as "start again": a client that mangles cursors must find out, not loop over page one.
 */

/** What a caller asks for. */
export interface PageRequest {
  limit: number;
  cursor?: string | undefined;
}

/** What a caller gets: `nextCursor` is null on the last page. */
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

/** Where a page starts: the last item of the previous page. */
export interface Keyset {
  createdAt: Date;
  id: string;
}

/** What a store is asked for: a decoded position, never a client's string. */
export interface PageQuery {
  limit: number;
  after?: Keyset | undefined;
}

/** What a store answers: one page and whether another follows. */
export interface StorePage<T> {
  items: T[];
  hasMore: boolean;
}

/** The lists the API pages through; a cursor is valid only for the list that issued it. */
export type ListName = 'cvs' | 'portfolios' | 'tenants' | 'tenant-portfolios';

export function encodeCursor(list: ListName, last: Keyset): string {
  return Buffer.from(JSON.stringify({ k: list, t: last.createdAt.getTime(), i: last.id }), 'utf8').toString(
    'base64url',
  );
}

export function decodeCursor(list: ListName, cursor: string | undefined): Keyset | undefined {
  if (cursor === undefined) return undefined;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (value.k === list && Number.isSafeInteger(value.t) && typeof value.i === 'string' && value.i.length <= 64) {
      return { createdAt: new Date(value.t as number), id: value.i };
    }
  } catch {
    // falls through to the problem below
  }
  throw new ProblemError('invalid-parameters', 'The cursor was not issued by this list; omit it to start again.', {
    errors: [{ location: 'query', pointer: '/cursor', message: 'is not a cursor of this list' }],
  });
}

/** The store's query for `request` (the cursor checked and decoded). */
export function pageQuery(list: ListName, request: PageRequest): PageQuery {
  return { limit: request.limit, after: decodeCursor(list, request.cursor) };
}

/** The caller's page from the store's, with the cursor of the next one. */
export function toPage<T>(list: ListName, page: StorePage<T>, keyOf: (item: T) => Keyset): Page<T> {
  const last = page.items.at(-1);
  return { items: page.items, nextCursor: page.hasMore && last ? encodeCursor(list, keyOf(last)) : null };
}
